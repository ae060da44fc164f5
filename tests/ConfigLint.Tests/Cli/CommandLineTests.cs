using ConfigLint.Cli;
using ConfigLint.Reporting;
using Xunit;

namespace ConfigLint.Tests.Cli
{
    public class CommandLineTests
    {
        [Fact]
        public void Defaults_to_a_text_scan_of_the_current_folder_failing_on_warnings()
        {
            var commandLine = CommandLine.Parse(new string[0]);

            Assert.Equal(Command.Scan, commandLine.Command);
            Assert.Equal(ReportFormat.Text, commandLine.Format);
            Assert.Equal(FailLevel.Warning, commandLine.FailLevel);
            Assert.Null(commandLine.OutputFile);
            Assert.Empty(commandLine.Paths);
            Assert.Empty(commandLine.Excludes);
        }

        [Fact]
        public void Reads_every_scan_option_in_both_spellings()
        {
            var commandLine = CommandLine.Parse(new[]
            {
                "a", "--format", "sarif", "--output=out.sarif", "--fail-level", "note",
                "--exclude", "vendor", "--exclude=*.bak", "b",
            });

            Assert.Equal(ReportFormat.Sarif, commandLine.Format);
            Assert.Equal("out.sarif", commandLine.OutputFile);
            Assert.Equal(FailLevel.Note, commandLine.FailLevel);
            Assert.Equal(new[] { "vendor", "*.bak" }, commandLine.Excludes);
            Assert.Equal(new[] { "a", "b" }, commandLine.Paths);
        }

        [Fact]
        public void Reads_the_sarif_and_watch_options()
        {
            var commandLine = CommandLine.Parse(new[] { "--watch", "--sarif-portable", "--category", "emqx/prod/", "--output", ".sarif/configlint.sarif", "etc" });

            Assert.True(commandLine.Watch);
            Assert.True(commandLine.SarifPortable);
            Assert.Equal("emqx/prod", commandLine.Category);
            Assert.Equal(ReportFormat.Sarif, commandLine.Format);
            Assert.Equal("configlint", CommandLine.Parse(new string[0]).Category);
        }

        [Theory]
        [InlineData(".sarif/configlint.sarif", null, "Sarif")]
        [InlineData("report.SARIF", null, "Sarif")]
        [InlineData("report.sarif.json", null, "Sarif")]
        [InlineData("report.json", null, "Text")]
        [InlineData("report.txt", null, "Text")]
        [InlineData(".sarif/configlint.sarif", "text", "Text")]
        public void An_output_file_ending_in_sarif_or_sarif_json_selects_sarif_unless_a_format_is_given(string output, string? format, string expected)
        {
            var args = format == null ? new[] { "--output", output } : new[] { "--output", output, "--format", format };
            Assert.Equal(System.Enum.Parse<ReportFormat>(expected), CommandLine.Parse(args).Format);
        }

        [Fact]
        public void Reads_the_baseline_options()
        {
            Assert.Equal("baseline.sarif", CommandLine.Parse(new[] { "--baseline", "baseline.sarif", "etc" }).BaselineFile);
            Assert.Equal("baseline.sarif", CommandLine.Parse(new[] { "--write-baseline=baseline.sarif" }).WriteBaselineFile);
            Assert.Null(CommandLine.Parse(new string[0]).BaselineFile);
            Assert.Null(CommandLine.Parse(new string[0]).WriteBaselineFile);
        }

        [Fact]
        public void Reads_the_everyday_options()
        {
            var commandLine = CommandLine.Parse(new[] { "--quiet", "--color=never", "--format", "github", "--stdin-filename", "deploy/emqx.conf", "-" });

            Assert.True(commandLine.Quiet);
            Assert.Equal(ColorChoice.Never, commandLine.Color);
            Assert.Equal(ReportFormat.GitHub, commandLine.Format);
            Assert.Equal("deploy/emqx.conf", commandLine.StdinFileName);
            Assert.Empty(commandLine.Paths);
            Assert.Equal(ColorChoice.Auto, CommandLine.Parse(new string[0]).Color);
            Assert.Equal(ReportFormat.Json, CommandLine.Parse(new[] { "--format=json" }).Format);
        }

        [Theory]
        [InlineData("-", "- reads standard input and needs --stdin-filename PATH, the path its text is linted as")]
        [InlineData("--stdin-filename emqx.conf", "--stdin-filename lints standard input and takes - as its only PATH")]
        [InlineData("--stdin-filename emqx.conf - other.conf", "--stdin-filename lints standard input and takes - as its only PATH")]
        [InlineData("--stdin-filename emqx.conf --watch -", "--watch cannot be combined with --stdin-filename")]
        [InlineData("--color sometimes", "--color must be one of auto, always, never, not 'sometimes'")]
        [InlineData("--quiet --list-rules", "--quiet applies to scanning files and cannot be combined with --list-rules")]
        public void Rejects_bad_everyday_options(string args, string message) =>
            Assert.Equal(message, Assert.Throws<UsageException>(() => CommandLine.Parse(args.Split(' '))).Message);

        [Theory]
        [InlineData("--watch=yes")]
        [InlineData("--category")]
        [InlineData("--category=/")]
        [InlineData("--list-rules --watch")]
        [InlineData("--explain CL1003 --sarif-portable")]
        public void Rejects_bad_sarif_and_watch_options(string args) =>
            Assert.Throws<UsageException>(() => CommandLine.Parse(args.Split(' ')));

        [Theory]
        [InlineData("4096", 4096L)]
        [InlineData("64K", 65536L)]
        [InlineData("16M", 16777216L)]
        [InlineData("2g", 2147483648L)]
        public void Reads_the_largest_file_size(string value, long expected) =>
            Assert.Equal(expected, CommandLine.Parse(new[] { "--max-file-size", value }).MaxFileSize);

        [Theory]
        [InlineData("0")]
        [InlineData("-5")]
        [InlineData("12T")]
        [InlineData("M")]
        [InlineData("99999999999G")]
        public void Rejects_a_file_size_that_is_not_a_positive_number_of_bytes(string value) =>
            Assert.Throws<UsageException>(() => CommandLine.Parse(new[] { "--max-file-size=" + value }));

        [Theory]
        [InlineData("error", "Error")]
        [InlineData("warning", "Warning")]
        [InlineData("note", "Note")]
        [InlineData("none", "None")]
        public void Reads_each_fail_level(string value, string expected) =>
            Assert.Equal(expected, CommandLine.Parse(new[] { "--fail-level", value }).FailLevel.ToString());

        [Fact]
        public void Takes_everything_after_double_dash_as_paths()
        {
            var commandLine = CommandLine.Parse(new[] { "--", "--format", "-" });

            Assert.Equal(new[] { "--format", "-" }, commandLine.Paths);
        }

        [Theory]
        [InlineData("Resolve", "etc/emqx.conf", "--resolve", "etc/emqx.conf")]
        [InlineData("Explain", "CL1003", "--explain", "CL1003")]
        [InlineData("Explain", "CL1003", "--explain=CL1003")]
        [InlineData("PrintConfig", "etc/emqx.conf", "--print-config", "etc/emqx.conf")]
        [InlineData("ListRules", "", "--list-rules")]
        [InlineData("Help", "", "--help")]
        [InlineData("Help", "", "-h")]
        [InlineData("Version", "", "--version")]
        public void Reads_each_command(string expected, string argument, params string[] args)
        {
            var commandLine = CommandLine.Parse(args);

            Assert.Equal(expected, commandLine.Command.ToString());
            Assert.Equal(argument, commandLine.CommandArgument);
        }

        [Fact]
        public void Reads_select_and_ignore_as_comma_separated_rules()
        {
            var commandLine = CommandLine.Parse(new[] { "--select", "CL1003, weak-erlang-cookie,", "--ignore=cl2001", "--print-config", "emqx.conf" });

            Assert.Equal(new[] { "CL1003", "weak-erlang-cookie" }, commandLine.Selected);
            Assert.Equal(new[] { "cl2001" }, commandLine.Ignored);
            Assert.Null(CommandLine.Parse(new string[0]).Selected);
        }

        [Fact]
        public void Lets_output_go_with_any_command() =>
            Assert.Equal("rules.txt", CommandLine.Parse(new[] { "--list-rules", "--output", "rules.txt" }).OutputFile);

        [Theory]
        [InlineData("unknown option --frobnicate", "--frobnicate")]
        [InlineData("unknown option -x", "-x")]
        [InlineData("--format needs a value: --format text|sarif|json|github", "--format")]
        [InlineData("--output needs a value: --output FILE", "--output", "--format", "text")]
        [InlineData("--exclude needs a value: --exclude GLOB", "--exclude")]
        [InlineData("--output needs a value: --output FILE", "--output=")]
        [InlineData("--output needs a value: --output FILE", "--output", "")]
        [InlineData("--explain needs a value: --explain CLxxxx|NAME", "--explain")]
        [InlineData("a PATH is empty", "examples", "")]
        [InlineData("--select needs a value: --select ID|NAME,...", "--select")]
        [InlineData("--ignore is given more than once", "--ignore", "CL1003", "--ignore", "CL1004")]
        [InlineData("--print-config takes no PATH, but got examples", "--print-config", "emqx.conf", "examples")]
        [InlineData("--format applies to scanning files and cannot be combined with --print-config", "--print-config", "emqx.conf", "--format", "sarif")]
        [InlineData("--format must be one of text, sarif, json, github, not 'xml'", "--format", "xml")]
        [InlineData("--fail-level must be one of error, warning, note, none, not 'info'", "--fail-level=info")]
        [InlineData("--format is given more than once", "--format", "text", "--format", "sarif")]
        [InlineData("--help takes no value", "--help=yes")]
        [InlineData("--explain cannot be combined with --list-rules", "--list-rules", "--explain", "CL1003")]
        [InlineData("--list-rules takes no PATH, but got examples", "--list-rules", "examples")]
        [InlineData("--format applies to scanning files and cannot be combined with --resolve", "--resolve", "emqx.conf", "--format", "sarif")]
        [InlineData("--exclude applies to scanning files and cannot be combined with --version", "--exclude", "x", "--version")]
        [InlineData("--baseline needs a value: --baseline FILE", "--baseline")]
        [InlineData("--write-baseline needs a value: --write-baseline FILE", "--write-baseline=")]
        [InlineData("--baseline applies to scanning files and cannot be combined with --list-rules", "--baseline", "b.sarif", "--list-rules")]
        [InlineData("--write-baseline cannot be combined with --baseline", "--write-baseline", "a.sarif", "--baseline", "b.sarif")]
        [InlineData("--baseline cannot be combined with --watch", "--watch", "--baseline", "b.sarif")]
        [InlineData("--write-baseline cannot be combined with --watch", "--write-baseline", "b.sarif", "--watch")]
        [InlineData("--write-baseline writes its FILE instead of a report, so it cannot be combined with --output", "--write-baseline", "b.sarif", "--output", "out.sarif")]
        [InlineData("--write-baseline writes its FILE instead of a report, so it cannot be combined with --format", "--write-baseline", "b.sarif", "--format", "sarif")]
        public void Rejects_bad_arguments_with_a_message_and_exit_code_2(string message, params string[] args)
        {
            var run = new FakeAnalysis().Run("/", args);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"configlint: {message}\nRun 'configlint --help' for usage.\n", run.Error);
            Assert.Equal("", run.Output);
        }
    }
}
