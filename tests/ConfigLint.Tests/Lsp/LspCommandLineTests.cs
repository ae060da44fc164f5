using ConfigLint.Cli;
using Xunit;

namespace ConfigLint.Tests.Lsp
{
    public sealed class LspCommandLineTests
    {
        [Fact]
        public void Lsp_is_a_subcommand_without_arguments()
        {
            Assert.Equal(Command.Lsp, CommandLine.Parse(new[] { "lsp" }).Command);
            var error = Assert.Throws<UsageException>(() => CommandLine.Parse(new[] { "lsp", "--stdio" }));
            Assert.Equal("lsp takes no arguments, but got --stdio", error.Message);
        }

        [Fact]
        public void A_folder_named_lsp_is_scanned_as_a_path()
        {
            var commandLine = CommandLine.Parse(new[] { "./lsp" });
            Assert.Equal(Command.Scan, commandLine.Command);
            Assert.Equal(new[] { "./lsp" }, commandLine.Paths);
        }
    }
}
