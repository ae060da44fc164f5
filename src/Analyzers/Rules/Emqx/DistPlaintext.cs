using System;
using ConfigLint.Analyzers.Emqx;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>CL1004: Erlang distribution between nodes is not TLS.</summary>
    internal sealed class DistPlaintext : EmqxRule
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
                Erlang distribution carries cluster membership, Mnesia replication and every remote call between
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

        public override RuleDefinition Definition => Rule;

        public override void Analyze(EmqxConfig config, FindingSink sink)
        {
            var anySet = false;
            foreach (var key in ProtoDistKeys)
            {
                var value = config.Get(key);
                if (value == null)
                    continue;
                anySet = true;
                var text = config.GetText(key)?.Trim();
                if (string.Equals(text, "inet_tcp", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "inet6_tcp", StringComparison.OrdinalIgnoreCase))
                    sink.AtValue(Rule, value, key, $"`{key}` is `{text}`.");
            }
            if (!anySet && config.JudgesMissingKeys)
                sink.AtKey(Rule, config.MissingKeyOrigin(ProtoDistKeys[0]), ProtoDistKeys[0], $"`{ProtoDistKeys[0]}` is not set and defaults to `inet_tcp`.");
        }
    }
}
