using System;
using System.IO;
using System.Linq;
using ConfigLint.Cli;
using ConfigLint.Parsers;
using ConfigLint.Tests.Hostile;
using Xunit;

namespace ConfigLint.Tests.Cli
{
    /// <summary>The one way configuration bytes come in: what it reads, what it refuses, and why.</summary>
    public sealed class DiskFileSourceTests : IDisposable
    {
        private readonly TempFolder temp = new();
        private readonly HostileFolder tree;

        public DiskFileSourceTests()
        {
            temp.Folder("tree");
            tree = new HostileFolder(temp.FullPath("tree"));
        }

        public void Dispose() => temp.Dispose();

        private DiskFileSource Source(long maxFileSize = DiskFileSource.DefaultMaxFileSize) => new(new[] { tree.Path }, maxFileSize);

        [Fact]
        public void Reads_a_regular_file_inside_the_tree_once()
        {
            tree.Text("node/emqx.conf", "node.name = a@b\n");
            var source = Source();

            var read = source.Read(tree.FullPath("node/emqx.conf"));

            Assert.Equal(FileReadStatus.Read, read.Status);
            Assert.Equal("node.name = a@b\n", read.File!.Text.ToString());
            Assert.Same(read, source.Read(tree.FullPath("node/emqx.conf")));
        }

        [Fact]
        public void A_missing_file_is_not_found()
        {
            Assert.Equal(FileReadStatus.NotFound, Source().Read(tree.FullPath("none.conf")).Status);
        }

        [Fact]
        public void A_path_outside_the_tree_is_refused_without_looking_at_it()
        {
            temp.File("outside.conf", "node.name = a@b\n");

            var read = Source().Read(temp.FullPath("outside.conf"));

            Assert.Equal(FileReadStatus.OutsideScannedTree, read.Status);
            Assert.Equal("outside the scanned tree", read.Reason);
            Assert.Equal(FileReadStatus.OutsideScannedTree, Source().Read(tree.FullPath("../../../../etc/passwd")).Status);
        }

        [Fact]
        public void A_path_holding_nul_is_an_invalid_path()
        {
            var read = Source().Read(tree.FullPath("a\0b.conf"));

            Assert.Equal(FileReadStatus.InvalidPath, read.Status);
            Assert.Null(read.File);
        }

        [Fact]
        public void A_path_longer_than_any_system_opens_is_refused_without_following_its_parts()
        {
            // Found by the fuzzer: a certfile of 60,000 "ce/" segments took 15 s, one link check per part.
            var read = Source().Read(tree.FullPath(string.Concat(Enumerable.Repeat("ce/", 60_000)) + "cert.pem"));

            Assert.Equal(FileReadStatus.InvalidPath, read.Status);
            Assert.Equal("the path is longer than 4096 characters", read.Reason);
        }

        [Fact]
        public void A_file_over_the_size_limit_is_not_read()
        {
            tree.Text("big.conf", new string('#', 2048));

            var read = Source(maxFileSize: 1024).Read(tree.FullPath("big.conf"));

            Assert.Equal(FileReadStatus.TooLarge, read.Status);
            Assert.Equal("larger than the limit of 1024 bytes (--max-file-size)", read.Reason);
        }

        [SkippableFact]
        public void A_fifo_is_not_a_regular_file_and_is_never_opened()
        {
            Skip.If(OperatingSystem.IsWindows(), "FIFOs are a Unix case");
            tree.Fifo("pipe.conf");

            var read = Source().Read(tree.FullPath("pipe.conf"));

            Assert.Equal(FileReadStatus.NotRegularFile, read.Status);
            Assert.Equal("not a regular file (a FIFO)", read.Reason);
        }

        [Fact]
        public void A_folder_is_not_a_regular_file()
        {
            tree.Text("etc/emqx.conf/inner", "");

            Assert.Equal(FileReadStatus.NotRegularFile, Source().Read(tree.FullPath("etc/emqx.conf")).Status);
        }

        [SkippableFact]
        public void A_link_to_outside_the_tree_is_refused_and_a_link_inside_it_is_followed()
        {
            Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
            temp.File("secret.conf", "node.cookie = outside\n");
            tree.Link("escape.conf", temp.FullPath("secret.conf"));
            tree.Text("real.conf", "node.name = a@b\n");
            tree.Link("alias.conf", "real.conf");

            var escape = Source().Read(tree.FullPath("escape.conf"));
            var alias = Source().Read(tree.FullPath("alias.conf"));

            Assert.Equal(FileReadStatus.OutsideScannedTree, escape.Status);
            Assert.Equal("a symbolic link to outside the scanned tree", escape.Reason);
            Assert.Equal("node.name = a@b\n", alias.File!.Text.ToString());
        }

        [SkippableFact]
        public void A_symbolic_link_loop_fails_instead_of_spinning()
        {
            Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
            tree.Link("a.conf", "b.conf");
            tree.Link("b.conf", "a.conf");

            var read = Source().Read(tree.FullPath("a.conf"));

            Assert.Equal(FileReadStatus.Failed, read.Status);
            Assert.Equal("too many levels of symbolic links", read.Reason);
        }

        [Fact]
        public void Lists_files_and_folders_inside_the_tree_only()
        {
            tree.Text("b/emqx.conf", "");
            tree.Text("a/emqx.conf", "");
            tree.Text("top.conf", "");
            temp.File("beside/emqx.conf", "");

            Assert.Equal(new[] { tree.FullPath("a"), tree.FullPath("b") }, Source().Folders(tree.Path));
            Assert.Equal(new[] { tree.FullPath("top.conf") }, Source().Files(tree.Path));
            Assert.Empty(Source().Files(temp.FullPath("beside")));
            Assert.Empty(Source().Folders(temp.Path));
        }
    }
}
