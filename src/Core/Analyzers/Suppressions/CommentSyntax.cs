using System.Collections.Generic;
using System.Linq;
using ConfigLint.Parsers;
using ConfigLint.Parsers.Hocon;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers.Suppressions
{
    /// <summary>
    /// Where a format's comments are, as the format's own reader sees them: text inside a string is never a comment.
    /// HOCON's come from its lexer's trivia; the other readers drop comments, so each has a small scanner here that
    /// follows the same rules as its reader.
    /// </summary>
    internal abstract class CommentSyntax
    {
        /// <summary>HOCON: <c>#</c> or <c>//</c> to the end of the line, outside strings.</summary>
        public static readonly CommentSyntax Hocon = new HoconComments();

        /// <summary>EMQX 4.x (cuttlefish): a whole line whose first character is <c>#</c>; after a value, <c>#</c> is part of the value.</summary>
        public static readonly CommentSyntax Flat = new FlatComments();

        /// <summary>vm.args: <c>#</c> to the end of the line, outside a double-quoted word.</summary>
        public static readonly CommentSyntax VmArgs = new VmArgsComments();

        /// <summary>Erlang terms: <c>%</c> to the end of the line, outside strings, quoted atoms and character literals.</summary>
        public static readonly CommentSyntax ErlangTerms = new ErlangComments();

        /// <summary>XML: <c>&lt;!-- … --&gt;</c> outside tags, CDATA sections and processing instructions.</summary>
        public static readonly CommentSyntax Xml = new XmlComments();

        /// <summary>The text of each comment, without its delimiters, in file order.</summary>
        public abstract IEnumerable<TextSpan> Comments(SourceText text);

        private sealed class HoconComments : CommentSyntax
        {
            public override IEnumerable<TextSpan> Comments(SourceText text) =>
                Lexer.Lex(text, "", new List<ParseError>())
                    .Where(t => t.Kind == SyntaxKind.Comment)
                    .Select(t => TextSpan.FromBounds(t.Span.Start + (text[t.Span.Start] == '#' ? 1 : 2), t.Span.End));
        }

        private sealed class FlatComments : CommentSyntax
        {
            public override IEnumerable<TextSpan> Comments(SourceText text)
            {
                foreach (var line in text.Lines)
                {
                    var start = line.Start;
                    while (start < line.End && (text[start] == ' ' || text[start] == '\t'))
                        start++;
                    if (start < line.End && text[start] == '#')
                        yield return TextSpan.FromBounds(start + 1, line.End);
                }
            }
        }

        private sealed class VmArgsComments : CommentSyntax
        {
            public override IEnumerable<TextSpan> Comments(SourceText text)
            {
                foreach (var line in text.Lines)
                {
                    var inQuotes = false;
                    for (var i = line.Start; i < line.End; i++)
                    {
                        if (text[i] == '"')
                            inQuotes = !inQuotes;
                        else if (text[i] == '#' && !inQuotes)
                        {
                            yield return TextSpan.FromBounds(i + 1, line.End);
                            break;
                        }
                    }
                }
            }
        }

        private sealed class ErlangComments : CommentSyntax
        {
            public override IEnumerable<TextSpan> Comments(SourceText text)
            {
                var i = 0;
                while (i < text.Length)
                {
                    var c = text[i];
                    if (c == '%')
                    {
                        var end = i;
                        while (end < text.Length && text[end] != '\n')
                            end++;
                        yield return TextSpan.FromBounds(i + 1, end > i + 1 && text[end - 1] == '\r' ? end - 1 : end);
                        i = end;
                    }
                    else if (c == '"' || c == '\'')
                    {
                        i = AfterQuoted(text, i, c);
                    }
                    else if (c == '$')
                    {
                        // A character literal: $% is the character %, $\% too.
                        i += i + 1 < text.Length && text[i + 1] == '\\' ? 3 : 2;
                    }
                    else
                    {
                        i++;
                    }
                }
            }

            private static int AfterQuoted(SourceText text, int open, char quote)
            {
                var i = open + 1;
                while (i < text.Length && text[i] != quote)
                    i += text[i] == '\\' ? 2 : 1;
                return i + 1;
            }
        }

        private sealed class XmlComments : CommentSyntax
        {
            public override IEnumerable<TextSpan> Comments(SourceText text)
            {
                var xml = text.ToString();
                var i = 0;
                while ((i = xml.IndexOf('<', i)) >= 0)
                {
                    if (string.CompareOrdinal(xml, i, "<!--", 0, 4) == 0)
                    {
                        var end = xml.IndexOf("-->", i + 4, System.StringComparison.Ordinal);
                        if (end < 0)
                            yield break;
                        yield return TextSpan.FromBounds(i + 4, end);
                        i = end + 3;
                    }
                    else
                    {
                        i = AfterMarkup(xml, i);
                    }
                }
            }

            // A CDATA section, a processing instruction or a tag (whose quoted attribute values may hold '<' or '>').
            private static int AfterMarkup(string xml, int open)
            {
                if (string.CompareOrdinal(xml, open, "<![CDATA[", 0, 9) == 0)
                    return End(xml.IndexOf("]]>", open, System.StringComparison.Ordinal), xml);
                if (string.CompareOrdinal(xml, open, "<?", 0, 2) == 0)
                    return End(xml.IndexOf("?>", open, System.StringComparison.Ordinal), xml);
                var quote = '\0';
                for (var i = open + 1; i < xml.Length; i++)
                {
                    var c = xml[i];
                    if (quote != '\0')
                        quote = c == quote ? '\0' : quote;
                    else if (c == '"' || c == '\'')
                        quote = c;
                    else if (c == '>')
                        return i + 1;
                }
                return xml.Length;
            }

            private static int End(int found, string xml) => found < 0 ? xml.Length : found + 1;
        }
    }
}
