using System;
using ConfigLint.Analyzers.Cluster;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.ErlangDist
{
    /// <summary>CL2007: distribution is switched to TLS but no TLS options can be found.</summary>
    internal sealed class DistTlsUnconfigured : IClusterRule
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.DistTlsUnconfigured,
            "dist-tls-unconfigured",
            "TLS distribution is enabled but has no TLS options",
            "Distribution is set to `{0}` but no TLS options are found: no ssl_dist.conf beside the configuration, no existing -ssl_dist_optfile and no -ssl_dist_opt",
            DiagnosticSeverity.Error,
            cwe: "CWE-1188",
            securitySeverity: "6.5",
            why: """
                `inet_tls` makes Erlang distribution run over TLS with the options of `-ssl_dist_optfile` (EMQX passes
                `etc/ssl_dist.conf`, or 4.x `node.ssl_dist_optfile`) or `-ssl_dist_opt`. When none of them can be
                found the node has no certificate: it cannot accept or open distribution connections, the cluster
                does not form, and the quick way out people take is back to `inet_tcp`.
                """,
            howToFix: """
                Put an ssl_dist.conf beside emqx.conf (EMQX's default `etc/ssl_dist.conf`) with server and client
                options, or point `-ssl_dist_optfile` (or 4.x `node.ssl_dist_optfile`) at an existing file.
                """,
            new RuleExample("emqx.conf", "hocon", """
                node.name = "emqx@10.0.0.1"
                cluster.proto_dist = inet_tls
                """),
            new RuleExample("vm.args", "sh", """
                -name emqx@10.0.0.1
                -proto_dist inet_tls
                -ssl_dist_opt server_certfile /etc/emqx/certs/node.pem client_certfile /etc/emqx/certs/node.pem
                """));

        public RuleDefinition Definition => Rule;

        public void Analyze(ClusterModel model, FindingSink sink)
        {
            foreach (var site in model.ReportedSites)
            {
                var protoDist = site.ProtoDist;
                if (protoDist == null || !IsTls(protoDist.Value) || site.HasTlsDistOptions)
                    continue;
                sink.At(Rule, protoDist.FilePath, protoDist.Text, protoDist.Span, "proto_dist", protoDist.Value, Array.Empty<Location>(), protoDist.Value);
            }
        }

        private static bool IsTls(string protoDist) =>
            string.Equals(protoDist, "inet_tls", StringComparison.OrdinalIgnoreCase) || string.Equals(protoDist, "inet6_tls", StringComparison.OrdinalIgnoreCase);
    }
}
