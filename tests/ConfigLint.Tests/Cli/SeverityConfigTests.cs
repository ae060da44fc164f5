using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ConfigLint.Cli;
using Xunit;

namespace ConfigLint.Tests.Cli
{
    /// <summary>
    /// Severities from .editorconfig and .globalconfig (as the C# compiler applies them), <c>--select</c>,
    /// <c>--ignore</c> and <c>--print-config</c>, with the real rules. Every tree has a <c>root = true</c>
    /// .editorconfig so nothing above the temp folder takes part.
    /// </summary>
    public sealed class SeverityConfigTests : System.IDisposable
    {
        private const string WeakCookie = "node.cookie = emqxsecretcookie\n";
        private const string Cookie = "aaaaaaaaaaaaaaaaaaaa";
        private static readonly string TwoFindings = $"node {{\n  name = \"emqx@127.0.0.1\"\n  cookie = \"{Cookie}\"\n}}\ndashboard.default_password = public\n";

        private readonly TempFolder temp = new();

        public void Dispose() => temp.Dispose();

        private ToolRun Run(params string[] args) =>
            ToolRun.Capture((output, error) => Program.Run(args, output, error, temp.Path));

        /// <summary>
        /// Each finding line without its message (<c>dev/emqx.conf:1:15: note CL1003</c>); with rule ids, only theirs
        /// (the files of these tests lack the TLS and authentication settings other rules ask for).
        /// </summary>
        private static string[] Findings(ToolRun run, params string[] ruleIds) =>
            run.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries)
                .Select(line => string.Join(":", line.Split(':').Take(4)))
                .Where(finding => ruleIds.Length == 0 || ruleIds.Any(finding.EndsWith))
                .ToArray();

        /// <summary>The <c>--print-config</c> line of one rule.</summary>
        private static string RuleLine(ToolRun run, string ruleId) => run.Output.Split('\n').Single(line => line.StartsWith(ruleId + " "));

        [Fact]
        public void Editorconfig_sections_raise_lower_and_disable_per_folder_with_the_nearest_file_winning()
        {
            temp.File(".editorconfig", "root = true\n[*.conf]\ndotnet_diagnostic.CL1003.severity = warning\n");
            temp.File("dev/.editorconfig", "[*.conf]\ndotnet_diagnostic.cl1003.severity = suggestion\n");
            temp.File("test/.editorconfig", "[*.conf]\ndotnet_diagnostic.CL1003.severity = none\n");
            temp.File("prod/.editorconfig", "[**/emqx.conf]\ndotnet_diagnostic.CL1003.severity = error\n");
            temp.File("prod/eu/.editorconfig", "[*.hocon]\ndotnet_diagnostic.CL1003.severity = none\n");
            temp.File("isolated/.editorconfig", "root = true\n");
            foreach (var folder in new[] { "plain", "dev", "test", "prod/eu", "isolated" })
                temp.File(folder + "/emqx.conf", WeakCookie);

            var run = Run();

            Assert.Equal(new[]
            {
                "dev/emqx.conf:1:15: note CL1003",
                "isolated/emqx.conf:1:15: error CL1003",
                "plain/emqx.conf:1:15: warning CL1003",
                "prod/eu/emqx.conf:1:15: error CL1003",
            }, Findings(run, "CL1003"));
            // Only the summary line: the configurations themselves are read without a note.
            Assert.Single(run.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("24 findings (12 errors, 11 warnings, 1 note) in ", run.Error);
            Assert.Equal(1, run.ExitCode);
        }

        [Theory]
        [InlineData("suggestion", "warning", 0)]
        [InlineData("suggestion", "note", 1)]
        [InlineData("warning", "error", 0)]
        [InlineData("warning", "warning", 1)]
        [InlineData("silent", "note", 0)]
        [InlineData("none", "note", 0)]
        public void The_fail_level_compares_the_effective_severity(string severity, string failLevel, int exitCode)
        {
            temp.File(".editorconfig", $"root = true\n[*]\ndotnet_diagnostic.CL1003.severity = {severity}\n");
            temp.File("emqx.conf", WeakCookie);

            var run = Run("--fail-level", failLevel, "--select", "CL1003");

            Assert.Equal(exitCode, run.ExitCode);
            Assert.Equal(severity is "silent" or "none" ? 0 : 1, Findings(run).Length);
        }

        [Fact]
        public void Bulk_severity_applies_to_rules_no_key_names_the_category_key_first()
        {
            temp.File(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = suggestion\n"
                + "[named/*]\ndotnet_diagnostic.CL1003.severity = default\n"
                + "[security/*]\ndotnet_analyzer_diagnostic.category-Security.severity = warning\n");
            foreach (var folder in new[] { "all", "named", "security" })
                temp.File(folder + "/emqx.conf", TwoFindings);

            var run = Run();

            Assert.Equal(new[]
            {
                "all/emqx.conf:3:12: note CL1003",
                "all/emqx.conf:5:30: note CL1006",
                "named/emqx.conf:3:12: error CL1003",
                "named/emqx.conf:5:30: note CL1006",
                "security/emqx.conf:3:12: warning CL1003",
                "security/emqx.conf:5:30: warning CL1006",
            }, Findings(run, "CL1003", "CL1006"));
        }

        [Fact]
        public void A_globalconfig_in_the_current_folder_applies_below_a_matching_editorconfig_section()
        {
            temp.File(".globalconfig", "is_global = true\ndotnet_diagnostic.CL1003.severity = warning\ndotnet_diagnostic.CL1006.severity = none\n");
            temp.File(".editorconfig", "root = true\n[strict/*]\ndotnet_diagnostic.CL1003.severity = error\n");
            temp.File("relaxed/emqx.conf", TwoFindings);
            temp.File("strict/emqx.conf", TwoFindings);

            var run = Run();

            Assert.Equal(new[] { "relaxed/emqx.conf:3:12: warning CL1003", "strict/emqx.conf:3:12: error CL1003" }, Findings(run, "CL1003", "CL1006"));
        }

        [Fact]
        public void A_severity_roslyn_does_not_know_is_ignored_with_a_note()
        {
            temp.File(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL1003.severity = eror\n");
            temp.File("emqx.conf", WeakCookie);

            var run = Run();

            Assert.Equal(new[] { "emqx.conf:1:15: error CL1003" }, Findings(run, "CL1003"));
            Assert.StartsWith($"configlint: note: ignored: The diagnostic 'cl1003' was given an invalid severity 'eror' in the analyzer config file at '{Path.Combine(temp.Path, ".editorconfig")}'.\n", run.Error);
        }

        [Theory]
        [InlineData(new[] { "--ignore", "weak-erlang-cookie" }, new[] { "CL1003" })]
        [InlineData(new[] { "--ignore", "cl1006,CL1003" }, new[] { "CL1003", "CL1006" })]
        public void Ignore_leaves_out_the_rules_named_by_id_in_any_case_or_name(string[] args, string[] ignored)
        {
            temp.File(".editorconfig", "root = true\n");
            temp.File("emqx.conf", TwoFindings);
            var all = Findings(Run());

            var run = Run(args);

            Assert.Equal(all.Where(f => !ignored.Any(f.EndsWith)), Findings(run));
            Assert.Equal(ignored.Length, all.Length - Findings(run).Length);
        }

        [Theory]
        [InlineData(new[] { "--select", "cl1003" }, new[] { "emqx.conf:3:12: error CL1003" })]
        [InlineData(new[] { "--select", "dashboard-default-password, weak-erlang-cookie", "--ignore", "CL1003" }, new[] { "emqx.conf:5:30: error CL1006" })]
        [InlineData(new[] { "--select", "CL1003", "--ignore", "weak-erlang-cookie" }, new string[0])]
        public void Select_runs_only_the_rules_named_by_id_or_name(string[] args, string[] findings)
        {
            temp.File(".editorconfig", "root = true\n");
            temp.File("emqx.conf", TwoFindings);

            var run = Run(args);

            Assert.Equal(findings, Findings(run));
            Assert.Equal(findings.Length == 0 ? 0 : 1, run.ExitCode);
        }

        [Fact]
        public void Ignore_wins_over_an_editorconfig_that_raises_the_rule()
        {
            temp.File(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL1003.severity = error\n");
            temp.File("emqx.conf", WeakCookie);

            var run = Run("--ignore", "CL1003");

            Assert.DoesNotContain("CL1003", run.Output);
            Assert.Contains("CL1001", run.Output);
        }

        [Theory]
        [InlineData("--select")]
        [InlineData("--ignore")]
        public void An_unknown_rule_is_a_usage_error_naming_the_closest_rules(string option)
        {
            var run = Run(option, "CL1003,weak-erlang-cooky");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"configlint: {option}: no rule weak-erlang-cooky; did you mean weak-erlang-cookie? --list-rules shows them all\nRun 'configlint --help' for usage.\n", run.Error);
            Assert.Equal("", run.Output);
        }

        [Theory]
        [InlineData("cl1030", "; did you mean CL1001 or CL1002 or CL1003? ")]
        [InlineData("weak-erlang-cooky", "; did you mean weak-erlang-cookie? ")]
        [InlineData("nothing-like-it", "; ")]
        public void An_unknown_rule_names_the_closest_ids_or_names_within_three_edits(string typed, string suggestion)
        {
            var run = Run("--ignore", typed);

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith($"configlint: --ignore: no rule {typed}{suggestion}--list-rules", run.Error);
        }

        [Fact]
        public void Print_config_shows_every_rules_severity_and_where_it_was_set()
        {
            temp.File(".globalconfig", "is_global = true\ndotnet_analyzer_diagnostic.severity = suggestion\n");
            temp.File(".editorconfig", "root = true\n\n[*.conf]\ndotnet_diagnostic.CL1003.severity = warning\n\n[deploy/**]\n# quieter in deploy\ndotnet_diagnostic.CL1006.severity = silent\n");
            temp.File("deploy/.editorconfig", "[emqx.conf]\ndotnet_diagnostic.CL2001.severity = none\ndotnet_analyzer_diagnostic.category-Security.severity = error\n");
            var file = temp.File("deploy/emqx.conf", TwoFindings);

            var run = Run("--print-config", "deploy/emqx.conf", "--ignore", "webui-http");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Error);
            const string bulk = "error    deploy/.editorconfig [emqx.conf] dotnet_analyzer_diagnostic.category-Security.severity";
            Assert.Equal(
                "CL0001  unreadable-config           " + bulk + "\n" +
                "CL0002  suppression-without-reason  " + bulk + "\n" +
                "CL0003  unused-suppression          " + bulk + "\n" +
                "CL1001  rpc-plaintext               " + bulk + "\n" +
                "CL1002  rpc-tls-incomplete          " + bulk + "\n" +
                "CL1003  weak-erlang-cookie          warning  .editorconfig [*.conf] dotnet_diagnostic.CL1003.severity\n" +
                "CL1004  dist-plaintext              " + bulk + "\n" +
                "CL1005  port-node-mismatch          " + bulk + "\n" +
                "CL1006  dashboard-default-password  silent   .editorconfig [deploy/**] dotnet_diagnostic.CL1006.severity\n" +
                "CL1007  dashboard-http              " + bulk + "\n" +
                "CL1008  anonymous-access            " + bulk + "\n" +
                "CL1009  setting-has-no-effect       " + bulk + "\n" +
                "CL2001  dist-no-peer-verification   none     deploy/.editorconfig [emqx.conf] dotnet_diagnostic.CL2001.severity\n" +
                "CL2002  dist-peer-cert-optional     " + bulk + "\n" +
                "CL2003  dist-tls-incomplete         " + bulk + "\n" +
                "CL2004  dist-legacy-tls             " + bulk + "\n" +
                "CL2005  dist-sni-disabled           " + bulk + "\n" +
                "CL2006  demo-certificate            " + bulk + "\n" +
                "CL2007  dist-tls-unconfigured       " + bulk + "\n" +
                "CL2008  cluster-cookie-mismatch     " + bulk + "\n" +
                "CL2009  dist-option-wrong-side      " + bulk + "\n" +
                "CL3001  webui-http                  none     --ignore\n" +
                "CL3002  plaintext-exec-password     " + bulk + "\n" +
                "CL3003  plaintext-credential        " + bulk + "\n" +
                "CL3004  webui-unrestricted          " + bulk + "\n" +
                "CL3005  snmp-default-community      " + bulk + "\n" +
                "CL3006  smtp-plaintext-auth         " + bulk + "\n",
                run.Output);
            Assert.DoesNotContain(Cookie, run.Output);
            Assert.True(File.Exists(file));
        }

        [Fact]
        public void Print_config_names_defaults_the_global_section_and_select()
        {
            temp.File(".globalconfig", "is_global = true\ndotnet_diagnostic.CL1003.severity = suggestion\n");
            temp.File(".editorconfig", "root = true\n");
            temp.File("emqx.conf", WeakCookie);

            var run = Run("--print-config", "emqx.conf", "--select", "CL1003,CL1004");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("CL1001  rpc-plaintext               none   --select", RuleLine(run, "CL1001"));
            Assert.Equal("CL1003  weak-erlang-cookie          note   .globalconfig (global section) dotnet_diagnostic.CL1003.severity", RuleLine(run, "CL1003"));
            Assert.Equal("CL1004  dist-plaintext              error  default", RuleLine(run, "CL1004"));
        }

        [Fact]
        public void Print_config_passes_over_a_config_above_a_root_one()
        {
            temp.File(".globalconfig", "is_global = true\ndotnet_diagnostic.CL1003.severity = suggestion\n");
            temp.File(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL1003.severity = warning\n");
            temp.File("sub/.editorconfig", "root = true\n[*.hocon]\ndotnet_diagnostic.CL1003.severity = error\n");

            var top = RuleLine(Run("--print-config", "emqx.conf"), "CL1003");
            var below = RuleLine(Run("--print-config", "sub/emqx.conf"), "CL1003");

            Assert.Equal("CL1003  weak-erlang-cookie          warning  .editorconfig [*] dotnet_diagnostic.CL1003.severity", top);
            Assert.Equal("CL1003  weak-erlang-cookie          note     .globalconfig (global section) dotnet_diagnostic.CL1003.severity", below);
        }

        [Theory]
        [InlineData("suggestion", new[] { "emqx.conf:2:3: note CL0003" })]
        [InlineData("none", new string[0])]
        public void Editorconfig_sets_the_severity_of_an_unused_suppression(string severity, string[] findings)
        {
            temp.File(".editorconfig", $"root = true\n[*]\ndotnet_diagnostic.CL0003.severity = {severity}\n");
            temp.File("emqx.conf", "node.cookie = emqxsecretcookie\n# configlint-disable-next-line CL2001 -- not here\nnode.name = emqx@127.0.0.1\n");

            Assert.Equal(findings, Findings(Run(), "CL0003"));
        }

        [Fact]
        public void A_suppression_of_a_rule_set_to_none_suppresses_nothing_and_is_unused()
        {
            temp.File(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL1003.severity = none\n");
            temp.File("emqx.conf", "# configlint-disable-next-line CL1003 -- lab cluster\nnode.cookie = emqxsecretcookie\n");

            var run = Run();

            Assert.Equal(new[] { "emqx.conf:1:3: warning CL0003" }, Findings(run, "CL1003", "CL0003"));
        }

        [Fact]
        public void A_suppressed_finding_keeps_its_effective_severity_in_sarif()
        {
            temp.File(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL1003.severity = suggestion\n");
            temp.File("emqx.conf", "# configlint-disable-next-line CL1003 -- lab cluster\nnode.cookie = emqxsecretcookie\n");
            var output = Path.Combine(temp.Path, "out.sarif");

            Run("--format", "sarif", "--output", output);

            using var sarif = JsonDocument.Parse(File.ReadAllBytes(output));
            var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "CL1003");
            Assert.Equal("note", result.GetProperty("level").GetString());
            Assert.Equal("lab cluster", result.GetProperty("suppressions")[0].GetProperty("justification").GetString());
        }

        [Fact]
        public async Task Sarif_levels_follow_the_effective_severity_and_stay_valid()
        {
            temp.File(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL1003.severity = suggestion\ndotnet_diagnostic.CL1006.severity = warning\n");
            temp.File("emqx.conf", TwoFindings);
            var output = Path.Combine(temp.Path, "out.sarif");

            var run = Run("--format", "sarif", "--output", output);

            Assert.Equal(1, run.ExitCode);
            var bytes = File.ReadAllBytes(output);
            await Sarif.SarifSchemaTests.AssertValid(bytes);
            using var sarif = JsonDocument.Parse(bytes);
            var levels = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("ruleId").GetString() + " " + r.GetProperty("level").GetString())
                .Where(r => r.StartsWith("CL1003") || r.StartsWith("CL1006"));
            Assert.Equal(new[] { "CL1003 note", "CL1006 warning" }, levels);
            Assert.DoesNotContain(Cookie, File.ReadAllText(output));
        }
    }
}
