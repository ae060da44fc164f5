namespace ConfigLint.Parsers.ErlangTerms
{
    /// <summary>The character classes and reserved words of erl_scan (OTP 25), which reads Latin-1 letters as letters.</summary>
    internal static class ErlangSyntax
    {
        /// <summary>Reserved words are never atoms unquoted. OTP 25 leaves 'maybe' and 'else' as atoms unless the maybe_expr feature is on.</summary>
        private static readonly string[] ReservedWords =
        {
            "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case", "catch",
            "cond", "div", "end", "fun", "if", "let", "not", "of", "or", "orelse", "receive", "rem", "try",
            "when", "xor",
        };

        /// <summary>The reserved word spelled at <paramref name="start"/>, or null; compares in place rather than cutting out a string.</summary>
        public static string? ReservedWordAt(string text, int start, int length)
        {
            foreach (var word in ReservedWords)
            {
                if (word.Length == length && string.CompareOrdinal(text, start, word, 0, length) == 0)
                    return word;
            }
            return null;
        }

        /// <summary>erl_scan skips NUL to space and the Latin-1 range 0x80 to 0xA0 as white space.</summary>
        public static bool IsWhitespace(char c) => c <= ' ' || (c >= '\u0080' && c <= '\u00A0');

        /// <summary>Starts an unquoted atom: a lowercase ASCII or Latin-1 letter (ß to ÿ, not ÷).</summary>
        public static bool IsAtomStart(char c) => (c >= 'a' && c <= 'z') || (c >= '\u00DF' && c <= '\u00FF' && c != '\u00F7');

        /// <summary>Starts a variable: an uppercase ASCII or Latin-1 letter (À to Þ, not ×), or '_'.</summary>
        public static bool IsVariableStart(char c) => (c >= 'A' && c <= 'Z') || c == '_' || (c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7');

        /// <summary>Continues an atom or variable name.</summary>
        public static bool IsNameChar(char c) => c < NameChars.Length && NameChars[c];

        // The name characters of Latin-1 (no other character is one), looked up rather than tested range by range.
        private static readonly bool[] NameChars = NameCharTable();

        private static bool[] NameCharTable()
        {
            var table = new bool[256];
            for (var c = '\0'; c < table.Length; c++)
                table[c] = IsAtomStart(c) || IsVariableStart(c) || IsDigit(c) || c == '@';
            return table;
        }

        public static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <summary>The value of a digit in bases up to 36, or -1.</summary>
        public static int DigitValue(char c) =>
            c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'z' ? c - 'a' + 10
            : c >= 'A' && c <= 'Z' ? c - 'A' + 10
            : -1;

        /// <summary>erl_scan refuses code points that are not Unicode scalar values, and U+FFFE and U+FFFF, in strings, atoms and characters.</summary>
        public static bool IsAllowedCodePoint(int c) =>
            (c >= 0 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE) || (c > 0xFFFF && c <= 0x10FFFF);
    }
}
