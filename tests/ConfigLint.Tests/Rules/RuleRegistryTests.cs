using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ConfigLint.Analyzers;
using ConfigLint.Analyzers.Rules;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>
    /// The rule registry (<see cref="RuleCatalog"/>) is the one list of rules: these fail when a rule class is left out
    /// of it, when a rule has no fixture or no rules.md section, or when an id or a name is used twice.
    /// </summary>
    public class RuleRegistryTests
    {
        // FixtureTests checks that each .expected is exactly what its config produces, so an id listed is an id produced.
        private static readonly Lazy<HashSet<string>> IdsInFixtures = new(() =>
            Directory.EnumerateFiles(TestPaths.Fixtures, "*.expected", SearchOption.AllDirectories)
                .SelectMany(File.ReadLines)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => l.Split(' ')[0])
                .ToHashSet(StringComparer.Ordinal));

        public static IEnumerable<object[]> Rules() => RuleCatalog.All.Select(r => new object[] { r.Id });

        [Fact]
        public void Every_rule_class_is_registered_once()
        {
            var registered = RuleCatalog.Registered.Select(r => r.GetType()).ToList();
            var ruleClasses = typeof(RuleCatalog).Assembly.GetTypes()
                .Where(t => typeof(IRule).IsAssignableFrom(t) && t.IsClass && !t.IsAbstract)
                .OrderBy(t => t.FullName, StringComparer.Ordinal);
            foreach (var ruleClass in ruleClasses)
            {
                var times = registered.Count(t => t == ruleClass);
                Assert.True(times == 1, $"{ruleClass.Name} is registered {times} times in RuleCatalog.Registered; every rule class is there exactly once");
            }
        }

        [Fact]
        public void Rule_ids_and_names_are_unique()
        {
            foreach (var shared in RuleCatalog.All.GroupBy(r => r.Id).Where(g => g.Count() > 1))
                Assert.Fail($"{shared.Key} is the id of {string.Join(" and ", shared.Select(r => r.Name))}");
            foreach (var shared in RuleCatalog.All.GroupBy(r => r.Name).Where(g => g.Count() > 1))
                Assert.Fail($"{shared.Key} is the name of {string.Join(" and ", shared.Select(r => r.Id))}");
        }

        [Fact]
        public void Every_id_in_RuleIds_belongs_to_exactly_one_rule()
        {
            var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral)
                .Select(f => (f.Name, Id: (string)f.GetRawConstantValue()!))
                .ToList();
            foreach (var (name, id) in constants)
            {
                var owners = RuleCatalog.All.Where(r => r.Id == id).Select(r => r.Name).ToList();
                Assert.True(owners.Count == 1, $"RuleIds.{name} ({id}) is the id of {owners.Count} rules ({string.Join(", ", owners)}); it must be exactly one's");
                var sameId = constants.Where(c => c.Id == id).Select(c => c.Name).ToList();
                Assert.True(sameId.Count == 1, $"{id} is in RuleIds {sameId.Count} times ({string.Join(", ", sameId)})");
            }
            foreach (var rule in RuleCatalog.All)
                Assert.True(constants.Any(c => c.Id == rule.Id), $"{rule.Id} {rule.Name} has no constant in RuleIds");
        }

        [Theory]
        [MemberData(nameof(Rules))]
        public void Every_rule_has_a_fixture_that_produces_it(string id)
        {
            var rule = RuleCatalog.Find(id)!;
            Assert.True(
                IdsInFixtures.Value.Contains(id),
                $"{id} {rule.Name} has no fixture: add tests/fixtures/<format>/{rule.Name}/ with a config whose .expected lists {id}");
        }

        [Theory]
        [MemberData(nameof(Rules))]
        public void Every_rule_has_a_section_in_rules_md(string id)
        {
            var rule = RuleCatalog.Find(id)!;
            var heading = $"## {rule.Id} {rule.Name}";
            var sections = File.ReadLines(Path.Combine(TestPaths.RepositoryRoot, "rules.md")).Count(l => l == heading);
            Assert.True(sections == 1, $"{id} {rule.Name} has {sections} sections `{heading}` in rules.md (regenerate it: CONFIGLINT_UPDATE_DOCS=1 dotnet test --filter RuleDocumentation)");
        }
    }
}
