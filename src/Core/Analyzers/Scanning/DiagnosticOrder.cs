using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers
{
    /// <summary>One order for findings and notifications, whatever order rules and files ran in: output is the same bytes every run.</summary>
    internal static class DiagnosticOrder
    {
        /// <summary>
        /// Sorts by path, position, rule id and message, and drops exact repeats (a file read twice), keeping the first
        /// of each. A sort of references with one comparison, not LINQ keyed by tuples: generic code over value types
        /// is compiled when the process starts, and a pre-commit run is mostly start-up.
        /// </summary>
        public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
        {
            var entries = new List<Entry>();
            foreach (var diagnostic in diagnostics)
                entries.Add(new Entry(diagnostic, entries.Count));
            // Ties (exact repeats) keep the order they came in, so the first of them stays, as before.
            entries.Sort((a, b) => Compare(a, b) is var byFinding and not 0 ? byFinding : a.Arrival.CompareTo(b.Arrival));
            var sorted = ImmutableArray.CreateBuilder<Diagnostic>(entries.Count);
            for (var i = 0; i < entries.Count; i++)
            {
                if (i == 0 || Compare(entries[i - 1], entries[i]) != 0)
                    sorted.Add(entries[i].Diagnostic);
            }
            return sorted.ToImmutable();
        }

        /// <summary>Sorts notifications by path, position (none first) and message, and drops repeats, keeping the first of each.</summary>
        public static List<ToolNotification> Sort(IEnumerable<ToolNotification> notifications)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var kept = new List<ToolNotification>();
            foreach (var notification in notifications)
            {
                var position = notification.Position is { } at ? at.Line + ":" + at.Character : "-";
                if (seen.Add(notification.DisplayPath + "\0" + position + "\0" + notification.Message))
                    kept.Add(notification);
            }
            kept.Sort(Compare);
            return kept;
        }

        private static int Compare(ToolNotification a, ToolNotification b)
        {
            var order = string.CompareOrdinal(a.DisplayPath, b.DisplayPath);
            if (order == 0)
                order = (a.Position?.Line ?? -1).CompareTo(b.Position?.Line ?? -1);
            if (order == 0)
                order = (a.Position?.Character ?? -1).CompareTo(b.Position?.Character ?? -1);
            if (order == 0)
                order = string.CompareOrdinal(a.Message, b.Message);
            return order;
        }

        /// <summary>Path, start, end, id, message: equal only for exact repeats (the same finding at the same span).</summary>
        private static int Compare(Entry a, Entry b)
        {
            var order = string.CompareOrdinal(a.Path, b.Path);
            if (order == 0)
                order = a.Span.Start.CompareTo(b.Span.Start);
            if (order == 0)
                order = a.Span.End.CompareTo(b.Span.End);
            if (order == 0)
                order = string.CompareOrdinal(a.Diagnostic.Id, b.Diagnostic.Id);
            if (order == 0)
                order = string.CompareOrdinal(a.Message, b.Message);
            return order;
        }

        /// <summary>A finding with what it is sorted by, computed once.</summary>
        private sealed class Entry
        {
            public Entry(Diagnostic diagnostic, int arrival)
            {
                Diagnostic = diagnostic;
                Arrival = arrival;
                Path = diagnostic.Location.GetLineSpan().Path;
                Span = diagnostic.Location.SourceSpan;
                Message = diagnostic.GetMessage();
            }

            public Diagnostic Diagnostic { get; }

            public int Arrival { get; }

            public string Path { get; }

            public Microsoft.CodeAnalysis.Text.TextSpan Span { get; }

            public string Message { get; }
        }
    }
}
