using System.Collections.Immutable;
using System.Linq;

namespace ConfigLint.Analyzers
{
    /// <summary>Every rule ConfigLint has, in id order.</summary>
    public static class RuleCatalog
    {
        /// <summary>Where rules.md is published; each rule's help link is an anchor in it.</summary>
        public const string DocumentationUri = "https://github.com/configlint/configlint/blob/main/rules.md";

        /// <summary>All rules, sorted by id.</summary>
        public static ImmutableArray<RuleDefinition> All { get; } = Rules.EmqxRules.All
            .Select(r => r.Definition)
            .Append(Rules.UnreadableConfig.Rule)
            .Append(Rules.Emqx.PortNodeMismatch.Rule)
            .Concat(Rules.ClpConfRules.All.Select(r => r.Definition))
            .OrderBy(r => r.Id, System.StringComparer.Ordinal)
            .ToImmutableArray();

        /// <summary>The rule with this id (case-insensitive), or null.</summary>
        public static RuleDefinition? Find(string id) =>
            All.FirstOrDefault(r => string.Equals(r.Id, id, System.StringComparison.OrdinalIgnoreCase));

        internal static string HelpUri(string id, string name) => DocumentationUri + "#" + RuleMarkdown.Anchor(id, name);
    }
}
