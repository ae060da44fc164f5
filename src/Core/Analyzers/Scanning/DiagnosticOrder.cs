using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers
{
    /// <summary>One order for findings, whatever order rules and files ran in: output is the same bytes every run.</summary>
    internal static class DiagnosticOrder
    {
        /// <summary>Sorts by path, position, rule id and message, and drops exact repeats (a file read twice).</summary>
        public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics
                .GroupBy(Key)
                .Select(g => g.First())
                .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Location.SourceSpan.End)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => d.GetMessage(), StringComparer.Ordinal)
                .ToImmutableArray();

        private static (string, string, int, int, string) Key(Diagnostic d) =>
            (d.Id, d.Location.GetLineSpan().Path, d.Location.SourceSpan.Start, d.Location.SourceSpan.Length, d.GetMessage());
    }
}
