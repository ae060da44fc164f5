namespace ConfigLint.Parsers.ErlangTerms
{
    /// <summary>
    /// The strings of a file's atoms and plain strings, each spelling made once: a configuration repeats the same
    /// atoms (<c>verify</c>, <c>true</c>, <c>certfile</c>…) thousands of times. A fixed number of slots, each holding
    /// the last spelling hashed to it, so memory stays bounded whatever the file holds; a miss just makes the string.
    /// </summary>
    internal sealed class ValueTable
    {
        private const int Slots = 4096;
        // Longer values are rarely repeated, and hashing them would cost more than it saves.
        private const int MaxLength = 64;

        private readonly string _text;
        private readonly string?[] _slots = new string?[Slots];

        public ValueTable(string text) => _text = text;

        /// <summary>The text's <paramref name="length"/> characters at <paramref name="start"/>, as a string.</summary>
        public string Get(int start, int length)
        {
            if (length > MaxLength)
                return _text.Substring(start, length);
            var hash = 17u;
            for (var i = start; i < start + length; i++)
                hash = (hash ^ _text[i]) * 16777619u;
            ref var slot = ref _slots[hash & (Slots - 1)];
            if (slot != null && slot.Length == length && string.CompareOrdinal(slot, 0, _text, start, length) == 0)
                return slot;
            return slot = _text.Substring(start, length);
        }
    }
}
