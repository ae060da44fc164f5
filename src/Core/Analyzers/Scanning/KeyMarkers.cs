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
        /// The key each line starts with, for the lines that start before <paramref name="endOfSniff"/>: after white
        /// space and an optional opening quote, a letter, digit, '_' or '$', then those, '.' and '-'. Read in place,
        /// without a string per line: every <c>*.conf</c> of a scanned tree is sniffed this way.
        /// </summary>
        public static IEnumerable<string> LeadingKeys(SourceText text, int endOfSniff = int.MaxValue)
        {
            foreach (var line in text.Lines)
            {
                if (line.Start > endOfSniff)
                    yield break;
                if (LeadingKeySpan(text, line.Start, line.End) is { } key)
                    yield return text.ToString(key);
            }
        }

        private static TextSpan? LeadingKeySpan(SourceText text, int start, int end)
        {
            var i = start;
            while (i < end && char.IsWhiteSpace(text[i]))
                i++;
            if (i < end && text[i] == '"')
                i++;
            if (i == end || !IsKeyStart(text[i]))
                return null;
            var keyStart = i;
            while (i < end && (IsKeyStart(text[i]) || text[i] == '.' || text[i] == '-'))
                i++;
            return TextSpan.FromBounds(keyStart, i);
        }

        private static bool IsKeyStart(char c) =>
            c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '$';

        public static bool Matches(string key, string marker) =>
            marker.EndsWith(".", StringComparison.Ordinal)
                ? key.StartsWith(marker, StringComparison.Ordinal)
                : key.StartsWith(marker, StringComparison.Ordinal) && (key.Length == marker.Length || key[marker.Length] == '.');
    }
}
