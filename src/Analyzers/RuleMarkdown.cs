using System.Text;

namespace ConfigLint.Analyzers
{
    /// <summary>
    /// Renders rule documentation as Markdown. rules.md, the README rule table, <c>--explain</c> and SARIF
    /// <c>help.markdown</c> all come from here, so they never drift from the catalog.
    /// </summary>
    public static class RuleMarkdown
    {
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
            sb.Append("```").Append(example.Language).Append('\n').Append(example.Content.Trim('\n')).Append('\n').Append("```").Append('\n').Append('\n');
        }
    }
}
