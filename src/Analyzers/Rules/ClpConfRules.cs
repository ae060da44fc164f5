using System.Collections.Immutable;
using ConfigLint.Analyzers.Rules.Ecx;

namespace ConfigLint.Analyzers.Rules
{
    /// <summary>The rules that judge one ECX clp.conf at a time.</summary>
    internal static class ClpConfRules
    {
        public static ImmutableArray<ClpConfRule> All { get; } = ImmutableArray.Create<ClpConfRule>(
            new WebUiHttp(),
            new PlaintextExecPassword(),
            new PlaintextCredential(),
            new WebUiUnrestricted(),
            new SnmpDefaultCommunity(),
            new SmtpPlaintextAuth());
    }
}
