using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ConfigLint.Analyzers;
using ConfigLint.Sarif;
using Xunit;

namespace ConfigLint.Tests.Sarif
{
    /// <summary>GitHub keeps an alert open across unrelated edits only if its fingerprint does not move with lines.</summary>
    public sealed class PartialFingerprintTests : System.IDisposable
    {
        private const string Config = """
            node {
              name = "emqx@10.0.0.1"
              cookie = "emqxsecretcookie"
            }
            dashboard.listeners.http.bind = "0.0.0.0:18083"
            authentication = [{ mechanism = password_based, backend = built_in_database }]
            authorization { sources = [], no_match = deny }
            """;

        private readonly string _folder = Directory.CreateTempSubdirectory("configlint-fingerprints-").FullName;

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void Inserting_lines_above_a_finding_keeps_its_fingerprint()
        {
            var before = Fingerprints(Config);
            var after = Fingerprints("# a comment\n\nlog.console.level = info\n" + Config);

            Assert.Equal(before["CL1003"], after["CL1003"]);
            Assert.Equal(before["CL1007"], after["CL1007"]);
        }

        [Fact]
        public void Changing_a_non_secret_value_changes_the_fingerprint()
        {
            var before = Fingerprints(Config);
            var after = Fingerprints(Config.Replace("\"0.0.0.0:18083\"", "18083"));

            Assert.NotEqual(before["CL1007"], after["CL1007"]);
            Assert.Equal(before["CL1003"], after["CL1003"]);
        }

        [Fact]
        public void Changing_only_a_secret_value_keeps_the_fingerprint_and_the_secret_is_nowhere_in_the_log()
        {
            var weakOther = "aaaaaaaaaaaaaaaaaaaa";
            var before = Fingerprints(Config);
            var after = Fingerprints(Config.Replace("emqxsecretcookie", weakOther), out var sarif);

            Assert.Equal(before["CL1003"], after["CL1003"]);
            Assert.DoesNotContain(weakOther, sarif);
        }

        [Fact]
        public void Identical_findings_in_one_file_get_distinct_fingerprints()
        {
            var fingerprints = FingerprintList("node {\n  name = \n}\nrpc {\n  protocol = \n}\n");

            Assert.Equal(2, fingerprints.Count(f => f.RuleId == "CL0001"));
            Assert.Equal(fingerprints.Count, fingerprints.Select(f => f.Fingerprint).Distinct().Count());
        }

        private Dictionary<string, string> Fingerprints(string config) => Fingerprints(config, out _);

        private Dictionary<string, string> Fingerprints(string config, out string sarif)
        {
            var list = FingerprintList(config, out sarif);
            return list.ToDictionary(f => f.RuleId, f => f.Fingerprint);
        }

        private List<(string RuleId, string Fingerprint)> FingerprintList(string config) => FingerprintList(config, out _);

        private List<(string RuleId, string Fingerprint)> FingerprintList(string config, out string sarif)
        {
            var path = Path.Combine(_folder, "emqx.conf");
            File.WriteAllText(path, config);
            var result = ConfigScanner.Scan(TestScans.Options(_folder, new[] { path }));
            using var stream = new MemoryStream();
            SarifWriter.Write(stream, result.Diagnostics, RuleCatalog.All, result.Notifications, new SarifOptions("1.0.0"));
            sarif = Encoding.UTF8.GetString(stream.ToArray());
            return SarifJson.Run(stream.ToArray()).GetProperty("results").EnumerateArray()
                .Select(r => (r.GetProperty("ruleId").GetString()!, r.GetProperty("partialFingerprints").GetProperty("configlint/v1").GetString()!))
                .ToList();
        }
    }
}
