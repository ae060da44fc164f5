using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Tests.Cli;
using Xunit;

namespace ConfigLint.Tests.Action
{
    /// <summary>
    /// ShellCheck over every bash script ConfigLint ships or runs: the repository's scripts (found by their #! line) and
    /// each run: step of action.yml, checked as the runner runs it (bash -eo pipefail).
    /// </summary>
    public sealed class ShellScriptTests
    {
        private static readonly string? ShellCheck = ExternalProgram.Find("shellcheck");
        private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

        [SkippableFact]
        public void The_repository_scripts_pass_ShellCheck()
        {
            Skip.If(ShellCheck == null, "shellcheck is not on the PATH (install the Debian package shellcheck)");
            var tracked = ExternalProgram.Run("git", new[] { "ls-files" }, TestPaths.RepositoryRoot, new Dictionary<string, string>(), Limit)
                .Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var scripts = tracked.Where(path => File.Exists(Path.Combine(TestPaths.RepositoryRoot, path)) && IsBashScript(path)).ToList();
            Assert.Contains(".ci/run", scripts);

            // From the root, as the scripts run, so -x follows what they source (bench/process/lib/tools.sh).
            AssertClean(Check(scripts, TestPaths.RepositoryRoot));
        }

        [SkippableFact]
        public void The_action_steps_pass_ShellCheck_as_the_runner_runs_them()
        {
            Skip.If(ShellCheck == null, "shellcheck is not on the PATH (install the Debian package shellcheck)");
            var action = CompositeAction.Load(Path.Combine(TestPaths.RepositoryRoot, "action.yml"));
            using var temp = new TempFolder();
            var scripts = action.Steps.Where(step => step.Run != null)
                .Select((step, index) => temp.File($"step{index}.sh", "#!/usr/bin/env bash\nset -eo pipefail\n" + step.Run))
                .ToList();
            Assert.Equal(4, scripts.Count);

            AssertClean(Check(scripts, temp.Path));
        }

        private static ProgramRun Check(IEnumerable<string> scripts, string directory) =>
            ExternalProgram.Run(ShellCheck!, new[] { "-x", "--shell=bash", "--format=gcc" }.Concat(scripts), directory, new Dictionary<string, string>(), Limit);

        private static void AssertClean(ProgramRun run) => Assert.True(run.ExitCode == 0, run.Output);

        private static bool IsBashScript(string path)
        {
            using var reader = new StreamReader(Path.Combine(TestPaths.RepositoryRoot, path));
            var first = reader.ReadLine();
            return first != null && first.StartsWith("#!", StringComparison.Ordinal) && first.Contains("bash", StringComparison.Ordinal);
        }
    }
}
