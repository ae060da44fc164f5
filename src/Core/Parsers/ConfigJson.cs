using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace ConfigLint.Parsers
{
    /// <summary>Writes a resolved configuration as JSON, as emqx/hocon's loaded map prints: keys sorted, numbers normalized.</summary>
    public static class ConfigJson
    {
        /// <summary>
        /// The value as compact JSON with object keys sorted ordinally, integers without sign or leading
        /// zeros and floats in shortest form with a fraction (<c>8.0</c>). A secret is written as <c>"****"</c>:
        /// any value but an object under a key that satisfies <paramref name="isSecretKey"/> (for a 4.x key's own
        /// <c>$value</c>, the key that holds it), such a value wherever a substitution copied it from or to (its
        /// origin's key is secret, or it also sits under a secret key), and any string concatenated from one. An
        /// object under such a key is written, its fields judged by their own keys.
        /// </summary>
        public static string Write(ConfigValue value, Func<string, bool> isSecretKey)
        {
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            Write(output, value, isSecretKey);
            return output.ToString();
        }

        /// <summary>
        /// Writes the value as <see cref="Write(ConfigValue, Func{string, bool})"/> returns it, a piece at a time: a
        /// large configuration's JSON is never held whole.
        /// </summary>
        public static void Write(TextWriter output, ConfigValue value, Func<string, bool> isSecretKey)
        {
            var secrets = new SecretValues(value, isSecretKey);
            // The objects and arrays being written, innermost on top: a substitution places a whole object inside
            // another, so values can nest as deep as the file is long.
            var open = new OpenContainers();
            Begin(output, value, underSecretKey: false, open);
            while (open.Count > 0)
            {
                ref var container = ref open.Top;
                if (container.Next == container.Count)
                {
                    output.Write(container.Fields == null ? ']' : '}');
                    open.Pop();
                    continue;
                }
                var index = container.Next++;
                if (index > 0)
                    output.Write(',');
                ConfigValue member;
                string? key = null;
                var secretKey = false;
                if (container.Fields is { } fields)
                {
                    var field = open.FieldAt(index);
                    key = fields.KeyAt(field);
                    WriteString(output, key);
                    output.Write(':');
                    secretKey = secrets.IsSecretField(key, container.UnderSecretKey);
                    member = fields.ValueAt(field);
                }
                else
                {
                    member = container.Items![index];
                }
                if (!(member is ConfigObject) && (secretKey || secrets.IsSecretValue(member, writtenUnder: key)))
                {
                    WriteString(output, Mask);
                    continue;
                }
                Begin(output, member, secretKey, open);
            }
        }

        /// <summary>What is written instead of a secret value.</summary>
        public const string Mask = "****";

        /// <summary>Writes a scalar, or opens an object or array whose members <see cref="Write(TextWriter, ConfigValue, Func{string, bool})"/> goes on with.</summary>
        private static void Begin(TextWriter output, ConfigValue value, bool underSecretKey, OpenContainers open)
        {
            switch (value)
            {
                case ConfigObject obj:
                    output.Write('{');
                    open.PushObject(FieldsOf(obj), underSecretKey);
                    break;
                case ConfigArray array:
                    output.Write('[');
                    open.PushArray(array.Items);
                    break;
                case ConfigScalar scalar:
                    WriteScalar(output, scalar);
                    break;
            }
        }

        /// <summary>An object's fields by position: the HOCON builder's own, or a copy of a dictionary's.</summary>
        private static ConfigFields FieldsOf(ConfigObject obj)
        {
            if (obj.Members is { } members)
                return members;
            var copy = new ConfigFields(obj.Fields.Count);
            foreach (var field in obj.Fields)
                copy.Append(field.Key, field.Value);
            return copy;
        }

        /// <summary>
        /// The values found under secret keys, so that the same value is hidden wherever a substitution also placed
        /// it (<c>foo = ${node.cookie}</c>, or <c>node.cookie = ${foo}</c>), and strings concatenated from one.
        /// </summary>
        private sealed class SecretValues
        {
            private readonly Func<string, bool> _isSecretKey;
            private readonly HashSet<ConfigValue> _secret = new HashSet<ConfigValue>();
            // A value's origin key is copied here to be judged: a string per value written would be most of what
            // writing allocates, and a file repeats a few key names many times.
            private char[] _keyBuffer = new char[64];
            // The verdict on each key name met: each field's key is judged twice (finding secrets, then writing),
            // and a file repeats a few key names many times.
            private readonly Dictionary<string, bool> _keyVerdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
#if NET
            // The same verdicts looked up by an origin key's copied text.
            private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _keyVerdictsByText;
#endif
            // Whether a concatenated string holds a secret, known once asked: chains of concatenations share pieces.
            private readonly Dictionary<ConfigScalar, bool> _concatenated = new Dictionary<ConfigScalar, bool>();

            public SecretValues(ConfigValue root, Func<string, bool> isSecretKey)
            {
                _isSecretKey = isSecretKey;
#if NET
                _keyVerdictsByText = _keyVerdicts.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
                // Iterative: resolved values nest as deep as the file is long. A value a substitution placed in several
                // places is walked at each, as writing it does (a set of those already walked cost more than the walk).
                // Values under a secret key and under any other are kept apart (a 4.x object's own value depends on
                // it) in stacks of plain references: no tuple-keyed collections, whose code the runtime compiles at start.
                var pending = new List<ConfigValue> { root };
                var pendingUnderSecretKey = new List<ConfigValue>();
                while (pending.Count > 0 || pendingUnderSecretKey.Count > 0)
                {
                    var underSecretKey = pending.Count == 0;
                    var stack = underSecretKey ? pendingUnderSecretKey : pending;
                    var value = stack[stack.Count - 1];
                    stack.RemoveAt(stack.Count - 1);
                    switch (value)
                    {
                        case ConfigObject obj:
                            var fields = FieldsOf(obj);
                            for (var i = 0; i < fields.Count; i++)
                            {
                                var field = fields.ValueAt(i);
                                var secretKey = IsSecretField(fields.KeyAt(i), underSecretKey);
                                if (secretKey && !(field is ConfigObject))
                                    MarkSecret(field);
                                else if (!(field is ConfigScalar))
                                    (secretKey ? pendingUnderSecretKey : pending).Add(field);
                            }
                            break;
                        case ConfigArray array:
                            var items = array.Items;
                            for (var i = 0; i < items.Count; i++)
                            {
                                if (!(items[i] is ConfigScalar))
                                    pending.Add(items[i]);
                            }
                            break;
                    }
                }
            }

            /// <summary>Whether a field's key makes its value secret; a 4.x key's own value goes by that key.</summary>
            public bool IsSecretField(string key, bool underSecretKey) =>
                key == Cuttlefish.CuttlefishDocument.OwnValueKey ? underSecretKey : IsSecretKeyCached(key);

            private bool IsSecretKeyCached(string key)
            {
                if (!_keyVerdicts.TryGetValue(key, out var secret))
                {
                    secret = _isSecretKey(key);
                    _keyVerdicts.Add(key, secret);
                }
                return secret;
            }

            /// <summary>
            /// Whether the value is one found or defined under a secret key, or a string concatenated from one;
            /// <paramref name="writtenUnder"/> is the key it is written under, if any.
            /// </summary>
            public bool IsSecretValue(ConfigValue value, string? writtenUnder)
            {
                if (_secret.Contains(value) || IsDefinedUnderSecretKey(value, writtenUnder))
                    return true;
                if (!(value is ConfigScalar scalar) || scalar.Parts.Count == 0)
                    return false;
                // Post-order over the pieces without recursion: a concatenation may build on a long chain of others.
                var pending = new Stack<ConfigScalar>();
                pending.Push(scalar);
                while (pending.Count > 0)
                {
                    var current = pending.Peek();
                    if (_concatenated.ContainsKey(current))
                    {
                        pending.Pop();
                        continue;
                    }
                    var unknown = false;
                    foreach (var part in current.Parts)
                    {
                        if (part.Parts.Count > 0 && !IsKnownSecret(part) && !_concatenated.ContainsKey(part))
                        {
                            pending.Push(part);
                            unknown = true;
                        }
                    }
                    if (unknown)
                        continue;
                    var secret = IsKnownSecret(current);
                    foreach (var part in current.Parts)
                        secret |= IsKnownSecret(part) || (_concatenated.TryGetValue(part, out var partSecret) && partSecret);
                    _concatenated[current] = secret;
                    pending.Pop();
                }
                return _concatenated[scalar];
            }

            private bool IsKnownSecret(ConfigValue value) => _secret.Contains(value) || IsDefinedUnderSecretKey(value, writtenUnder: null);

            /// <summary>
            /// Whether the value's origin (where it is written) is under a secret key: a substitution yields the value
            /// itself, so this holds wherever it was copied to, even where the secret key itself no longer is.
            /// </summary>
            private bool IsDefinedUnderSecretKey(ConfigValue value, string? writtenUnder)
            {
                // The inline site, not Origin: that makes an object per value asked.
                var origin = value.Site;
                // An array element's origin has no key; an object is shown whatever its key.
                if (value is ConfigObject || origin.KeySpan.IsEmpty || origin.KeySpan == origin.ValueSpan)
                    return false;
                var length = origin.KeySpan.Length;
                if (_keyBuffer.Length < length)
                    _keyBuffer = new char[Math.Max(length, 2 * _keyBuffer.Length)];
                origin.Text.CopyTo(origin.KeySpan.Start, _keyBuffer, 0, length);
                var key = new ReadOnlySpan<char>(_keyBuffer, 0, length);
                // HOCON spans the last path segment, perhaps quoted; the 4.x form spans the whole dotted key.
                key = key.Length >= 2 && key[0] == '"' && key[key.Length - 1] == '"'
                    ? key.Slice(1, key.Length - 2)
                    : key.Slice(LastDot(key) + 1);
                // Most values are written under the key they were defined with: that key's string is judged, with no
                // lookup by text.
                return writtenUnder != null && SameText(key, writtenUnder) ? IsSecretKeyCached(writtenUnder) : IsSecretKeyName(key);
            }

            // Keys are short: plain loops, precompiled with the tool, not the runtime's vectorized span methods, whose
            // code each process JIT-compiles.
            private static int LastDot(ReadOnlySpan<char> key)
            {
                var at = key.Length - 1;
                while (at >= 0 && key[at] != '.')
                    at--;
                return at;
            }

            private static bool SameText(ReadOnlySpan<char> text, string other)
            {
                if (text.Length != other.Length)
                    return false;
                for (var i = 0; i < text.Length; i++)
                {
                    if (text[i] != other[i])
                        return false;
                }
                return true;
            }

            private bool IsSecretKeyName(ReadOnlySpan<char> key)
            {
#if NET
                if (_keyVerdictsByText.TryGetValue(key, out var known))
                    return known;
#endif
                return IsSecretKeyCached(key.ToString());
            }

            /// <summary>Marks a secret value with everything in it: its items, fields and the pieces it was concatenated from.</summary>
            private void MarkSecret(ConfigValue value)
            {
                var pending = new Stack<ConfigValue>();
                pending.Push(value);
                while (pending.Count > 0)
                {
                    var current = pending.Pop();
                    if (!_secret.Add(current))
                        continue;
                    switch (current)
                    {
                        case ConfigScalar scalar:
                            foreach (var part in scalar.Parts)
                                pending.Push(part);
                            break;
                        case ConfigArray array:
                            foreach (var item in array.Items)
                                pending.Push(item);
                            break;
                        case ConfigObject obj:
                            foreach (var field in obj.Fields.Values)
                                pending.Push(field);
                            break;
                    }
                }
            }
        }

        /// <summary>
        /// The objects and arrays being written, as a stack of plain arrays: no object per container, and an object's
        /// field order (its positions sorted by key) kept in one shared buffer, so nothing is allocated per object.
        /// </summary>
        private sealed class OpenContainers
        {
            // Objects this small (most of them) are sorted in place by insertion, with no comparer and no copy.
            private const int InsertionSortLimit = 16;

            private Container[] _containers = new Container[16];
            private int[] _order = new int[256];
            private int _orderUsed;

            public int Count { get; private set; }

            public ref Container Top => ref _containers[Count - 1];

            /// <summary>The position in the top object's fields of its <paramref name="index"/>th field in key order.</summary>
            public int FieldAt(int index) => _order[Top.OrderStart + index];

            public void PushObject(ConfigFields fields, bool underSecretKey)
            {
                var count = fields.Count;
                if (_orderUsed + count > _order.Length)
                    Array.Resize(ref _order, Math.Max(_orderUsed + count, 2 * _order.Length));
                var start = _orderUsed;
                for (var i = 0; i < count; i++)
                    _order[start + i] = i;
                SortByKey(fields, start, count);
                _orderUsed += count;
                Push(new Container(fields, null, count, start, underSecretKey));
            }

            public void PushArray(IReadOnlyList<ConfigValue> items) =>
                Push(new Container(null, items, items.Count, _orderUsed, underSecretKey: false));

            public void Pop()
            {
                _orderUsed = Top.OrderStart;
                _containers[--Count] = default;
            }

            private void Push(Container container)
            {
                if (Count == _containers.Length)
                    Array.Resize(ref _containers, 2 * Count);
                _containers[Count++] = container;
            }

            /// <summary>Sorts <c>_order[start..start+count)</c>, positions in <paramref name="fields"/>, by key, ordinally.</summary>
            private void SortByKey(ConfigFields fields, int start, int count)
            {
                if (count > InsertionSortLimit)
                {
                    var keys = new string[count];
                    var positions = new int[count];
                    for (var i = 0; i < count; i++)
                    {
                        keys[i] = fields.KeyAt(i);
                        positions[i] = i;
                    }
                    Array.Sort(keys, positions, StringComparer.Ordinal);
                    Array.Copy(positions, 0, _order, start, count);
                    return;
                }
                for (var i = start + 1; i < start + count; i++)
                {
                    var position = _order[i];
                    var key = fields.KeyAt(position);
                    var j = i - 1;
                    for (; j >= start && CompareOrdinal(fields.KeyAt(_order[j]), key) > 0; j--)
                        _order[j + 1] = _order[j];
                    _order[j + 1] = position;
                }
            }
        }

        /// <summary>
        /// <see cref="string.CompareOrdinal(string, string)"/>'s order in a plain loop, precompiled with the tool: keys
        /// are short, and the runtime's vectorized comparison is JIT-compiled in each process.
        /// </summary>
        private static int CompareOrdinal(string a, string b)
        {
            var length = Math.Min(a.Length, b.Length);
            for (var i = 0; i < length; i++)
            {
                if (a[i] != b[i])
                    return a[i] - b[i];
            }
            return a.Length - b.Length;
        }

        /// <summary>An object (fields in key order at <see cref="OrderStart"/>) or array being written, and the next member to write.</summary>
        private struct Container
        {
            public Container(ConfigFields? fields, IReadOnlyList<ConfigValue>? items, int count, int orderStart, bool underSecretKey)
            {
                Fields = fields;
                Items = items;
                Count = count;
                OrderStart = orderStart;
                UnderSecretKey = underSecretKey;
                Next = 0;
            }

            public readonly ConfigFields? Fields;
            public readonly IReadOnlyList<ConfigValue>? Items;
            public readonly int Count;
            public readonly int OrderStart;

            /// <summary>Whether the object is the value of a secret key (its own 4.x <c>$value</c> is then secret).</summary>
            public readonly bool UnderSecretKey;

            public int Next;
        }

        private static void WriteScalar(TextWriter output, ConfigScalar scalar)
        {
            switch (scalar.Kind)
            {
                case ConfigValueKind.Integer:
                    output.Write(NormalizeInteger(scalar.Text));
                    break;
                case ConfigValueKind.Float:
                    output.Write(NormalizeFloat(scalar.Text));
                    break;
                case ConfigValueKind.Boolean:
                case ConfigValueKind.Null:
                    output.Write(scalar.Text);
                    break;
                default:
                    WriteString(output, scalar.Text);
                    break;
            }
        }

        /// <summary>An integer as a number prints: no '+', no leading zeros, no "-0".</summary>
        internal static string NormalizeInteger(string text)
        {
            if (text.Length > 0 && text[0] >= '1' && text[0] <= '9')
                return text;
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

        private static void WriteString(TextWriter output, string text)
        {
            output.Write('"');
            // Characters that need no escape are appended a run at a time: most strings are one run.
            var runStart = 0;
            // Most strings hold nothing to escape: a quick pass skips to the first character that might need it.
            var i = 0;
            while (i < text.Length && text[i] >= ' ' && text[i] < '\u2028' && text[i] != '"' && text[i] != '\\')
                i++;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                var escape = c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    '\b' => "\\b",
                    '\f' => "\\f",
                    _ => c < 0x20 || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029'
                        ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture)
                        : null,
                };
                if (escape == null)
                    continue;
                WriteRun(output, text, runStart, i);
                output.Write(escape);
                runStart = i + 1;
            }
            WriteRun(output, text, runStart, text.Length);
            output.Write('"');
        }

        /// <summary>Writes <c>text[start..end)</c>, most often the whole string, without a substring where the target allows.</summary>
        private static void WriteRun(TextWriter output, string text, int start, int end)
        {
            if (start == 0 && end == text.Length)
                output.Write(text);
            else if (start < end)
#if NET
                output.Write(text.AsSpan(start, end - start));
#else
                output.Write(text.Substring(start, end - start));
#endif
        }
    }
}
