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
            // Indexed by name and by cluster name, not compared pair by pair: a scan can hold thousands of nodes. Plain
            // loops over the indexes: LINQ over integers is compiled when the process starts, and most runs are short.
            var byName = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
            // Nodes that share a chosen cluster.name and sit in the same folder or in sibling folders: the same parent folder.
            var byClusterNameNearby = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Name.IsLoopback)
                    continue;
                Index(byName, list[i].Name.Full, i);
                if (list[i].ChosenClusterName is { } clusterName)
                    Index(byClusterNameNearby, clusterName + "\0" + (Path.GetDirectoryName(list[i].Folder) ?? "\0"), i);
            }
            var seededNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Name.IsLoopback)
                    continue;
                // A seed joins its node to the nodes of that name, which are joined to each other below.
                foreach (var seed in list[i].Seeds)
                {
                    if (!byName.TryGetValue(seed.Name.Full, out var named))
                        continue;
                    groups.Union(i, named[0]);
                    seededNames.Add(seed.Name.Full);
                }
            }
            foreach (var name in seededNames)
                UnionAll(groups, byName[name]);
            foreach (var sameNameNearby in byClusterNameNearby.Values)
                UnionAll(groups, sameNameNearby);
            // A group's root is its first node, so groups come out in the order of their first node, each in node order.
            var byRoot = new List<ClusterNode>?[list.Count];
            for (var i = 0; i < list.Count; i++)
                (byRoot[groups.Find(i)] ??= new List<ClusterNode>()).Add(list[i]);
            var clusters = new List<IReadOnlyList<ClusterNode>>();
            foreach (var group in byRoot)
            {
                if (group is { Count: > 1 })
                    clusters.Add(group);
            }
            return new ClusterModel(reportedSites, list, clusters);
        }

        private static void Index(Dictionary<string, List<int>> index, string key, int node)
        {
            if (!index.TryGetValue(key, out var nodes))
                index[key] = nodes = new List<int>();
            nodes.Add(node);
        }

        private static void UnionAll(UnionFind groups, List<int> members)
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

            public UnionFind(int count)
            {
                _parent = new int[count];
                for (var i = 0; i < count; i++)
                    _parent[i] = i;
            }

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
