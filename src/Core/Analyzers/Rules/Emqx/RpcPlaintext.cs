using System;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>CL1001: cluster RPC (gen_rpc) between nodes is not TLS.</summary>
    internal sealed class RpcPlaintext : IEmqxRule
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.RpcPlaintext,
            "rpc-plaintext",
            "Cluster RPC between nodes is not encrypted",
            "Cluster RPC between nodes is plain TCP: {0}",
            DiagnosticSeverity.Error,
            cwe: "CWE-319",
            securitySeverity: "7.5",
            why: """
                EMQX nodes forward every message, session and retained value to each other over gen_rpc. With
                `tcp`, that traffic crosses the network in clear and any host that can reach the RPC port can
                read it or inject its own calls. EMQX 5 reads `rpc.protocol` (alias `rpc.driver`), EMQX 4.4 reads
                `rpc.driver` and `rpc.default_client_driver`; all default to `tcp`. EMQX 3.0 to 4.3 have no
                `rpc.driver` and cannot run RPC over TLS at all: on those versions the finding stands until the
                cluster network is isolated or EMQX is upgraded. EMQ 2.x (`emq.conf`, `mqtt.allow_anonymous`,
                `mqtt.session.…`) is not judged: it has no gen_rpc, and its nodes talk over Erlang distribution
                alone (CL1004). Checked against emq.schema of EMQ v2.3.11 and emqx.schema of EMQX v3.0.0, v4.3.22, v4.4.19.
                """,
            howToFix: """
                Set the RPC protocol to `ssl` and give every node a certificate, key and CA bundle
                (`rpc.certfile`, `rpc.keyfile`, `rpc.cacertfile`). All nodes of a cluster must change together.
                """,
            new RuleExample("emqx.conf", "hocon", """
                node.name = "emqx@10.0.0.1"
                rpc {
                  protocol = tcp
                }
                """),
            EmqxExamples.RpcOverTls);

        public RuleDefinition Definition => Rule;

        public void Analyze(EmqxConfig config, FindingSink sink)
        {
            if (Emq2.Wrote(config))
                return;
            var keys = config.Format == EmqxFormat.Hocon
                ? new[] { "rpc.protocol", "rpc.driver" }
                : new[] { "rpc.driver", "rpc.default_client_driver" };
            var anySet = false;
            foreach (var key in keys)
            {
                var value = config.Get(key);
                if (value == null)
                    continue;
                anySet = true;
                if (RpcProtocol.IsTcp(config.GetText(key)))
                    sink.AtValue(Rule, value, key, $"`{key}` is `tcp`, not `ssl`.");
                if (config.Format == EmqxFormat.Hocon)
                    break; // rpc.driver is only an alias when rpc.protocol is absent
            }
            if (!anySet && config.JudgesMissingKeys)
                sink.AtKey(Rule, config.MissingKeyOrigin(keys[0]), keys[0], NotSetMessage(config.Format, keys[0]));
        }

        // Only EMQX 4.4 has rpc.driver among the flat-form versions; 3.0 to 4.3 run gen_rpc over TCP with no choice.
        private static string NotSetMessage(EmqxFormat format, string key) =>
            format == EmqxFormat.Hocon
                ? $"`{key}` is not set and defaults to `tcp`."
                : $"`{key}` is not set and defaults to `tcp` (EMQX 4.4; EMQX 3.x to 4.3 have no `{key}` and always use TCP).";
    }

    /// <summary>How EMQX spells the gen_rpc transport.</summary>
    internal static class RpcProtocol
    {
        public static bool IsTcp(string? value) => string.Equals(value?.Trim(), "tcp", StringComparison.OrdinalIgnoreCase);

        public static bool IsSsl(string? value) => string.Equals(value?.Trim(), "ssl", StringComparison.OrdinalIgnoreCase);

        /// <summary>The key that selects the RPC transport in this configuration, if one is set.</summary>
        public static string? SelectingKey(EmqxConfig config)
        {
            foreach (var key in new[] { "rpc.protocol", "rpc.driver" })
            {
                if (config.Get(key) != null)
                    return key;
            }
            return null;
        }
    }
}
