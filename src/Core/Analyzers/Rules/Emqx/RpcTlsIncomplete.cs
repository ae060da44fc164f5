using ConfigLint.Analyzers.Emqx;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>CL1002: RPC is switched to TLS but a certificate, key or CA file is missing.</summary>
    internal sealed class RpcTlsIncomplete : IEmqxRule
    {
        private static readonly string[] RequiredFiles = { "certfile", "keyfile", "cacertfile" };

        public static readonly RuleDefinition Rule = new(
            RuleIds.RpcTlsIncomplete,
            "rpc-tls-incomplete",
            "Cluster RPC over TLS is missing a certificate, key or CA file",
            "Cluster RPC is set to `ssl` but `{0}` is not set",
            DiagnosticSeverity.Error,
            cwe: "CWE-295",
            securitySeverity: "7.0",
            why: """
                gen_rpc over `ssl` needs the node's certificate (`certfile`), its private key (`keyfile`) and the CA
                that signed the other nodes' certificates (`cacertfile`). Without the certificate or key the node
                cannot offer TLS and RPC connections fail, which operators often "fix" by going back to `tcp`;
                without the CA file peers are not verified, so any host with any certificate can join the RPC mesh.
                """,
            howToFix: """
                Set all three of `rpc.certfile`, `rpc.keyfile` and `rpc.cacertfile` on every node, pointing at the
                node's own certificate and key and at the cluster's private CA.
                """,
            new RuleExample("emqx.conf", "hocon", """
                node.name = "emqx@10.0.0.1"
                rpc {
                  protocol = ssl
                  certfile = "/etc/emqx/certs/node.pem"
                }
                """),
            EmqxExamples.RpcOverTls);

        public RuleDefinition Definition => Rule;

        public void Analyze(EmqxConfig config, FindingSink sink)
        {
            var selectingKey = RpcProtocol.SelectingKey(config);
            if (selectingKey == null || !RpcProtocol.IsSsl(config.GetText(selectingKey)) || !config.JudgesMissingKeys)
                return;
            foreach (var file in RequiredFiles)
            {
                // EMQX 5 reads rpc.<file>; later 5.x releases also accept them under rpc.ssl_options.
                if (config.Get("rpc." + file) == null && config.Get("rpc.ssl_options." + file) == null)
                    sink.AtValue(Rule, config.Get(selectingKey)!, "rpc." + file, "rpc." + file);
            }
        }
    }
}
