using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConfigLint.Sarif.Model;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Sarif
{
    /// <summary>The SARIF <c>baselineState</c> values a comparison gives.</summary>
    public static class BaselineStates
    {
        /// <summary>Found now, not in the baseline: the one state that fails a run.</summary>
        public const string New = "new";

        /// <summary>Found now and recorded in the baseline.</summary>
        public const string Unchanged = "unchanged";

        /// <summary>Recorded in the baseline, not found now (fixed, or its value changed).</summary>
        public const string Absent = "absent";
    }

    /// <summary>
    /// A scan's findings matched to a baseline (<c>--baseline</c>) by content fingerprint
    /// (<see cref="PartialFingerprints"/>: rule, file, key path, non-secret value), never by line, so lines inserted
    /// above a finding leave it <c>unchanged</c>, a changed port makes it <c>new</c> (and the old one <c>absent</c>),
    /// and a changed secret, which the fingerprint never holds, leaves it <c>unchanged</c>. Matching is one to one:
    /// a baseline entry matches at most one finding.
    /// </summary>
    public sealed class BaselineComparison
    {
        /// <summary>Ends the text line of a new finding; unchanged and absent ones get no line, only a count.</summary>
        public const string NewFindingSuffix = " [new]";

        private readonly HashSet<Diagnostic> unchanged;

        private BaselineComparison(IReadOnlyList<Diagnostic> diagnostics, HashSet<Diagnostic> unchanged, IReadOnlyList<Result> absent)
        {
            this.unchanged = unchanged;
            New = diagnostics.Where(d => !unchanged.Contains(d)).ToList();
            Absent = absent;
        }

        /// <summary>The findings not in the baseline, in scan order: the only ones that count for the exit code.</summary>
        public IReadOnlyList<Diagnostic> New { get; }

        /// <summary>The baseline's results no finding matched, in the baseline's order.</summary>
        internal IReadOnlyList<Result> Absent { get; }

        /// <summary>How many findings matched a baseline entry.</summary>
        public int UnchangedCount => unchanged.Count;

        /// <summary>How many baseline entries no finding matched.</summary>
        public int AbsentCount => Absent.Count;

        /// <summary>Matches the findings of a scan to the baseline's entries.</summary>
        /// <param name="diagnostics">The findings, with the display paths the baseline was written with.</param>
        /// <param name="baseline">The recorded findings.</param>
        public static BaselineComparison Compare(IReadOnlyList<Diagnostic> diagnostics, BaselineLog baseline)
        {
            // Every fingerprint's baseline entries, first first: n equal fingerprints match n entries, no more.
            var unmatched = baseline.Results
                .GroupBy(BaselineLog.FingerprintOf)
                .ToDictionary(group => group.Key, group => new Queue<Result>(group));
            var matched = new HashSet<Result>(ReferenceEqualityComparer.Instance);
            var unchanged = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
            var fingerprints = PartialFingerprints.Compute(diagnostics);
            for (var i = 0; i < diagnostics.Count; i++)
            {
                if (unmatched.TryGetValue(fingerprints[i], out var entries) && entries.Count > 0)
                {
                    matched.Add(entries.Dequeue());
                    unchanged.Add(diagnostics[i]);
                }
            }
            return new BaselineComparison(diagnostics, unchanged, baseline.Results.Where(r => !matched.Contains(r)).ToList());
        }

        /// <summary><see cref="BaselineStates.New"/> or <see cref="BaselineStates.Unchanged"/> for one of the compared findings.</summary>
        public string StateOf(Diagnostic diagnostic) => unchanged.Contains(diagnostic) ? BaselineStates.Unchanged : BaselineStates.New;

        /// <summary>
        /// What the summary line says of the findings it does not print, e.g. <c>3 unchanged, 1 absent (baseline)</c>.
        /// </summary>
        public string Summary() => string.Format(CultureInfo.InvariantCulture, "{0} unchanged, {1} absent (baseline)", UnchangedCount, AbsentCount);

        /// <summary>A baseline result carried into the new log as <c>absent</c>, its rule index that of the rules written now.</summary>
        internal static Result AsAbsent(Result recorded, int? ruleIndex) =>
            recorded with { RuleIndex = ruleIndex, BaselineState = BaselineStates.Absent };
    }
}
