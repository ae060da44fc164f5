using ConfigLint.Analyzers.ErlangDist;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.ErlangDist
{
    /// <summary>CL2001: a side of TLS distribution does not verify the other node.</summary>
    internal sealed class DistNoPeerVerification : ISslDistRule
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.DistNoPeerVerification,
            "dist-no-peer-verification",
            "TLS distribution does not authenticate the other node",
            "The {0} side of Erlang distribution does not verify the other node: {1}",
            DiagnosticSeverity.Error,
            cwe: "CWE-295",
            securitySeverity: "8.1",
            why: """
                `{verify, verify_none}` (which EMQX's shipped ssl_dist.conf sets on both sides, and OTP before 26
                assumes when `verify` is absent) encrypts distribution but never checks who is on the other end.
                Any host that can reach the distribution port can connect with any certificate, or sit in the middle
                of two nodes, and then needs only the cookie to control the cluster: "TLS enabled" without
                authentication.
                """,
            howToFix: """
                Set `{verify, verify_peer}` on both the `server` and the `client` side, with `cacertfile` naming the
                private CA that signs every node's certificate, and `{fail_if_no_peer_cert, true}` on the server.
                """,
            new RuleExample("ssl_dist.conf", "erlang", """
                [{server, [{certfile, "/etc/emqx/certs/node.pem"},
                           {keyfile, "/etc/emqx/certs/node.key"},
                           {verify, verify_none}]},
                 {client, [{verify, verify_none}]}].
                """),
            SslDistExamples.MutualTls);

        public RuleDefinition Definition => Rule;

        public void Analyze(SslDistConfig config, FindingSink sink)
        {
            foreach (var side in config.Sides)
            {
                var verify = side.Find("verify");
                if (verify == null)
                    sink.At(Rule, config.File, side.Key.Span, side.Name + ".verify", null, side.Name, "`verify` is not set, so the peer is not verified (`verify_none` before OTP 26).");
                else if (!verify.IsAtom("verify_peer"))
                    sink.At(Rule, config.File, verify.Value.Span, side.Name + ".verify", verify.Atom, side.Name, $"`{{verify, {verify.Atom ?? "…"}}}`.");
            }
        }
    }
}
