using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConfigLint.Analyzers;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Reporting
{
    /// <summary>
    /// The counts of a scan: findings by severity and the files they are in, out of the files analysed (with the
    /// included files that have findings). A suppressed finding is counted apart and in nothing else.
    /// </summary>
    public sealed record ReportSummary(int Files, int FilesWithFindings, int Errors, int Warnings, int Notes, int Findings, int Suppressed)
    {
        /// <summary>Counts the findings of <paramref name="result"/>; with a baseline, only the <paramref name="counted"/> new ones.</summary>
        public static ReportSummary Of(ScanResult result, IReadOnlyList<Diagnostic>? counted = null)
        {
            var shown = (counted ?? result.Diagnostics).Where(d => !d.IsSuppressed).ToList();
            return new ReportSummary(
                // An included file with a finding was read and checked as much as the file that names it.
                Files: result.AnalyzedFiles.Union(result.Diagnostics.Select(d => d.Location.GetLineSpan().Path)).Count(),
                FilesWithFindings: shown.Select(d => d.Location.GetLineSpan().Path).Distinct().Count(),
                Errors: shown.Count(d => d.Severity == DiagnosticSeverity.Error),
                Warnings: shown.Count(d => d.Severity == DiagnosticSeverity.Warning),
                Notes: shown.Count(d => d.Severity == DiagnosticSeverity.Info),
                Findings: shown.Count,
                Suppressed: result.Diagnostics.Count(d => d.IsSuppressed));
        }

        /// <summary>
        /// The line after the findings: <c>3 findings (2 errors, 1 warning) in 2 of 14 files; 1 suppressed</c>, or
        /// <c>No findings in 14 files.</c>
        /// </summary>
        public string Line()
        {
            var suppressed = Suppressed == 0 ? "" : "; " + Suppressed.ToString(CultureInfo.InvariantCulture) + " suppressed";
            if (Findings == 0)
                return "No findings in " + Count(Files, "file") + suppressed + ".";
            var severities = new List<string>();
            if (Errors > 0)
                severities.Add(Count(Errors, "error"));
            if (Warnings > 0)
                severities.Add(Count(Warnings, "warning"));
            if (Notes > 0)
                severities.Add(Count(Notes, "note"));
            var bySeverity = severities.Count == 0 ? "" : " (" + string.Join(", ", severities) + ")";
            return Count(Findings, "finding") + bySeverity + " in " + FilesWithFindings.ToString(CultureInfo.InvariantCulture) + " of " + Count(Files, "file") + suppressed;
        }

        private static string Count(int count, string noun) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
    }
}
