using System.Collections.Immutable;
using ConfigLint.Analyzers.Rules.Ecx;
using ConfigLint.Analyzers.Rules.Emqx;
using ConfigLint.Analyzers.Rules.ErlangDist;

namespace ConfigLint.Analyzers.Rules
{
    /// <summary>Every rule that looks at configuration. CL0001 is not among them: it reports what the parsers could not read.</summary>
    internal static class AllRules
    {
        public static ImmutableArray<IRule> Instances { get; } = ImmutableArray.Create<IRule>(
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
    }
}
