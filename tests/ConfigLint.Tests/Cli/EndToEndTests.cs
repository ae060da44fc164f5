using System.IO;
using System.Linq;
using System.Text.Json;
using ConfigLint.Analyzers;
using ConfigLint.Cli;
using Xunit;

namespace ConfigLint.Tests.Cli
{
    /// <summary>
    /// The tool with the real scanner, resolver and rule catalog behind it. Those needing real findings are skipped
    /// until the analyzers are merged: remove the Skip then.
    /// </summary>
    public sealed class EndToEndTests : System.IDisposable
    {
        private const string NeedsAnalyzers = "needs analyzers";
        private readonly TempFolder temp = new();

        public void Dispose() => temp.Dispose();

        private static ToolRun Run(string currentDirectory, params string[] args) =>
            ToolRun.Capture((output, error) => Program.Run(args, output, error, currentDirectory));

        [Fact]
        public void Examples_give_compiler_style_findings_and_exit_code_1()
        {
            var run = Run(TestPaths.RepositoryRoot, "examples");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Error);
            var lines = run.Output.TrimEnd('\n').Split('\n');
            Assert.NotEmpty(lines);
            Assert.All(lines, line => Assert.Matches(@"^examples/[^:]+:\d+:\d+: (error|warning|note) CL\d{4}: \S", line));
        }

        [Fact]
        public void Examples_as_sarif_name_only_catalog_rules()
        {
            var output = Path.Combine(temp.Path, "examples.sarif");

            var run = Run(TestPaths.RepositoryRoot, "examples", "--format", "sarif", "--output", output);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Output);
            using var sarif = JsonDocument.Parse(File.ReadAllText(output));
            var ruleIds = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("ruleId").GetString()!)
                .ToList();
            Assert.NotEmpty(ruleIds);
            Assert.All(ruleIds, id => Assert.NotNull(RuleCatalog.Find(id)));
        }

        [Fact]
        public void Fail_level_none_passes_the_examples()
        {
            Assert.Equal(0, Run(TestPaths.RepositoryRoot, "examples", "--fail-level", "none").ExitCode);
        }

        [Fact]
        public void Resolve_prints_an_emqx_file_as_json_with_the_cookie_masked()
        {
            temp.File("emqx.conf", "node {\n  name = \"emqx@127.0.0.1\"\n  cookie = \"emqxsecretcookie\"\n}\n");

            var run = Run(temp.Path, "--resolve", "emqx.conf");

            Assert.Equal(0, run.ExitCode);
            using var json = JsonDocument.Parse(run.Output);
            Assert.Equal(SecretKeys.Mask, json.RootElement.GetProperty("node").GetProperty("cookie").GetString());
            Assert.DoesNotContain("emqxsecretcookie", run.Output);
        }

        [Fact]
        public void Resolve_of_a_broken_file_reports_CL0001_on_standard_error()
        {
            temp.File("emqx.conf", "node {\n  name = \n");

            var run = Run(temp.Path, "--resolve", "emqx.conf");

            Assert.Equal(1, run.ExitCode);
            Assert.Matches(@"^emqx\.conf:\d+:\d+: error CL0001: ", run.Error);
        }

        [Fact]
        public void Lists_every_catalog_rule()
        {
            var run = Run(temp.Path, "--list-rules");

            Assert.Equal(0, run.ExitCode);
            var rows = run.Output.TrimEnd('\n').Split('\n');
            Assert.Equal(RuleCatalog.All.Select(r => r.Id), rows.Skip(1).Select(row => row.Split(' ')[0]));
        }

        [Fact]
        public void Explains_every_catalog_rule()
        {
            foreach (var rule in RuleCatalog.All)
            {
                var run = Run(temp.Path, "--explain", rule.Id);

                Assert.Equal(0, run.ExitCode);
                Assert.StartsWith($"## {rule.Id} {rule.Name}\n", run.Output);
            }
        }
    }
}
