using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ConfigLint.Cli;
using Xunit;

namespace ConfigLint.Tests.Cli
{
    /// <summary><c>--write-baseline</c> then <c>--baseline</c>, with the real scanner, over edits a repository sees.</summary>
    public sealed class BaselineRunTests : System.IDisposable
    {
        private const string Cookie = "emqxsecretcookie";

        // Four findings: CL1001 and CL1004 at 1:1 (settings not set), CL1003 at 3:12 (the cookie), CL1007 at 5:33 (the port).
        private const string Config = """
            node {
              name = "emqx@10.0.0.1"
              cookie = "emqxsecretcookie"
            }
            dashboard.listeners.http.bind = "0.0.0.0:18083"
            authentication = [{ mechanism = password_based, backend = built_in_database }]
            authorization { sources = [], no_match = deny }

            """;

        private readonly TempFolder temp = new();
        private readonly FakeAnalysis analysis = new();

        public BaselineRunTests() => temp.File("emqx.conf", Config);

        public void Dispose() => temp.Dispose();

        private ToolRun Run(params string[] args) =>
            ToolRun.Capture((output, error) => Program.Run(args, output, error, temp.Path));

        private void RecordBaseline() =>
            Assert.Equal(new ToolRun(0, "", "configlint: recorded 4 findings in the baseline baseline.sarif\n"), Run("--write-baseline", "baseline.sarif", "."));

        [Fact]
        public async Task Write_baseline_records_the_findings_as_portable_sarif_and_reports_nothing_else()
        {
            RecordBaseline();

            var bytes = File.ReadAllBytes(temp.FullPath("baseline.sarif"));
            using var sarif = JsonDocument.Parse(bytes);
            var run = sarif.RootElement.GetProperty("runs")[0];
            Assert.False(run.TryGetProperty("originalUriBaseIds", out _));
            Assert.Equal(
                new[] { "CL1001", "CL1004", "CL1003", "CL1007" },
                run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()));
            Assert.All(run.GetProperty("results").EnumerateArray(), r => Assert.Equal(32, r.GetProperty("partialFingerprints").GetProperty("configlint/v1").GetString()!.Length));
            await Sarif.SarifSchemaTests.AssertValid(bytes);
        }

        [Fact]
        public void Lines_inserted_above_the_findings_leave_them_unchanged_and_the_run_passes()
        {
            RecordBaseline();
            temp.File("emqx.conf", "# deployed by ansible\n\nlog.console.level = info\n" + Config);

            Assert.Equal(new ToolRun(0, "", "No findings in 1 file; 4 unchanged, 0 absent (baseline).\n"), Run("--baseline", "baseline.sarif", "."));
        }

        [Fact]
        public void A_changed_port_is_new_its_old_finding_absent_and_the_run_fails()
        {
            RecordBaseline();
            temp.File("emqx.conf", Config.Replace("0.0.0.0:18083", "0.0.0.0:18084"));

            var run = Run("--baseline", "baseline.sarif", ".");

            Assert.Equal(
                new ToolRun(
                    1,
                    "emqx.conf:5:33: error CL1007: The dashboard serves plain HTTP on 0.0.0.0:18084 and HTTPS is not enabled; "
                    + "logins and API credentials cross the network in clear [new]\n",
                    "1 finding (1 error) in 1 of 1 file; 3 unchanged, 1 absent (baseline)\n"),
                run);
        }

        [Fact]
        public void A_changed_secret_leaves_its_finding_unchanged_and_appears_nowhere()
        {
            // Weak cookies of the tool's own choosing: the well-known default is quoted in the rules' documentation.
            const string recorded = "aaaaaaaaaaaaaaaaaaaa", changed = "zzzzzzzzzzzzzzzzzzzz";
            temp.File("emqx.conf", Config.Replace(Cookie, recorded));
            RecordBaseline();
            temp.File("emqx.conf", Config.Replace(Cookie, changed));
            var sarif = temp.FullPath("out.sarif");

            var text = Run("--baseline", "baseline.sarif", ".");
            var sarifRun = Run("--baseline", "baseline.sarif", ".", "--output", sarif);

            Assert.Equal(new ToolRun(0, "", "No findings in 1 file; 4 unchanged, 0 absent (baseline).\n"), text);
            Assert.Equal(new ToolRun(0, "", "No findings in 1 file; 4 unchanged, 0 absent (baseline).\n"), sarifRun);
            foreach (var output in new[] { File.ReadAllText(temp.FullPath("baseline.sarif")), File.ReadAllText(sarif) })
            {
                Assert.DoesNotContain(recorded, output);
                Assert.DoesNotContain(changed, output);
            }
        }

        [Fact]
        public async Task Sarif_against_the_baseline_has_a_state_on_every_result_and_keeps_the_absent_one()
        {
            RecordBaseline();
            temp.File("emqx.conf", "# moved\n" + Config.Replace("0.0.0.0:18083", "0.0.0.0:18084"));
            var output = temp.FullPath("out.sarif");

            var run = Run("--baseline", "baseline.sarif", ".", "--format", "sarif", "--output", output);

            Assert.Equal(new ToolRun(1, "", "1 finding (1 error) in 1 of 1 file; 3 unchanged, 1 absent (baseline)\n"), run);
            var bytes = File.ReadAllBytes(output);
            using var sarif = JsonDocument.Parse(bytes);
            var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(
                new[] { "CL1001 unchanged 1", "CL1004 unchanged 1", "CL1003 unchanged 4", "CL1007 new 6", "CL1007 absent 5" },
                results.Select(r => $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("baselineState").GetString()} "
                    + r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()));
            Assert.Contains("0.0.0.0:18083", results[4].GetProperty("message").GetProperty("text").GetString());
            await Sarif.SarifSchemaTests.AssertValid(bytes);
        }

        [Fact]
        public void A_run_against_its_own_sarif_log_finds_everything_unchanged()
        {
            RecordBaseline();
            temp.File("emqx.conf", Config.Replace("0.0.0.0:18083", "0.0.0.0:18084"));
            Assert.Equal(1, Run("--baseline", "baseline.sarif", ".", "--output", "next.sarif").ExitCode);

            // The absent entry the log carries is not a finding of that run.
            Assert.Equal(new ToolRun(0, "", "No findings in 1 file; 4 unchanged, 0 absent (baseline).\n"), Run("--baseline", "next.sarif", "."));
        }

        [Theory]
        [InlineData("warning", 1)]
        [InlineData("error", 0)]
        public void Only_new_findings_at_or_above_the_fail_level_fail_the_run(string failLevel, int expected)
        {
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.ErrorRule, "emqx.conf", 4, 12));
            Assert.Equal(0, analysis.Run(temp.Path, "--write-baseline", "baseline.sarif").ExitCode);
            analysis.Findings.Add(FakeAnalysis.Finding(FakeAnalysis.WarningRule, "emqx.conf", 7, 1));

            var run = analysis.Run(temp.Path, "--baseline", "baseline.sarif", "--fail-level", failLevel);

            Assert.Equal(expected, run.ExitCode);
            Assert.Equal("emqx.conf:7:1: warning CL9002: fake finding of fake-warning [new]\n", run.Output);
            Assert.Equal("1 finding (1 warning) in 1 of 2 files; 1 unchanged, 0 absent (baseline)\n", run.Error);
        }

        [Fact]
        public void Write_baseline_exits_2_when_a_file_could_not_be_read_and_still_records_the_others()
        {
            temp.File("big/emqx.conf", "node.cookie = emqxsecretcookie\n" + new string('#', 2048) + "\n");

            var run = Run("--write-baseline", "baseline.sarif", ".", "--max-file-size", "1K");

            Assert.Equal(
                new ToolRun(2, "", "configlint: cannot read big/emqx.conf: larger than the limit of 1024 bytes (--max-file-size)\n"
                    + "configlint: recorded 4 findings in the baseline baseline.sarif\n"),
                run);
        }

        [Theory]
        [InlineData("folder", "configlint: cannot read the baseline folder: it is a folder\n")]
        [InlineData("empty.sarif", "configlint: the baseline empty.sarif is not a SARIF log written by configlint --write-baseline: it is not JSON (line 1, byte 1)\n")]
        [InlineData("emqx.conf", "configlint: the baseline emqx.conf is not a SARIF log written by configlint --write-baseline: it is not JSON (line 1, byte 2)\n")]
        [InlineData("other.sarif", "configlint: the baseline other.sarif is not a SARIF log written by configlint --write-baseline: it has no \"runs\" array\n")]
        public void A_baseline_that_cannot_be_read_or_is_not_a_log_exits_2_with_one_line_and_no_scan(string file, string error)
        {
            temp.Folder("folder");
            temp.File("empty.sarif");
            temp.File("other.sarif", "{\"version\": \"2.1.0\"}");

            Assert.Equal(new ToolRun(2, "", error), analysis.Run(temp.Path, "--baseline", file));
            Assert.Null(analysis.LastScan);
        }

        [Fact]
        public void A_missing_baseline_exits_2_with_one_line_naming_it()
        {
            var run = Run("--baseline", "missing.sarif", ".");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.StartsWith("configlint: cannot read the baseline missing.sarif: ", run.Error);
            Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        }
    }
}
