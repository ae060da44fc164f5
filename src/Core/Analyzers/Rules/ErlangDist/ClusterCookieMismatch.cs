using System;
using System.Collections.Generic;
using System.Linq;
using ConfigLint.Analyzers.Cluster;
using ConfigLint.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.ErlangDist
{
    /// <summary>CL2008: nodes of one cluster carry different cookies.</summary>
    internal sealed class ClusterCookieMismatch : IClusterRule
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.ClusterCookieMismatch,
            "cluster-cookie-mismatch",
            "Nodes of one cluster have different Erlang cookies",
            "This node's Erlang cookie differs from the one in {0}; nodes of one cluster must share one cookie or they cannot connect",
            DiagnosticSeverity.Error,
            cwe: "CWE-1188",
            securitySeverity: "4.3",
            why: """
                Erlang nodes connect only when they present the same cookie. Nodes that belong to one cluster (one
                names the other in `cluster.static.seeds`, or they share a `cluster.name` of their own in the same or
                sibling folders) but carry different cookies cannot form the cluster; operators under pressure then
                reach for a shared default cookie. EMQX's default `cluster.name = emqxcl` (4.4.19, 5.8.9) alone
                groups nothing: separate deployments such as `deploy/staging` and `deploy/prod` keep it alike.
                Cookies are compared after substitution and never shown: the finding names only the files.
                """,
            howToFix: """
                Give every node of the cluster the same long random cookie, from one secret store (for example the
                `EMQX_NODE__COOKIE` environment variable set by your deployment), not per-file copies.
                """,
            new RuleExample("node1/emqx.conf", "hocon", """
                node { name = "emqx1@10.0.0.1", cookie = "c9f2d6b1e4a87f3d0b5e6a9c2d4f8e71" }
                cluster { name = prod, static.seeds = ["emqx1@10.0.0.1", "emqx2@10.0.0.2"] }
                """,
                new RuleExample("node2/emqx.conf", "hocon", """
                    node { name = "emqx2@10.0.0.2", cookie = "5b0e8d2f71c94a36e8f1d7c3a9b2e406" }
                    cluster { name = prod, static.seeds = ["emqx1@10.0.0.1", "emqx2@10.0.0.2"] }
                    """)),
            new RuleExample("node1/emqx.conf", "hocon", """
                node { name = "emqx1@10.0.0.1", cookie = "c9f2d6b1e4a87f3d0b5e6a9c2d4f8e71" }
                cluster { name = prod, static.seeds = ["emqx1@10.0.0.1", "emqx2@10.0.0.2"] }
                """,
                new RuleExample("node2/emqx.conf", "hocon", """
                    node { name = "emqx2@10.0.0.2", cookie = "c9f2d6b1e4a87f3d0b5e6a9c2d4f8e71" }
                    cluster { name = prod, static.seeds = ["emqx1@10.0.0.1", "emqx2@10.0.0.2"] }
                    """)));

        public RuleDefinition Definition => Rule;

        public void Analyze(ClusterModel model, FindingSink sink)
        {
            foreach (var cluster in model.Clusters)
            {
                var cookies = cluster
                    .Select(node => (Node: node, Cookie: node.Site.Cookie))
                    .Where(c => c.Cookie != null && !ErlangCookies.IsUnknownPlaceholder(c.Cookie.Value))
                    .Select(c => (c.Node, Cookie: c.Cookie!, Effective: ErlangCookies.Effective(c.Cookie!.Value)))
                    .ToList();
                foreach (var (node, cookie, effective) in cookies.Where(c => model.IsOfReportedSite(c.Node)))
                {
                    var others = cookies.Where(o => !string.Equals(o.Effective, effective, StringComparison.Ordinal)).ToList();
                    if (others.Count == 0)
                        continue;
                    var related = others.Select(o => sink.Location(o.Cookie.FilePath, o.Cookie.Text, o.Cookie.Span)).ToList();
                    var files = string.Join(", ", others.Select(o => sink.Display(o.Cookie.FilePath)).Distinct());
                    sink.At(Rule, cookie.FilePath, cookie.Text, cookie.Span, "node.cookie", null, related, files);
                }
            }
        }
    }
}
