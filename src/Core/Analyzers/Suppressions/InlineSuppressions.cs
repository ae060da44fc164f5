using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Suppressions
{
    /// <summary>The suppression comments of a file the scan read, in the comment syntax of the format it was read as.</summary>
    internal sealed class CommentedFile
    {
        public CommentedFile(string displayPath, IReadOnlyList<SuppressionComment> comments, bool isReadWhole)
        {
            DisplayPath = displayPath;
            Comments = comments;
            IsReadWhole = isReadWhole;
        }

        public string DisplayPath { get; }

        public IReadOnlyList<SuppressionComment> Comments { get; }

        /// <summary>False when it, or a file read with it, could not be read: rules may not have run, so no suppression there is called unused.</summary>
        public bool IsReadWhole { get; }
    }

    /// <summary>
    /// Applies the suppression comments of the files a scan read to every finding, after all rules ran, so every
    /// host honours them. A suppressed finding is kept, marked <see cref="Diagnostic.IsSuppressed"/> with the
    /// comment's reason in <see cref="DiagnosticProperties.SuppressionJustification"/>; a comment without a reason
    /// is CL0002, one that suppresses nothing (or names an unknown rule) CL0003.
    /// </summary>
    internal static class InlineSuppressions
    {
        /// <summary>The rules about suppression comments.</summary>
        public static ImmutableArray<RuleDefinition> Rules { get; } = ImmutableArray.Create(SuppressionRules.WithoutReason, SuppressionRules.Unused);

        /// <param name="findings">Every finding of the scan.</param>
        /// <param name="files">The files read, each once.</param>
        /// <param name="rulesRun">The ids of the rules that ran (a rule that did not run cannot have been suppressed).</param>
        /// <param name="catalog">Every rule a comment may name (<see cref="RuleCatalog.All"/> unless a test scans with others).</param>
        public static IEnumerable<Diagnostic> Apply(IReadOnlyList<Diagnostic> findings, IEnumerable<CommentedFile> files, ISet<string> rulesRun, IReadOnlyList<RuleDefinition> catalog)
        {
            var comments = files.ToDictionary(
                f => f.DisplayPath,
                f => (File: f, f.Comments),
                StringComparer.Ordinal);
            var used = new HashSet<(SuppressionComment, string)>();
            foreach (var finding in findings)
            {
                var covering = comments.TryGetValue(finding.Location.GetLineSpan().Path, out var file)
                    ? file.Comments.Where(c => c.Covers(finding) && c.Names.Any(n => RuleNamed(catalog, n)?.Id == finding.Id)).ToList()
                    : new List<SuppressionComment>();
                if (covering.Count == 0)
                {
                    yield return finding;
                    continue;
                }
                foreach (var comment in covering)
                    used.Add((comment, finding.Id));
                // The reason nearest the finding: a line's own comment before the file's.
                var reason = covering.OrderBy(c => c.Scope == SuppressionScope.File).Select(c => c.Reason).FirstOrDefault(r => r != null);
                yield return Suppressed(finding, reason);
            }

            foreach (var (file, fileComments) in comments.Values)
            {
                foreach (var comment in fileComments)
                {
                    foreach (var problem in Problems(comment, file.IsReadWhole, rulesRun, catalog, used))
                        yield return problem;
                }
            }
        }

        /// <summary>CL0002 and CL0003 about one comment.</summary>
        private static IEnumerable<Diagnostic> Problems(SuppressionComment comment, bool isReadWhole, ISet<string> rulesRun, IReadOnlyList<RuleDefinition> catalog, HashSet<(SuppressionComment, string)> used)
        {
            if (comment.Scope == null)
            {
                yield return Unused(comment, "unknown", $"'{Quoted(comment.Directive)}' is not a suppression ConfigLint knows: write configlint-disable-next-line, configlint-disable-line or configlint-disable-file.");
                yield break;
            }
            if (comment.Reason == null)
                yield return Report(SuppressionRules.WithoutReason, comment, comment.Directive, comment.Directive);
            if (comment.Names.Count == 0)
                yield return Unused(comment, "none", $"This {comment.Directive} comment names no rule: list the rule ids or names it suppresses.");
            foreach (var name in comment.Names)
            {
                var rule = RuleNamed(catalog, name);
                if (rule == null)
                    yield return Unused(comment, name, $"'{Quoted(name)}' is not a ConfigLint rule id or name, so this comment suppresses nothing for it (--list-rules shows them).");
                else if (Rules.Contains(rule))
                    yield return Unused(comment, rule.Id, $"{rule.Id} ({rule.Name}) cannot be suppressed by a comment: a suppression cannot vouch for itself.");
                else if (isReadWhole && rulesRun.Contains(rule.Id) && !used.Contains((comment, rule.Id)))
                    yield return Unused(comment, rule.Id, $"No {rule.Id} ({rule.Name}) finding is suppressed by this comment: remove {(comment.Names.Count == 1 ? "it" : "the rule from it")}.");
            }
        }

        /// <summary>The rule a name written in a comment stands for: its id in any case, its name or a former name.</summary>
        private static RuleDefinition? RuleNamed(IReadOnlyList<RuleDefinition> catalog, string name) =>
            catalog.FirstOrDefault(r => r.IsCalled(name));

        private static string Quoted(string name) => IsQuotable(name) ? name : "this name";

        // An unknown name is quoted only when it looks like a rule id or name: a comment is the user's text.
        private static bool IsQuotable(string name)
        {
            if (name.Length is 0 or > 64)
                return false;
            foreach (var c in name)
            {
                if (!(c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '.' or '-'))
                    return false;
            }
            return true;
        }

        private static Diagnostic Unused(SuppressionComment comment, string named, string message) =>
            Report(SuppressionRules.Unused, comment, comment.Directive + " " + named, message);

        // The key path tells a comment's findings apart for fingerprints: the directive and what it names.
        private static Diagnostic Report(RuleDefinition rule, SuppressionComment comment, string keyPath, string messageArgument) =>
            Diagnostic.Create(rule.Descriptor, comment.Location, ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.KeyPath, keyPath), messageArgument);

        /// <summary>The finding as it was, marked suppressed; the reason is the comment's own text, never the finding's.</summary>
        private static Diagnostic Suppressed(Diagnostic finding, string? reason) =>
            DiagnosticCopy.With(finding, isSuppressed: true, properties: reason == null ? finding.Properties : finding.Properties.SetItem(DiagnosticProperties.SuppressionJustification, reason));
    }
}
