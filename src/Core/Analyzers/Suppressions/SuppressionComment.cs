using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers.Suppressions
{
    /// <summary>Which findings a suppression comment covers.</summary>
    internal enum SuppressionScope
    {
        /// <summary><c>configlint-disable-next-line</c>: findings starting on the line after the comment.</summary>
        NextLine,
        /// <summary><c>configlint-disable-line</c>: findings starting on the comment's own line.</summary>
        Line,
        /// <summary><c>configlint-disable-file</c>: every finding in the file.</summary>
        File,
    }

    /// <summary>
    /// One <c>configlint-disable-… IDS -- reason</c> comment: the rules it names (ids in any case, or names), the
    /// reason, and the line it covers.
    /// </summary>
    internal sealed class SuppressionComment
    {
        public const string Prefix = "configlint-disable";

        private static readonly (string Directive, SuppressionScope Scope)[] Directives =
        {
            ("configlint-disable-next-line", SuppressionScope.NextLine),
            ("configlint-disable-line", SuppressionScope.Line),
            ("configlint-disable-file", SuppressionScope.File),
        };

        private static readonly char[] Blanks = { ' ', '\t', '\r', '\n' };

        // "## configlint-…", "%% configlint-…" and "/// configlint-…" are the same comment; an XML one may start on the next line.
        private static readonly char[] CommentLead = Blanks.Concat(new[] { '#', '%', '/' }).ToArray();

        // "--" before the reason; XML comments cannot hold "--", so a lone "-" between spaces does as well.
        private static readonly Regex ReasonSeparator = new(@"--|(?<=\s)-(?=\s|$)", RegexOptions.CultureInvariant);

        private SuppressionComment(string directive, SuppressionScope? scope, IReadOnlyList<string> names, string? reason, Location location, int coveredLine)
        {
            Directive = directive;
            Scope = scope;
            Names = names;
            Reason = reason;
            Location = location;
            CoveredLine = coveredLine;
        }

        /// <summary>The directive as written (<c>configlint-disable-next-line</c>).</summary>
        public string Directive { get; }

        /// <summary>What it covers; null for a directive ConfigLint does not know (<c>configlint-disable-nextline</c>).</summary>
        public SuppressionScope? Scope { get; }

        /// <summary>The rule ids and names as written, in order.</summary>
        public IReadOnlyList<string> Names { get; }

        /// <summary>The text after <c>--</c>, trimmed; null when there is none.</summary>
        public string? Reason { get; }

        /// <summary>The comment's text, where CL0002 and CL0003 about it are reported.</summary>
        public Location Location { get; }

        /// <summary>The 0-based line a line or next-line suppression covers.</summary>
        public int CoveredLine { get; }

        /// <summary>Whether the comment suppresses this finding's rule at its place (same file assumed).</summary>
        public bool Covers(Diagnostic finding) => Scope switch
        {
            SuppressionScope.File => true,
            null => false,
            _ => finding.Location.GetLineSpan().StartLinePosition.Line == CoveredLine,
        };

        /// <summary>The suppression comments of a file (comments that do not start with <see cref="Prefix"/> are not).</summary>
        public static IEnumerable<SuppressionComment> Read(string displayPath, SourceText text, CommentSyntax syntax)
        {
            // Most files hold no suppression: they are not scanned for comments at all.
            if (text.ToString().IndexOf(Prefix, StringComparison.Ordinal) < 0)
                return Array.Empty<SuppressionComment>();
            return syntax.Comments(text).Select(span => Parse(displayPath, text, span)).OfType<SuppressionComment>().ToList();
        }

        private static SuppressionComment? Parse(string displayPath, SourceText text, TextSpan comment)
        {
            var raw = text.ToString(comment);
            var body = raw.TrimStart(CommentLead).TrimEnd();
            if (!body.StartsWith(Prefix, StringComparison.Ordinal))
                return null;
            // Reported from the directive to the end of the comment's text.
            var at = new TextSpan(comment.Start + raw.IndexOf(Prefix, StringComparison.Ordinal), body.Length);
            var directiveEnd = body.IndexOfAny(Blanks);
            var directive = directiveEnd < 0 ? body : body.Substring(0, directiveEnd);
            var rest = directiveEnd < 0 ? "" : body.Substring(directiveEnd);
            var separator = ReasonSeparator.Match(rest);
            var names = (separator.Success ? rest.Substring(0, separator.Index) : rest)
                .Split(Blanks.Append(',').ToArray(), StringSplitOptions.RemoveEmptyEntries);
            var reason = separator.Success ? rest.Substring(separator.Index + separator.Length).Trim() : null;
            var lines = text.Lines.GetLinePositionSpan(comment);
            var scope = Directives.Where(d => d.Directive == directive).Select(d => (SuppressionScope?)d.Scope).FirstOrDefault();
            return new SuppressionComment(
                directive,
                scope,
                names,
                string.IsNullOrEmpty(reason) ? null : reason,
                Location.Create(displayPath, at, text.Lines.GetLinePositionSpan(at)),
                scope == SuppressionScope.NextLine ? lines.End.Line + 1 : lines.Start.Line);
        }
    }
}
