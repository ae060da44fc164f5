using System;
using System.Collections.Generic;
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
            string digits;
            if (text.IndexOf('_', span.Start, span.Length) >= 0)
            {
                var withoutSeparators = new StringBuilder(span.Length);
                for (var i = span.Start; i < span.End; i++)
                {
                    if (text[i] != '_')
                        withoutSeparators.Append(text[i]);
                }
                digits = withoutSeparators.ToString();
            }
            else
            {
#if NET
                return double.TryParse(text.AsSpan(span.Start, span.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                    && !double.IsInfinity(value);
#else
                digits = text.Substring(span.Start, span.Length);
#endif
            }
            return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsInfinity(value);
        }

        /// <summary>At most this many digits of any base up to 36 fit a long (36^12 &lt; 2^63).</summary>
        private const int DigitsInALong = 12;

        /// <summary>Decimal digits that always fit a long (10^18 &lt; 2^63).</summary>
        private const int DecimalDigitsInALong = 18;

        private static BigInteger Digits(string text, int start, int end, int numberBase)
        {
            // Written digits and separators: a literal that short fits a long, counted without a list of digits.
            if (end - start <= (numberBase == 10 ? DecimalDigitsInALong : DigitsInALong))
            {
                var value = 0L;
                for (var i = start; i < end; i++)
                {
                    if (text[i] != '_')
                        value = value * numberBase + ErlangSyntax.DigitValue(text[i]);
                }
                return value;
            }
            var digits = new List<int>(end - start);
            for (var i = start; i < end; i++)
            {
                if (text[i] != '_')
                    digits.Add(ErlangSyntax.DigitValue(text[i]));
            }
            return Combine(digits, 0, digits.Count, numberBase);
        }

        /// <summary>
        /// The value of digits[start..end): halves joined as high × base^(low digits) + low, so a literal of a million
        /// digits costs a few large multiplications instead of one per digit (quadratic: over a minute).
        /// </summary>
        private static BigInteger Combine(List<int> digits, int start, int end, int numberBase)
        {
            if (end - start <= DigitsInALong)
            {
                var value = 0L;
                for (var i = start; i < end; i++)
                    value = value * numberBase + digits[i];
                return value;
            }
            var middle = start + (end - start) / 2;
            return Combine(digits, start, middle, numberBase) * BigInteger.Pow(numberBase, end - middle) + Combine(digits, middle, end, numberBase);
        }
    }
}
