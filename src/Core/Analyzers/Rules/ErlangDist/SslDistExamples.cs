namespace ConfigLint.Analyzers.Rules.ErlangDist
{
    /// <summary>The fixed form several ssl_dist.conf rules document: mutual TLS against the cluster's private CA.</summary>
    internal static class SslDistExamples
    {
        public static readonly RuleExample MutualTls = new("ssl_dist.conf", "erlang", """
            [{server, [{certfile, "/etc/emqx/certs/node.pem"},
                       {keyfile, "/etc/emqx/certs/node.key"},
                       {cacertfile, "/etc/emqx/certs/ca.pem"},
                       {verify, verify_peer},
                       {fail_if_no_peer_cert, true}]},
             {client, [{certfile, "/etc/emqx/certs/node.pem"},
                       {keyfile, "/etc/emqx/certs/node.key"},
                       {cacertfile, "/etc/emqx/certs/ca.pem"},
                       {verify, verify_peer}]}].
            """);
    }
}
