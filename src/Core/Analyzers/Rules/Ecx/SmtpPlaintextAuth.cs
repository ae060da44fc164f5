using System;
using ConfigLint.Parsers.ClpConf;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Ecx
{
    /// <summary>CL3006: alert mail authenticates to its SMTP server with PLAIN or LOGIN.</summary>
    internal sealed class SmtpPlaintextAuth : ClpConfRule
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.SmtpPlaintextAuth,
            "smtp-plaintext-auth",
            "Alert mail authenticates to SMTP with PLAIN or LOGIN",
            "SMTP authentication uses {0}, which sends the user name and password in clear",
            DiagnosticSeverity.Warning,
            cwe: "CWE-523",
            securitySeverity: "5.9",
            why: """
                ECX mails alerts through the SMTP servers under `cluster/mail/smtp/smtpsrv`; with authentication on
                (`auth` = `1`) it logs in with `authmethod` `CRAM-MD5`, `LOGIN` or `PLAIN`. LOGIN and PLAIN only
                base64-encode the user name and password, and ECX's SMTP client talks plain SMTP, so anyone on the
                path to the mail server reads the credentials.
                """,
            howToFix: """
                Set the authentication method to `CRAM-MD5` (Alert Service tab of the cluster properties, or the
                `authmethod` argument of `clpcfset add smtpsrv`), or relay through a local mail server that needs no
                password.
                """,
            new RuleExample("clp.conf", "xml", """
                <?xml version="1.0" encoding="EUC-JP"?>
                <root>
                  <all><serveros>linux</serveros></all>
                  <cluster>
                    <mail>
                      <smtp>
                        <smtpsrv id="0">
                          <srvname>mail.example.com</srvname>
                          <port>25</port>
                          <auth>1</auth>
                          <authmethod>PLAIN</authmethod>
                          <username>ecx-alerts</username>
                        </smtpsrv>
                      </smtp>
                    </mail>
                  </cluster>
                </root>
                """),
            new RuleExample("clp.conf", "xml", """
                <?xml version="1.0" encoding="EUC-JP"?>
                <root>
                  <all><serveros>linux</serveros></all>
                  <cluster>
                    <mail>
                      <smtp>
                        <smtpsrv id="0">
                          <srvname>mail.example.com</srvname>
                          <port>25</port>
                          <auth>1</auth>
                          <authmethod>CRAM-MD5</authmethod>
                          <username>ecx-alerts</username>
                        </smtpsrv>
                      </smtp>
                    </mail>
                  </cluster>
                </root>
                """));

        public override RuleDefinition Definition => Rule;

        public override void Analyze(ClpConfDocument document, FindingSink sink)
        {
            var smtp = document.Mail?.Child("smtp");
            if (smtp == null)
                return;
            foreach (var server in smtp.ChildrenNamed("smtpsrv"))
            {
                var method = server.Child("authmethod");
                if (server.Child("auth")?.TrimmedValue == "1" && method != null && SendsInClear(method.TrimmedValue))
                    Report(sink, document, method, method.ReportSpan, method.TrimmedValue, method.TrimmedValue.ToUpperInvariant());
            }
        }

        private static bool SendsInClear(string method) =>
            method.Equals("PLAIN", StringComparison.OrdinalIgnoreCase) || method.Equals("LOGIN", StringComparison.OrdinalIgnoreCase);
    }
}
