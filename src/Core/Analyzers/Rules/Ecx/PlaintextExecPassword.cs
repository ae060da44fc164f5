using System.Linq;
using ConfigLint.Analyzers.Knowledge;
using ConfigLint.Parsers.ClpConf;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Ecx
{
    /// <summary>CL3002: a group resource that runs as a user keeps that user's password in plaintext.</summary>
    internal sealed class PlaintextExecPassword : ClpConfRule
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.PlaintextExecPassword,
            "plaintext-exec-password",
            "Password of the account a resource runs as is stored in plaintext",
            "The {0} resource '{1}' stores the password of the account it runs as in plaintext ({2})",
            DiagnosticSeverity.Error,
            cwe: "CWE-256",
            securitySeverity: "8.1",
            why: """
                A Windows application resource (`appli`) can start and stop its program as a given account:
                `actaccount`/`actpassword` and `deactaccount`/`deactpassword`, and other resource types keep an
                `…account`/`…password` pair the same way. clp.conf is copied to every server, exported to
                workstations, attached to support requests and often committed to version control; a password in
                clear there hands that account, usually an administrator, to whoever reads the file. Cluster WebUI
                stores these passwords encrypted (a hex blob such as `80000009b91b5dc696a39c5600810000`); a Linux element
                declares its encryption with `<encrypwd>1</encrypwd>` beside the password. Empty values and template
                placeholders (`__NAME__`) are not flagged.
                """,
            howToFix: """
                Enter the password in Cluster WebUI (resource properties, Details tab), which saves it encrypted, or
                put the output of `clpencrypt` in the file and add `<encrypwd>1</encrypwd>` beside it. Then change the
                account's password, since the plaintext one has been exposed.
                """,
            new RuleExample("clp.conf", "xml", """
                <?xml version="1.0" encoding="ASCII"?>
                <root>
                  <all><serveros>windows</serveros></all>
                  <resource>
                    <types name="appli"/>
                    <appli name="appli1">
                      <parameters>
                        <actpath>start.bat</actpath>
                        <actaccount>Administrator</actaccount>
                        <actpassword>Winter2024!</actpassword>
                      </parameters>
                    </appli>
                  </resource>
                </root>
                """),
            new RuleExample("clp.conf", "xml", """
                <?xml version="1.0" encoding="ASCII"?>
                <root>
                  <all><serveros>windows</serveros></all>
                  <resource>
                    <types name="appli"/>
                    <appli name="appli1">
                      <parameters>
                        <actpath>start.bat</actpath>
                        <actaccount>Administrator</actaccount>
                        <actpassword>80000009b91b5dc696a39c5600810000</actpassword>
                      </parameters>
                    </appli>
                  </resource>
                </root>
                """));

        public override RuleDefinition Definition => Rule;

        public override void Analyze(ClpConfDocument document, FindingSink sink)
        {
            foreach (var resource in document.ResourcesByType.SelectMany(g => g))
            {
                foreach (var password in resource.Descendants().Where(e => EcxCredentials.IsRunAsPassword(e) && EcxCredentials.IsPlaintext(e)))
                    Report(sink, document, password, password.ReportSpan, null, resource.Name, NameOf(resource), password.Name);
            }
        }

        private static string NameOf(ClpElement resource) => resource.Attributes.TryGetValue("name", out var name) ? name : "";
    }
}
