using System;
using ConfigLint.Analyzers.Cluster;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.ErlangDist;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>CL1004: Erlang distribution between nodes is not TLS.</summary>
    internal sealed class DistPlaintext : IEmqxRule, IVmArgsRule, IClusterRule
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
                Erlang distribution (`cluster.proto_dist` in emqx.conf, `-proto_dist` in vm.args) carries cluster membership, Mnesia replication and every remote call between
                EMQX nodes. Over `inet_tcp` (the default) it is unencrypted and its only authentication is the
                cookie, which is itself sent in a challenge that can be attacked offline. Anyone on the path can
                read cluster state and anyone who learns the cookie can take over every node.

                Beside emqx.conf, EMQX's `bin/emqx` passes the protocol from `cluster.proto_dist` (EMQX 4.2+ and 5.x;
                `node.proto_dist` in 3.x), so an absent key is reported there (checked in EMQX 4.4.19 and 5.8.9). Any
                other Erlang node (CouchDB, BigCouch, ejabberd, an Erlang or Elixir release) is distributed when its
                vm.args names it (`-name`, `-sname`, or CouchDB's `{{node_name}}` template line, which its build renders
                to `-name couchdb@127.0.0.1`), and then OTP's `net_kernel` starts `inet_tcp` unless `-proto_dist`
                names another protocol (checked by running OTP 25.2.3). TLS options (`-ssl_dist_optfile`,
                `-ssl_dist_opt`) alone do not switch to TLS; `-proto_dist inet_tls` does. Such a vm.args is reported
                at the flag naming the node. A `-proto_dist` of another module (EMQX's `ekka`, a custom one) is not
                judged.
                """,
            howToFix: """
                Set `cluster.proto_dist = inet_tls` (or `inet6_tls`) and provide TLS options for distribution in
                `ssl_dist.conf` (EMQX reads `etc/ssl_dist.conf`), with `{verify, verify_peer}` and a private CA on
                both the server and client side. In a vm.args without emqx.conf, add `-proto_dist inet_tls` and
                `-ssl_dist_optfile` naming such a file.
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

        public RuleDefinition Definition => Rule;

        /// <summary>vm.args <c>-proto_dist inet_tcp</c>; an absent flag is judged per node, below, where it is known whether emqx.conf stands beside.</summary>
        public void Analyze(VmArgsConfig config, FindingSink sink)
        {
            if (config.Last("-proto_dist") is { FirstValue: { } value } entry && IsPlainTcp(value.Text))
                sink.At(Rule, entry.File, value.Span, "-proto_dist", value.Text, $"`-proto_dist` is `{value.Text}`.");
        }

        /// <summary>
        /// A node that its vm.args names and no emqx.conf stands beside (CouchDB, ejabberd, an Erlang or Elixir release)
        /// distributes over OTP's default <c>inet_tcp</c> unless <c>-proto_dist</c> selects TLS. Beside emqx.conf, EMQX's
        /// start script passes the protocol from emqx.conf, judged there; a <c>-proto_dist</c> of any value is judged above.
        /// </summary>
        public void Analyze(ClusterModel model, FindingSink sink)
        {
            foreach (var site in model.ReportedSites)
            {
                if (site.Emqx != null || site.VmArgs is not { } vmArgs || vmArgs.Last("-proto_dist") != null
                    || vmArgs.NodeName is not { } named)
                    continue;
                // OTP reads -ssl_dist_optfile and -ssl_dist_opt only once -proto_dist inet_tls has chosen TLS.
                var tlsOptionsAlone = vmArgs.Last("-ssl_dist_optfile") != null || vmArgs.Last("-ssl_dist_opt") != null
                    ? " TLS options (`-ssl_dist_optfile`, `-ssl_dist_opt`) alone do not switch it to TLS."
                    : "";
                sink.At(Rule, named.File, named.Flag.Name.Span, "-proto_dist", null,
                    $"`{named.Name}` makes this a distributed node and no `-proto_dist` selects TLS, so it uses OTP's default `inet_tcp`.{tlsOptionsAlone}");
            }
        }

        internal static bool IsPlainTcp(string? protoDist) =>
            string.Equals(protoDist, "inet_tcp", StringComparison.OrdinalIgnoreCase) || string.Equals(protoDist, "inet6_tcp", StringComparison.OrdinalIgnoreCase);

        public void Analyze(EmqxConfig config, FindingSink sink)
        {
            var anySet = false;
            foreach (var key in ProtoDistKeys)
            {
                var value = config.Get(key);
                if (value == null)
                    continue;
                anySet = true;
                var text = config.GetText(key)?.Trim();
                if (IsPlainTcp(text))
                    sink.AtValue(Rule, value, key, $"`{key}` is `{text}`.");
            }
            if (!anySet && config.JudgesMissingKeys)
                sink.AtKey(Rule, config.MissingKeyOrigin(ProtoDistKeys[0]), ProtoDistKeys[0], $"`{ProtoDistKeys[0]}` is not set and defaults to `inet_tcp`.");
        }
    }
}
