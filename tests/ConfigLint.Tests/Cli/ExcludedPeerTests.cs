using ConfigLint.Cli;
using Xunit;

namespace ConfigLint.Tests.Cli
{
    /// <summary>A node configuration the user left out (<c>--exclude</c>, .gitignore) is no cluster peer of the scanned nodes.</summary>
    public sealed class ExcludedPeerTests : System.IDisposable
    {
        private const string CookieMismatch = "node1/emqx.conf:1:42: error CL2008: This node's Erlang cookie differs from the one in vendor/emqx.conf";

        private readonly TempFolder temp = new();

        public ExcludedPeerTests()
        {
            temp.Folder(".git");
            temp.File("node1/emqx.conf", """
                node { name = "emqx1@10.0.0.1", cookie = "c9f2d6b1e4a87f3d0b5e6a9c2d4f8e71" }
                cluster { name = prod, static.seeds = ["emqx1@10.0.0.1", "emqx2@10.0.0.2"] }
                """);
            temp.File("vendor/emqx.conf", """
                node { name = "emqx2@10.0.0.2", cookie = "5b0e8d2f71c94a36e8f1d7c3a9b2e406" }
                cluster { name = prod, static.seeds = ["emqx1@10.0.0.1", "emqx2@10.0.0.2"] }
                """);
        }

        public void Dispose() => temp.Dispose();

        private ToolRun Run(params string[] args) =>
            ToolRun.Capture((output, error) => Program.Run(args, output, error, temp.Path));

        [Fact]
        public void A_peer_that_is_not_excluded_is_compared()
        {
            Assert.Contains(CookieMismatch, Run(".").Output);
            Assert.Contains(CookieMismatch, Run("node1/emqx.conf").Output);
        }

        [Theory]
        [InlineData(".", "--exclude", "vendor")]
        [InlineData("node1/emqx.conf", "--exclude", "vendor")]
        [InlineData("node1/emqx.conf", "--exclude", "vendor/emqx.conf")]
        public void An_excluded_peer_is_not_compared(params string[] args)
        {
            var run = Run(args);

            Assert.DoesNotContain("CL2008", run.Output);
            Assert.DoesNotContain("vendor", run.Output);
            Assert.Equal("4 findings (2 errors, 2 warnings) in 1 of 1 file\n", run.Error);
        }

        [Theory]
        [InlineData(".")]
        [InlineData("node1/emqx.conf")]
        public void A_git_ignored_peer_is_not_compared(string path)
        {
            temp.File(".gitignore", "vendor/\n");

            var run = Run(path);

            Assert.DoesNotContain("CL2008", run.Output);
            Assert.DoesNotContain("vendor", run.Output);
            Assert.Equal("4 findings (2 errors, 2 warnings) in 1 of 1 file\n", run.Error);
        }
    }
}
