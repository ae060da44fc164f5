using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
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
        // The key a line starts with: the whole dotted key of a 4.x line, the (first part of the) path of a HOCON field.
        private static readonly Regex LeadingKey = new(@"^\s*""?([A-Za-z0-9_$][A-Za-z0-9_.$\-]*)", RegexOptions.CultureInvariant);

        /// <summary>The key each line starts with, for the lines that start before <paramref name="endOfSniff"/>.</summary>
        public static IEnumerable<string> LeadingKeys(SourceText text, int endOfSniff = int.MaxValue)
        {
            foreach (var line in text.Lines)
            {
                if (line.Start > endOfSniff)
                    yield break;
                var match = LeadingKey.Match(text.ToString(line.Span));
                if (match.Success)
                    yield return match.Groups[1].Value;
            }
        }

        public static bool Matches(string key, string marker) =>
            marker.EndsWith(".", StringComparison.Ordinal)
                ? key.StartsWith(marker, StringComparison.Ordinal)
                : key == marker || key.StartsWith(marker + ".", StringComparison.Ordinal);
    }
}
