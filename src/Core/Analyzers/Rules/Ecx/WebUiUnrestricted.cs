using ConfigLint.Analyzers.Knowledge;
using ConfigLint.Parsers.ClpConf;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Ecx
{
    /// <summary>CL3004: Cluster WebUI accepts every client: no client IP restriction and no WebUI password.</summary>
    internal sealed class WebUiUnrestricted : ClpConfRule
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.WebUiUnrestricted,
            "webui-unrestricted",
            "Cluster WebUI accepts every client without a password",
            "Cluster WebUI accepts connections from any address ({0}) and no WebUI password is set; anyone who reaches the port can operate the cluster",
            DiagnosticSeverity.Warning,
            cwe: "CWE-306",
            securitySeverity: "6.5",
            why: """
                Out of the box Cluster WebUI lets any client that reaches its port in, with full operation rights:
                it can stop groups, move them between servers, shut servers down and apply a new configuration.
                ECX offers two guards: restricting clients to a list of addresses
                (`webmgr/security/clientlist/iprest` = `1`, with `<ip name="..."/>` entries) and a WebUI password
                (the cluster password method, ECX X 4.0 and later, or OS authentication). With neither, the WebUI
                is as open as the network it listens on. A missing `iprest` is flagged at the element it belongs in
                (`<clientlist>`, `<security>`, `<webmgr>` or `<root>`).
                """,
            howToFix: """
                In the cluster properties (WebManager tab) turn on "Control connection by using client IP address"
                and list the operators' addresses, for example with
                `clpcfset add clsparam webmgr/security/clientlist/iprest 1` and
                `clpcfset add webmgr clientlist 192.168.100.0/24`; and set a WebUI password (or OS authentication).
                """,
            new RuleExample("clp.conf", "xml", """
                <?xml version="1.0" encoding="EUC-JP"?>
                <root>
                  <all><serveros>linux</serveros></all>
                  <webmgr>
                    <client><objectnumber>10</objectnumber></client>
                  </webmgr>
                </root>
                """),
            new RuleExample("clp.conf", "xml", """
                <?xml version="1.0" encoding="EUC-JP"?>
                <root>
                  <all><serveros>linux</serveros></all>
                  <webmgr>
                    <client><objectnumber>10</objectnumber></client>
                    <security>
                      <clientlist>
                        <iprest>1</iprest>
                        <ip name="192.168.100.0/24"/>
                      </clientlist>
                    </security>
                  </webmgr>
                </root>
                """));

        private const string IpRestrictionUnderRoot = "webmgr/" + EcxWebUi.IpRestrictionPath;

        public override RuleDefinition Definition => Rule;

        public override void Analyze(ClpConfDocument document, FindingSink sink)
        {
            var webMgr = document.WebMgr;
            if (webMgr != null && (EcxWebUi.IsIpRestricted(webMgr) || EcxWebUi.HasPassword(webMgr)))
                return;
            var root = document.Root!;
            var ipRestriction = root.Find(IpRestrictionUnderRoot);
            if (ipRestriction != null)
                Report(sink, document, ipRestriction, ipRestriction.ReportSpan, ipRestriction.TrimmedValue, "the client IP restriction is off");
            else
            {
                var parent = root.NearestExisting(IpRestrictionUnderRoot);
                Report(sink, document, parent, parent.NameSpan, null, "no client IP restriction is set");
            }
        }
    }
}
