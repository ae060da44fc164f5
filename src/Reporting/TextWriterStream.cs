using System;
using System.IO;
using System.Text;

namespace ConfigLint.Reporting
{
    /// <summary>
    /// A write-only stream of UTF-8 bytes decoded onto a <see cref="TextWriter"/> as they come, so a printer that
    /// writes bytes (SARIF) reaches standard output or a file without the whole report held as one string.
    /// </summary>
    internal sealed class TextWriterStream : Stream
    {
        private readonly TextWriter _writer;
        private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
        private char[] _chars = Array.Empty<char>();

        public TextWriterStream(TextWriter writer) => _writer = writer;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(new ReadOnlySpan<byte>(buffer, offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => Decode(buffer, flush: false);

        /// <summary>Writes out what was decoded; a character split across writes waits for its last byte.</summary>
        public override void Flush() => _writer.Flush();

        protected override void Dispose(bool disposing)
        {
            // A sequence cut short at the end becomes U+FFFD, as decoding the bytes in one piece would make it.
            if (disposing)
                Decode(ReadOnlySpan<byte>.Empty, flush: true);
            base.Dispose(disposing);
        }

        private void Decode(ReadOnlySpan<byte> bytes, bool flush)
        {
            var needed = _decoder.GetCharCount(bytes, flush);
            if (_chars.Length < needed)
                _chars = new char[Math.Max(needed, 4096)];
            var decoded = _decoder.GetChars(bytes, _chars, flush);
            _writer.Write(_chars, 0, decoded);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
