using System.Collections.Generic;
using System.Collections.Immutable;
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
                foreach (var word in Words(file, line, errors))
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
                        errors.Add(new ParseError(ParseErrorKind.Syntax, file.FullPath, text, word.Span, "a flag starting with '-' or '+'", "a value"));
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

        private static bool IsFlag(string word) => word.Length > 1 && (word[0] == '-' || word[0] == '+');

        private static IEnumerable<VmArgsWord> Words(SourceFile file, TextLine line, ImmutableArray<ParseError>.Builder errors)
        {
            var text = file.Text;
            var position = line.Start;
            // Once no "}}" follows on the line, none follows a later "{{" either: not searching again keeps a line of
            // many "{{" linear.
            var placeholderEndMissing = false;
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
                var placeholderEnd = c == '{' && !placeholderEndMissing ? PlaceholderEnd(text, position, line.End) : -1;
                if (placeholderEnd > 0)
                    position = placeholderEnd;
                else if (c == '{' && position + 1 < line.End && text[position + 1] == '{')
                    placeholderEndMissing = true;
                while (position < line.End && !char.IsWhiteSpace(text[position]) && text[position] != '#')
                    position++;
                yield return new VmArgsWord(text.ToString(TextSpan.FromBounds(start, position)), TextSpan.FromBounds(start, position));
            }
        }

        private static int PlaceholderEnd(SourceText text, int position, int end)
        {
            if (position + 1 >= end || text[position + 1] != '{')
                return -1;
            for (var i = position + 2; i + 1 < end; i++)
            {
                if (text[i] == '}' && text[i + 1] == '}')
                    return i + 2;
            }
            return -1;
        }
    }
}
