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

        private void Node(string folder, string name)
        {
            var path = Path.Combine(_folder, folder);
            Directory.CreateDirectory(path);
            File.WriteAllText(Path.Combine(path, "emqx.conf"), $"node.name = \"{name}\"\ncluster.name = shared\n");
        }
    }
}
