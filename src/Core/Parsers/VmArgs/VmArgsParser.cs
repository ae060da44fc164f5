using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.VmArgs
{
    /// <summary>
    /// Reads vm.args as <c>erl -args_file</c> does: words separated by white space, <c>#</c> starts a comment
    /// to the end of the line, a word starting with <c>-</c> or <c>+</c> is a flag and the words after it are its
    /// values. Build templates leave lines such as <c>{{node_name}}</c>: a placeholder is kept as a flag. A template's
    /// placeholder (<c>{{ … }}</c>, EEx <c>&lt;%= … %&gt;</c>) is one word, spaces and all: it stands for what the
    /// release renders into the file, which erlexec reads, not the template.
    /// </summary>
    internal static class VmArgsParser
    {
        private const string ByteOrderMark = "\uFEFF";

        // Template placeholders: mustache-style ({{ node_name }}, rebar3 and EMQX templates) and EEx (<%= … %>,
        // Distillery and Mix release templates).
        private static readonly (string Open, string Close)[] PlaceholderDelimiters = { ("{{", "}}"), ("<%", "%>") };

        /// <summary>Parses a file; never throws.</summary>
        public static VmArgsDocument Parse(SourceFile file)
        {
            var text = file.Text;
            var flags = ImmutableArray.CreateBuilder<VmArgsFlag>();
            var errors = ImmutableArray.CreateBuilder<ParseError>();
            errors.AddRange(file.DecodingErrors);
            foreach (var line in text.Lines)
            {
                VmArgsWord? flag = null;
                var values = new List<VmArgsWord>();
                var words = line.Start == 0 && file.HasByteOrderMark
                    ? WithByteOrderMark(Words(file, line, errors).ToList())
                    : Words(file, line, errors);
                foreach (var word in words)
                {
                    // A placeholder line ({{node_name}}) stands for flags the template renders.
                    if (IsFlag(word.Text) || (flag == null && StartsWithPlaceholder(word.Text)))
                    {
                        if (flag != null)
                            flags.Add(new VmArgsFlag(flag, values.ToImmutableArray()));
                        flag = word;
                        values.Clear();
                    }
                    else if (flag == null)
                    {
                        var found = word.Text.StartsWith(ByteOrderMark, System.StringComparison.Ordinal) ? "a byte-order mark" : "a value";
                        errors.Add(new ParseError(ParseErrorKind.Syntax, file.FullPath, text, word.Span, "a flag starting with '-' or '+'", found));
                    }
                    else
                    {
                        values.Add(word);
                    }
                }
                if (flag != null)
                    flags.Add(new VmArgsFlag(flag, values.ToImmutableArray()));
            }
            return new VmArgsDocument(file, flags.ToImmutable(), errors.ToImmutable());
        }

        /// <summary>
        /// erlexec reads a byte-order mark as text: it sticks to a word at the very start of the file (so
        /// <c>-setcookie</c> there is no flag), and is a word of its own before white space or a comment.
        /// It is not in the text, so it takes no room in the span.
        /// </summary>
        private static List<VmArgsWord> WithByteOrderMark(List<VmArgsWord> firstLineWords)
        {
            if (firstLineWords.Count > 0 && firstLineWords[0].Span.Start == 0)
                firstLineWords[0] = new VmArgsWord(ByteOrderMark + firstLineWords[0].Text, firstLineWords[0].Span);
            else
                firstLineWords.Insert(0, new VmArgsWord(ByteOrderMark, new TextSpan(0, 0)));
            return firstLineWords;
        }

        private static bool IsFlag(string word) => word.Length > 1 && (word[0] == '-' || word[0] == '+');

        private static bool StartsWithPlaceholder(string word) =>
            PlaceholderDelimiters.Any(d => word.StartsWith(d.Open, System.StringComparison.Ordinal));

        private static IEnumerable<VmArgsWord> Words(SourceFile file, TextLine line, ImmutableArray<ParseError>.Builder errors)
        {
            var text = file.Text;
            var position = line.Start;
            // Once a search for a placeholder's closing delimiter fails, none later on the line can succeed: searching
            // again for every opening word would be quadratic in the line. One position per kind of delimiter.
            var unclosedFrom = PlaceholderDelimiters.Select(_ => line.End).ToArray();
            while (position < line.End)
            {
                var c = text[position];
                if (c == '#')
                    yield break;
                if (char.IsWhiteSpace(c))
                {
                    position++;
                    continue;
                }
                var start = position;
                if (c == '"')
                {
                    var close = position + 1;
                    while (close < line.End && text[close] != '"')
                        close++;
                    if (close == line.End)
                    {
                        errors.Add(new ParseError(ParseErrorKind.Syntax, file.FullPath, text, new TextSpan(start, 1), "a closing '\"'", "end of line"));
                        yield break;
                    }
                    position = close + 1;
                    yield return new VmArgsWord(text.ToString(TextSpan.FromBounds(start + 1, close)), TextSpan.FromBounds(start, position));
                    continue;
                }
                // A placeholder may hold spaces, at the start of a word or within it (app@<%= host %>): the word goes
                // on to its closing delimiter.
                while (position < line.End && !char.IsWhiteSpace(text[position]) && text[position] != '#')
                    position = AfterPlaceholder(text, position, line.End, unclosedFrom) ?? position + 1;
                yield return new VmArgsWord(text.ToString(TextSpan.FromBounds(start, position)), TextSpan.FromBounds(start, position));
            }
        }

        /// <summary>The position after the placeholder that opens at <paramref name="position"/>, or null when none does.</summary>
        private static int? AfterPlaceholder(SourceText text, int position, int end, int[] unclosedFrom)
        {
            for (var kind = 0; kind < PlaceholderDelimiters.Length; kind++)
            {
                var (open, close) = PlaceholderDelimiters[kind];
                if (position >= unclosedFrom[kind] || !At(text, position, end, open))
                    continue;
                var placeholderEnd = PlaceholderEnd(text, position + open.Length, end, close);
                if (placeholderEnd >= 0)
                    return placeholderEnd;
                unclosedFrom[kind] = position;
            }
            return null;
        }

        /// <summary>The position after the first <paramref name="close"/> from <paramref name="position"/> on, or -1.</summary>
        private static int PlaceholderEnd(SourceText text, int position, int end, string close)
        {
            for (var i = position; i + close.Length <= end; i++)
            {
                if (At(text, i, end, close))
                    return i + close.Length;
            }
            return -1;
        }

        /// <summary>Whether <paramref name="delimiter"/> is written at <paramref name="position"/>, before <paramref name="end"/>.</summary>
        private static bool At(SourceText text, int position, int end, string delimiter)
        {
            if (position + delimiter.Length > end)
                return false;
            for (var i = 0; i < delimiter.Length; i++)
            {
                if (text[position + i] != delimiter[i])
                    return false;
            }
            return true;
        }
    }
}
