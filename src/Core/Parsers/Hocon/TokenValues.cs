using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>Materializes the string a token stands for, only when a value is needed.</summary>
    internal static class TokenValues
    {
        /// <summary>
        /// The string value of a string-like token (unquoted, quoted, triple-quoted, unit, or rejected text). A text
        /// without escapes is looked up in <c>strings</c> when given, else made a new string.
        /// </summary>
        public static string StringValue(SourceText text, SyntaxToken token, FileStrings? strings = null)
        {
            var span = token.Span;
            switch (token.Kind)
            {
                case SyntaxKind.QuotedString:
                    return Unescape(text, Inner(span, 1, text), strings);
                case SyntaxKind.TripleQuotedString:
                    return TripleQuoted(text, span);
                default:
                    return Literal(text, span, strings);
            }
        }

        /// <summary>A key segment's name: literal text, unescaped when the key is quoted.</summary>
        public static string SegmentName(SourceText text, SyntaxToken keyToken, TextSpan segment, FileStrings? strings = null) =>
            keyToken.Kind == SyntaxKind.QuotedString ? Unescape(text, Inner(segment, 1, text), strings) : Literal(text, segment, strings);

        /// <summary>The text of <paramref name="span"/> as written.</summary>
        public static string Literal(SourceText text, TextSpan span, FileStrings? strings) =>
            strings == null ? text.ToString(span) : strings.Table.Get(strings.Text, span.Start, span.Length);

        /// <summary>The path segments of a substitution, split at dots with empty segments dropped.</summary>
        public static List<string> SubstitutionPath(SourceText text, SubstitutionNode node) =>
            new List<string>(text.ToString(node.PathSpan).Split(new[] { '.' }, System.StringSplitOptions.RemoveEmptyEntries));

        public static string IncludeFileName(SourceText text, IncludeNode node) => Unescape(text, Inner(node.FileNameSpan, 1, text));

        /// <summary>The span inside <paramref name="quote"/> characters at each end; an unterminated string has no closing quote.</summary>
        private static TextSpan Inner(TextSpan span, int quote, SourceText text)
        {
            var end = span.End;
            if (span.Length >= 2 * quote && text[end - 1] == '"')
                end -= quote;
            return TextSpan.FromBounds(System.Math.Min(span.Start + quote, end), end);
        }

        /// <summary>
        /// Resolves \" \\ \/ \b \f \n \r \t and \uXXXX; any other backslash stays as written, as
        /// emqx/hocon's unescape leaves an unknown escape alone.
        /// </summary>
        private static string Unescape(SourceText text, TextSpan span, FileStrings? strings = null)
        {
            if (!HasBackslash(text, span, strings))
                return Literal(text, span, strings);
            var builder = new StringBuilder(span.Length);
            for (var i = span.Start; i < span.End; i++)
            {
                var c = text[i];
                if (c != '\\' || i + 1 >= span.End)
                {
                    builder.Append(c);
                    continue;
                }
                var next = text[i + 1];
                var escaped = EscapedChar(next);
                if (escaped != '\0')
                {
                    builder.Append(escaped);
                    i++;
                }
                else if (next == 'u' && i + 5 < span.End && TryHex(text, i + 2, out var code))
                {
                    builder.Append(code);
                    i += 5;
                }
                else
                {
                    builder.Append(c);
                }
            }
            return builder.ToString();
        }

        private static bool HasBackslash(SourceText text, TextSpan span, FileStrings? strings)
        {
            if (strings != null)
                return strings.Text.IndexOf('\\', span.Start, span.Length) >= 0;
            for (var i = span.Start; i < span.End; i++)
            {
                if (text[i] == '\\')
                    return true;
            }
            return false;
        }

        private static char EscapedChar(char c)
        {
            switch (c)
            {
                case '"': return '"';
                case '\\': return '\\';
                case '/': return '/';
                case 'b': return '\b';
                case 'f': return '\f';
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                default: return '\0';
            }
        }

        private static bool TryHex(SourceText text, int start, out char value)
        {
            var code = 0;
            for (var i = start; i < start + 4; i++)
            {
                var c = text[i];
                int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (digit < 0)
                {
                    value = '\0';
                    return false;
                }
                code = code * 16 + digit;
            }
            value = (char)code;
            return true;
        }

        /// <summary>
        /// <c>"""text"""</c> with escapes resolved, or the indented form emqx/hocon adds: <c>"""~</c> and a
        /// newline open it, the least indentation of the non-blank lines is removed, a closing line of
        /// only spaces (before <c>"""</c> or <c>~"""</c>) adds nothing, and backslashes are literal.
        /// </summary>
        private static string TripleQuoted(SourceText text, TextSpan span)
        {
            var inner = TextSpan.FromBounds(span.Start + 3, FindClosing(text, span));
            if (!IsIndentedForm(text, span))
                return Unescape(text, inner);
            var body = text.ToString(inner);
            var firstNewline = body.IndexOf('\n');
            body = body.Substring(firstNewline + 1);
            if (body.EndsWith("~", System.StringComparison.Ordinal))
                body = body.Substring(0, body.Length - 1);
            var lines = body.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].EndsWith("\r", System.StringComparison.Ordinal))
                    lines[i] = lines[i].Substring(0, lines[i].Length - 1);
            }
            var last = lines.Length - 1;
            var closingLineBlank = lines[last].Trim(' ').Length == 0;
            var indent = int.MaxValue;
            for (var i = 0; i < lines.Length; i++)
            {
                if ((i == last && closingLineBlank) || lines[i].Trim(' ').Length == 0)
                    continue;
                var spaces = 0;
                while (lines[i][spaces] == ' ')
                    spaces++;
                indent = System.Math.Min(indent, spaces);
            }
            if (indent == int.MaxValue)
                indent = 0;
            var builder = new StringBuilder(body.Length);
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                    builder.Append('\n');
                var line = lines[i];
                var leading = 0;
                while (leading < line.Length && leading < indent && line[leading] == ' ')
                    leading++;
                builder.Append(line, leading, line.Length - leading);
            }
            return builder.ToString();
        }

        /// <summary>Where the closing <c>"""</c> starts, found as the lexer found it; the token's end when unterminated.</summary>
        private static int FindClosing(SourceText text, TextSpan span)
        {
            var indented = IsIndentedForm(text, span);
            for (var i = span.Start + 3; i + 2 < span.End; i++)
            {
                if (text[i] == '"' && text[i + 1] == '"' && text[i + 2] == '"')
                    return i;
                if (!indented && text[i] == '\\')
                    i++;
            }
            return span.End;
        }

        /// <summary>Whether a triple-quoted token opens the indented form, as the lexer decided when it found the token's end.</summary>
        private static bool IsIndentedForm(SourceText text, TextSpan span)
        {
            char At(int offset) => span.Start + offset < span.End ? text[span.Start + offset] : '\0';
            return Lexer.OpensIndentedForm(At(3), At(4), At(5));
        }
    }

    /// <summary>One file's text as a string, with the load's <see cref="StringTable"/> to make its strings.</summary>
    internal sealed class FileStrings
    {
        public FileStrings(SourceText text, StringTable table)
        {
            Text = text.ToString();
            Table = table;
        }

        public string Text { get; }

        public StringTable Table { get; }
    }
}
