using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConfigLint.Analyzers;
using ConfigLint.Cli;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Cli
{
    public sealed class ProgramTests : System.IDisposable
    {
        private readonly TempFolder temp = new();
        private readonly FakeAnalysis analysis = new();

        public ProgramTests() => temp.File("emqx.conf");

        public void Dispose() => temp.Dispose();

        private ToolRun Run(params string[] args) => analysis.Run(temp.Path, args);

        [Theory]
        [InlineData("error", new[] { DiagnosticSeverity.Error }, 1)]
        [InlineData("error", new[] { DiagnosticSeverity.Warning, DiagnosticSeverity.Info }, 0)]
        [InlineData("warning", new[] { DiagnosticSeverity.Error }, 1)]
        [InlineData("warning", new[] { DiagnosticSeverity.Warning }, 1)]
        [InlineData("warning", new[] { DiagnosticSeverity.Info }, 0)]
        [InlineData("note", new[] { DiagnosticSeverity.Info }, 1)]
        [InlineData("note", new[] { DiagnosticSeverity.Hidden }, 0)]
        [InlineData("none", new[] { DiagnosticSeverity.Error }, 0)]
        [InlineData("warning", new DiagnosticSeverity[0], 0)]
        public void Maps_findings_at_or_above_the_fail_level_to_exit_code_1(string failLevel, DiagnosticSeverity[] severities, int expected)
        {
            foreach (var severity in severities)
                analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.WarningRule, "emqx.conf", severity: severity));

            Assert.Equal(expected, Run("--fail-level", failLevel).ExitCode);
        }

        [Fact]
        public void Defaults_to_failing_on_warnings()
        {
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.WarningRule, "emqx.conf"));

            Assert.Equal(1, Run().ExitCode);
        }

        [Fact]
        public void Writes_text_findings_to_standard_output_and_the_summary_to_standard_error_by_default()
        {
            temp.File("etc/emqx.conf");
            temp.File("vm.args");
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.ErrorRule, "etc/emqx.conf", 4, 12));
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.NoteRule, "vm.args", 2, 1));

            var run = Run();

            Assert.Equal(
                "etc/emqx.conf:4:12: error CL9001: fake finding of fake-error\n" +
                "vm.args:2:1: note CL9003: fake finding of fake-note-with-a-long-name\n",
                run.Output.Replace("\r\n", "\n"));
            Assert.Equal("2 findings (1 error, 1 note) in 2 of 3 files\n", run.Error);
        }

        [Fact]
        public void A_clean_run_says_so_on_standard_error()
        {
            var run = Run();

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.Equal("No findings in 1 file.\n", run.Error);
        }

        [Fact]
        public void Quiet_prints_the_findings_only()
        {
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.ErrorRule, "emqx.conf", 4, 12));

            var run = Run("--quiet");

            Assert.Equal("emqx.conf:4:12: error CL9001: fake finding of fake-error\n", run.Output);
            Assert.Equal("", run.Error);
            Assert.Equal(1, run.ExitCode);
        }

        [Fact]
        public void A_suppressed_finding_is_counted_in_the_summary_and_not_printed()
        {
            analysis.Findings.Add(Tests.Sarif.SampleScan.Suppressed(FakeAnalysis.Finding(FakeAnalysis.ErrorRule, "emqx.conf", 4, 12)));
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.WarningRule, "emqx.conf", 5, 1));

            var run = Run();

            Assert.Equal("emqx.conf:5:1: warning CL9002: fake finding of fake-warning\n", run.Output);
            Assert.Equal("1 finding (1 warning) in 1 of 1 file; 1 suppressed\n", run.Error);
        }

        [Theory]
        [InlineData("never", null, null, true, false)]
        [InlineData("always", null, null, false, true)]
        [InlineData("auto", null, null, true, true)]
        [InlineData("auto", null, null, false, false)]
        [InlineData("auto", "1", null, true, false)]
        [InlineData("auto", null, "1", false, true)]
        [InlineData("auto", "", null, true, true)]
        [InlineData("auto", null, "", false, false)]
        public void Colour_follows_the_option_the_terminal_and_NO_COLOR_and_FORCE_COLOR(string color, string? noColor, string? forceColor, bool terminal, bool coloured)
        {
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.ErrorRule, "emqx.conf", 4, 12));
            var variables = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["FORCE_COLOR"] = forceColor };

            var run = ToolRun.Capture((output, error) => Program.Run(
                new[] { "--color", color },
                new ToolEnvironment(output, error, temp.Path, analysis.Engine, name => variables.GetValueOrDefault(name), outputIsTerminal: terminal)));

            Assert.Equal(
                coloured
                    ? "\x1b[1memqx.conf:4:12:\x1b[0m \x1b[1;31merror\x1b[0m CL9001: fake finding of fake-error\n"
                    : "emqx.conf:4:12: error CL9001: fake finding of fake-error\n",
                run.Output);
            Assert.Equal("1 finding (1 error) in 1 of 1 file\n", run.Error);
        }

        [Fact]
        public void Auto_colour_never_colours_a_file()
        {
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.ErrorRule, "emqx.conf", 4, 12));

            var run = ToolRun.Capture((output, error) => Program.Run(
                new[] { "--output", "report.txt" },
                new ToolEnvironment(output, error, temp.Path, analysis.Engine, name => name == "FORCE_COLOR" ? "1" : null, outputIsTerminal: true)));

            Assert.Equal("emqx.conf:4:12: error CL9001: fake finding of fake-error\n", File.ReadAllText(temp.FullPath("report.txt")));
        }

        [Fact]
        public void Writes_json_to_standard_output_and_the_summary_to_standard_error()
        {
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.ErrorRule, "emqx.conf", 4, 12));

            var run = Run("--format", "json");

            using var json = JsonDocument.Parse(run.Output);
            Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
            Assert.Equal("fake-error", json.RootElement.GetProperty("findings")[0].GetProperty("name").GetString());
            Assert.Equal("1 finding (1 error) in 1 of 1 file\n", run.Error);
            Assert.Equal(1, run.ExitCode);
        }

        [Fact]
        public void Writes_github_workflow_commands_followed_by_the_summary()
        {
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.ErrorRule, "emqx.conf", 4, 12));
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.NoteRule, "emqx.conf", 5, 1));

            var run = Run("--format", "github");

            Assert.Equal(
                "::error file=emqx.conf,line=4,col=12,endLine=4,endColumn=12,title=CL9001 fake-error::fake finding of fake-error\n" +
                "::notice file=emqx.conf,line=5,col=1,endLine=5,endColumn=1,title=CL9003 fake-note-with-a-long-name::fake finding of fake-note-with-a-long-name\n",
                run.Output);
            Assert.Equal("2 findings (1 error, 1 note) in 1 of 1 file\n", run.Error);
        }

        [Fact]
        public void Writes_sarif_when_asked()
        {
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.ErrorRule, "emqx.conf", 4, 12));

            var run = Run("--format", "sarif");

            using var sarif = JsonDocument.Parse(run.Output);
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray();
            Assert.Equal(new[] { "CL9001" }, results.Select(r => r.GetProperty("ruleId").GetString()));
            Assert.Equal(1, run.ExitCode);
        }

        [Fact]
        public void Writes_the_report_to_the_output_file_relative_to_the_current_folder()
        {
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.WarningRule, "emqx.conf", 1, 1));
            temp.Folder("out");

            var run = Run("--output", "out/report.txt");

            Assert.Equal("", run.Output);
            Assert.Equal(1, run.ExitCode);
            Assert.Equal("emqx.conf:1:1: warning CL9002: fake finding of fake-warning", File.ReadAllText(temp.FullPath("out/report.txt")).TrimEnd());
        }

        [Fact]
        public void An_output_file_that_cannot_be_written_is_exit_code_2()
        {
            temp.File("blocker", "a file, so no folder can be made here");

            var run = Run("--output", "blocker/report.sarif", "--format", "sarif");

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("configlint: cannot write blocker/report.sarif: ", run.Error);
        }

        [Fact]
        public void The_output_folder_is_created_for_an_editors_sarif_viewer()
        {
            var run = Run("--output", ".sarif/configlint.sarif");

            Assert.Equal(0, run.ExitCode);
            using var sarif = JsonDocument.Parse(File.ReadAllText(temp.FullPath(".sarif/configlint.sarif")));
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        }

        [Fact]
        public void Reports_unreadable_files_without_losing_the_other_findings()
        {
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.WarningRule, "emqx.conf", 1, 1));
            analysis.Notifications.Add(ToolNotification.Unreadable("etc/locked.conf", "Permission denied"));

            var run = Run();

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("configlint: cannot read etc/locked.conf: Permission denied\n1 finding (1 warning) in 1 of 1 file\n", run.Error);
            Assert.Contains("emqx.conf:1:1: warning CL9002", run.Output);
        }

        [Fact]
        public void A_missing_path_is_exit_code_2_before_any_scan()
        {
            var run = Run("emqx.conf", "missing");

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("configlint: no such file or folder: missing\n", run.Error);
            Assert.Null(analysis.LastScan);
        }

        [Fact]
        public void Lists_the_rules_as_an_aligned_table()
        {
            var run = Run("--list-rules");

            Assert.Equal(
                "ID      NAME                        SEVERITY  TITLE\n" +
                "CL9001  fake-error                  error     Fake fake-error rule\n" +
                "CL9002  fake-warning                warning   Fake fake-warning rule\n" +
                "CL9003  fake-note-with-a-long-name  note      Fake fake-note-with-a-long-name rule\n",
                run.Output);
            Assert.Equal(0, run.ExitCode);
        }

        [Theory]
        [InlineData("CL9002")]
        [InlineData("cl9002")]
        [InlineData("fake-warning")]
        [InlineData("Fake-Warning")]
        public void Explains_one_rule_with_its_markdown_section(string id)
        {
            var run = Run("--explain", id);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(RuleMarkdown.Section(FakeAnalysis.WarningRule).TrimEnd('\n') + "\n", run.Output);
        }

        [Fact]
        public void An_unknown_rule_is_exit_code_2()
        {
            var run = Run("--explain", "CL0999");

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("configlint: no rule CL0999; --list-rules shows them all\n", run.Error);
        }

        [Theory]
        [InlineData("fake-warnin", "fake-warning")]
        [InlineData("CL9O01", "CL9001 or CL9002 or CL9003")]
        [InlineData("fake-eror", "fake-error")]
        public void An_unknown_rule_suggests_the_closest_names(string typed, string suggested)
        {
            var run = Run("--explain", typed);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"configlint: no rule {typed}; did you mean {suggested}? --list-rules shows them all\nRun 'configlint --help' for usage.\n", run.Error);
        }

        [Fact]
        public void Prints_help_with_every_option_and_the_exit_codes()
        {
            var run = Run("--help");

            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith("Usage: configlint [options] [PATH...]", run.Output);
            foreach (var option in new[] { "--format", "--output", "--quiet", "--color", "--stdin-filename", "--fail-level", "--exclude", "--resolve", "--list-rules", "--explain", "--select", "--ignore", "--print-config", "--baseline", "--write-baseline", "--help", "--version", "Exit codes:" })
                Assert.Contains(option, run.Output);
        }

        [Fact]
        public void Prints_the_informational_version()
        {
            var run = Run("--version");

            Assert.Equal(0, run.ExitCode);
            Assert.Matches(@"^\d+\.\d+\.\d+\S*\n$", run.Output);
            Assert.Equal(ToolEnvironment.ToolVersion + "\n", run.Output);
        }

        [Fact]
        public void Resolve_prints_the_configuration_as_json_with_secrets_masked()
        {
            analysis.Resolved = new ResolvedFile(NodeSettings("emqx@127.0.0.1", "emqxsecretcookie"), ImmutableArray<Diagnostic>.Empty);

            var run = Run("--resolve", "emqx.conf");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(temp.FullPath("emqx.conf"), analysis.LastResolvedPath);
            using var json = JsonDocument.Parse(run.Output);
            var node = json.RootElement.GetProperty("node");
            Assert.Equal("emqx@127.0.0.1", node.GetProperty("name").GetString());
            Assert.Equal(SecretKeys.Mask, node.GetProperty("cookie").GetString());
            Assert.DoesNotContain("emqxsecretcookie", run.Output);
        }

        [Fact]
        public void Resolving_large_files_in_one_process_leaves_its_collections_as_they_were()
        {
            // Over 1 MB, --resolve runs without collections; the region must end with the command, and a second
            // large file must not find one still open.
            temp.File("large.conf", "# " + new string('x', 2 * 1024 * 1024) + "\nnode.name = \"emqx@127.0.0.1\"\n");
            analysis.Resolved = new ResolvedFile(NodeSettings("emqx@127.0.0.1", "emqxsecretcookie"), ImmutableArray<Diagnostic>.Empty);

            var first = Run("--resolve", "large.conf");
            var second = Run("--resolve", "large.conf");

            Assert.Equal(0, first.ExitCode);
            Assert.Equal(0, second.ExitCode);
            Assert.Equal(first.Output, second.Output);
            Assert.NotEqual(System.Runtime.GCLatencyMode.NoGCRegion, System.Runtime.GCSettings.LatencyMode);
        }

        [Fact]
        public void Resolve_sends_read_errors_to_standard_error_with_exit_code_1()
        {
            var error = FakeAnalysis.Finding(FakeAnalysis.ErrorRule, "emqx.conf", 3, 5);
            analysis.Resolved = new ResolvedFile(null, ImmutableArray.Create(error));

            var run = Run("--resolve", "emqx.conf");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.Equal("emqx.conf:3:5: error CL9001: fake finding of fake-error\n", run.Error.Replace("\r\n", "\n"));
        }

        [Fact]
        public void Resolve_of_a_missing_file_is_exit_code_2()
        {
            var run = Run("--resolve", "missing.conf");

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("configlint: no such file: missing.conf\n", run.Error);
            Assert.Null(analysis.LastResolvedPath);
        }

        /// <summary><c>node { name = …, cookie = … }</c>, defined in one fake file.</summary>
        private static ConfigObject NodeSettings(string name, string cookie)
        {
            var origin = new ConfigOrigin("emqx.conf", SourceText.From(""), default, default);
            var node = new Dictionary<string, ConfigValue>
            {
                ["name"] = new ConfigScalar(ConfigValueKind.String, name, origin),
                ["cookie"] = new ConfigScalar(ConfigValueKind.String, cookie, origin),
            };
            return new ConfigObject(new Dictionary<string, ConfigValue> { ["node"] = new ConfigObject(node, origin) }, origin);
        }
    }
}
