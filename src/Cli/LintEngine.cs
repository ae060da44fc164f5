using System;
using System.Collections.Generic;
using ConfigLint.Analyzers;
using ConfigLint.Parsers;

namespace ConfigLint.Cli
{
    /// <summary>
    /// The analysis behind the command line: the scanner, the resolver and the rule catalog. The tool always uses
    /// <see cref="Default"/>; tests hand in their own so argument handling, discovery and exit codes are tested
    /// without real rules.
    /// </summary>
    internal sealed class LintEngine
    {
        private readonly Func<IReadOnlyList<RuleDefinition>> rules;

        public LintEngine(
            Func<ScanOptions, ScanResult> scan,
            Func<string, string, IConfigFileSource, ResolvedFile> resolve,
            Func<IReadOnlyList<RuleDefinition>> rules)
        {
            Scan = scan;
            Resolve = resolve;
            this.rules = rules;
        }

        public static LintEngine Default { get; } = new(ConfigScanner.Scan, ConfigScanner.Resolve, () => RuleCatalog.All);

        public Func<ScanOptions, ScanResult> Scan { get; }

        /// <summary>(full path, base directory, file source) → the resolved EMQX configuration.</summary>
        public Func<string, string, IConfigFileSource, ResolvedFile> Resolve { get; }

        /// <summary>Every rule, sorted by id. A function so commands that show no rule never build the catalog.</summary>
        public IReadOnlyList<RuleDefinition> Rules => rules();
    }
}
