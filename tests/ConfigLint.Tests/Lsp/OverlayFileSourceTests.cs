using System.Collections.Generic;
using System.IO;
using ConfigLint.Cli;
using ConfigLint.Parsers;
using ConfigLint.Tests.Cli;
using Xunit;

namespace ConfigLint.Tests.Lsp
{
    public sealed class OverlayFileSourceTests
    {
        [Fact]
        public void An_open_buffer_reads_before_the_saved_file_and_an_unsaved_one_is_listed_in_its_folder()
        {
            using var folder = new TempFolder();
            var saved = folder.File("emqx.conf", "saved\n");
            var other = folder.File("vm.args", "-name a@b\n");
            var unsaved = folder.FullPath("cluster.hocon");
            var disk = new DiskFileSource(new[] { folder.Path }, DiskFileSource.DefaultMaxFileSize);
            var source = OverlayFileSource.ForBuffers(new Dictionary<string, string> { [saved] = "open\n", [unsaved] = "new\n" }, disk, DiskFileSource.DefaultMaxFileSize);

            Assert.Equal("open\n", source.Read(saved).File!.Text.ToString());
            Assert.Equal("new\n", source.Read(unsaved).File!.Text.ToString());
            Assert.Equal("-name a@b\n", source.Read(other).File!.Text.ToString());
            Assert.Equal(new[] { unsaved, saved, other }, source.Files(folder.Path));
        }

        [Fact]
        public void A_buffer_over_the_size_limit_is_refused_as_a_file_would_be()
        {
            using var folder = new TempFolder();
            var path = folder.FullPath("emqx.conf");
            var disk = new DiskFileSource(new[] { folder.Path }, 10);
            var source = OverlayFileSource.ForBuffers(new Dictionary<string, string> { [path] = "node.cookie = x\n" }, disk, 10);

            Assert.Equal(FileReadStatus.TooLarge, source.Read(path).Status);
        }
    }
}
