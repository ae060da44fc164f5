using System;
using System.Collections.Generic;
using ConfigLint.Parsers;
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
        /// <summary>The key each line starts with, for the lines that start before <paramref name="endOfSniff"/>.</summary>
        public static IEnumerable<string> LeadingKeys(SourceText text, int endOfSniff = int.MaxValue)
        {
            foreach (var line in LineSpans.Of(text))
            {
                if (line.Start > endOfSniff)
                    yield break;
                if (LeadingKey(text, line) is { } key)
                    yield return key;
            }
        }

        /// <summary>
        /// The key a line starts with: the whole dotted key of a 4.x line, the (first part of the) path of a HOCON
        /// field. After white space and an optional quote, a letter, digit, '_' or '$', then those, '.' or '-'.
        /// </summary>
        private static string? LeadingKey(SourceText text, TextSpan line)
        {
            var at = line.Start;
            while (at < line.End && char.IsWhiteSpace(text[at]))
                at++;
            if (at < line.End && text[at] == '"')
                at++;
            if (at == line.End || !IsKeyStart(text[at]))
                return null;
            var start = at++;
            while (at < line.End && (IsKeyStart(text[at]) || text[at] == '.' || text[at] == '-'))
                at++;
            return text.ToString(TextSpan.FromBounds(start, at));
        }

        private static bool IsKeyStart(char c) =>
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';

        public static bool Matches(string key, string marker) =>
            marker.EndsWith(".", StringComparison.Ordinal)
                ? key.StartsWith(marker, StringComparison.Ordinal)
                : key == marker || key.StartsWith(marker + ".", StringComparison.Ordinal);
    }
}
