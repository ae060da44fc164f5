using System;
using System.Collections.Generic;
using System.Linq;
using ConfigLint.Analyzers;

namespace ConfigLint.Cli
{
    /// <summary>Rules named on the command line: by id in any case (<c>cl1003</c>) or by name (<c>weak-erlang-cookie</c>).</summary>
    internal static class RuleNames
    {
        /// <summary>The rule with this id or name, or null.</summary>
        public static RuleDefinition? Find(IEnumerable<RuleDefinition> rules, string idOrName) =>
            rules.FirstOrDefault(r => string.Equals(r.Id, idOrName, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Name, idOrName, StringComparison.OrdinalIgnoreCase));

        /// <summary>The rule with this id or name.</summary>
        /// <exception cref="UsageException">None has it; the message names the closest rule names.</exception>
        public static RuleDefinition Resolve(IEnumerable<RuleDefinition> rules, string option, string idOrName)
        {
            var all = rules.ToList();
            return Find(all, idOrName)
                ?? throw new UsageException($"{option}: no rule {idOrName}; did you mean {string.Join(", ", Closest(all, idOrName))}? (--list-rules shows them all)");
        }

        /// <summary>
        /// The names of the rules nearest to what was typed (edit distance to the name or the id), nearest first: up to
        /// three within a third of its length, else the one nearest.
        /// </summary>
        public static IEnumerable<string> Closest(IEnumerable<RuleDefinition> rules, string typed)
        {
            var lowered = typed.ToLowerInvariant();
            var ranked = rules
                .Select(r => (r.Name, distance: Math.Min(Distance(r.Name, lowered), Distance(r.Id.ToLowerInvariant(), lowered))))
                .OrderBy(r => r.distance)
                .ThenBy(r => r.Name, StringComparer.Ordinal)
                .ToList();
            var near = ranked.Where(r => r.distance <= Math.Max(1, typed.Length / 3)).Take(3).ToList();
            return (near.Count > 0 ? near : ranked.Take(1)).Select(r => r.Name);
        }

        private static int Distance(string a, string b)
        {
            var previous = Enumerable.Range(0, b.Length + 1).ToArray();
            for (int i = 1; i <= a.Length; i++)
            {
                var current = new int[b.Length + 1];
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
            return previous[b.Length];
        }
    }
}
