using System;
using System.Buffers;
using System.Collections.Immutable;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>
    /// The significant tokens of one file while it is parsed, in an array rented from the shared pool: the tree keeps
    /// copies of the tokens it needs, so the buffer goes back to the pool once the parser is done with it.
    /// </summary>
    internal sealed class TokenBuffer : IDisposable
    {
        private SyntaxToken[] _items;

        public TokenBuffer(int expectedCount) => _items = ArrayPool<SyntaxToken>.Shared.Rent(Math.Max(expectedCount, 16));

        public int Count { get; private set; }

        public SyntaxToken this[int index] => _items[index];

        public void Add(SyntaxToken token)
        {
            if (Count == _items.Length)
            {
                var larger = ArrayPool<SyntaxToken>.Shared.Rent(_items.Length * 2);
                Array.Copy(_items, larger, Count);
                ArrayPool<SyntaxToken>.Shared.Return(_items);
                _items = larger;
            }
            _items[Count++] = token;
        }

        public ImmutableArray<SyntaxToken> ToImmutableArray()
        {
            var builder = ImmutableArray.CreateBuilder<SyntaxToken>(Count);
            for (var i = 0; i < Count; i++)
                builder.Add(_items[i]);
            return builder.MoveToImmutable();
        }

        public void Dispose()
        {
            ArrayPool<SyntaxToken>.Shared.Return(_items);
            _items = Array.Empty<SyntaxToken>();
            Count = 0;
        }
    }
}
