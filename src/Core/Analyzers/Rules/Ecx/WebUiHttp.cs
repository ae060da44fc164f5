using ConfigLint.Analyzers.Knowledge;
using ConfigLint.Parsers.ClpConf;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Ecx
{
    /// <summary>CL3001: Cluster WebUI / WebManager is served over plain HTTP, ECX's default.</summary>
    internal sealed class WebUiHttp : ClpConfRule
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.WebUiHttp,
            "webui-http",
            "Cluster WebUI is served over plain HTTP",
            "Cluster WebUI is served over plain HTTP ({0}); its passwords and every cluster operation cross the network in clear",
            DiagnosticSeverity.Error,
            cwe: "CWE-319",
            securitySeverity: "7.4",
            why: """
                Cluster WebUI (WebManager before ECX 4.0) starts and stops groups, changes and applies the whole cluster
                configuration, and takes the WebUI and OS passwords that guard it. ECX serves it over HTTP (port 29003)
                unless HTTPS is chosen, so anyone on the path can read those passwords and replay or alter operations.
                A clp.conf without an enabled HTTPS setting under `<webmgr>` is flagged; when `<webmgr>` itself is
                missing the finding points at `<root>`.

                The HTTPS settings ConfigLint recognises (one table in `src/Core/Analyzers/Knowledge/EcxWebUi.cs`):
                """ + "\n\n" + EcxWebUi.HttpsFormsMarkdown() + "\n" + """

                NEC's reference guides (ECX X 4.x and later) describe choosing HTTP or HTTPS for Cluster WebUI in the
                cluster properties, with the certificate and private key on the Encryption tab. No public clp.conf, and
                none of ConfigLint's 14 corpus files (ECX 4.0–5.3, Windows and Linux), has HTTPS turned on, so which
                element the choice is saved as is **not confirmed**: every form above is accepted. If your ECX saves
                HTTPS differently and this rule still fires, please report the element so the table can be corrected.
                """,
            howToFix: """
                In Cluster WebUI open the cluster properties, choose HTTPS as the communication method for Cluster WebUI,
                set the server certificate and private key on the Encryption tab, and apply the configuration. Keep
                the WebUI port reachable from the operators' network only.
                """,
            new RuleExample("clp.conf", "xml", """
                <?xml version="1.0" encoding="ASCII"?>
                <root>
                  <all><charset>ASCII</charset><serveros>windows</serveros></all>
                  <webmgr>
                    <client><objectnumber>5</objectnumber></client>
                  </webmgr>
                </root>
                """),
            new RuleExample("clp.conf", "xml", """
                <?xml version="1.0" encoding="ASCII"?>
                <root>
                  <all><charset>ASCII</charset><serveros>windows</serveros></all>
                  <webmgr>
                    <client><objectnumber>5</objectnumber></client>
                    <ssl><use>1</use></ssl>
                  </webmgr>
                </root>
                """));

        public override RuleDefinition Definition => Rule;

        public override void Analyze(ClpConfDocument document, FindingSink sink)
        {
            var root = document.Root!;
            var webMgr = document.WebMgr;
            if (webMgr == null)
            {
                Report(sink, document, root, root.NameSpan, null, "there is no <webmgr> section, so the default applies");
                return;
            }
            if (EcxWebUi.IsHttpsEnabled(webMgr))
                return;
            var offSwitch = EcxWebUi.PresentHttpsSwitch(webMgr);
            if (offSwitch != null)
                Report(sink, document, offSwitch, offSwitch.ReportSpan, offSwitch.TrimmedValue, "the HTTPS setting is not 1");
            else
                Report(sink, document, webMgr, webMgr.NameSpan, null, "no HTTPS setting under <webmgr> is enabled");
        }
    }
}
