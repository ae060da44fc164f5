using System;
using System.Collections.Generic;
using System.IO;
using ConfigLint.Tests.Cli;
using Xunit;

namespace ConfigLint.Tests.Lsp
{
    /// <summary>
    /// `configlint lsp` driven by a real client: headless Neovim (Debian's 0.7.2) running tests/lsp/nvim-client.lua,
    /// which prints the diagnostics it received, one line each: code, 0-based line, UTF-16 character.
    /// </summary>
    public sealed class NeovimClientTests
    {
        private static readonly string? Nvim = ExternalProgram.Find("nvim");

        [SkippableFact]
        public void Neovim_receives_the_default_cookie_at_its_range()
        {
            Skip.If(Nvim == null, "nvim is not on the PATH (install the Debian package neovim to run the Neovim client test; .ci/run does)");
            using var folder = new TempFolder();
            var file = folder.File("emqx.conf", "node.name = emqx@127.0.0.1\nnode.cookie = emqxsecretcookie\n");
            var output = folder.FullPath("diagnostics.txt");
            var script = Path.Combine(TestPaths.RepositoryRoot, "tests", "lsp", "nvim-client.lua");

            var run = ExternalProgram.Run(
                Nvim!,
                new[] { "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile " + script },
                folder.Path,
                new Dictionary<string, string>
                {
                    ["CONFIGLINT_LSP_CMD"] = LspClient.ToolPath,
                    ["CONFIGLINT_LSP_FILE"] = file,
                    ["CONFIGLINT_LSP_OUT"] = output,
                    ["XDG_STATE_HOME"] = folder.FullPath("state"),
                    ["XDG_CACHE_HOME"] = folder.FullPath("cache"),
                },
                TimeSpan.FromSeconds(90));

            Assert.True(run.ExitCode == 0, $"nvim exited {run.ExitCode}: {run.Output}");
            var lines = File.ReadAllLines(output);
            Assert.Contains("CL1003 1 14", lines);
            Assert.Contains("CL1004 0 0", lines);
            Assert.DoesNotContain(lines, l => l.StartsWith("ERROR", StringComparison.Ordinal));
        }
    }
}
