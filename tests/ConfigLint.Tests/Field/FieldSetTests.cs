using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers;
using Xunit;
using Xunit.Abstractions;

namespace ConfigLint.Tests.Field
{
    /// <summary>
    /// The field set: every real configuration file of ../shared/corpus (public repositories; repository, path, commit
    /// and licence in its SOURCES.md files), scanned in one run, against verdicts reviewed finding by finding in
    /// tests/fixtures/field/shared-corpus.verdicts. Each finding the scan reports must have a <c>right</c> or
    /// <c>wrong</c> verdict; a <c>missed</c> problem must not be reported (once a rule finds it, it becomes <c>right</c>).
    /// </summary>
    public class FieldSetTests
    {
        // CONFIGLINT_UPDATE_FIELD=1 dotnet test --filter FieldSet rewrites the verdicts file: new findings are added as
        // `unreviewed` (which fails the test until a person decides), a right finding no longer reported becomes `missed`.
        private static bool Update => Environment.GetEnvironmentVariable("CONFIGLINT_UPDATE_FIELD") == "1";

        private static string VerdictsPath => Path.Combine(TestPaths.Fixtures, "field", "shared-corpus.verdicts");

        private readonly ITestOutputHelper output;

        public FieldSetTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void Every_finding_on_the_field_set_has_a_reviewed_verdict_and_no_missed_problem_is_reported()
        {
            var verdicts = FieldVerdicts.Load(VerdictsPath);
            var reported = ScanFieldSet();
            var comparison = verdicts.Compare(reported);
            if (Update)
            {
                File.WriteAllText(VerdictsPath, verdicts.Updated(comparison).Write());
                return;
            }

            output.WriteLine(verdicts.Summary());
            Assert.Empty(comparison.WithoutVerdict);
            Assert.Empty(comparison.NoLongerReported);
            Assert.Empty(comparison.MissedButReported);
            Assert.Empty(verdicts.Lines.Where(v => v.Kind == VerdictKind.Unreviewed).Select(v => v.Finding));
        }

        [Fact]
        public void No_syntax_error_on_the_field_set_is_wrong()
        {
            var wrongSyntaxErrors = FieldVerdicts.Load(VerdictsPath).Lines
                .Where(v => v.Kind == VerdictKind.Wrong && v.Finding.Rule == RuleIds.UnreadableConfig)
                .Select(v => v.Finding);
            Assert.Empty(wrongSyntaxErrors);
        }

        private static List<FieldFinding> ScanFieldSet()
        {
            var files = Directory.EnumerateFiles(TestPaths.Corpus, "*", SearchOption.AllDirectories)
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();
            var result = ConfigScanner.Scan(TestScans.Options(TestPaths.Corpus, files));
            Assert.Empty(result.Notifications.Where(n => n.Level == ToolNotificationLevel.Error));
            return result.Diagnostics.Select(d => FieldFinding.Of(d, TestPaths.Corpus)).ToList();
        }
    }
}
