using System;
using System.IO;
using ConfigLint.Analyzers;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>rules.md and the README rule table are generated from the catalog; these fail when they are stale.</summary>
    public class RuleDocumentationTests
    {
        private const string ReadmeBegin = "<!-- rules:begin -->";
        private const string ReadmeEnd = "<!-- rules:end -->";

        // CONFIGLINT_UPDATE_DOCS=1 dotnet test --filter RuleDocumentation rewrites the files instead of failing.
        private static bool Update => Environment.GetEnvironmentVariable("CONFIGLINT_UPDATE_DOCS") == "1";

        [Fact]
        public void RuleDocumentation_rules_md_is_generated_from_the_catalog()
        {
            var path = Path.Combine(TestPaths.RepositoryRoot, "rules.md");
            var expected = RuleMarkdown.Document(RuleCatalog.All);
            if (Update)
                File.WriteAllText(path, expected);
            Assert.True(File.Exists(path), "rules.md is missing");
            Assert.Equal(expected, File.ReadAllText(path));
        }

        [Fact]
        public void RuleDocumentation_readme_table_is_generated_from_the_catalog()
        {
            var path = Path.Combine(TestPaths.RepositoryRoot, "README.md");
            var readme = File.ReadAllText(path);
            var begin = readme.IndexOf(ReadmeBegin, StringComparison.Ordinal);
            var end = readme.IndexOf(ReadmeEnd, StringComparison.Ordinal);
            Assert.True(begin >= 0 && end > begin, "README.md lacks the rules:begin/rules:end markers");
            var current = readme.Substring(begin + ReadmeBegin.Length, end - begin - ReadmeBegin.Length);
            var expected = "\n" + RuleMarkdown.Table(RuleCatalog.All, linkPrefix: "rules.md");
            if (Update)
                File.WriteAllText(path, readme.Substring(0, begin + ReadmeBegin.Length) + expected + readme.Substring(end));
            else
                Assert.Equal(expected, current);
        }

        [Fact]
        public void Every_rule_is_documented()
        {
            // Unique ids and names, a fixture and a rules.md section per rule: RuleRegistryTests.
            foreach (var rule in RuleCatalog.All)
            {
                Assert.Matches(@"^CL\d{4}$", rule.Id);
                Assert.Matches(@"^[a-z0-9]+(-[a-z0-9]+)*$", rule.Name);
                Assert.Matches(@"^CWE-\d+$", rule.Cwe);
                Assert.InRange(double.Parse(rule.SecuritySeverity, System.Globalization.CultureInfo.InvariantCulture), 0.1, 10.0);
                Assert.False(string.IsNullOrWhiteSpace(rule.Why));
                Assert.False(string.IsNullOrWhiteSpace(rule.HowToFix));
                Assert.EndsWith("#" + RuleMarkdown.Anchor(rule), rule.Descriptor.HelpLinkUri);
            }
        }
    }
}
