using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Cli;
using Xunit;

namespace ConfigLint.Tests.Cli
{
    public sealed class FileDiscoveryTests : System.IDisposable
    {
        private readonly TempFolder temp = new();

        public void Dispose() => temp.Dispose();

        private IReadOnlyList<string> Find(string currentDirectory, string[] paths, params string[] excludes) =>
            FileDiscovery.Find(paths, excludes, currentDirectory)
                .Select(f => Path.GetRelativePath(currentDirectory, f).Replace('\\', '/'))
                .ToList();

        private IReadOnlyList<string> Find(params string[] paths) => Find(temp.Path, paths);

        [Fact]
        public void Walks_folders_in_sorted_order_and_skips_dot_git()
        {
            temp.File("z.conf");
            temp.File("b/emqx.conf");
            temp.File("a/b/vm.args");
            temp.File("a.conf");
            temp.File(".git/config");
            temp.File(".hidden/clp.conf");

            var expected = new[] { ".hidden/clp.conf", "a.conf", "a/b/vm.args", "b/emqx.conf", "z.conf" };
            Assert.Equal(expected, Find());
            Assert.Equal(expected, Find("."));
        }

        [Fact]
        public void Does_not_follow_folder_links()
        {
            temp.File("real/emqx.conf");
            Directory.CreateSymbolicLink(temp.FullPath("real/loop"), temp.Path);

            Assert.Equal(new[] { "real/emqx.conf" }, Find());
        }

        [Fact]
        public void Lists_a_file_named_twice_once()
        {
            temp.File("sub/a.conf");

            Assert.Equal(new[] { "sub/a.conf" }, Find("sub/a.conf", ".", "sub", "./sub/a.conf"));
        }

        [Fact]
        public void Skips_what_gitignore_files_ignore_with_nested_files_and_negation()
        {
            temp.Folder(".git");
            temp.File(".gitignore", "*.log\nbuild/\n");
            temp.File("app.log");
            temp.File("build/emqx.conf");
            temp.File("src/build/emqx.conf");
            temp.File("sub/.gitignore", "!important.log\nlocal.conf\n");
            temp.File("sub/important.log");
            temp.File("sub/other.log");
            temp.File("sub/local.conf");
            temp.File("local.conf");

            Assert.Equal(new[] { ".gitignore", "local.conf", "sub/.gitignore", "sub/important.log" }, Find());
        }

        [Fact]
        public void Cannot_re_include_a_file_inside_an_ignored_folder()
        {
            temp.File(".gitignore", "build/\n!build/keep.conf\n");
            temp.File("build/keep.conf");

            Assert.Equal(new[] { ".gitignore" }, Find());
        }

        [Fact]
        public void Applies_gitignore_files_above_a_walked_folder_up_to_the_repository_root()
        {
            temp.Folder("repo/.git");
            temp.File("repo/.gitignore", "secret.conf\n/sub/anchored.conf\n");
            temp.File("repo/sub/secret.conf");
            temp.File("repo/sub/anchored.conf");
            temp.File("repo/sub/emqx.conf");
            // Above the repository root: not git's business.
            temp.File(".gitignore", "emqx.conf\n");

            Assert.Equal(new[] { "repo/sub/emqx.conf" }, Find("repo/sub"));
            Assert.Equal(new[] { "emqx.conf" }, Find(temp.FullPath("repo/sub"), new[] { "." }));
        }

        [Fact]
        public void Applies_no_gitignore_above_a_walked_folder_outside_a_repository()
        {
            temp.File(".gitignore", "secret.conf\n");
            temp.File("sub/secret.conf");

            Assert.Equal(new[] { "sub/secret.conf" }, Find("sub"));
        }

        [Fact]
        public void Takes_explicitly_named_files_even_when_gitignored()
        {
            temp.File(".gitignore", "*.conf\n");
            temp.File("emqx.conf");

            Assert.Equal(new[] { ".gitignore" }, Find());
            Assert.Equal(new[] { "emqx.conf" }, Find("emqx.conf"));
        }

        [Fact]
        public void Exclude_without_slash_matches_a_name_at_any_depth()
        {
            temp.File("vendor/emqx.conf");
            temp.File("deep/vendor/emqx.conf");
            temp.File("deep/emqx.conf.bak");
            temp.File("emqx.conf");

            Assert.Equal(new[] { "emqx.conf" }, Find(temp.Path, new string[0], "vendor", "*.bak"));
        }

        [Fact]
        public void Exclude_never_drops_the_current_folder_itself()
        {
            temp.File(".hidden/emqx.conf");
            temp.File("emqx.conf");

            Assert.Equal(new[] { "emqx.conf" }, Find(temp.Path, new string[0], ".*"));
            Assert.Equal(new[] { "emqx.conf" }, Find(temp.Path, new[] { "." }, ".*"));
        }

        [Fact]
        public void Exclude_with_slash_is_relative_to_the_current_folder()
        {
            temp.File("sub/a.conf");
            temp.File("sub/deeper/a.conf");
            temp.File("other/sub/a.conf");

            Assert.Equal(new[] { "other/sub/a.conf", "sub/deeper/a.conf" }, Find(temp.Path, new string[0], "sub/*.conf"));
            Assert.Equal(new[] { "other/sub/a.conf" }, Find(temp.Path, new string[0], "/sub/**"));
        }

        [Fact]
        public void Exclude_applies_to_explicit_files_and_their_folders()
        {
            temp.File("vendor/emqx.conf");
            temp.File("emqx.conf");

            Assert.Empty(Find(temp.Path, new[] { "vendor/emqx.conf", "emqx.conf" }, "vendor", "emqx.conf"));
            Assert.Empty(Find(temp.Path, new[] { "vendor" }, "vendor"));
        }

        [Fact]
        public void A_path_that_does_not_exist_is_a_usage_error()
        {
            var error = Assert.Throws<UsageException>(() => Find("missing.conf"));

            Assert.Equal("no such file or folder: missing.conf", error.Message);
        }

        [Fact]
        public void Scans_the_files_found_with_the_current_folder_as_base()
        {
            temp.File("b.conf");
            temp.File("a/emqx.conf");
            var analysis = new FakeAnalysis();

            var run = analysis.Run(temp.Path);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(temp.Path, analysis.LastScan!.BaseDirectory);
            Assert.All(analysis.LastScan.Files, f => Assert.True(Path.IsPathFullyQualified(f)));
            Assert.Equal(new[] { "a/emqx.conf", "b.conf" }, analysis.ScannedFiles());
        }
    }
}
