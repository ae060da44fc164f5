using System;
using System.Collections;
using System.Collections.Generic;

namespace ConfigLint.Parsers.ClpConf
{
    /// <summary>
    /// An element's attributes, in the order written: clp.conf elements have one or two (<c>name</c>, <c>id</c>), so a
    /// pair array searched in order costs a fraction of a dictionary for each of a large file's elements.
    /// </summary>
    internal sealed class ClpAttributes : IReadOnlyDictionary<string, string>
    {
        public static readonly ClpAttributes None = new(Array.Empty<KeyValuePair<string, string>>());

        private readonly KeyValuePair<string, string>[] _pairs;

        /// <param name="pairs">Distinct names (XML allows no repeated attribute), in the order written.</param>
        public ClpAttributes(KeyValuePair<string, string>[] pairs) => _pairs = pairs;

        public int Count => _pairs.Length;

        public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

        public IEnumerable<string> Keys
        {
            get
            {
                foreach (var pair in _pairs)
                    yield return pair.Key;
            }
        }

        public IEnumerable<string> Values
        {
            get
            {
                foreach (var pair in _pairs)
                    yield return pair.Value;
            }
        }

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, out string value)
        {
            foreach (var pair in _pairs)
            {
                if (pair.Key == key)
                {
                    value = pair.Value;
                    return true;
                }
            }
            value = null!;
            return false;
        }

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_pairs).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
