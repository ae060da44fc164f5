using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConfigLint.Cli;
using ConfigLint.Tests.Cli;
using ConfigLint.Tests.Lsp;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConfigLint.Tests.FrontEnds
{
    /// <summary>
    /// The command line, the language server and the compiler package are three hosts of one analysis: over the
    /// bundled examples they must report the same findings, at the same places, with the same severities and messages.
    /// </summary>
    public sealed class SameFindingsTests
    {
        private static readonly string Examples = Path.Combine(TestPaths.RepositoryRoot, "examples");

        [Fact]
        public async Task The_cli_the_language_server_and_the_compiler_package_agree_on_the_examples()
        {
            var cli = CommandLine();
            Assert.Contains(cli, f => f.StartsWith("examples/emqx5/emqx.conf:5:12: error CL1003:", StringComparison.Ordinal));
            Assert.Contains(cli, f => f.StartsWith("examples/ecx/clp.conf:", StringComparison.Ordinal) && f.Contains(" CL3003: "));

            Assert.Equal(cli, CompilerPackage());
            Assert.Equal(cli, await LanguageServer());
        }

        private static string[] CommandLine()
        {
            var run = ToolRun.Capture((output, error) => Program.Run(
                new[] { "--color", "never", "examples" },
                new ToolEnvironment(output, error, TestPaths.RepositoryRoot, LintEngine.Default, _ => null)));
            Assert.Equal(1, run.ExitCode);
            return run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .OrderBy(line => line, StringComparer.Ordinal)
                .ToArray();
        }

        private static string[] CompilerPackage()
        {
            var files = Directory.GetFiles(Examples, "*", SearchOption.AllDirectories).Select(path => (path, File.ReadAllText(path)));
            return InProcessCompiler.Analyze(TestPaths.RepositoryRoot, files)
                .Select(d =>
                {
                    var span = d.Location.GetLineSpan();
                    var path = Path.GetRelativePath(TestPaths.RepositoryRoot, span.Path).Replace('\\', '/');
                    return Line(path, span.StartLinePosition.Line, span.StartLinePosition.Character, Severity(d.Severity), d.Id, d.GetMessage());
                })
                .OrderBy(line => line, StringComparer.Ordinal)
                .ToArray();
        }

        private static async Task<string[]> LanguageServer()
        {
            var lines = new List<string>();
            await using var server = await InProcessLanguageServer.Start(TestPaths.RepositoryRoot, LintEngine.Default);
            foreach (var path in Directory.GetFiles(Examples, "*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                var uri = server.Open(path, File.ReadAllText(path));
                var relative = Path.GetRelativePath(TestPaths.RepositoryRoot, path).Replace('\\', '/');
                foreach (var d in (await server.Client.Diagnostics(uri)).EnumerateArray())
                {
                    var start = d.GetProperty("range").GetProperty("start");
                    var severity = d.GetProperty("severity").GetInt32() switch { 1 => "error", 2 => "warning", _ => "note" };
                    lines.Add(Line(relative, start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32(), severity, d.GetProperty("code").GetString()!, d.GetProperty("message").GetString()!));
                }
                server.Close(uri);
            }
            return lines.OrderBy(line => line, StringComparer.Ordinal).ToArray();
        }

        private static string Line(string path, int line, int column, string severity, string id, string message) =>
            $"{path}:{line + 1}:{column + 1}: {severity} {id}: {message}";

        private static string Severity(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "note",
        };
    }
}
