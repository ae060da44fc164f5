using ConfigLint.Analyzers.ErlangDist;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.ErlangDist
{
    /// <summary>CL2002: the server verifies certificates only when a node chooses to present one.</summary>
    internal sealed class DistPeerCertOptional : ISslDistRule
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.DistPeerCertOptional,
            "dist-peer-cert-optional",
            "TLS distribution accepts nodes that present no certificate",
            "The server side verifies peers but does not require a certificate: {0}",
            DiagnosticSeverity.Error,
            cwe: "CWE-306",
            securitySeverity: "8.1",
            why: """
                With `{verify, verify_peer}` alone, an OTP TLS server checks a client certificate only if the client
                sends one; `fail_if_no_peer_cert` defaults to `false`, so a connecting node that presents no
                certificate at all is accepted. The verification then stops only honest nodes with broken
                certificates, never an attacker.
                """,
            howToFix: "Add `{fail_if_no_peer_cert, true}` to the `server` options.",
            new RuleExample("ssl_dist.conf", "erlang", """
                [{server, [{certfile, "/etc/emqx/certs/node.pem"},
                           {keyfile, "/etc/emqx/certs/node.key"},
                           {cacertfile, "/etc/emqx/certs/ca.pem"},
                           {verify, verify_peer}]},
                 {client, [{certfile, "/etc/emqx/certs/node.pem"},
                           {keyfile, "/etc/emqx/certs/node.key"},
                           {cacertfile, "/etc/emqx/certs/ca.pem"},
                           {verify, verify_peer}]}].
                """),
            SslDistExamples.MutualTls);

        public RuleDefinition Definition => Rule;

        public void Analyze(SslDistConfig config, FindingSink sink)
        {
            var server = config.Server;
            if (server == null || !server.VerifiesPeer)
                return;
            var failIfNoCert = server.Find("fail_if_no_peer_cert");
            if (failIfNoCert == null)
                sink.At(Rule, config.File, server.Find("verify")!.Value.Span, "server.fail_if_no_peer_cert", null, "`fail_if_no_peer_cert` is not set and defaults to `false`.");
            else if (!failIfNoCert.IsAtom("true"))
                sink.At(Rule, config.File, failIfNoCert.Value.Span, "server.fail_if_no_peer_cert", failIfNoCert.Atom, "`{fail_if_no_peer_cert, false}`.");
        }
    }
}
