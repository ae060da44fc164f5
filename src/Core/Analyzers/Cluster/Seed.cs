using System.Collections.Generic;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers.Cluster
{
    /// <summary>One entry of <c>cluster.static.seeds</c> and where it is written.</summary>
    internal sealed class Seed
    {
        private Seed(NodeName name, ConfigOrigin origin, TextSpan span)
        {
            Name = name;
            Origin = origin;
            Span = span;
        }

        public NodeName Name { get; }

        public ConfigOrigin Origin { get; }

        /// <summary>The entry itself (inside a 4.x comma-separated value, just that entry).</summary>
        public TextSpan Span { get; }

        /// <summary>EMQX 5 writes seeds as an array; EMQX 4 as one comma-separated value.</summary>
        public static IReadOnlyList<Seed> Read(EmqxConfig config)
        {
            var seeds = new List<Seed>();
            switch (config.Get("cluster.static.seeds"))
            {
                case ConfigArray array:
                    foreach (var item in array.Items)
                    {
                        if (item is ConfigScalar scalar && NodeName.TryParse(scalar.Text, out var name))
                            seeds.Add(new Seed(name, item.Origin, item.Origin.ValueSpan));
                    }
                    break;
                case ConfigScalar list:
                    ReadCommaSeparated(list, seeds);
                    break;
            }
            return seeds;
        }

        private static void ReadCommaSeparated(ConfigScalar list, List<Seed> seeds)
        {
            var origin = list.Origin;
            // Entry spans can be computed only where the value is written exactly as read (unquoted).
            var writtenAsRead = origin.Text.ToString(origin.ValueSpan) == list.Text;
            var offset = 0;
            foreach (var part in list.Text.Split(','))
            {
                var trimmed = part.Trim();
                if (NodeName.TryParse(trimmed, out var name))
                {
                    var start = origin.ValueSpan.Start + offset + part.IndexOf(trimmed, System.StringComparison.Ordinal);
                    var span = writtenAsRead ? new TextSpan(start, trimmed.Length) : origin.ValueSpan;
                    seeds.Add(new Seed(name, origin, span));
                }
                offset += part.Length + 1;
            }
        }
    }
}
