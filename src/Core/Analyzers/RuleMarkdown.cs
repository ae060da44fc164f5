using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ConfigLint.Analyzers
{
    /// <summary>
    /// Renders rule documentation as Markdown. rules.md, the README rule table, <c>--explain</c> and SARIF
    /// <c>help.markdown</c> all come from here, so they never drift from the catalog.
    /// </summary>
    public static class RuleMarkdown
    {
        /// <summary>The whole of rules.md: an index, then every rule's section.</summary>
        public static string Document(IEnumerable<RuleDefinition> rules)
        {
            var list = rules.ToList();
            var sb = new StringBuilder();
            sb.Append("# ConfigLint rules").Append('\n').Append('\n');
            sb.Append("<!-- Generated from the rule catalog (src/Core/Analyzers); do not edit by hand. ")
              .Append("Regenerate with: CONFIGLINT_UPDATE_DOCS=1 dotnet test --filter RuleDocumentation -->").Append('\n').Append('\n');
            sb.Append(FilesRead).Append('\n').Append('\n');
            sb.Append(Table(list, linkPrefix: "")).Append('\n');
            sb.Append(Suppressions.SuppressionDocumentation.Markdown).Append('\n').Append('\n');
            foreach (var rule in list)
                sb.Append(Section(rule));
            return sb.ToString().TrimEnd('\n') + "\n";
        }

        // Which files the rules judge; README "What ConfigLint reads" has the details.
        private const string FilesRead =
            "The rules judge EMQX configurations (`emqx.conf`, `*.emqx.conf`, `emqx_*.conf`, `*.hocon`, and other `*.conf` files " +
            "whose keys are EMQX's, each read as HOCON or as the 4.x `key = value` form as CL0001 describes), Erlang distribution " +
            "option files (`ssl_dist.conf`, and `*.conf`, `*.conf.template` or `*.config` files holding `{server, …}`/`{client, …}` " +
            "options), `vm.args` with its `vm.args.src`/`vm.args.eex` release templates, and EXPRESSCLUSTER `clp.conf` files. " +
            "RabbitMQ, VerneMQ and Riak files of the same `key = value` form are recognised by their own keys and skipped. " +
            "A node is judged with the emqx.conf, vm.args and ssl_dist.conf of its folder; README's \"What ConfigLint reads\" has the details.";

        /// <summary>The rule table (id, name, severity, title), each id linking to its section.</summary>
        public static string Table(IEnumerable<RuleDefinition> rules, string linkPrefix)
        {
            var sb = new StringBuilder();
            sb.Append("| Id | Name | Severity | What it finds |").Append('\n');
            sb.Append("|---|---|---|---|").Append('\n');
            foreach (var rule in rules)
            {
                sb.Append("| [").Append(rule.Id).Append("](").Append(linkPrefix).Append('#').Append(Anchor(rule)).Append(") | `")
                  .Append(rule.Name).Append("` | ").Append(SeverityName(rule.Descriptor.DefaultSeverity)).Append(" | ")
                  .Append(rule.Descriptor.Title).Append(" |").Append('\n');
            }
            return sb.ToString();
        }

        /// <summary>The Markdown heading anchor of a rule's section (GitHub's slug of "CL1003 weak-erlang-cookie").</summary>
        public static string Anchor(RuleDefinition rule) => Anchor(rule.Id, rule.Name);

        internal static string Anchor(string id, string name) => (id + "-" + name).ToLowerInvariant();

        /// <summary>One rule's full section: heading, severity, why it matters, how to fix, bad and good example.</summary>
        public static string Section(RuleDefinition rule)
        {
            var d = rule.Descriptor;
            var sb = new StringBuilder();
            sb.Append("## ").Append(rule.Id).Append(' ').Append(rule.Name).Append('\n').Append('\n');
            sb.Append("**").Append(d.Title).Append("**").Append('\n').Append('\n');
            sb.Append("Severity: ").Append(SeverityName(d.DefaultSeverity))
              .Append(" · ").Append(rule.Cwe)
              .Append(" · security-severity ").Append(rule.SecuritySeverity).Append('\n').Append('\n');
            // A renamed rule's old names still work; the reader who meets one in a comment finds the rule by it here.
            if (rule.FormerNames.Count > 0)
                sb.Append("Formerly: ").Append(string.Join(", ", rule.FormerNames.Select(name => "`" + name + "`"))).Append('\n').Append('\n');
            sb.Append("### Why it matters").Append('\n').Append('\n').Append(rule.Why.Trim()).Append('\n').Append('\n');
            sb.Append("### How to fix").Append('\n').Append('\n').Append(rule.HowToFix.Trim()).Append('\n').Append('\n');
            AppendExample(sb, "Example that is flagged", rule.BadExample);
            AppendExample(sb, "Fixed", rule.GoodExample);
            return sb.ToString();
        }

        /// <summary>The lower-case severity word used in text output and tables.</summary>
        public static string SeverityName(Microsoft.CodeAnalysis.DiagnosticSeverity severity) => severity switch
        {
            Microsoft.CodeAnalysis.DiagnosticSeverity.Error => "error",
            Microsoft.CodeAnalysis.DiagnosticSeverity.Warning => "warning",
            Microsoft.CodeAnalysis.DiagnosticSeverity.Info => "note",
            _ => "hidden",
        };

        private static void AppendExample(StringBuilder sb, string heading, RuleExample example)
        {
            sb.Append("### ").Append(heading).Append(" (`").Append(example.FileName).Append("`)").Append('\n').Append('\n');
            AppendCode(sb, example);
            foreach (var companion in example.Companions)
            {
                sb.Append("With `").Append(companion.FileName).Append("`:").Append('\n').Append('\n');
                AppendCode(sb, companion);
            }
        }

        private static void AppendCode(StringBuilder sb, RuleExample example) =>
            sb.Append("```").Append(example.Language).Append('\n').Append(example.Content.Trim('\n')).Append('\n').Append("```").Append('\n').Append('\n');
    }
}
