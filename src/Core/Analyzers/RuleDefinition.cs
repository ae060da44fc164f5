using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers
{
    /// <summary>
    /// One rule: its Roslyn descriptor plus the documentation that rules.md, <c>--explain</c> and SARIF help are made from.
    /// </summary>
    public sealed class RuleDefinition
    {
        internal RuleDefinition(
            string id,
            string name,
            string title,
            string messageFormat,
            DiagnosticSeverity severity,
            string cwe,
            string securitySeverity,
            string why,
            string howToFix,
            RuleExample badExample,
            RuleExample goodExample,
            IReadOnlyList<string>? formerNames = null)
        {
            Name = name;
            FormerNames = formerNames ?? Array.Empty<string>();
            Cwe = cwe;
            SecuritySeverity = securitySeverity;
            Why = why;
            HowToFix = howToFix;
            BadExample = badExample;
            GoodExample = goodExample;
            Descriptor = new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category: "Security",
                severity,
                isEnabledByDefault: true,
                description: why,
                helpLinkUri: RuleCatalog.HelpUri(id, name),
                customTags: new[] { "security", cwe });
        }

        /// <summary>The Roslyn descriptor every finding of this rule is made from.</summary>
        public DiagnosticDescriptor Descriptor { get; }

        /// <summary>The rule id, e.g. <c>CL1003</c>.</summary>
        public string Id => Descriptor.Id;

        /// <summary>The short kebab-case name, e.g. <c>weak-erlang-cookie</c>.</summary>
        public string Name { get; }

        /// <summary>
        /// The names this rule had in earlier releases, oldest first; empty for a rule never renamed. A renamed rule
        /// keeps answering to them (<see cref="IsCalled"/>) so the suppression comments and command lines users wrote
        /// keep working; AnalyzerReleases.Shipped.md records every name a rule shipped under.
        /// </summary>
        public IReadOnlyList<string> FormerNames { get; }

        /// <summary>The CWE the rule maps to, e.g. <c>CWE-319</c>.</summary>
        public string Cwe { get; }

        /// <summary>GitHub's <c>security-severity</c> score (0.0–10.0) as text.</summary>
        public string SecuritySeverity { get; }

        /// <summary>Why the finding matters (Markdown).</summary>
        public string Why { get; }

        /// <summary>How to fix it (Markdown).</summary>
        public string HowToFix { get; }

        /// <summary>
        /// Whether a user naming a rule (on the command line, in a suppression comment) means this one: its id, its
        /// name or a former name, in any case.
        /// </summary>
        public bool IsCalled(string idOrName) =>
            string.Equals(idOrName, Id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(idOrName, Name, StringComparison.OrdinalIgnoreCase)
            || FormerNames.Any(former => string.Equals(idOrName, former, StringComparison.OrdinalIgnoreCase));

        /// <summary>A configuration that triggers the rule.</summary>
        public RuleExample BadExample { get; }

        /// <summary>The same configuration, fixed.</summary>
        public RuleExample GoodExample { get; }
    }

    /// <summary>An example configuration in the rule documentation.</summary>
    public sealed class RuleExample
    {
        internal RuleExample(string fileName, string language, string content, params RuleExample[] companions)
        {
            FileName = fileName;
            Language = language;
            Content = content;
            Companions = companions;
        }

        /// <summary>Other files the example needs beside it (another node of a cluster), by path relative to the first.</summary>
        public System.Collections.Generic.IReadOnlyList<RuleExample> Companions { get; }

        /// <summary>The file the example stands for, e.g. <c>emqx.conf</c>.</summary>
        public string FileName { get; }

        /// <summary>The Markdown code-fence language, e.g. <c>hocon</c>.</summary>
        public string Language { get; }

        /// <summary>The example text.</summary>
        public string Content { get; }
    }
}
