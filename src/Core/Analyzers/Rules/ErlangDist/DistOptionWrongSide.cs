using System;
using System.Collections.Generic;
using ConfigLint.Analyzers.ErlangDist;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.ErlangDist
{
    /// <summary>CL2009: an option that only the other side of a TLS connection understands.</summary>
    internal sealed class DistOptionWrongSide : ISslDistRule
    {
        // OTP's ssl separates server and client options; since OTP 26 ssl:connect/listen reject the other
        // side's options ({option, server_only, ...}), so a misplaced one makes every distribution connection fail.
        private static readonly HashSet<string> ServerOnly = new(StringComparer.Ordinal)
        {
            "fail_if_no_peer_cert", "honor_cipher_order", "honor_ecc_order", "dh", "dhfile", "sni_hosts", "sni_fun",
            "client_renegotiation", "alpn_preferred_protocols", "next_protocols_advertised",
        };

        private static readonly HashSet<string> ClientOnly = new(StringComparer.Ordinal)
        {
            "server_name_indication", "customize_hostname_check", "reuse_session", "alpn_advertised_protocols",
            "client_preferred_next_protocols",
        };

        public static readonly RuleDefinition Rule = new(
            RuleIds.DistOptionWrongSide,
            "dist-option-wrong-side",
            "TLS distribution option is on the wrong side",
            "`{0}` is a {1} option but is in the {2} section; OTP 26 and later reject it and the nodes cannot connect",
            DiagnosticSeverity.Error,
            cwe: "CWE-1284",
            securitySeverity: "5.3",
            why: """
                OTP's ssl application accepts some options only on a server (`fail_if_no_peer_cert`, `dhfile`,
                `honor_cipher_order`, …) and others only on a client (`server_name_indication`,
                `customize_hostname_check`, …). Older releases ignored a misplaced option, so the protection it was
                meant to give silently did not exist; OTP 26 and later reject it, and every distribution connection
                fails after an upgrade.
                """,
            howToFix: "Move the option to the side it belongs to (or remove it).",
            new RuleExample("ssl_dist.conf", "erlang", """
                [{client, [{verify, verify_peer},
                           {cacertfile, "/etc/emqx/certs/ca.pem"},
                           {fail_if_no_peer_cert, true}]}].
                """),
            new RuleExample("ssl_dist.conf", "erlang", """
                [{server, [{verify, verify_peer},
                           {cacertfile, "/etc/emqx/certs/ca.pem"},
                           {fail_if_no_peer_cert, true}]},
                 {client, [{verify, verify_peer},
                           {cacertfile, "/etc/emqx/certs/ca.pem"}]}].
                """));

        public RuleDefinition Definition => Rule;

        public void Analyze(SslDistConfig config, FindingSink sink)
        {
            foreach (var side in config.Sides)
            {
                var foreign = side.Name == "server" ? ClientOnly : ServerOnly;
                var owner = side.Name == "server" ? "client" : "server";
                foreach (var option in side.Options)
                {
                    if (foreign.Contains(option.Name))
                        sink.At(Rule, config.File, option.Tuple.Elements[0].Span, side.Name + "." + option.Name, null, option.Name, owner, side.Name);
                }
            }
        }
    }
}
