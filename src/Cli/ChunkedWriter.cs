using System;
using System.IO;
using System.Text;

namespace ConfigLint.Cli
{
    /// <summary>
    /// Gathers small writes into chunks for a writer that is costly per call: the console's writer flushes (one
    /// system call) on every write, and a result is written a key or value at a time. The chunks reach the
    /// underlying writer unchanged, so it still encodes them and the bytes are the same. Disposing flushes; the
    /// underlying writer stays open.
    /// </summary>
    internal sealed class ChunkedWriter : TextWriter
    {
        private const int ChunkLength = 16 * 1024;

        private readonly TextWriter _inner;
        private readonly char[] _chunk = new char[ChunkLength];
        private int _used;

        public ChunkedWriter(TextWriter inner) : base(inner.FormatProvider)
        {
            _inner = inner;
            CoreNewLine = inner.NewLine.ToCharArray();
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value)
        {
            if (_used == ChunkLength)
                FlushChunk();
            _chunk[_used++] = value;
        }

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => Write(new ReadOnlySpan<char>(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            while (!buffer.IsEmpty)
            {
                if (_used == ChunkLength)
                    FlushChunk();
                var take = Math.Min(buffer.Length, ChunkLength - _used);
                buffer.Slice(0, take).CopyTo(_chunk.AsSpan(_used));
                _used += take;
                buffer = buffer.Slice(take);
            }
        }

        public override void Flush()
        {
            FlushChunk();
            _inner.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                Flush();
            base.Dispose(disposing);
        }

        private void FlushChunk()
        {
            _inner.Write(_chunk, 0, _used);
            _used = 0;
        }
    }
}
