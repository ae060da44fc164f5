using System;
using System.Collections.Generic;
using System.Linq;
using ConfigLint.Analyzers;

namespace ConfigLint.Cli
{
    /// <summary>Rules as users name them on the command line: by id in any case (<c>cl1003</c>) or by name (<c>weak-erlang-cookie</c>, or a name the rule had before).</summary>
    internal static class RuleNames
    {
        // A name this many edits away (or fewer) is offered as a likely typo.
        private const int MaxSuggestionDistance = 3;
        private const int MaxSuggestions = 3;

        /// <summary>The rule with this id, name or former name, or null.</summary>
        public static RuleDefinition? Find(IEnumerable<RuleDefinition> rules, string idOrName) =>
            rules.FirstOrDefault(r => r.IsCalled(idOrName));

        /// <summary>The rule with this id or name.</summary>
        /// <exception cref="UsageException">None has it; the message names the closest rules.</exception>
        public static RuleDefinition Resolve(IReadOnlyList<RuleDefinition> rules, string option, string idOrName) =>
            Find(rules, idOrName) ?? throw Unknown(rules, idOrName, option + ": ");

        /// <summary>The usage error for a rule no id or name matches, with the closest ones as suggestions.</summary>
        public static UsageException Unknown(IReadOnlyList<RuleDefinition> rules, string idOrName, string prefix = "")
        {
            var closest = Closest(rules, idOrName);
            var suggestion = closest.Count == 0 ? "; " : "; did you mean " + string.Join(" or ", closest) + "? ";
            return new UsageException($"{prefix}no rule {idOrName}{suggestion}--list-rules shows them all");
        }

        /// <summary>The rule names (or ids, when an id was meant) closest to <paramref name="idOrName"/>, nearest first.</summary>
        public static IReadOnlyList<string> Closest(IEnumerable<RuleDefinition> rules, string idOrName)
        {
            var typed = idOrName.ToLowerInvariant();
            return rules
                .SelectMany(r => new[] { r.Name, r.Id })
                .Select(shown => (Shown: shown, Distance: EditDistance(typed, shown.ToLowerInvariant())))
                .Where(c => c.Distance <= MaxSuggestionDistance && c.Distance < c.Shown.Length)
                .OrderBy(c => c.Distance)
                .ThenBy(c => c.Shown, StringComparer.Ordinal)
                .Take(MaxSuggestions)
                .Select(c => c.Shown)
                .ToList();
        }

        /// <summary>Levenshtein distance: the fewest insertions, deletions and substitutions from one to the other.</summary>
        internal static int EditDistance(string from, string to)
        {
            var previous = Enumerable.Range(0, to.Length + 1).ToArray();
            var current = new int[to.Length + 1];
            for (var i = 1; i <= from.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= to.Length; j++)
                {
                    var substitution = previous[j - 1] + (from[i - 1] == to[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                }
                (previous, current) = (current, previous);
            }
            return previous[to.Length];
        }
    }
}
