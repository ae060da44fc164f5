using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>
    /// pre-commit may split the file list over several parallel calls: each call must give the same findings for
    /// its files as one call over all of them would.
    /// </summary>
    public sealed class SplitCallsTests : System.IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("configlint-split-").FullName;

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void Each_example_file_alone_gets_what_a_scan_of_all_examples_gives_it() =>
            AssertSplitConsistent(TestPaths.RepositoryRoot, Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "examples"), "*", SearchOption.AllDirectories));

        [Fact]
        public void A_fragment_passed_alone_is_judged_as_part_of_the_node_that_reads_it()
        {
            File.WriteAllText(Path.Combine(_folder, "emqx.conf"), "node.name = \"emqx@10.0.0.1\"\ninclude \"cluster.hocon\"\n");
            File.WriteAllText(Path.Combine(_folder, "base.hocon"), "node.cookie = \"emqxsecretcookie\"\nrpc.protocol = tcp\n");
            File.WriteAllText(Path.Combine(_folder, "cluster.hocon"), "cluster.proto_dist = inet_tcp\n");

            var files = AssertSplitConsistent(_folder, Directory.EnumerateFiles(_folder));

            Assert.Equal(new[] { "CL1003 base.hocon:1:15", "CL1001 base.hocon:2:16" }, files["base.hocon"]);
            Assert.Equal(new[] { "CL1004 cluster.hocon:1:22" }, files["cluster.hocon"]);
        }

        private static Dictionary<string, List<string>> AssertSplitConsistent(string baseDirectory, IEnumerable<string> paths)
        {
            var files = paths.OrderBy(p => p, System.StringComparer.Ordinal).ToList();
            var together = Findings(baseDirectory, files);
            var alone = files.ToDictionary(f => Display(baseDirectory, f), f => Findings(baseDirectory, new[] { f }));

            Assert.NotEmpty(together);
            foreach (var (file, findings) in alone)
                Assert.Equal(together.Where(f => f.Contains(" " + file + ":")), findings);
            return alone;
        }

        private static List<string> Findings(string baseDirectory, IReadOnlyList<string> files) =>
            ConfigScanner.Scan(TestScans.Options(baseDirectory, files)).Diagnostics
                .Select(d => $"{d.Id} {d.Location.GetLineSpan().Path}:{d.Location.GetLineSpan().StartLinePosition.Line + 1}:{d.Location.GetLineSpan().StartLinePosition.Character + 1}")
                .ToList();

        private static string Display(string baseDirectory, string path) => Path.GetRelativePath(baseDirectory, path).Replace('\\', '/');
    }
}
