using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfigLint.Analyzers.Rules;
using ConfigLint.Analyzers.Rules.Ecx;
using ConfigLint.Analyzers.Rules.Emqx;
using ConfigLint.Analyzers.Rules.ErlangDist;

namespace ConfigLint.Analyzers
{
    /// <summary>
    /// The rule registry: every rule ConfigLint has, in id order. A rule is added in one place, <see cref="Registered"/>;
    /// its definition (descriptor, documentation) comes from the rule itself.
    /// </summary>
    public static class RuleCatalog
    {
        /// <summary>Where rules.md is published; each rule's help link is an anchor in it.</summary>
        public const string DocumentationUri = "https://github.com/configlint/configlint/blob/main/rules.md";

        /// <summary>
        /// Every rule that looks at configuration, each once. CL0001 is not among them: it reports what the parsers
        /// could not read; nor are CL0002 and CL0003, which judge suppression comments. RuleRegistryTests fails when a rule class is missing here or lacks a fixture or rules.md entry.
        /// </summary>
        internal static ImmutableArray<IRule> Registered { get; } = ImmutableArray.Create<IRule>(
            new RpcPlaintext(),
            new RpcTlsIncomplete(),
            new WeakErlangCookie(),
            new DistPlaintext(),
            new PortNodeMismatch(),
            new DashboardDefaultPassword(),
            new DashboardHttp(),
            new AnonymousAccess(),
            new SettingHasNoEffect(),
            new DistNoPeerVerification(),
            new DistPeerCertOptional(),
            new DistTlsIncomplete(),
            new DistLegacyTls(),
            new DistSniDisabled(),
            new DemoCertificate(),
            new DistTlsUnconfigured(),
            new ClusterCookieMismatch(),
            new DistOptionWrongSide(),
            new WebUiHttp(),
            new PlaintextExecPassword(),
            new PlaintextCredential(),
            new WebUiUnrestricted(),
            new SnmpDefaultCommunity(),
            new SmtpPlaintextAuth());

        /// <summary>All rules, sorted by id.</summary>
        public static ImmutableArray<RuleDefinition> All { get; } = Of(Registered);

        /// <summary>Every rule of a scan that runs <paramref name="rules"/>: theirs, CL0001, CL0002 and CL0003, sorted by id.</summary>
        internal static ImmutableArray<RuleDefinition> Of(IEnumerable<IRule> rules) => rules
            .Select(r => r.Definition)
            .Append(UnreadableConfig.Rule)
            .Concat(Suppressions.InlineSuppressions.Rules)
            .OrderBy(r => r.Id, System.StringComparer.Ordinal)
            .ToImmutableArray();

        /// <summary>The rule with this id (case-insensitive), or null.</summary>
        public static RuleDefinition? Find(string id) =>
            All.FirstOrDefault(r => string.Equals(r.Id, id, System.StringComparison.OrdinalIgnoreCase));

        internal static string HelpUri(string id, string name) => DocumentationUri + "#" + RuleMarkdown.Anchor(id, name);
    }
}
