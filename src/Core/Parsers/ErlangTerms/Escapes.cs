namespace ConfigLint.Parsers.ErlangTerms
{
    /// <summary>
    /// The escapes of Erlang strings, quoted atoms and character literals, as erl_scan reads them:
    /// <c>\b \d \e \f \n \r \s \t \v</c>, one to three octal digits, <c>\xHH</c> (exactly two hex digits),
    /// <c>\x{H...}</c>, <c>\^c</c> (c band 31), and a backslash before any other character is that character.
    /// </summary>
    internal static class Escapes
    {
        /// <summary>The outcome of reading one character (escaped or not) of a quoted literal.</summary>
        public enum Result
        {
            Ok,
            /// <summary>The text ended inside the escape.</summary>
            Unterminated,
            /// <summary>A malformed <c>\x</c> escape, or a code point erl_scan refuses.</summary>
            Illegal,
        }

        /// <summary>
        /// Reads the character at <paramref name="position"/>, which may be a backslash escape or a surrogate pair;
        /// on success <paramref name="length"/> is how many UTF-16 units it took.
        /// </summary>
        public static Result ReadCharacter(string text, int position, out int codePoint, out int length)
        {
            codePoint = 0;
            length = 0;
            if (position >= text.Length)
                return Result.Unterminated;
            var c = text[position];
            if (c != '\\')
            {
                length = CodeUnitsAt(text, position, out codePoint);
                return ErlangSyntax.IsAllowedCodePoint(codePoint) ? Result.Ok : Result.Illegal;
            }
            if (position + 1 >= text.Length)
                return Result.Unterminated;
            var result = ReadEscape(text, position + 1, out codePoint, out var escapeLength);
            length = escapeLength + 1;
            return result;
        }

        /// <summary>Reads what follows a backslash, at <paramref name="position"/> (inside the text).</summary>
        private static Result ReadEscape(string text, int position, out int codePoint, out int length)
        {
            codePoint = 0;
            length = 0;
            var c = text[position];
            if (c >= '0' && c <= '7')
            {
                while (length < 3 && position + length < text.Length && text[position + length] >= '0' && text[position + length] <= '7')
                {
                    codePoint = codePoint * 8 + (text[position + length] - '0');
                    length++;
                }
                return Result.Ok;
            }
            switch (c)
            {
                case 'x':
                    return ReadHexEscape(text, position + 1, out codePoint, out length);
                case '^':
                    // The control character: the next character, unescaped, band 31 (so \^a and \^A are both 1).
                    if (position + 1 >= text.Length)
                        return Result.Unterminated;
                    length = 1 + CodeUnitsAt(text, position + 1, out codePoint);
                    codePoint &= 31;
                    return Result.Ok;
            }
            length = CodeUnitsAt(text, position, out codePoint);
            codePoint = codePoint switch
            {
                'b' => '\b',
                'd' => 0x7F,
                'e' => 0x1B,
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                's' => ' ',
                't' => '\t',
                'v' => '\v',
                _ => codePoint,
            };
            return Result.Ok;
        }

        /// <summary>Reads after <c>\x</c>: <c>{hex digits}</c> or exactly two hex digits; <paramref name="length"/> counts the 'x'.</summary>
        private static Result ReadHexEscape(string text, int position, out int codePoint, out int length)
        {
            codePoint = 0;
            length = 1;
            if (position < text.Length && text[position] == '{')
            {
                var digits = 0;
                var index = position + 1;
                while (index < text.Length && IsHexDigit(text[index]))
                {
                    // Saturate: anything past U+10FFFF is refused below anyway.
                    codePoint = codePoint > 0x10FFFF ? codePoint : codePoint * 16 + ErlangSyntax.DigitValue(text[index]);
                    digits++;
                    index++;
                }
                if (index >= text.Length)
                    return Result.Unterminated;
                // 'x', '{' and the digits, and the '}' when there is one (else the escape ends before the offending character).
                var closed = text[index] == '}';
                length = 1 + index - position + (closed ? 1 : 0);
                return digits > 0 && closed && ErlangSyntax.IsAllowedCodePoint(codePoint) ? Result.Ok : Result.Illegal;
            }
            for (var i = 0; i < 2; i++)
            {
                if (position + i >= text.Length)
                    return Result.Unterminated;
                if (!IsHexDigit(text[position + i]))
                    return Result.Illegal;
                codePoint = codePoint * 16 + ErlangSyntax.DigitValue(text[position + i]);
                length++;
            }
            return Result.Ok;
        }

        /// <summary>The code point at <paramref name="position"/> and how many UTF-16 units it takes (2 for a surrogate pair).</summary>
        public static int CodeUnitsAt(string text, int position, out int codePoint)
        {
            var c = text[position];
            if (char.IsHighSurrogate(c) && position + 1 < text.Length && char.IsLowSurrogate(text[position + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[position + 1]);
                return 2;
            }
            codePoint = c;
            return 1;
        }

        private static bool IsHexDigit(char c) => ErlangSyntax.DigitValue(c) is >= 0 and < 16;
    }
}
