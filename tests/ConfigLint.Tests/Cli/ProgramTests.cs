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
        public void Writes_text_findings_to_standard_output_by_default()
        {
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.ErrorRule, "etc/emqx.conf", 4, 12));
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.NoteRule, "vm.args", 2, 1));

            var run = Run();

            Assert.Equal(
                "etc/emqx.conf:4:12: error CL9001: fake finding of fake-error\n" +
                "vm.args:2:1: note CL9003: fake finding of fake-note-with-a-long-name\n",
                run.Output.Replace("\r\n", "\n"));
            Assert.Equal("", run.Error);
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
            Assert.Equal("configlint: cannot read etc/locked.conf: Permission denied\n", run.Error);
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

        [Fact]
        public void Prints_help_with_every_option_and_the_exit_codes()
        {
            var run = Run("--help");

            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith("Usage: configlint [options] [PATH...]", run.Output);
            foreach (var option in new[] { "--format", "--output", "--fail-level", "--exclude", "--resolve", "--list-rules", "--explain", "--select", "--ignore", "--print-config", "--help", "--version", "Exit codes:" })
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
