using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConfigLint.Analyzers;
using ConfigLint.CompilerAnalyzer;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConfigLint.Tests.Release
{
    /// <summary>
    /// The release-tracking files of the ConfigLint.Analyzers package against the rules themselves. The compiler's own
    /// release-tracking analyzers see only CL0000 (every other descriptor is made in the core), so this is where a
    /// rule missing from a release, a changed default, a reused id or a rename without its old name fails.
    /// </summary>
    public sealed class AnalyzerReleaseTests
    {
        /// <summary>CL0000 has no rule definition (it exists only inside the compiler), so no name elsewhere; this is the one its release rows carry.</summary>
        private const string CouldNotCheckName = "could-not-check";

        private static string CompilerAnalyzerFolder => Path.Combine(TestPaths.RepositoryRoot, "src", "CompilerAnalyzer");

        private static string Shipped => File.ReadAllText(Path.Combine(CompilerAnalyzerFolder, "AnalyzerReleases.Shipped.md"));

        private static string Unshipped => File.ReadAllText(Path.Combine(CompilerAnalyzerFolder, "AnalyzerReleases.Unshipped.md"));

        /// <summary>Every id the package reports: the catalog's rules and CL0000.</summary>
        private static IReadOnlyList<TrackedRule> PackageRules =>
            RuleCatalog.All.Select(rule => TrackedRule.Of(rule.Descriptor, rule.Name, rule.FormerNames))
                .Append(TrackedRule.Of(CompilerScan.CouldNotCheck, CouldNotCheckName, Array.Empty<string>()))
                .ToList();

        [Fact]
        public void Every_rule_is_live_in_the_release_files_with_its_category_severity_and_names()
        {
            Assert.Equal(Array.Empty<string>(), ReleaseProblems.Of(AnalyzerReleases.Parse(Shipped, Unshipped), PackageRules));
        }

        [Fact]
        public void The_first_release_is_0_1_0_with_all_28_ids_new()
        {
            var entries = AnalyzerReleases.Parse(Shipped, Unshipped);

            Assert.Equal("0.1.0", AnalyzerReleases.Releases(Shipped)[0]);
            Assert.Equal(28, entries.Count(e => e.Release == "0.1.0" && e.Change == RuleChange.New));
            Assert.Contains(new RuleEntry("0.1.0", RuleChange.New, "CL0000", "ConfigLint", "Warning", CouldNotCheckName), entries);
            Assert.Contains(new RuleEntry("0.1.0", RuleChange.New, "CL1003", "Security", "Error", "weak-erlang-cookie"), entries);
        }

        [Theory]
        [InlineData("", "CL0001 (a-rule) is in no release: add it to the New Rules of AnalyzerReleases.Unshipped.md")]
        [InlineData("CL0001 | Security | Warning | a-rule",
            "CL0001 is recorded as Security/Warning (release 1.0.0) but its descriptor says Security/Error: add a row to the Changed Rules of AnalyzerReleases.Unshipped.md")]
        [InlineData("CL0001 | Security | Error | a-rule\nCL0009 | Security | Error | gone-rule",
            "CL0009 is live in the release files but no rule has it: list it under Removed Rules")]
        [InlineData("CL0001 | Security | Error | old-rule",
            "CL0001 shipped as 'old-rule', which is neither its name a-rule nor a former name: a renamed rule keeps its old name in FormerNames")]
        public void A_release_file_out_of_step_with_the_rules_names_the_id(string rows, string problem)
        {
            var entries = AnalyzerReleases.Parse(Header("1.0.0") + rows + "\n", "");

            Assert.Equal(new[] { problem }, ReleaseProblems.Of(entries, new[] { OneRule() }));
        }

        [Fact]
        public void A_reused_id_and_a_rule_marked_removed_are_problems()
        {
            var shipped = Header("1.0.0") + "CL0001 | Security | Error | a-rule\n\n## Release 2.0.0\n\n### Removed Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\nCL0001 | Security | Error | a-rule\n";
            var unshipped = "### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\nCL0001 | Security | Error | a-rule\n";

            Assert.Equal(
                new[] { "CL0001 (a-rule) was removed in release 2.0.0 but is a rule again: a rule id is never reused" },
                ReleaseProblems.Of(AnalyzerReleases.Parse(shipped, ""), new[] { OneRule() }));
            Assert.Equal(
                new[] { "CL0001 is listed as new in releases 1.0.0 and unshipped: a rule id is never reused" },
                ReleaseProblems.Of(AnalyzerReleases.Parse(shipped, unshipped), new[] { OneRule() }));
        }

        [Fact]
        public void A_changed_severity_and_a_rename_recorded_with_the_former_name_are_fine()
        {
            var unshipped = "### Changed Rules\n\nRule ID | New Category | New Severity | Old Category | Old Severity | Notes\n--------|--------------|--------------|--------------|--------------|-------\nCL0001 | Security | Error | Security | Warning | a-rule\n";

            var entries = AnalyzerReleases.Parse(Header("1.0.0") + "CL0001 | Security | Warning | old-rule\n", unshipped);

            Assert.Equal(new RuleEntry(AnalyzerReleases.Unshipped, RuleChange.Changed, "CL0001", "Security", "Error", "a-rule"), entries[^1]);
            Assert.Equal(Array.Empty<string>(), ReleaseProblems.Of(entries, new[] { OneRule("old-rule") }));
        }

        [Fact]
        public void No_name_or_former_name_stands_for_two_rules()
        {
            Assert.Equal(
                new[] { "'a-rule' names both CL0001 and CL0002" },
                ReleaseProblems.Of(AnalyzerReleases.Parse(Header("1.0.0") + "CL0001 | Security | Error | a-rule\nCL0002 | Security | Error | b-rule\n", ""),
                    new[] { OneRule(), new TrackedRule("CL0002", "Security", "Error", "b-rule", new[] { "a-rule" }) }));
        }

        [Fact]
        public void A_retired_id_stays_in_RuleIds_as_a_comment_and_is_never_a_constant_again()
        {
            var ruleIds = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "Core", "Analyzers", "RuleIds.cs"));
            var constants = Regex.Matches(ruleIds, "const string \\w+ = \"(CL\\d{4})\"").Select(m => m.Groups[1].Value).ToList();
            var retired = AnalyzerReleases.Parse(Shipped, Unshipped).GroupBy(e => e.Id).Where(history => history.Last().Change == RuleChange.Removed).Select(history => history.Key);

            Assert.Equal(RuleCatalog.All.Select(r => r.Id), constants);
            Assert.All(retired, id => Assert.Matches("//.*\\b" + id + "\\b", ruleIds));
        }

        [Fact]
        public void The_newest_release_the_changelog_and_the_package_version_agree()
        {
            var version = PackageMetadataTests.Version;
            var changelog = Regex.Match(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "CHANGELOG.md")), @"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", RegexOptions.Multiline).Groups[1].Value;

            Assert.Matches(@"^\d+\.\d+\.\d+$", version);
            Assert.Equal(version, changelog);
            // Between releases the unshipped rules belong to the next version, which is not decided yet.
            if (AnalyzerReleases.Parse("", Unshipped).Count == 0)
                Assert.Equal(version, AnalyzerReleases.Releases(Shipped)[^1]);
        }

        private static string Header(string release) =>
            $"## Release {release}\n\n### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\n";

        private static TrackedRule OneRule(params string[] formerNames) => new("CL0001", "Security", "Error", "a-rule", formerNames);
    }

    /// <summary>A rule id as the release files record it, with the names it may be recorded under.</summary>
    internal sealed record TrackedRule(string Id, string Category, string Severity, string Name, IReadOnlyList<string> FormerNames)
    {
        /// <summary>Severity as Roslyn's release tracking writes it: Error, Warning, Info, Hidden, or Disabled for a rule off by default.</summary>
        public static TrackedRule Of(DiagnosticDescriptor descriptor, string name, IReadOnlyList<string> formerNames) =>
            new(descriptor.Id, descriptor.Category, descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled", name, formerNames);
    }

    /// <summary>Everything wrong between the release files and the rules, one message per problem, each naming the id.</summary>
    internal static class ReleaseProblems
    {
        public static IReadOnlyList<string> Of(IReadOnlyList<RuleEntry> entries, IReadOnlyList<TrackedRule> rules)
        {
            var problems = new List<string>();
            var histories = entries.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var (id, history) in histories)
            {
                var introduced = history.Where(e => e.Change == RuleChange.New).Select(e => e.Release).ToList();
                if (introduced.Count > 1)
                    problems.Add($"{id} is listed as new in releases {string.Join(" and ", introduced)}: a rule id is never reused");
                if (history[^1].Change != RuleChange.Removed && !rules.Any(r => r.Id == id))
                    problems.Add($"{id} is live in the release files but no rule has it: list it under Removed Rules");
            }
            foreach (var rule in rules)
            {
                if (!histories.TryGetValue(rule.Id, out var history))
                {
                    problems.Add($"{rule.Id} ({rule.Name}) is in no release: add it to the New Rules of AnalyzerReleases.Unshipped.md");
                    continue;
                }
                var latest = history[^1];
                if (latest.Change == RuleChange.Removed)
                    problems.Add($"{rule.Id} ({rule.Name}) was removed in release {latest.Release} but is a rule again: a rule id is never reused");
                else if (latest.Category != rule.Category || latest.Severity != rule.Severity)
                    problems.Add($"{rule.Id} is recorded as {latest.Category}/{latest.Severity} (release {latest.Release}) but its descriptor says {rule.Category}/{rule.Severity}: add a row to the Changed Rules of AnalyzerReleases.Unshipped.md");
                foreach (var name in history.Select(e => e.Name).Distinct(StringComparer.Ordinal).Where(name => name != rule.Name && !rule.FormerNames.Contains(name)))
                    problems.Add($"{rule.Id} shipped as '{name}', which is neither its name {rule.Name} nor a former name: a renamed rule keeps its old name in FormerNames");
            }
            // A user's name (or id) for a rule must mean one rule, whatever release it came from.
            foreach (var shared in rules.SelectMany(r => r.FormerNames.Append(r.Name).Append(r.Id).Select(name => (Name: name.ToLowerInvariant(), r.Id))).Distinct()
                .GroupBy(n => n.Name).Where(g => g.Count() > 1))
                problems.Add($"'{shared.Key}' names both {string.Join(" and ", shared.Select(n => n.Id))}");
            return problems;
        }
    }
}
