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
            // The objects and arrays being written, innermost on top: a substitution places a whole object inside
            // another, so values can nest as deep as the file is long.
            var open = new Stack<OpenContainer>();
            Begin(output, value, open);
            while (open.Count > 0)
            {
                var container = open.Peek();
                if (container.Next == container.Members.Count)
                {
                    output.Append(container.Keys == null ? ']' : '}');
                    open.Pop();
                    continue;
                }
                var index = container.Next++;
                if (index > 0)
                    output.Append(',');
                if (container.Keys != null)
                {
                    WriteString(output, container.Keys[index]);
                    output.Append(':');
                    if (isSecretKey(container.Keys[index]))
                    {
                        WriteString(output, "****");
                        continue;
                    }
                }
                Begin(output, container.Members[index], open);
            }
            return output.ToString();
        }

        /// <summary>Writes a scalar, or opens an object or array whose members <see cref="Write"/> goes on with.</summary>
        private static void Begin(StringBuilder output, ConfigValue value, Stack<OpenContainer> open)
        {
            switch (value)
            {
                case ConfigObject obj:
                    var keys = new List<string>(obj.Fields.Keys);
                    keys.Sort(StringComparer.Ordinal);
                    var members = new List<ConfigValue>(keys.Count);
                    foreach (var key in keys)
                        members.Add(obj.Fields[key]);
                    output.Append('{');
                    open.Push(new OpenContainer(members, keys));
                    break;
                case ConfigArray array:
                    output.Append('[');
                    open.Push(new OpenContainer(array.Items, keys: null));
                    break;
                case ConfigScalar scalar:
                    WriteScalar(output, scalar);
                    break;
            }
        }

        /// <summary>An object (members in key order) or array (no keys) being written, and the next member to write.</summary>
        private sealed class OpenContainer
        {
            public OpenContainer(IReadOnlyList<ConfigValue> members, IReadOnlyList<string>? keys)
            {
                Members = members;
                Keys = keys;
            }

            public IReadOnlyList<ConfigValue> Members { get; }

            public IReadOnlyList<string>? Keys { get; }

            public int Next { get; set; }
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
