using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Cuttlefish
{
    /// <summary>
    /// Reads the EMQX 4.x flat form as cuttlefish does: each line is a comment (<c>#</c>, <c>##</c>), blank, or
    /// <c>key = value</c>, where the value is the rest of the line (it may hold <c>:</c>, <c>/</c> and <c>=</c>).
    /// EMQX's source templates also hold lines that are one build-time placeholder (<c>{{ additional_configs }}</c>);
    /// the build replaces such a line with more lines, so it is read as a line of the template, not as an error.
    /// </summary>
    internal static class CuttlefishParser
    {
        /// <summary>
        /// Parses a file; lines that cannot be read become errors and parsing goes on with the next line. A key of
        /// more than <see cref="NestingLimit.MaxDepth"/> segments is such a line (<see cref="ParseErrorKind.TooDeep"/>).
        /// </summary>
        public static CuttlefishDocument Parse(SourceFile file)
        {
            var text = file.Text;
            var entries = ImmutableArray.CreateBuilder<CuttlefishEntry>();
            var errors = ImmutableArray.CreateBuilder<ParseError>();
            errors.AddRange(file.DecodingErrors);
            foreach (var (entry, error) in ReadLines(file))
            {
                if (entry != null)
                    entries.Add(entry);
                else
                    errors.Add(error!);
            }
            return new CuttlefishDocument(file, entries.ToImmutable(), errors.ToImmutable());
        }

        /// <summary>
        /// Whether some line is a syntax error in this form, read only up to the first such line: deciding a file's
        /// form often needs no more, and a large file in the other form would make an error per line.
        /// </summary>
        public static bool HasSyntaxErrorLine(SourceFile file)
        {
            foreach (var (entry, _) in ReadLines(file))
            {
                if (entry == null)
                    return true;
            }
            return false;
        }

        /// <summary>Each line that is neither blank, a comment nor a template placeholder: its entry, or the syntax error it is.</summary>
        private static IEnumerable<(CuttlefishEntry? Entry, ParseError? Error)> ReadLines(SourceFile file)
        {
            var text = file.Text;
            foreach (var line in LineSpans.Of(text))
            {
                var start = SkipWhitespace(text, line.Start, line.End);
                if (start == line.End || text[start] == '#' || IsTemplatePlaceholderLine(text, start, line.End))
                    continue;
                var entry = ReadEntry(file, start, line.End, out var error);
                yield return (entry, error);
            }
        }

        /// <summary>Whether a character may appear in a cuttlefish key (letters, digits, <c>_ . - $</c>).</summary>
        internal static bool IsKeyChar(char c) =>
            char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '$';

        private static CuttlefishEntry? ReadEntry(SourceFile file, int start, int end, out ParseError? error)
        {
            var text = file.Text;
            var keyEnd = start;
            while (keyEnd < end && IsKeyChar(text[keyEnd]))
                keyEnd++;
            var equals = SkipWhitespace(text, keyEnd, end);
            if (keyEnd == start || text[keyEnd - 1] == '.' || text[start] == '.')
            {
                error = Error(file, start, end, "a key", keyEnd == start ? "a character that cannot start a key" : "an empty key segment");
                return null;
            }
            if (equals == end || text[equals] != '=')
            {
                error = Error(file, equals, end, "'='", equals == end ? "end of line" : "a character that cannot be part of a key");
                return null;
            }
            if (Segments(text, start, keyEnd) > NestingLimit.MaxDepth)
            {
                // Each segment is a level of the nested configuration, limited as HOCON limits its dotted keys.
                error = NestingLimit.TooDeep(file.FullPath, text, TextSpan.FromBounds(start, keyEnd));
                return null;
            }
            var valueStart = SkipWhitespace(text, equals + 1, end);
            var valueEnd = end;
            while (valueEnd > valueStart && char.IsWhiteSpace(text[valueEnd - 1]))
                valueEnd--;
            error = null;
            return new CuttlefishEntry(
                text.ToString(TextSpan.FromBounds(start, keyEnd)),
                TextSpan.FromBounds(start, keyEnd),
                text.ToString(TextSpan.FromBounds(valueStart, valueEnd)),
                TextSpan.FromBounds(valueStart, valueEnd));
        }

        private static bool IsTemplatePlaceholderLine(SourceText text, int start, int end)
        {
            while (end > start && char.IsWhiteSpace(text[end - 1]))
                end--;
            return end - start >= 4 && text[start] == '{' && text[start + 1] == '{' && text[end - 2] == '}' && text[end - 1] == '}';
        }

        private static int Segments(SourceText text, int keyStart, int keyEnd)
        {
            var segments = 1;
            for (var i = keyStart; i < keyEnd; i++)
            {
                if (text[i] == '.')
                    segments++;
            }
            return segments;
        }

        private static ParseError Error(SourceFile file, int position, int lineEnd, string expected, string found)
        {
            var length = position < lineEnd ? 1 : 0;
            return new ParseError(ParseErrorKind.Syntax, file.FullPath, file.Text, new TextSpan(position, length), expected, found);
        }

        private static int SkipWhitespace(SourceText text, int position, int end)
        {
            while (position < end && (text[position] == ' ' || text[position] == '\t'))
                position++;
            return position;
        }
    }
}
