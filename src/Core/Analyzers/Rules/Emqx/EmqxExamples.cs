namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>The fixed form the RPC rules document: gen_rpc over TLS with the node's certificate, key and CA.</summary>
    internal static class EmqxExamples
    {
        public static readonly RuleExample RpcOverTls = new("emqx.conf", "hocon", """
            node.name = "emqx@10.0.0.1"
            rpc {
              protocol = ssl
              certfile = "/etc/emqx/certs/node.pem"
              keyfile = "/etc/emqx/certs/node.key"
              cacertfile = "/etc/emqx/certs/ca.pem"
            }
            """);
    }
}
