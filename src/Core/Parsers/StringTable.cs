using System;

namespace ConfigLint.Parsers
{
    /// <summary>
    /// Key names, atoms and short values, each text made into a string once: EMQX files repeat the same keys
    /// (<c>bind</c>, <c>enable</c>, <c>ssl_options</c>) and Erlang terms the same atoms (<c>verify</c>, <c>certfile</c>)
    /// thousands of times, and the files of a scan repeat each other's. A fixed number of slots, a later text replacing
    /// an earlier one in its slot, so memory stays bounded and a file of distinct texts costs no more than one without
    /// the table. Used by the HOCON and Erlang-term parsers.
    /// </summary>
    internal sealed class StringTable
    {
        private const int SlotCount = 4096;
        // Longer texts are rarely repeated, and hashing them would cost more than it saves.
        private const int MaxLength = 64;

        // One table per thread, kept from load to load: a small file then makes no table and none of the strings an
        // earlier file made already. Only the thread that owns it reads or writes it, and the strings are immutable.
        [ThreadStatic]
        private static StringTable? t_current;

        private readonly string?[] _slots = new string?[SlotCount];

        private StringTable()
        {
        }

        /// <summary>The calling thread's table.</summary>
        public static StringTable ForCurrentThread() => t_current ??= new StringTable();

        /// <summary>The <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>, as a string.</summary>
        public string Get(string text, int start, int length)
        {
            if (length > MaxLength)
                return text.Substring(start, length);
            var chars = text.AsSpan(start, length);
            var hash = length;
            foreach (var c in chars)
                hash = unchecked(hash * 31 + c);
            ref var slot = ref _slots[hash & (SlotCount - 1)];
            if (slot != null && slot.AsSpan().SequenceEqual(chars))
                return slot;
            return slot = text.Substring(start, length);
        }
    }
}
