using System;
using System.Collections.Generic;
using System.Linq;

namespace ConfigLint.Tests.Release
{
    /// <summary>What a release did to one rule id: a row of a New, Removed or Changed Rules table.</summary>
    internal enum RuleChange
    {
        New,
        Removed,
        Changed,
    }

    /// <summary>One row of an AnalyzerReleases file: the category and severity it gives the rule (the new ones for a change), and its Notes, the rule's name.</summary>
    internal sealed record RuleEntry(string Release, RuleChange Change, string Id, string Category, string Severity, string Name);

    /// <summary>
    /// Reads the release-tracking files of Microsoft.CodeAnalysis.Analyzers (the format RS2000-RS2008 check):
    /// <c>## Release X</c>, then <c>### New Rules</c>, <c>### Removed Rules</c> or <c>### Changed Rules</c>, each a
    /// table <c>Rule ID | Category | Severity | Notes</c> (Changed: <c>Rule ID | New Category | New Severity | Old
    /// Category | Old Severity | Notes</c>). Lines starting with ';' are comments.
    /// </summary>
    internal static class AnalyzerReleases
    {
        public const string Unshipped = "unshipped";

        /// <summary>The rows of Shipped.md then Unshipped.md, oldest release first; the unshipped rows come last.</summary>
        public static IReadOnlyList<RuleEntry> Parse(string shipped, string unshipped) =>
            ParseFile(shipped, release: null).Concat(ParseFile(unshipped, Unshipped)).ToList();

        /// <summary>The versions of the releases in Shipped.md, in file order.</summary>
        public static IReadOnlyList<string> Releases(string shipped) =>
            Lines(shipped).Where(line => line.StartsWith("## Release ", StringComparison.Ordinal)).Select(line => line.Substring("## Release ".Length).Trim()).ToList();

        private static IEnumerable<RuleEntry> ParseFile(string text, string? release)
        {
            RuleChange? change = null;
            foreach (var line in Lines(text))
            {
                if (line.StartsWith("## Release ", StringComparison.Ordinal))
                {
                    release = line.Substring("## Release ".Length).Trim();
                    change = null;
                }
                else if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    change = line switch
                    {
                        "### New Rules" => RuleChange.New,
                        "### Removed Rules" => RuleChange.Removed,
                        "### Changed Rules" => RuleChange.Changed,
                        _ => throw new FormatException($"unknown section '{line}'"),
                    };
                }
                else if (line.Contains('|') && !line.StartsWith("Rule ID", StringComparison.Ordinal) && !line.TrimStart('|', ' ').StartsWith('-'))
                {
                    if (release == null || change == null)
                        throw new FormatException($"a table row outside a release's section: '{line}'");
                    var cells = line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
                    var expected = change == RuleChange.Changed ? 6 : 4;
                    if (cells.Length != expected)
                        throw new FormatException($"'{line}' has {cells.Length} cells, a {change} Rules row has {expected}");
                    yield return new RuleEntry(release, change.Value, cells[0], cells[1], cells[2], cells[^1]);
                }
            }
        }

        private static IEnumerable<string> Lines(string text) =>
            text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0 && !line.StartsWith(';'));
    }
}
