using System.IO;
using System.Linq;
using ConfigLint.Analyzers;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>Cluster peers are looked for beside a node, but never above the folder ConfigLint runs in.</summary>
    public sealed class ClusterPeersTests : System.IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("configlint-peers-").FullName;

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void Sibling_folders_inside_the_run_folder_are_peers_and_those_outside_are_not()
        {
            Node("repo/node-a", "emqx1@10.9.0.1");
            Node("repo/node-b", "emqx-1@10.9.0.1");
            var nodeA = Path.Combine(_folder, "repo", "node-a", "emqx.conf");

            var fromRepository = ConfigScanner.Scan(TestScans.Options(Path.Combine(_folder, "repo"), new[] { nodeA }));
            var fromNodeFolder = ConfigScanner.Scan(TestScans.Options(Path.Combine(_folder, "repo", "node-a"), new[] { nodeA }));

            Assert.Contains(fromRepository.Diagnostics, d => d.Id == "CL1005");
            Assert.DoesNotContain(fromNodeFolder.Diagnostics, d => d.Id == "CL1005");
        }

        [Fact]
        public void Of_300_sibling_nodes_of_one_cluster_only_the_two_on_one_host_and_port_are_findings()
        {
            const int nodes = 300;
            var paths = Enumerable.Range(0, nodes).Select(i => Node($"repo/node-{i}", $"emqx{i}@10.9.{i / 256}.{i % 256}")).ToList();
            // The same host as node 7, and the same suffix, so the same ports.
            paths.Add(Node("repo/node-copy", "copy7@10.9.0.7"));

            var result = ConfigScanner.Scan(TestScans.Options(Path.Combine(_folder, "repo"), paths));

            var clashes = result.Diagnostics.Where(d => d.Id == "CL1005").Select(d => d.Location.GetLineSpan().Path).ToList();
            Assert.Equal(new[] { "node-7/emqx.conf", "node-copy/emqx.conf" }, clashes);
        }

        private string Node(string folder, string name)
        {
            var path = Path.Combine(_folder, folder);
            Directory.CreateDirectory(path);
            var file = Path.Combine(path, "emqx.conf");
            File.WriteAllText(file, $"node.name = \"{name}\"\ncluster.name = shared\n");
            return file;
        }
    }
}
