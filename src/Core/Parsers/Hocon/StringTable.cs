namespace ConfigLint.Parsers.Hocon
{
    /// <summary>
    /// Key names and short values of one load, each text made into a string once: EMQX files repeat the same keys
    /// (<c>bind</c>, <c>enable</c>, <c>ssl_options</c>) and values thousands of times. A fixed number of slots, a later
    /// text replacing an earlier one in its slot, so a file of distinct texts costs no more than one without the table.
    /// </summary>
    internal sealed class StringTable
    {
        private const int MaxSlotCount = 4096;
        private const int MaxLength = 40;

        private readonly string?[] _slots;

        /// <param name="textLength">The length of the first file: a small file gets a small table.</param>
        public StringTable(int textLength)
        {
            var slotCount = 64;
            while (slotCount < MaxSlotCount && slotCount * 16 < textLength)
                slotCount *= 2;
            _slots = new string?[slotCount];
        }

        public string Get(string text, int start, int length)
        {
            if (length > MaxLength)
                return text.Substring(start, length);
            var hash = length;
            for (var i = start; i < start + length; i++)
                hash = unchecked(hash * 31 + text[i]);
            ref var slot = ref _slots[hash & (_slots.Length - 1)];
            if (slot != null && slot.Length == length && string.CompareOrdinal(slot, 0, text, start, length) == 0)
                return slot;
            return slot = text.Substring(start, length);
        }
    }
}
