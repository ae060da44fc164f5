using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ConfigLint.Parsers
{
    /// <summary>Writes a resolved configuration as JSON, as emqx/hocon's loaded map prints: keys sorted, numbers normalized.</summary>
    public static class ConfigJson
    {
        /// <summary>
        /// The value as compact JSON with object keys sorted ordinally, integers without sign or leading
        /// zeros and floats in shortest form with a fraction (<c>8.0</c>). The value of any field whose
        /// key satisfies <paramref name="isSecretKey"/> is written as <c>"****"</c>.
        /// </summary>
        public static string Write(ConfigValue value, Func<string, bool> isSecretKey)
        {
            var output = new StringBuilder();
            WriteValue(output, value, isSecretKey);
            return output.ToString();
        }

        private static void WriteValue(StringBuilder output, ConfigValue value, Func<string, bool> isSecretKey)
        {
            switch (value)
            {
                case ConfigObject obj:
                    var keys = new List<string>(obj.Fields.Keys);
                    keys.Sort(StringComparer.Ordinal);
                    output.Append('{');
                    for (var i = 0; i < keys.Count; i++)
                    {
                        if (i > 0)
                            output.Append(',');
                        WriteString(output, keys[i]);
                        output.Append(':');
                        if (isSecretKey(keys[i]))
                            WriteString(output, "****");
                        else
                            WriteValue(output, obj.Fields[keys[i]], isSecretKey);
                    }
                    output.Append('}');
                    break;
                case ConfigArray array:
                    output.Append('[');
                    for (var i = 0; i < array.Items.Count; i++)
                    {
                        if (i > 0)
                            output.Append(',');
                        WriteValue(output, array.Items[i], isSecretKey);
                    }
                    output.Append(']');
                    break;
                case ConfigScalar scalar:
                    WriteScalar(output, scalar);
                    break;
            }
        }

        private static void WriteScalar(StringBuilder output, ConfigScalar scalar)
        {
            switch (scalar.Kind)
            {
                case ConfigValueKind.Integer:
                    output.Append(NormalizeInteger(scalar.Text));
                    break;
                case ConfigValueKind.Float:
                    output.Append(NormalizeFloat(scalar.Text));
                    break;
                case ConfigValueKind.Boolean:
                case ConfigValueKind.Null:
                    output.Append(scalar.Text);
                    break;
                default:
                    WriteString(output, scalar.Text);
                    break;
            }
        }

        /// <summary>An integer as a number prints: no '+', no leading zeros, no "-0".</summary>
        internal static string NormalizeInteger(string text)
        {
            var negative = text.StartsWith("-", StringComparison.Ordinal);
            var digits = text.TrimStart('+', '-').TrimStart('0');
            if (digits.Length == 0)
                return "0";
            return negative ? "-" + digits : digits;
        }

        /// <summary>The shortest round-trip form with at least one fractional digit, exponent as Erlang writes it (<c>1.0e-7</c>).</summary>
        internal static string NormalizeFloat(string text)
        {
            var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            var shortest = number.ToString("R", CultureInfo.InvariantCulture);
            var exponentAt = shortest.IndexOf('E');
            var mantissa = exponentAt < 0 ? shortest : shortest.Substring(0, exponentAt);
            if (mantissa.IndexOf('.') < 0)
                mantissa += ".0";
            if (exponentAt < 0)
                return mantissa;
            var exponent = int.Parse(shortest.Substring(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return mantissa + "e" + exponent.ToString(CultureInfo.InvariantCulture);
        }

        private static void WriteString(StringBuilder output, string text)
        {
            output.Append('"');
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"': output.Append("\\\""); break;
                    case '\\': output.Append("\\\\"); break;
                    case '\n': output.Append("\\n"); break;
                    case '\r': output.Append("\\r"); break;
                    case '\t': output.Append("\\t"); break;
                    case '\b': output.Append("\\b"); break;
                    case '\f': output.Append("\\f"); break;
                    default:
                        if (c < 0x20 || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029')
                            output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else
                            output.Append(c);
                        break;
                }
            }
            output.Append('"');
        }
    }
}
