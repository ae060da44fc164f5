using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>The examples in rules.md are real: the flagged one triggers its rule, the fixed one does not.</summary>
    public sealed class RuleExampleTests : System.IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("configlint-examples-").FullName;

        public static IEnumerable<object[]> Rules() => RuleCatalog.All.Select(r => new object[] { r.Id });

        [Theory]
        [MemberData(nameof(Rules))]
        public void Bad_example_is_flagged_and_good_example_is_not(string id)
        {
            var rule = RuleCatalog.Find(id)!;
            Assert.Contains(id, FindingsFor(rule.BadExample, "bad"));
            Assert.DoesNotContain(id, FindingsFor(rule.GoodExample, "good"));
        }

        private List<string> FindingsFor(RuleExample example, string folder)
        {
            var path = Write(example, folder);
            foreach (var companion in example.Companions)
                Write(companion, folder);
            return ConfigScanner.Scan(TestScans.Options(_folder, new[] { path })).Diagnostics.Select(d => d.Id).ToList();
        }

        private string Write(RuleExample example, string folder)
        {
            var path = Path.Combine(_folder, folder, example.FileName);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, example.Content);
            return path;
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
