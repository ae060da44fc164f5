using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConfigLint.Analyzers.Cluster;
using ConfigLint.Analyzers.Emqx;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>CL1005: a node name's numeric suffix contradicts the configured or shared ports.</summary>
    internal sealed class PortNodeMismatch : IClusterRule
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.PortNodeMismatch,
            "port-node-mismatch",
            "Node name suffix contradicts the RPC or distribution ports",
            "{0}",
            DiagnosticSeverity.Warning,
            cwe: "CWE-1188",
            securitySeverity: "4.0",
            why: """
                With `rpc.port_discovery = stateless` (the EMQX 5 default, and what EMQX 4.2+ ships) a node does not
                read its RPC port from the configuration: it listens on 5370 + N and reaches a peer on 5370 + N of
                the peer's name, where N is the trailing number of the node name before `@` (`emqx@h` → 5370,
                `emqx1@h` and `emqx-1@h` → 5371), taken rem 60000; Erlang distribution likewise uses 4370 + N. An
                RPC server port set to anything else is silently ignored, so firewall rules and TLS settings written
                for it protect the wrong port. Two nodes of one cluster on the same host with the same N (or, with
                `manual` discovery, any two, since all use the one configured port) collide: the second node cannot
                start, and operators who "fix" it by hand tend to open more ports than they meant to. EMQX 4.x
                before 4.2 had no stateless discovery, so a 4.x file that does not set `rpc.port_discovery` is read
                as `manual`.
                """,
            howToFix: """
                Either remove the RPC server port setting and open 5370 + N, or rename the node so that its suffix
                gives the port you configured. Give every node on one host a different numeric suffix, or use
                `manual` discovery with a distinct port per node on different hosts.
                """,
            new RuleExample("emqx.conf", "hocon", """
                node.name = "emqx1@10.0.0.1"
                rpc {
                  port_discovery = stateless
                  tcp_server_port = 5369
                }
                """),
            new RuleExample("emqx.conf", "hocon", """
                node.name = "emqx1@10.0.0.1"
                rpc {
                  port_discovery = stateless
                }
                """));

        public RuleDefinition Definition => Rule;

        public void Analyze(ClusterModel model, FindingSink sink)
        {
            foreach (var node in model.Nodes.Where(n => n.IsReported))
            {
                ReportIgnoredPortSetting(node, sink);
                ReportSeedsOnOnePort(node, sink);
            }
            foreach (var cluster in model.Clusters)
                ReportCollisions(cluster, sink);
        }

        private static void ReportIgnoredPortSetting(ClusterNode node, FindingSink sink)
        {
            if (!node.IsStateless || node.ConfiguredRpcPort is not var (key, value, port) || port == node.Name.StatelessRpcPort)
                return;
            sink.AtValue(Rule, value, key,
                $"`{key}` is {port}, but with stateless port discovery node `{node.Name.Full}` listens on {node.Name.StatelessRpcPort} (5370 + {node.Name.Suffix}); the setting is ignored.");
        }

        private static void ReportSeedsOnOnePort(ClusterNode node, FindingSink sink)
        {
            // The first seed on each host and port, by "port@host": digits and '@' have no case, so ignoring case
            // compares hosts as NodeName.SameHost does.
            var firstOnHostAndPort = new Dictionary<string, Seed>(StringComparer.OrdinalIgnoreCase);
            foreach (var seed in node.Seeds)
            {
                var hostAndPort = SeedPort(node, seed).ToString(CultureInfo.InvariantCulture) + "@" + seed.Name.Host;
                if (!firstOnHostAndPort.TryGetValue(hostAndPort, out var earlier))
                {
                    firstOnHostAndPort.Add(hostAndPort, seed);
                    continue;
                }
                sink.At(Rule, seed.Origin.FilePath, seed.Origin.Text, seed.Span, "cluster.static.seeds", seed.Name.Full, new[] { sink.Location(earlier.Origin.FilePath, earlier.Origin.Text, earlier.Span) },
                    $"Seeds `{earlier.Name.Full}` and `{seed.Name.Full}` name the same host and the same RPC port {SeedPort(node, seed)}; both nodes cannot run.");
            }
        }

        private static int SeedPort(ClusterNode node, Seed seed) =>
            node.IsStateless ? seed.Name.StatelessRpcPort : node.ConfiguredRpcPort?.Port ?? ClusterNode.ManualRpcDefaultPort;

        private static void ReportCollisions(IReadOnlyList<ClusterNode> cluster, FindingSink sink)
        {
            // By host (as NodeName.SameHost compares them), so only nodes that share one are compared.
            var byHost = cluster.ToLookup(n => n.Name.Host, StringComparer.OrdinalIgnoreCase);
            foreach (var node in cluster.Where(n => n.IsReported && n.NameValue != null))
            {
                foreach (var other in byHost[node.Name.Host].Where(o => o != node))
                {
                    var clash = Clash(node, other);
                    if (clash == null)
                        continue;
                    var related = other.NameValue is { } otherName
                        ? new[] { sink.Location(otherName.Origin.FilePath, otherName.Origin.Text, otherName.Origin.ValueSpan) }
                        : new Location[0];
                    var name = node.NameValue!;
                    sink.At(Rule, name.Origin.FilePath, name.Origin.Text, name.Origin.ValueSpan, "node.name", node.Name.Full, related,
                        $"Nodes `{node.Name.Full}` and `{other.Name.Full}` of one cluster run on the same host and would both listen on {clash}; one of them cannot start.");
                }
            }
        }

        private static string? Clash(ClusterNode a, ClusterNode b)
        {
            var clashes = new List<string>();
            if (a.EffectiveRpcPort == b.EffectiveRpcPort)
                clashes.Add($"RPC port {a.EffectiveRpcPort}");
            // EMQX 5 always derives the distribution port from the name; EMQX 4 reads node.dist_listen_min/max.
            if (a.Config.Format == EmqxFormat.Hocon && b.Config.Format == EmqxFormat.Hocon && a.Name.DistPort == b.Name.DistPort)
                clashes.Add($"distribution port {a.Name.DistPort}");
            return clashes.Count == 0 ? null : string.Join(" and ", clashes);
        }
    }
}
