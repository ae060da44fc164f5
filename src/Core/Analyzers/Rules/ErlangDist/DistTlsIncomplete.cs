using ConfigLint.Analyzers.ErlangDist;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.ErlangDist
{
    /// <summary>CL2003: TLS distribution lacks a certificate, key or CA it needs.</summary>
    internal sealed class DistTlsIncomplete : ISslDistRule
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.DistTlsIncomplete,
            "dist-tls-incomplete",
            "TLS distribution is missing a certificate, key or CA",
            "{0}",
            DiagnosticSeverity.Error,
            cwe: "CWE-295",
            securitySeverity: "7.0",
            why: """
                A node accepting TLS distribution needs its certificate (`certfile`) and private key (`keyfile`,
                unless the certificate file holds the key too); a side that verifies its peer needs the CA that signs
                the peers' certificates (`cacertfile` or `cacerts`); and when the server demands a client certificate
                (`verify_peer` with `fail_if_no_peer_cert`), every connecting node must present one from its `client`
                options. Any of these missing makes nodes fail to connect, and the usual "fix" under pressure is to
                turn verification or TLS off.
                """,
            howToFix: """
                Give both sides `certfile`, `keyfile` and `cacertfile`, pointing at each node's own certificate and
                key and at the cluster's private CA.
                """,
            new RuleExample("ssl_dist.conf", "erlang", """
                [{server, [{certfile, "/etc/emqx/certs/node.pem"},
                           {verify, verify_peer},
                           {fail_if_no_peer_cert, true}]},
                 {client, [{verify, verify_peer}]}].
                """),
            SslDistExamples.MutualTls);

        public RuleDefinition Definition => Rule;

        public void Analyze(SslDistConfig config, FindingSink sink)
        {
            var file = config.File;
            if (config.Server is { } server && !server.Has("certfile") && !server.Has("cert"))
                sink.At(Rule, file, server.Key.Span, "server.certfile", null, "The server side has no `certfile`: no node can accept a TLS distribution connection.");
            foreach (var side in config.Sides)
            {
                var certfile = side.Find("certfile");
                if (certfile != null && !side.Has("keyfile") && !side.Has("key") && !side.CertfileHoldsKey)
                    sink.At(Rule, file, certfile.Value.Span, side.Name + ".keyfile", null, $"The {side.Name} side has a `certfile` but no `keyfile`, and the certificate file is not known to hold the private key.");
                if (side.VerifiesPeer && !side.Has("cacertfile") && !side.Has("cacerts"))
                    sink.At(Rule, file, side.Find("verify")!.Value.Span, side.Name + ".cacertfile", null, $"The {side.Name} side verifies its peer but has no `cacertfile` or `cacerts` to verify it against.");
            }
            if (config.Server is { } demanding && demanding.VerifiesPeer && demanding.Find("fail_if_no_peer_cert")?.IsAtom("true") == true
                && config.Client is { } client && !client.Has("certfile") && !client.Has("cert"))
                sink.At(Rule, file, client.Key.Span, "client.certfile", null, "The server side demands a peer certificate but the client side has no `certfile`, so every node is refused.");
        }
    }
}
