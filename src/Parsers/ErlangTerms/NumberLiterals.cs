using System.Globalization;
using System.Numerics;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.ErlangTerms
{
    /// <summary>
    /// The values of integer and float tokens: <c>1_000</c>, <c>Base#Digits</c> (bases 2 to 36, digits in either case),
    /// <c>1.5e-3</c>. The lexer has already checked the shape; '_' only ever stands between two digits.
    /// </summary>
    internal static class NumberLiterals
    {
        public static BigInteger IntegerValue(string text, TextSpan span)
        {
            var hash = text.IndexOf('#', span.Start, span.Length);
            if (hash < 0)
                return Digits(text, span.Start, span.End, 10);
            var numberBase = (int)Digits(text, span.Start, hash, 10);
            return Digits(text, hash + 1, span.End, numberBase);
        }

        /// <summary>Erlang refuses a float literal that does not fit a double ("illegal float"); it reads tiny ones as 0.0.</summary>
        public static bool TryFloatValue(string text, TextSpan span, out double value)
        {
            var digits = new StringBuilder(span.Length);
            for (var i = span.Start; i < span.End; i++)
            {
                if (text[i] != '_')
                    digits.Append(text[i]);
            }
            return double.TryParse(digits.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                && !double.IsInfinity(value);
        }

        private static BigInteger Digits(string text, int start, int end, int numberBase)
        {
            var value = BigInteger.Zero;
            for (var i = start; i < end; i++)
            {
                if (text[i] != '_')
                    value = value * numberBase + ErlangSyntax.DigitValue(text[i]);
            }
            return value;
        }
    }
}
