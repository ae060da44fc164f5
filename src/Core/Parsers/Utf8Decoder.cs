using System.Collections.Generic;
using System.Text;

namespace ConfigLint.Parsers
{
    /// <summary>
    /// A strict UTF-8 decoder that reports where the bytes were invalid. Encoding.UTF8 replaces
    /// silently and per maximal subpart, while a finding needs one error (and one U+FFFD) per run.
    /// </summary>
    internal static class Utf8Decoder
    {
        internal readonly struct Result
        {
            public Result(string text, bool hasByteOrderMark, List<int> invalidRunOffsets)
            {
                Text = text;
                HasByteOrderMark = hasByteOrderMark;
                InvalidRunOffsets = invalidRunOffsets;
            }

            /// <summary>The decoded text, without the byte-order mark.</summary>
            public string Text { get; }

            /// <summary>Whether the bytes started with a UTF-8 byte-order mark.</summary>
            public bool HasByteOrderMark { get; }

            /// <summary>Offsets in <see cref="Text"/> of the U+FFFD standing for each invalid run.</summary>
            public List<int> InvalidRunOffsets { get; }
        }

        // Throws on the first invalid sequence instead of replacing it: valid UTF-8 (nearly every file) is decoded by
        // the runtime's fast decoder in one pass, and only a file that is not goes through the reporting decoder.
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static Result Decode(byte[] bytes)
        {
            var hasByteOrderMark = HasBom(bytes);
            var start = hasByteOrderMark ? 3 : 0;
            try
            {
                return new Result(StrictUtf8.GetString(bytes, start, bytes.Length - start), hasByteOrderMark, new List<int>());
            }
            catch (DecoderFallbackException)
            {
                return DecodeReportingInvalidRuns(bytes, hasByteOrderMark);
            }
        }

        private static Result DecodeReportingInvalidRuns(byte[] bytes, bool hasByteOrderMark)
        {
            var builder = new StringBuilder(bytes.Length);
            var invalidRuns = new List<int>();
            var i = hasByteOrderMark ? 3 : 0;
            var inInvalidRun = false;
            while (i < bytes.Length)
            {
                var length = ValidSequenceLength(bytes, i, out var codePoint);
                if (length == 0)
                {
                    if (!inInvalidRun)
                    {
                        invalidRuns.Add(builder.Length);
                        builder.Append('\uFFFD');
                        inInvalidRun = true;
                    }
                    i++;
                    continue;
                }
                inInvalidRun = false;
                if (codePoint < 0x10000)
                {
                    builder.Append((char)codePoint);
                }
                else
                {
                    codePoint -= 0x10000;
                    builder.Append((char)(0xD800 + (codePoint >> 10)));
                    builder.Append((char)(0xDC00 + (codePoint & 0x3FF)));
                }
                i += length;
            }
            return new Result(builder.ToString(), hasByteOrderMark, invalidRuns);
        }

        private static bool HasBom(byte[] bytes) =>
            bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

        /// <summary>The length of the well-formed sequence at <paramref name="at"/>, or 0 (overlong forms, surrogates and values past U+10FFFF are not well-formed).</summary>
        private static int ValidSequenceLength(byte[] bytes, int at, out int codePoint)
        {
            var lead = bytes[at];
            codePoint = lead;
            if (lead < 0x80)
                return 1;
            int length, min;
            if (lead >= 0xC2 && lead <= 0xDF) { length = 2; min = 0x80; codePoint = lead & 0x1F; }
            else if (lead >= 0xE0 && lead <= 0xEF) { length = 3; min = 0x800; codePoint = lead & 0x0F; }
            else if (lead >= 0xF0 && lead <= 0xF4) { length = 4; min = 0x10000; codePoint = lead & 0x07; }
            else return 0;
            if (at + length > bytes.Length)
                return 0;
            for (var k = 1; k < length; k++)
            {
                var next = bytes[at + k];
                if ((next & 0xC0) != 0x80)
                    return 0;
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
                return 0;
            return length;
        }
    }
}
