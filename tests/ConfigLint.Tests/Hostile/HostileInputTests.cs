using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConfigLint.Cli;
using ConfigLint.Tests.Cli;
using Xunit;

namespace ConfigLint.Tests.Hostile
{
    /// <summary>
    /// Hostile and broken input (README "Bad input"): each case alone gives exactly its documented outcome, and all of
    /// them in one tree beside the insecure examples lose none of the examples' findings.
    /// </summary>
    public sealed class HostileInputTests : IDisposable
    {
        // A hang is a failure, not a stuck test run.
        private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(2);

        private readonly TempFolder temp = new();

        public void Dispose() => temp.Dispose();

        public static IEnumerable<object[]> Cases() => HostileCases.All.Select(c => new object[] { c.Name });

        [SkippableTheory]
        [MemberData(nameof(Cases))]
        public void Each_case_gives_its_documented_outcome(string name)
        {
            Skip.If(OperatingSystem.IsWindows(), "FIFOs, symbolic links and control characters in file names are Unix cases");
            var hostile = HostileCases.All.Single(c => c.Name == name);
            var folder = new HostileFolder(temp.Folder(name));
            hostile.Lay(folder);

            var run = Run(folder.Path, hostile.Paths ?? new[] { "." });

            Assert.Equal(string.Join("", hostile.Output.Select(l => l + "\n")), run.Output);
            Assert.Equal(string.Join("", hostile.Error.Select(l => l + "\n")), run.Error);
            Assert.Equal(hostile.ExitCode, run.ExitCode);
        }

        [SkippableFact]
        public void All_cases_in_one_tree_lose_none_of_the_examples_findings()
        {
            Skip.If(OperatingSystem.IsWindows(), "FIFOs, symbolic links and control characters in file names are Unix cases");
            foreach (var hostile in HostileCases.All)
                hostile.Lay(new HostileFolder(temp.Folder(hostile.Name)));
            CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "examples"), temp.Folder("examples"));
            var examples = Run(TestPaths.RepositoryRoot, "examples");

            var run = Run(temp.Path, ".");

            var lines = run.Output.Split('\n').ToHashSet(StringComparer.Ordinal);
            var examplesLines = examples.Output.TrimEnd('\n').Split('\n');
            Assert.NotEmpty(examplesLines);
            Assert.All(examplesLines, line => Assert.Contains(line, lines));
            Assert.All(HostileCases.All.SelectMany(c => c.Output.Select(line => c.Name + "/" + line)), line => Assert.Contains(line, lines));
            Assert.Contains("configlint: cannot read fifo/named/emqx.conf: not a regular file (a FIFO)\n", run.Error);
            Assert.Equal(2, run.ExitCode);
        }

        [Fact]
        public void A_fault_inside_a_rule_is_a_notification_and_every_other_rule_and_file_still_runs()
        {
            temp.File("node/emqx.conf", "node.name = emqx@10.0.0.1\nnode.cookie = emqxsecretcookie\n");
            var engine = new LintEngine(
                options => ConfigLint.Analyzers.ConfigScanner.Scan(new ConfigLint.Analyzers.ScanOptions(options.BaseDirectory, options.Files, options.Source)
                {
                    Rules = ConfigLint.Analyzers.RuleCatalog.Registered.Insert(0, new ThrowingRule()),
                }),
                ConfigLint.Analyzers.ConfigScanner.Resolve,
                () => ConfigLint.Analyzers.RuleCatalog.All);

            var run = ToolRun.Capture((output, error) => Program.Run(new[] { "." }, new ToolEnvironment(output, error, temp.Path, engine)));

            Assert.Equal(
                "configlint: internal error: rule CL9001 (fake-error) failed on node/emqx.conf (InvalidOperationException in ThrowingRule.Analyze); the other rules and files were still checked\n" +
                "5 findings (3 errors, 2 warnings) in 1 of 1 file\n",
                run.Error);
            Assert.Contains("node/emqx.conf:2:15: error CL1003:", run.Output);
            Assert.DoesNotContain("emqxsecretcookie", run.Output + run.Error);
            Assert.Equal(2, run.ExitCode);
        }

        [Fact]
        public void Resolve_of_an_expansion_bomb_prints_the_budget_finding_and_no_configuration()
        {
            var run = Run(Path.Combine(TestPaths.Fixtures, "hostile", "expansion"), "--resolve", "arrays.hocon");

            Assert.Equal("", run.Output);
            Assert.Equal("configlint: read arrays.hocon as HOCON (EMQX 5)\narrays.hocon:15:9: error CL0001: Reading this expands the configuration beyond its budget (a resolved size of at most 48896 characters); the rest is read without it.\n", run.Error);
            Assert.Equal(1, run.ExitCode);
        }

        /// <summary>A rule with a bug: it throws, with a secret in the exception's message.</summary>
        private sealed class ThrowingRule : ConfigLint.Analyzers.Rules.IEmqxRule
        {
            public ConfigLint.Analyzers.RuleDefinition Definition => FakeAnalysis.ErrorRule;

            public void Analyze(ConfigLint.Analyzers.Emqx.EmqxConfig config, ConfigLint.Analyzers.FindingSink sink) =>
                throw new InvalidOperationException("cookie " + config.GetText("node.cookie"));
        }

        private static void CopyFolder(string source, string destination)
        {
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(destination, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        internal static ToolRun Run(string currentDirectory, params string[] args)
        {
            var run = Task.Run(() => ToolRun.Capture((output, error) => Program.Run(args, output, error, currentDirectory)));
            Assert.True(run.Wait(RunLimit), $"configlint {string.Join(" ", args)} did not finish within {RunLimit}");
            return run.Result;
        }
    }
}
