using System.Collections;
using System.Collections.Generic;

namespace ConfigLint.Parsers
{
    /// <summary>
    /// An object's fields in one array, in the order they were first set (a key set again keeps its place), as a
    /// dictionary had them. Small objects, the most common, are searched in place; an index by name is built only
    /// past <see cref="IndexThreshold"/> fields.
    /// </summary>
    internal sealed class ConfigFields : IReadOnlyDictionary<string, ConfigValue>
    {
        private const int IndexThreshold = 12;

        private Field[] _fields;
        private int _count;
        private Dictionary<string, int>? _index;

        public ConfigFields(int capacity) =>
            _fields = capacity == 0 ? System.Array.Empty<Field>() : new Field[capacity];

        public int Count => _count;

        public string KeyAt(int index) => _fields[index].Key;

        public ConfigValue ValueAt(int index) => _fields[index].Value;

        public void SetValueAt(int index, ConfigValue value) => _fields[index].Value = value;

        /// <summary>The position of <paramref name="key"/>, or -1.</summary>
        public int IndexOf(string key)
        {
            if (_index != null)
                return _index.TryGetValue(key, out var found) ? found : -1;
            for (var i = 0; i < _count; i++)
            {
                if (string.Equals(_fields[i].Key, key))
                    return i;
            }
            return -1;
        }

        /// <summary>Sets a field: in its place when the key is there, else at the end.</summary>
        public void Set(string key, ConfigValue value)
        {
            var at = IndexOf(key);
            if (at >= 0)
            {
                _fields[at].Value = value;
                return;
            }
            Append(key, value);
        }

        /// <summary>Adds a field known not to be there yet.</summary>
        public void Append(string key, ConfigValue value)
        {
            if (_count == _fields.Length)
                System.Array.Resize(ref _fields, System.Math.Max(4, _count * 2));
            _fields[_count] = new Field(key, value);
            _index?.Add(key, _count);
            _count++;
            if (_index == null && _count > IndexThreshold)
                BuildIndex();
        }

        /// <summary>Removes the fields whose value <paramref name="settle"/> maps to null, replaces the others by what it maps them to, keeping the order.</summary>
        public void Settle(System.Func<ConfigValue, ConfigValue?> settle)
        {
            var kept = 0;
            for (var i = 0; i < _count; i++)
            {
                var value = settle(_fields[i].Value);
                if (value != null)
                    _fields[kept++] = new Field(_fields[i].Key, value);
            }
            if (kept == _count)
                return;
            System.Array.Clear(_fields, kept, _count - kept);
            _count = kept;
            _index = null;
            if (_count > IndexThreshold)
                BuildIndex();
        }

        private void BuildIndex()
        {
            _index = new Dictionary<string, int>(_count, System.StringComparer.Ordinal);
            for (var i = 0; i < _count; i++)
                _index.Add(_fields[i].Key, i);
        }

        public bool ContainsKey(string key) => IndexOf(key) >= 0;

        public bool TryGetValue(string key, out ConfigValue value)
        {
            var at = IndexOf(key);
            value = at >= 0 ? _fields[at].Value : null!;
            return at >= 0;
        }

        public ConfigValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

        public IEnumerable<string> Keys
        {
            get
            {
                for (var i = 0; i < _count; i++)
                    yield return _fields[i].Key;
            }
        }

        public IEnumerable<ConfigValue> Values
        {
            get
            {
                for (var i = 0; i < _count; i++)
                    yield return _fields[i].Value;
            }
        }

        public IEnumerator<KeyValuePair<string, ConfigValue>> GetEnumerator()
        {
            for (var i = 0; i < _count; i++)
                yield return new KeyValuePair<string, ConfigValue>(_fields[i].Key, _fields[i].Value);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private struct Field
        {
            public Field(string key, ConfigValue value)
            {
                Key = key;
                Value = value;
            }

            public string Key;
            public ConfigValue Value;
        }
    }
}
