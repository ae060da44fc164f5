using System.Collections.Generic;
using System.Collections.Immutable;
using System.Numerics;

namespace ConfigLint.Parsers.ErlangTerms
{
    /// <summary>
    /// Builds a binary the way Erlang's default integer segments do: each value is written big-endian in
    /// its segment's size in bits, keeping only the low bits (so <c>&lt;&lt;300&gt;&gt;</c> is 44 and
    /// <c>&lt;&lt;-1&gt;&gt;</c> is 255).
    /// </summary>
    internal sealed class BitWriter
    {
        private readonly List<byte> _bytes = new List<byte>();
        private int _pending;
        private int _pendingBits;

        /// <summary>The bits written so far.</summary>
        public long BitCount => _bytes.Count * 8L + _pendingBits;

        /// <summary>Bits that a value masked to its segment's size can always be shifted in within a ulong.</summary>
        private const int LongSegmentBits = 56;

        public void Append(BigInteger value, int size)
        {
            if (size <= 0)
                return;
            if (size <= LongSegmentBits && value >= long.MinValue && value <= long.MaxValue)
            {
                AppendLow((ulong)(long)value, size);
                return;
            }
            // Non-negative and below 2^size, so its little-endian bytes hold exactly the bits to write.
            var bits = (value & ((BigInteger.One << size) - 1)).ToByteArray();
            for (var i = size - 1; i >= 0; i--)
            {
                var bit = (i >> 3) < bits.Length ? (bits[i >> 3] >> (i & 7)) & 1 : 0;
                _pending = (_pending << 1) | bit;
                if (++_pendingBits == 8)
                {
                    _bytes.Add((byte)_pending);
                    _pending = 0;
                    _pendingBits = 0;
                }
            }
        }

        /// <summary>The low <paramref name="size"/> bits of <paramref name="value"/> (two's complement), without a BigInteger: most segments are bytes.</summary>
        private void AppendLow(ulong value, int size)
        {
            if (_pendingBits == 0 && size % 8 == 0)
            {
                for (var shift = size - 8; shift >= 0; shift -= 8)
                    _bytes.Add((byte)(value >> shift));
                return;
            }
            for (var i = size - 1; i >= 0; i--)
            {
                _pending = (_pending << 1) | (int)((value >> i) & 1);
                if (++_pendingBits == 8)
                {
                    _bytes.Add((byte)_pending);
                    _pending = 0;
                    _pendingBits = 0;
                }
            }
        }

        /// <summary>The bytes, when <see cref="BitCount"/> is a whole number of bytes.</summary>
        public ImmutableArray<byte> ToBytes() => _bytes.ToImmutableArray();
    }
}
