using System.Linq;
using ConfigLint.Analyzers.Knowledge;
using ConfigLint.Parsers.ClpConf;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Ecx
{
    /// <summary>CL3003: any other credential in clp.conf is stored in plaintext.</summary>
    internal sealed class PlaintextCredential : ClpConfRule
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.PlaintextCredential,
            "plaintext-credential",
            "Credential is stored in plaintext",
            "A password is stored in plaintext at {0}",
            DiagnosticSeverity.Error,
            cwe: "CWE-256",
            securitySeverity: "7.5",
            why: """
                Besides run-as accounts (CL3002), clp.conf holds the passwords monitors log in with
                (`parameters/password` of `mysqlw`, `psqlw`, `oraclew`…, `agentparam/password` of `sqlserverw`), the
                SMTP password of alert mail (`cluster/mail/smtp/smtpsrv/passwd`), cluster account passwords
                (`cluster/account/list/password`) and cloud or vCenter passwords. The file is copied to every server
                and exported to workstations and support cases, so a password in clear there reaches everyone who
                handles it. NEC's `clpcfset` writes whatever it is given, and NEC's own MIRACLE-FailSafe samples keep a
                database password in clear. A value is protected when it is the hex blob Cluster WebUI writes, or when
                `<encrypwd>1</encrypwd>` stands beside it; empty values and template placeholders (`__NAME__`) are
                not flagged.
                """,
            howToFix: """
                Enter the password in Cluster WebUI, which saves it encrypted, or store the output of `clpencrypt`
                (ECX X 4.3 and later) and add `<encrypwd>1</encrypwd>` beside it. Then change the password, since the
                plaintext one has been exposed.
                """,
            new RuleExample("clp.conf", "xml", """
                <?xml version="1.0" encoding="EUC-JP"?>
                <root>
                  <all><serveros>linux</serveros></all>
                  <monitor>
                    <types name="mysqlw"/>
                    <mysqlw name="mysqlw1">
                      <parameters>
                        <username>monitor</username>
                        <password>cluster-0</password>
                      </parameters>
                    </mysqlw>
                  </monitor>
                </root>
                """),
            new RuleExample("clp.conf", "xml", """
                <?xml version="1.0" encoding="EUC-JP"?>
                <root>
                  <all><serveros>linux</serveros></all>
                  <monitor>
                    <types name="mysqlw"/>
                    <mysqlw name="mysqlw1">
                      <parameters>
                        <username>monitor</username>
                        <password>5d2a9c0e7b41f86a3c0d9e2b7f14a6c8</password>
                        <encrypwd>1</encrypwd>
                      </parameters>
                    </mysqlw>
                  </monitor>
                </root>
                """));

        public override RuleDefinition Definition => Rule;

        public override void Analyze(ClpConfDocument document, FindingSink sink)
        {
            var credentials = document.Root!.Descendants().Where(e =>
                EcxCredentials.IsCredentialName(e.Name) && !EcxCredentials.IsRunAsPassword(e) && EcxCredentials.IsPlaintext(e));
            foreach (var credential in credentials)
                Report(sink, document, credential, credential.ReportSpan, null, credential.Path);
        }
    }
}
