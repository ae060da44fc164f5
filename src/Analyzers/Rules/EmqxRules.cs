using System.Collections.Immutable;
using ConfigLint.Analyzers.Rules.Emqx;

namespace ConfigLint.Analyzers.Rules
{
    /// <summary>The rules that judge one EMQX configuration at a time.</summary>
    internal static class EmqxRules
    {
        public static ImmutableArray<EmqxRule> All { get; } = ImmutableArray.Create<EmqxRule>(
            new RpcPlaintext(),
            new RpcTlsIncomplete(),
            new WeakErlangCookie(),
            new DistPlaintext(),
            new DashboardDefaultPassword(),
            new DashboardHttp(),
            new AnonymousAccess());
    }
}
