using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConfigLint.Analyzers.Cluster
{
    /// <summary>
    /// The nodes of every scanned main configuration, grouped into clusters. Built once per scan from all files,
    /// so cross-file rules never re-read or re-parse.
    /// </summary>
    internal sealed class ClusterModel
    {
        private readonly HashSet<NodeSite> _reportedSites;

        private ClusterModel(IReadOnlyList<NodeSite> reportedSites, IReadOnlyList<ClusterNode> nodes, IReadOnlyList<IReadOnlyList<ClusterNode>> clusters)
        {
            ReportedSites = reportedSites;
            _reportedSites = new HashSet<NodeSite>(reportedSites);
            Nodes = nodes;
            Clusters = clusters;
        }

        /// <summary>
        /// The node sites of the files being reported on (not the peers read only to find clusters). Rules judge
        /// these; which of their findings are reported the scan's <see cref="ReportScope"/> decides.
        /// </summary>
        public IReadOnlyList<NodeSite> ReportedSites { get; }

        /// <summary>Whether the node is one of <see cref="ReportedSites"/>, not a peer read only to find its cluster.</summary>
        public bool IsOfReportedSite(ClusterNode node) => _reportedSites.Contains(node.Site);

        public IReadOnlyList<ClusterNode> Nodes { get; }

        /// <summary>Groups of two or more nodes that belong to one cluster, in a deterministic order.</summary>
        public IReadOnlyList<IReadOnlyList<ClusterNode>> Clusters { get; }

        /// <summary>
        /// Two nodes belong to one cluster when one's static seeds name the other, or when they share a
        /// <c>cluster.name</c> other than EMQX's default and sit in the same folder or in sibling folders. A loopback
        /// node is never grouped: it cannot be reached by another host's node.
        /// </summary>
        public static ClusterModel Build(IReadOnlyList<NodeSite> reportedSites, IEnumerable<ClusterNode> nodes)
        {
            var list = nodes.OrderBy(n => n.Config.MainFile.FullPath, StringComparer.Ordinal).ToList();
            var groups = new UnionFind(list.Count);
            // Indexed by name and by cluster name, not compared pair by pair: a scan can hold thousands of nodes.
            var reachable = Enumerable.Range(0, list.Count).Where(i => !list[i].Name.IsLoopback).ToList();
            var byName = reachable.ToLookup(i => list[i].Name.Full, StringComparer.OrdinalIgnoreCase);
            var seededNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var i in reachable)
            {
                // A seed joins its node to the nodes of that name, which are joined to each other below.
                foreach (var seed in list[i].Seeds.Where(s => byName.Contains(s.Name.Full)))
                {
                    groups.Union(i, byName[seed.Name.Full].First());
                    seededNames.Add(seed.Name.Full);
                }
            }
            foreach (var name in seededNames)
                UnionAll(groups, byName[name]);
            // Nodes that share a chosen cluster.name and sit in the same folder or in sibling folders: the same parent folder.
            foreach (var sameNameNearby in reachable.Where(i => list[i].ChosenClusterName != null).GroupBy(i => (list[i].ChosenClusterName, Path.GetDirectoryName(list[i].Folder))))
                UnionAll(groups, sameNameNearby);
            var clusters = Enumerable.Range(0, list.Count)
                .GroupBy(groups.Find)
                .Where(g => g.Count() > 1)
                .Select(g => (IReadOnlyList<ClusterNode>)g.Select(i => list[i]).ToList())
                .ToList();
            return new ClusterModel(reportedSites, list, clusters);
        }

        private static void UnionAll(UnionFind groups, IEnumerable<int> members)
        {
            var first = -1;
            foreach (var member in members)
            {
                if (first < 0)
                    first = member;
                else
                    groups.Union(first, member);
            }
        }

        private sealed class UnionFind
        {
            private readonly int[] _parent;

            public UnionFind(int count) => _parent = Enumerable.Range(0, count).ToArray();

            public int Find(int i)
            {
                while (_parent[i] != i)
                    i = _parent[i] = _parent[_parent[i]];
                return i;
            }

            public void Union(int a, int b)
            {
                var (ra, rb) = (Find(a), Find(b));
                if (ra != rb)
                    _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }
    }
}
