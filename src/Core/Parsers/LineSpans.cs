using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers
{
    /// <summary>
    /// A text's lines as spans without their line breaks, found as they are walked: <see cref="SourceText.Lines"/>
    /// maps every line of the file first, which a reader that stops after the first lines (deciding a large file's form
    /// or kind) would pay for in full. The lines are those <see cref="SourceText.Lines"/> has: breaks are \r\n, \r, \n,
    /// U+0085, U+2028 and U+2029, and the text after the last break is a line, empty or not.
    /// </summary>
    internal static class LineSpans
    {
        private const int ChunkLength = 4096;

        public static IEnumerable<TextSpan> Of(SourceText text)
        {
            var length = text.Length;
            // Copied a chunk at a time: the text's indexer is a virtual call per character.
            var chunk = new char[System.Math.Min(length, ChunkLength)];
            var start = 0;
            var afterCarriageReturn = false;
            for (var chunkStart = 0; chunkStart < length; chunkStart += chunk.Length)
            {
                var count = System.Math.Min(chunk.Length, length - chunkStart);
                text.CopyTo(chunkStart, chunk, 0, count);
                for (var i = 0; i < count; i++)
                {
                    var c = chunk[i];
                    if (c == '\n' && afterCarriageReturn)
                    {
                        start = chunkStart + i + 1;
                        afterCarriageReturn = false;
                        continue;
                    }
                    afterCarriageReturn = false;
                    if (c != '\r' && c != '\n' && c != '\u0085' && c != '\u2028' && c != '\u2029')
                        continue;
                    yield return TextSpan.FromBounds(start, chunkStart + i);
                    start = chunkStart + i + 1;
                    afterCarriageReturn = c == '\r';
                }
            }
            yield return TextSpan.FromBounds(start, length);
        }
    }
}
