using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Suppressions
{
    /// <summary>
    /// CL0002 and CL0003: like CL0001 they judge no configuration; they are about the suppression comments
    /// <see cref="InlineSuppressions"/> applies after every rule ran, and are reported at the comment.
    /// </summary>
    internal static class SuppressionRules
    {
        public static readonly RuleDefinition WithoutReason = new(
            RuleIds.SuppressionWithoutReason,
            "suppression-without-reason",
            "Suppression comment gives no reason",
            "This {0} comment gives no reason: add one after ' -- ' (in XML ' - ') so a reviewer can judge it.",
            DiagnosticSeverity.Warning,
            cwe: "CWE-1059",
            securitySeverity: "1.0",
            why: """
                A suppression comment silences a finding on purpose. Months later a reviewer, or the person who wrote
                it, must be able to tell why the finding did not apply: a test cluster, a value replaced at deployment,
                a risk accepted by someone who could accept it. Without a reason the comment cannot be told apart from
                one that only made a failing build pass. The suppression still takes effect; this finding asks for
                the reason.
                """,
            howToFix: """
                Write the reason after ` -- ` at the end of the comment:
                `# configlint-disable-next-line CL1003 -- replaced by the deployment pipeline from the vault`. An XML
                comment cannot hold `--`, so in clp.conf a lone ` - ` introduces the reason:
                `<!-- configlint-disable-next-line CL3001 - WebUI reachable only from the management VLAN -->`.
                """,
            new RuleExample("emqx.conf", "hocon", """
                node {
                  name = "emqx@10.0.0.1"
                  # configlint-disable-next-line weak-erlang-cookie
                  cookie = "emqxsecretcookie"
                }
                """),
            new RuleExample("emqx.conf", "hocon", """
                node {
                  name = "emqx@10.0.0.1"
                  # configlint-disable-next-line weak-erlang-cookie -- local test cluster, never deployed
                  cookie = "emqxsecretcookie"
                }
                """));

        public static readonly RuleDefinition Unused = new(
            RuleIds.UnusedSuppression,
            "unused-suppression",
            "Suppression comment suppresses nothing",
            "{0}",
            DiagnosticSeverity.Warning,
            cwe: "CWE-1116",
            securitySeverity: "1.0",
            why: """
                A suppression comment that no longer suppresses a finding is stale: the setting was fixed or moved, or
                the comment names a rule that does not exist (a typo such as `CL1O03`), so it silences nothing and
                misleads the next reader. Worse, a stale `configlint-disable-file` waits for the day the problem comes
                back and then hides it. Like ruff's unused-`noqa` rule this is a warning, so with the default
                `--fail-level` a stale suppression fails the run until it is removed.

                A comment is judged for the rules it names: each rule id or name that suppresses nothing there is one
                finding. In a file that cannot be read whole (it has a CL0001, or an include of it has one), rules may
                not have run, so only unknown rule names are reported there. CL0002 and CL0003 cannot be suppressed
                by a comment: a suppression cannot vouch for itself.
                """,
            howToFix: """
                Remove the comment, or the rule it names that no longer applies. When the rule id is misspelt, correct
                it: `--list-rules` shows every id and name.
                """,
            new RuleExample("emqx.conf", "hocon", """
                node {
                  name = "emqx@10.0.0.1"
                  # configlint-disable-next-line CL1003 -- test cluster
                  cookie = "Zq8vT3nW6yB1kD4fH7jL0pS2uX5aC9eG"
                }
                """),
            new RuleExample("emqx.conf", "hocon", """
                node {
                  name = "emqx@10.0.0.1"
                  cookie = "Zq8vT3nW6yB1kD4fH7jL0pS2uX5aC9eG"
                }
                """));
    }
}
