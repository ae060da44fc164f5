using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Sarif
{
    /// <summary>
    /// GitHub code scanning rejects a run with more than 25,000 results, so a larger scan keeps the most severe:
    /// errors, then warnings, then notes, earlier findings first within a severity.
    /// </summary>
    internal static class ResultCap
    {
        public const int GitHubMaximumResultsPerRun = 25_000;

        /// <summary>The findings to keep, still in the order given.</summary>
        public static IReadOnlyList<Diagnostic> KeepMostSevere(IReadOnlyList<Diagnostic> diagnostics, int maximum)
        {
            if (diagnostics.Count <= maximum)
                return diagnostics;
            return diagnostics
                .Select((diagnostic, index) => (diagnostic, index))
                .OrderByDescending(d => d.diagnostic.Severity) // OrderBy is stable: ties keep their order
                .Take(maximum)
                .OrderBy(d => d.index)
                .Select(d => d.diagnostic)
                .ToList();
        }
    }
}
