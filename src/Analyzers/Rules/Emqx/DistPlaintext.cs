using System;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.ErlangDist;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>CL1004: Erlang distribution between nodes is not TLS.</summary>
    internal sealed class DistPlaintext : IEmqxRule, IVmArgsRule
    {
        // EMQX 4.2+ and 5.x read cluster.proto_dist; EMQ 2.x and EMQX 3.x read node.proto_dist.
        private static readonly string[] ProtoDistKeys = { "cluster.proto_dist", "node.proto_dist" };

        public static readonly RuleDefinition Rule = new(
            RuleIds.DistPlaintext,
            "dist-plaintext",
            "Erlang distribution between nodes is not encrypted",
            "Erlang distribution is plain TCP: {0}",
            DiagnosticSeverity.Error,
            cwe: "CWE-319",
            securitySeverity: "8.1",
            why: """
                Erlang distribution (`cluster.proto_dist` in emqx.conf, `-proto_dist` in vm.args) carries cluster membership, Mnesia replication and every remote call between
                EMQX nodes. Over `inet_tcp` (the default) it is unencrypted and its only authentication is the
                cookie, which is itself sent in a challenge that can be attacked offline. Anyone on the path can
                read cluster state and anyone who learns the cookie can take over every node.
                """,
            howToFix: """
                Set `cluster.proto_dist = inet_tls` (or `inet6_tls`) and provide TLS options for distribution in
                `ssl_dist.conf` (EMQX reads `etc/ssl_dist.conf`), with `{verify, verify_peer}` and a private CA on
                both the server and client side.
                """,
            new RuleExample("emqx.conf", "hocon", """
                node.name = "emqx@10.0.0.1"
                cluster {
                  proto_dist = inet_tcp
                }
                """),
            new RuleExample("emqx.conf", "hocon", """
                node.name = "emqx@10.0.0.1"
                cluster {
                  proto_dist = inet_tls
                }
                """));

        public RuleDefinition Definition => Rule;

        /// <summary>vm.args <c>-proto_dist inet_tcp</c> (an absent flag is left to the emqx.conf beside it).</summary>
        public void Analyze(VmArgsConfig config, FindingSink sink)
        {
            if (config.Last("-proto_dist") is { FirstValue: { } value } entry && IsPlainTcp(value.Text))
                sink.At(Rule, entry.File, value.Span, "-proto_dist", value.Text, $"`-proto_dist` is `{value.Text}`.");
        }

        internal static bool IsPlainTcp(string? protoDist) =>
            string.Equals(protoDist, "inet_tcp", StringComparison.OrdinalIgnoreCase) || string.Equals(protoDist, "inet6_tcp", StringComparison.OrdinalIgnoreCase);

        public void Analyze(EmqxConfig config, FindingSink sink)
        {
            var anySet = false;
            foreach (var key in ProtoDistKeys)
            {
                var value = config.Get(key);
                if (value == null)
                    continue;
                anySet = true;
                var text = config.GetText(key)?.Trim();
                if (IsPlainTcp(text))
                    sink.AtValue(Rule, value, key, $"`{key}` is `{text}`.");
            }
            if (!anySet && config.JudgesMissingKeys)
                sink.AtKey(Rule, config.MissingKeyOrigin(ProtoDistKeys[0]), ProtoDistKeys[0], $"`{ProtoDistKeys[0]}` is not set and defaults to `inet_tcp`.");
        }
    }
}
