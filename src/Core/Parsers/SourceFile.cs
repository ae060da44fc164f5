using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers
{
    /// <summary>A file's decoded text, with the places where its bytes were not valid text.</summary>
    public sealed class SourceFile
    {
        /// <summary>Creates a source file from text that is already decoded.</summary>
        public SourceFile(string fullPath, SourceText text)
            : this(fullPath, text, hasByteOrderMark: false, ImmutableArray<ParseError>.Empty)
        {
        }

        private SourceFile(string fullPath, SourceText text, bool hasByteOrderMark, ImmutableArray<ParseError> decodingErrors)
        {
            FullPath = fullPath;
            Text = text;
            HasByteOrderMark = hasByteOrderMark;
            DecodingErrors = decodingErrors;
        }

        /// <summary>The full path of the file.</summary>
        public string FullPath { get; }

        /// <summary>The decoded text (a byte-order mark is not part of it).</summary>
        public SourceText Text { get; }

        /// <summary>
        /// Whether the bytes started with a UTF-8 byte-order mark. It is kept out of <see cref="Text"/> so columns
        /// are those an editor shows; formats whose own reader does not skip one (Erlang's) report it from this.
        /// </summary>
        public bool HasByteOrderMark { get; }

        /// <summary>One <see cref="ParseErrorKind.InvalidEncoding"/> error per run of bytes that are not valid in the file's encoding (UTF-8 unless its format says otherwise).</summary>
        internal ImmutableArray<ParseError> DecodingErrors { get; }

        /// <summary>A file decoded by a format's own reader, with the places where its bytes were not valid text.</summary>
        internal static SourceFile FromDecoded(string fullPath, SourceText text, ImmutableArray<ParseError> decodingErrors) =>
            new(fullPath, text, hasByteOrderMark: false, decodingErrors);

        /// <summary>Decodes UTF-8 bytes strictly: a BOM is skipped, invalid bytes become U+FFFD and an error.</summary>
        public static SourceFile DecodeUtf8(string fullPath, byte[] bytes)
        {
            var decoded = Utf8Decoder.Decode(bytes);
            var text = SourceText.From(decoded.Text);
            var errors = ImmutableArray.CreateBuilder<ParseError>(decoded.InvalidRunOffsets.Count);
            foreach (var offset in decoded.InvalidRunOffsets)
            {
                errors.Add(new ParseError(ParseErrorKind.InvalidEncoding, fullPath, text, new TextSpan(offset, 1),
                    "valid UTF-8", "invalid bytes"));
            }
            return new SourceFile(fullPath, text, decoded.HasByteOrderMark, errors.MoveToImmutable());
        }
    }
}
