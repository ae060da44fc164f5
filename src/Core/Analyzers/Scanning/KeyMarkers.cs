using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers
{
    /// <summary>
    /// Tells what a configuration file is from the keys its lines start with: the EMQX major version a file's keys
    /// belong to, or another product's cuttlefish file (RabbitMQ, VerneMQ, Riak). A marker ending in '.' is a prefix
    /// that needs a further segment ("mqtt." is 4.x's mqtt.max_packet_size, not 5.x's mqtt { } block); any other
    /// marker is a whole key or the start of a dotted one.
    /// </summary>
    internal static class KeyMarkers
    {
        /// <summary>
        /// The key each line starts with, for the lines that start before <paramref name="endOfSniff"/>: the whole dotted
        /// key of a 4.x line, the (first part of the) path of a HOCON field, after white space and an opening quote.
        /// </summary>
        public static IEnumerable<string> LeadingKeys(SourceText text, int endOfSniff = int.MaxValue)
        {
            foreach (var line in text.Lines)
            {
                if (line.Start > endOfSniff)
                    yield break;
                var start = line.Start;
                while (start < line.End && char.IsWhiteSpace(text[start]))
                    start++;
                if (start < line.End && text[start] == '"')
                    start++;
                if (start == line.End || !IsKeyStart(text[start]))
                    continue;
                var end = start + 1;
                while (end < line.End && (IsKeyStart(text[end]) || text[end] is '.' or '-'))
                    end++;
                yield return text.ToString(TextSpan.FromBounds(start, end));
            }
        }

        private static bool IsKeyStart(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '$';

        public static bool Matches(string key, string marker) =>
            marker.EndsWith(".", StringComparison.Ordinal)
                ? key.StartsWith(marker, StringComparison.Ordinal)
                : key == marker || key.StartsWith(marker + ".", StringComparison.Ordinal);
    }
}
