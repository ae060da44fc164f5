using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConfigLint.Analyzers;
using Xunit;

namespace ConfigLint.Tests.PreCommit
{
    /// <summary>
    /// pre-commit splits the files over parallel calls (require_serial: false), so the calls together must report what
    /// one call over every file reports: nothing more (a file judged differently without its neighbours), nothing
    /// less. Checked at the finest split, one call per file, over every file of the checkout that the hook's
    /// <c>files</c> pattern passes. A finding may come from more than one call (an include read by a node
    /// configuration and passed itself); pre-commit then shows it once per call.
    /// </summary>
    public class SplitCallTests
    {
        [Fact]
        public void One_call_per_file_reports_together_what_one_call_for_all_reports()
        {
            var files = HookFiles().ToList();
            Assert.NotEmpty(files);

            var together = Findings(files).ToHashSet();
            var split = files.SelectMany(file => Findings(new[] { file })).ToHashSet();

            var onlySplit = split.Except(together).Select(f => "only when split:    " + f);
            var onlyTogether = together.Except(split).Select(f => "only in one call:   " + f);
            Assert.Empty(onlySplit.Concat(onlyTogether));
        }

        /// <summary>The checkout's example and fixture files that the published hook's <c>files</c> pattern matches.</summary>
        private static IEnumerable<string> HookFiles()
        {
            var pattern = HookFilesPattern();
            return new[] { "examples", Path.Combine("tests", "fixtures") }
                .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, folder), "*", SearchOption.AllDirectories))
                .Where(file => pattern.IsMatch(Display(file)))
                .OrderBy(file => file, StringComparer.Ordinal);
        }

        /// <summary>The published hook's <c>files</c> pattern.</summary>
        internal static Regex HookFilesPattern()
        {
            var hooks = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, ".pre-commit-hooks.yaml"));
            return new Regex(Regex.Match(hooks, @"^\s*files:\s*'(?<regex>[^']*)'", RegexOptions.Multiline).Groups["regex"].Value);
        }

        private static IEnumerable<string> Findings(IReadOnlyList<string> files) =>
            ConfigScanner.Scan(TestScans.Options(TestPaths.RepositoryRoot, files)).Diagnostics
                .Select(d => $"{d.Location.GetLineSpan().Path}:{d.Location.GetLineSpan().StartLinePosition}: {d.Id} {d.GetMessage()}");

        private static string Display(string file) => Path.GetRelativePath(TestPaths.RepositoryRoot, file).Replace('\\', '/');
    }
}
