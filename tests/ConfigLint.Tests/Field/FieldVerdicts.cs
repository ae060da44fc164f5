using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Tests.Field
{
    /// <summary>One finding as the field set records it: file (relative to the corpus), 1-based line and column, rule.</summary>
    internal sealed record FieldFinding(string Path, int Line, int Column, string Rule)
    {
        public static FieldFinding Of(Diagnostic diagnostic, string corpus)
        {
            var span = diagnostic.Location.GetLineSpan();
            var path = (System.IO.Path.IsPathRooted(span.Path) ? System.IO.Path.GetRelativePath(corpus, span.Path) : span.Path).Replace('\\', '/');
            return new FieldFinding(path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.Id);
        }

        /// <summary>Reads <c>PATH:LINE:COL CLxxxx</c>.</summary>
        public static FieldFinding Parse(string location, string rule)
        {
            var parts = location.Split(':');
            if (parts.Length != 3 || !int.TryParse(parts[1], out var line) || !int.TryParse(parts[2], out var column))
                throw new FormatException($"expected PATH:LINE:COL, found '{location}'");
            return new FieldFinding(parts[0], line, column, rule);
        }

        public override string ToString() => $"{Path}:{Line}:{Column} {Rule}";
    }

    internal enum VerdictKind
    {
        /// <summary>Reported, and a real problem at the right place.</summary>
        Right,

        /// <summary>Reported, but not a problem, or not there.</summary>
        Wrong,

        /// <summary>A real problem in scope of the rules that no rule reports.</summary>
        Missed,

        /// <summary>Reported and not yet judged: fails the field-set test.</summary>
        Unreviewed,
    }

    /// <summary>One line of a verdicts file: <c>right|wrong|missed|unreviewed PATH:LINE:COL CLxxxx -- reason</c>.</summary>
    internal sealed record Verdict(VerdictKind Kind, FieldFinding Finding, string Reason)
    {
        public override string ToString() =>
            $"{Kind.ToString().ToLowerInvariant()} {Finding}" + (Reason.Length == 0 ? "" : " -- " + Reason);
    }

    /// <summary>What a scan reported, set against the verdicts.</summary>
    internal sealed record FieldComparison(
        IReadOnlyList<FieldFinding> WithoutVerdict,
        IReadOnlyList<FieldFinding> NoLongerReported,
        IReadOnlyList<FieldFinding> MissedButReported);

    /// <summary>
    /// The reviewed verdicts on every finding of the field set, kept in a text file with <c>#</c> comment lines. A finding
    /// reported twice at one place (two missing settings of one block) has two verdict lines.
    /// </summary>
    internal sealed class FieldVerdicts
    {
        private readonly IReadOnlyList<string> header;

        private FieldVerdicts(IReadOnlyList<string> header, IReadOnlyList<Verdict> lines)
        {
            this.header = header;
            Lines = lines;
        }

        public IReadOnlyList<Verdict> Lines { get; }

        public static FieldVerdicts Load(string path)
        {
            var header = new List<string>();
            var lines = new List<Verdict>();
            foreach (var text in File.ReadAllLines(path))
            {
                if (text.Length == 0 || text.StartsWith("#", StringComparison.Ordinal))
                {
                    if (lines.Count == 0)
                        header.Add(text);
                    continue;
                }
                lines.Add(ParseLine(text));
            }
            return new FieldVerdicts(header, lines);
        }

        private static Verdict ParseLine(string text)
        {
            var reasonAt = text.IndexOf(" -- ", StringComparison.Ordinal);
            var head = (reasonAt < 0 ? text : text.Substring(0, reasonAt)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (head.Length != 3 || !Enum.TryParse<VerdictKind>(head[0], ignoreCase: true, out var kind))
                throw new FormatException($"expected 'right|wrong|missed|unreviewed PATH:LINE:COL CLxxxx -- reason', found '{text}'");
            var reason = reasonAt < 0 ? "" : text.Substring(reasonAt + 4).Trim();
            return new Verdict(kind, FieldFinding.Parse(head[1], head[2]), reason);
        }

        public FieldComparison Compare(IReadOnlyList<FieldFinding> reported)
        {
            var judged = Counts(Lines.Where(v => v.Kind != VerdictKind.Missed).Select(v => v.Finding));
            var found = Counts(reported);
            var missed = new HashSet<FieldFinding>(Lines.Where(v => v.Kind == VerdictKind.Missed).Select(v => v.Finding));
            return new FieldComparison(
                Surplus(found, judged),
                Surplus(judged, found),
                reported.Where(missed.Contains).Distinct().ToList());
        }

        /// <summary>
        /// The verdicts after a scan: findings with no verdict become <c>unreviewed</c>, a right one no longer reported
        /// becomes <c>missed</c>, a wrong one no longer reported is gone, a missed one now reported stays for review.
        /// </summary>
        public FieldVerdicts Updated(FieldComparison comparison)
        {
            var vanished = Counts(comparison.NoLongerReported);
            var unjudged = Counts(comparison.WithoutVerdict);
            var lines = new List<Verdict>();
            foreach (var verdict in Lines)
            {
                if (verdict.Kind == VerdictKind.Missed && unjudged.TryGetValue(verdict.Finding, out var reported) && reported > 0)
                {
                    unjudged[verdict.Finding] = reported - 1;
                    lines.Add(verdict with { Kind = VerdictKind.Unreviewed, Reason = "was missed: " + verdict.Reason });
                    continue;
                }
                if (verdict.Kind != VerdictKind.Missed && vanished.TryGetValue(verdict.Finding, out var left) && left > 0)
                {
                    vanished[verdict.Finding] = left - 1;
                    if (verdict.Kind == VerdictKind.Right)
                        lines.Add(verdict with { Kind = VerdictKind.Missed, Reason = "no longer reported: " + verdict.Reason });
                    continue;
                }
                lines.Add(verdict);
            }
            lines.AddRange(unjudged.SelectMany(pair => Enumerable.Repeat(new Verdict(VerdictKind.Unreviewed, pair.Key, ""), pair.Value)));
            var ordered = lines
                .OrderBy(v => v.Finding.Path, StringComparer.Ordinal)
                .ThenBy(v => v.Finding.Line)
                .ThenBy(v => v.Finding.Column)
                .ThenBy(v => v.Finding.Rule, StringComparer.Ordinal)
                .ToList();
            return new FieldVerdicts(header, ordered);
        }

        public string Write()
        {
            var text = new StringBuilder();
            foreach (var line in header)
                text.Append(line).Append('\n');
            foreach (var verdict in Lines)
                text.Append(verdict).Append('\n');
            return text.ToString();
        }

        /// <summary>Precision (right of all reported) and recall (right of right and missed), overall and per rule.</summary>
        public string Summary()
        {
            var text = new StringBuilder();
            text.Append(Figures("all rules", Lines)).Append('\n');
            foreach (var rule in Lines.GroupBy(v => v.Finding.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
                text.Append(Figures(rule.Key, rule.ToList())).Append('\n');
            return text.ToString();
        }

        private static string Figures(string name, IReadOnlyCollection<Verdict> verdicts)
        {
            int Count(VerdictKind kind) => verdicts.Count(v => v.Kind == kind);
            var (right, wrong, missed) = (Count(VerdictKind.Right), Count(VerdictKind.Wrong), Count(VerdictKind.Missed));
            static string Ratio(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:0.0}%";
            return $"{name}: {right} right, {wrong} wrong, {missed} missed; precision {Ratio(right, right + wrong)}, recall {Ratio(right, right + missed)}";
        }

        private static Dictionary<FieldFinding, int> Counts(IEnumerable<FieldFinding> findings)
        {
            var counts = new Dictionary<FieldFinding, int>();
            foreach (var finding in findings)
                counts[finding] = counts.TryGetValue(finding, out var n) ? n + 1 : 1;
            return counts;
        }

        private static List<FieldFinding> Surplus(Dictionary<FieldFinding, int> these, Dictionary<FieldFinding, int> those)
        {
            var surplus = new List<FieldFinding>();
            foreach (var pair in these)
            {
                those.TryGetValue(pair.Key, out var other);
                surplus.AddRange(Enumerable.Repeat(pair.Key, Math.Max(0, pair.Value - other)));
            }
            return surplus.OrderBy(f => f.ToString(), StringComparer.Ordinal).ToList();
        }
    }
}
