using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ConfigLint.Parsers.ErlangTerms;

namespace ConfigLint.Tests.ErlangTerms
{
    /// <summary>
    /// Writes terms in the canonical form that <see cref="ErlangConsult"/>'s Erlang printer writes, so the two can be
    /// compared as text: like <c>io_lib:format("~w", ...)</c> (strings as lists of character codes, binaries as
    /// byte lists, floats as <c>~w</c> writes them) except that every atom is quoted with non-ASCII escaped as
    /// <c>\x{H}</c>, and map entries are written once per key (the last, as Erlang keeps it) sorted by the key's text.
    /// </summary>
    internal static class CanonicalTerms
    {
        public static string Write(IEnumerable<ErlangTerm> terms)
        {
            var output = new StringBuilder("[");
            WriteJoined(output, terms);
            return output.Append(']').ToString();
        }

        private static void WriteJoined(StringBuilder output, IEnumerable<ErlangTerm> terms)
        {
            var first = true;
            foreach (var term in terms)
            {
                if (!first)
                    output.Append(',');
                first = false;
                Write(output, term);
            }
        }

        private static void Write(StringBuilder output, ErlangTerm term)
        {
            switch (term)
            {
                case ErlangAtom atom:
                    WriteAtom(output, atom.Name);
                    break;
                case ErlangString text:
                    output.Append('[').Append(string.Join(",", CodePoints(text.Value))).Append(']');
                    break;
                case ErlangBinary binary:
                    output.Append("<<").Append(string.Join(",", binary.Bytes)).Append(">>");
                    break;
                case ErlangInteger integer:
                    output.Append(integer.Value.ToString(CultureInfo.InvariantCulture));
                    break;
                case ErlangFloat number:
                    output.Append(ErlangFloatText(number.Value));
                    break;
                case ErlangTuple tuple:
                    output.Append('{');
                    WriteJoined(output, tuple.Elements);
                    output.Append('}');
                    break;
                case ErlangList list:
                    WriteList(output, list);
                    break;
                case ErlangMap map:
                    var entries = new Dictionary<string, string>();
                    foreach (var entry in map.Entries)
                        entries[Write(entry.Key)] = Write(entry.Value);
                    output.Append("#{")
                        .Append(string.Join(",", entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + "=>" + e.Value)))
                        .Append('}');
                    break;
                case ErlangFun fun:
                    output.Append("fun ");
                    WriteAtom(output, fun.Module);
                    output.Append(':');
                    WriteAtom(output, fun.Function);
                    output.Append('/').Append(fun.Arity);
                    break;
                default:
                    throw new ArgumentException("unknown term " + term.Kind);
            }
        }

        private static string Write(ErlangTerm term)
        {
            var output = new StringBuilder();
            Write(output, term);
            return output.ToString();
        }

        /// <summary>A string tail is more elements to Erlang: <c>[$a|"bc"]</c> is <c>[97,98,99]</c>.</summary>
        private static void WriteList(StringBuilder output, ErlangList list)
        {
            output.Append('[');
            WriteJoined(output, list.Elements);
            if (list.Tail is ErlangString tail)
                output.Append(',').Append(string.Join(",", CodePoints(tail.Value)));
            else if (list.Tail != null)
                Write(output.Append('|'), list.Tail);
            output.Append(']');
        }

        private static void WriteAtom(StringBuilder output, string name)
        {
            output.Append('\'');
            foreach (var codePoint in CodePoints(name))
            {
                if (codePoint == '\'' || codePoint == '\\')
                    output.Append('\\').Append((char)codePoint);
                else if (codePoint >= 0x20 && codePoint <= 0x7E)
                    output.Append((char)codePoint);
                else
                    output.Append("\\x{").Append(codePoint.ToString("X", CultureInfo.InvariantCulture)).Append('}');
            }
            output.Append('\'');
        }

        private static IEnumerable<int> CodePoints(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var codePoint = char.ConvertToUtf32(text, i);
                if (codePoint > 0xFFFF)
                    i++;
                yield return codePoint;
            }
        }

        /// <summary>
        /// OTP 25's <c>~w</c> (io_lib_format:fwrite_g/1) writes the shortest digits that read back as the same
        /// double, in fixed notation (<c>100.0</c>, <c>0.0001</c>) or scientific (<c>2.0e3</c>, <c>1.0e-5</c>),
        /// whichever is shorter, fixed on a tie; either way with at least one digit after the point.
        /// </summary>
        public static string ErlangFloatText(double value)
        {
            var sign = value < 0 || (value == 0 && double.IsNegative(value)) ? "-" : "";
            // "R" gives the shortest round-trip digits on .NET Core 3.0 and later, as ddd.ddd or d.dddE+xx.
            var (digits, exponent) = DigitsAndExponent(Math.Abs(value).ToString("R", CultureInfo.InvariantCulture));
            var scientific = digits.Substring(0, 1) + "." + (digits.Length > 1 ? digits.Substring(1) : "0") + "e" + exponent;
            string fixedText;
            if (exponent >= 0)
            {
                var integerDigits = exponent + 1;
                fixedText = digits.Length <= integerDigits
                    ? digits + new string('0', integerDigits - digits.Length) + ".0"
                    : digits.Substring(0, integerDigits) + "." + digits.Substring(integerDigits);
            }
            else
            {
                fixedText = "0." + new string('0', -exponent - 1) + digits;
            }
            return sign + (fixedText.Length <= scientific.Length ? fixedText : scientific);
        }

        /// <summary>The significant digits (no leading or trailing zeros) and the power of ten of the first one.</summary>
        private static (string Digits, int Exponent) DigitsAndExponent(string roundTrip)
        {
            var mantissa = roundTrip;
            var exponent = 0;
            var e = roundTrip.IndexOf('E');
            if (e >= 0)
            {
                mantissa = roundTrip.Substring(0, e);
                exponent = int.Parse(roundTrip.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            }
            var point = mantissa.IndexOf('.');
            var integerPart = point < 0 ? mantissa : mantissa.Substring(0, point);
            var allDigits = integerPart + (point < 0 ? "" : mantissa.Substring(point + 1));
            exponent += integerPart.Length - 1;
            var leadingZeros = allDigits.Length - allDigits.TrimStart('0').Length;
            var digits = allDigits.Trim('0');
            return digits.Length == 0 ? ("0", 0) : (digits, exponent - leadingZeros);
        }
    }
}
