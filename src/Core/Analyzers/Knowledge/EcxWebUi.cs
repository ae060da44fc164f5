using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ConfigLint.Parsers.ClpConf;

namespace ConfigLint.Analyzers.Knowledge
{
    /// <summary>How sure ConfigLint is that ECX reads a setting in the form it looks for.</summary>
    internal enum FormCertainty
    {
        /// <summary>Seen in public clp.conf files or NEC's documentation.</summary>
        Confirmed,
        /// <summary>Believed, but not seen in any public file or in NEC's documentation.</summary>
        Uncertain,
    }

    /// <summary>One way a clp.conf may switch Cluster WebUI to HTTPS: an element under <c>&lt;webmgr&gt;</c> holding <c>1</c>.</summary>
    internal sealed class WebUiHttpsForm
    {
        public WebUiHttpsForm(string pathUnderWebMgr, FormCertainty certainty, string whatIsKnown)
        {
            PathUnderWebMgr = pathUnderWebMgr;
            Certainty = certainty;
            WhatIsKnown = whatIsKnown;
        }

        /// <summary>The element below <c>webmgr</c> that holds the switch, e.g. <c>ssl/use</c>.</summary>
        public string PathUnderWebMgr { get; }

        public FormCertainty Certainty { get; }

        /// <summary>What is known of the form and the ECX versions it applies to (Markdown).</summary>
        public string WhatIsKnown { get; }
    }

    /// <summary>
    /// What ConfigLint knows of the Cluster WebUI (WebManager before ECX 4.0) settings in clp.conf: the HTTPS forms
    /// (the one table CL3001 and rules.md read), the client IP restriction and the WebUI password.
    /// </summary>
    internal static class EcxWebUi
    {
        private const string Enabled = "1";

        /// <summary>
        /// The recognised HTTPS switches. NEC's reference guides for ECX X 4.x and later let the cluster properties
        /// choose HTTP or HTTPS for Cluster WebUI (HTTP is the default) with the certificate and key set on the
        /// Encryption tab, but no public clp.conf (and none of the 14 files of ConfigLint's corpus, ECX 4.0–5.3)
        /// has HTTPS on, so the element the choice is saved as is not confirmed. Every form below is accepted.
        /// </summary>
        public static ImmutableArray<WebUiHttpsForm> HttpsForms { get; } = ImmutableArray.Create(
            new WebUiHttpsForm("ssl/use", FormCertainty.Uncertain,
                "The `use` switch of an `ssl` block, the pattern clp.conf uses for optional features (`rstd/use`, `logrotate/use`). Believed for ECX X 4.x–5.x; not seen in a public file."),
            new WebUiHttpsForm("https/use", FormCertainty.Uncertain,
                "The same switch in an `https` block. Believed possible for ECX X 4.x–5.x; not seen in a public file."),
            new WebUiHttpsForm("https", FormCertainty.Uncertain,
                "`https` holding the switch itself. Believed possible for ECX X 4.x–5.x; not seen in a public file."));

        /// <summary>The WebUI restricts clients to its IP list only when this holds <c>1</c> (clpcfset documents 0, the default, and 1).</summary>
        public const string IpRestrictionPath = "security/clientlist/iprest";

        public static bool IsHttpsEnabled(ClpElement webMgr) =>
            HttpsForms.Any(f => webMgr.Find(f.PathUnderWebMgr)?.TrimmedValue == Enabled);

        /// <summary>The first HTTPS switch that is present (and so, when HTTPS is off, set to something other than 1).</summary>
        public static ClpElement? PresentHttpsSwitch(ClpElement webMgr) =>
            HttpsForms.Select(f => webMgr.Find(f.PathUnderWebMgr)).FirstOrDefault(e => e?.Value != null);

        public static bool IsIpRestricted(ClpElement webMgr) => webMgr.Find(IpRestrictionPath)?.TrimmedValue == Enabled;

        /// <summary>
        /// Whether a WebUI password is set: the cluster password method (ECX X 4.0+) keeps the operation and reference
        /// passwords under <c>webmgr</c>. Their element names are not public, so any non-empty credential element
        /// below <c>webmgr</c> counts.
        /// </summary>
        public static bool HasPassword(ClpElement webMgr) =>
            webMgr.Descendants().Any(e => EcxCredentials.IsCredentialName(e.Name) && e.TrimmedValue.Length > 0);

        /// <summary>The forms table as Markdown, for rules.md.</summary>
        public static string HttpsFormsMarkdown()
        {
            var sb = new StringBuilder();
            sb.Append("| Setting under `<webmgr>` | HTTPS when | Certainty | What is known |\n");
            sb.Append("|---|---|---|---|\n");
            foreach (var form in HttpsForms)
            {
                sb.Append("| `").Append(form.PathUnderWebMgr).Append("` | `").Append(Enabled).Append("` | ")
                  .Append(form.Certainty.ToString().ToLowerInvariant()).Append(" | ").Append(form.WhatIsKnown).Append(" |\n");
            }
            return sb.ToString();
        }
    }
}
