using System.Globalization;
using System.Text;

namespace ConfigLint.Reporting
{
    /// <summary>
    /// Makes text from a file name or a file safe to print on a terminal or in a log: a newline could forge a finding
    /// line, an escape sequence could drive the terminal, and bidirectional controls could make a line read other
    /// than it is. Each such character is shown as a visible escape (<c>\n</c>, <c>\x1b</c>, <c>\u202e</c>).
    /// </summary>
    public static class TerminalText
    {
        /// <summary>The text with every control, line-separating and bidirectional formatting character escaped.</summary>
        public static string Escape(string text)
        {
            var first = FirstUnsafe(text);
            if (first < 0)
                return text;
            var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
            for (var i = first; i < text.Length; i++)
            {
                var c = text[i];
                if (!IsUnsafe(c))
                    escaped.Append(c);
                else if (c == '\n')
                    escaped.Append("\\n");
                else if (c == '\r')
                    escaped.Append("\\r");
                else if (c == '\t')
                    escaped.Append("\\t");
                else if (c <= 0xFF)
                    escaped.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                else
                    escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            return escaped.ToString();
        }

        private static int FirstUnsafe(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (IsUnsafe(text[i]))
                    return i;
            }
            return -1;
        }

        // C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional embeddings,
        // overrides and isolates (the "Trojan Source" characters).
        private static bool IsUnsafe(char c) =>
            c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
