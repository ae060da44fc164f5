using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers;
using ConfigLint.Sarif;

namespace ConfigLint.Reporting
{
    /// <summary>The formats a scan can be written in (<c>--format</c>).</summary>
    public enum ReportFormat
    {
        /// <summary>Compiler-style lines (<see cref="TextPrinter"/>).</summary>
        Text,

        /// <summary>A SARIF 2.1.0 log (<see cref="SarifPrinter"/>).</summary>
        Sarif,

        /// <summary>One versioned JSON object (<see cref="JsonPrinter"/>).</summary>
        Json,

        /// <summary>GitHub Actions workflow commands (<see cref="GitHubPrinter"/>).</summary>
        GitHub,
    }

    /// <summary>
    /// What a printer writes: one scan, the rules it ran (in catalog order), and with <c>--baseline</c> how its findings
    /// compare to the baseline's.
    /// </summary>
    public sealed record ScanReport(ScanResult Result, IReadOnlyList<RuleDefinition> Rules, BaselineComparison? Baseline = null)
    {
        /// <summary>The counts of the summary line and of the JSON <c>summary</c>.</summary>
        public ReportSummary Summary { get; } = ReportSummary.Of(Result);

        private readonly Dictionary<string, string> names = Rules.ToDictionary(r => r.Id, r => r.Name);

        /// <summary>The kebab-case name of the rule with id <paramref name="id"/>, or null when it ran under no rule of the catalog.</summary>
        public string? RuleName(string id) => names.TryGetValue(id, out var name) ? name : null;
    }

    /// <summary>Writes a scan in one format; every format the CLI offers is one of these.</summary>
    public interface IReportPrinter
    {
        /// <summary>Writes the report of <paramref name="report"/> to <paramref name="writer"/>.</summary>
        void Write(TextWriter writer, ScanReport report);
    }
}
