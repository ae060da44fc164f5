using ConfigLint.Analyzers.ErlangDist;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.ErlangDist
{
    /// <summary>CL2005: the client turns off the check that the certificate belongs to the node it dials.</summary>
    internal sealed class DistSniDisabled : ISslDistRule
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.DistSniDisabled,
            "dist-sni-disabled",
            "TLS distribution does not check the peer's node name",
            "The client side sets `{{server_name_indication, disable}}`: {0}",
            DiagnosticSeverity.Warning,
            cwe: "CWE-297",
            securitySeverity: "4.8",
            why: """
                With `{server_name_indication, disable}` the client does not check that the server's certificate was
                issued for the host it connects to, so any certificate the CA signed (any node's, or any other
                service's from the same CA) is accepted for every node. EMQX sets this on purpose because node names
                are often IP addresses; when the client still verifies against a private CA that signs only cluster
                nodes, the risk is small and the finding is a note. Without peer verification it is a warning.
                """,
            howToFix: """
                Issue node certificates whose subjectAltName holds the host part of the node name, then remove
                `{server_name_indication, disable}`; or keep it only with `{verify, verify_peer}` and a CA that signs
                nothing but cluster nodes.
                """,
            new RuleExample("ssl_dist.conf", "erlang", """
                [{client, [{verify, verify_none},
                           {server_name_indication, disable}]}].
                """),
            new RuleExample("ssl_dist.conf", "erlang", """
                [{client, [{certfile, "/etc/emqx/certs/node.pem"},
                           {keyfile, "/etc/emqx/certs/node.key"},
                           {cacertfile, "/etc/emqx/certs/ca.pem"},
                           {verify, verify_peer}]}].
                """));

        public RuleDefinition Definition => Rule;

        public void Analyze(SslDistConfig config, FindingSink sink)
        {
            if (config.Client is not { } client || client.Find("server_name_indication") is not { } sni || !sni.IsAtom("disable"))
                return;
            var verifiesAgainstCa = client.VerifiesPeer && (client.Has("cacertfile") || client.Has("cacerts"));
            if (verifiesAgainstCa)
                sink.At(Rule, DiagnosticSeverity.Info, config.File, sni.Value.Span, "client.server_name_indication", "disable",
                    "any certificate from the cluster CA is accepted for every node.");
            else
                sink.At(Rule, config.File, sni.Value.Span, "client.server_name_indication", "disable",
                    "the node name is not checked against the certificate.");
        }
    }
}
