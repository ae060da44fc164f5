using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.VmArgs
{
    /// <summary>
    /// Reads vm.args as <c>erl -args_file</c> does: words separated by white space, <c>#</c> starts a comment
    /// to the end of the line, a word starting with <c>-</c> or <c>+</c> is a flag and the words after it are its
    /// values. Build templates leave lines such as <c>{{node_name}}</c>: a placeholder is kept as a flag.
    /// </summary>
    public static class VmArgsParser
    {
        private const string ByteOrderMark = "\uFEFF";

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
                    if (IsFlag(word.Text) || (flag == null && word.Text.StartsWith("{{", System.StringComparison.Ordinal)))
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

        private static IEnumerable<VmArgsWord> Words(SourceFile file, TextLine line, ImmutableArray<ParseError>.Builder errors)
        {
            var text = file.Text;
            var position = line.Start;
            // Once a search for a placeholder's "}}" fails, none later on the line can succeed: searching again for
            // every "{{" word would be quadratic in the line.
            var unclosedFrom = line.End;
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
                // A {{ placeholder }} may hold spaces; it is one word up to its closing braces.
                if (position < unclosedFrom && c == '{' && position + 1 < line.End && text[position + 1] == '{')
                {
                    var placeholderEnd = PlaceholderEnd(text, position + 2, line.End);
                    if (placeholderEnd < 0)
                        unclosedFrom = position;
                    else
                        position = placeholderEnd;
                }
                while (position < line.End && !char.IsWhiteSpace(text[position]) && text[position] != '#')
                    position++;
                yield return new VmArgsWord(text.ToString(TextSpan.FromBounds(start, position)), TextSpan.FromBounds(start, position));
            }
        }

        /// <summary>The position after the first "}}" from <paramref name="position"/> on, or -1.</summary>
        private static int PlaceholderEnd(SourceText text, int position, int end)
        {
            for (var i = position; i + 1 < end; i++)
            {
                if (text[i] == '}' && text[i + 1] == '}')
                    return i + 2;
            }
            return -1;
        }
    }
}
