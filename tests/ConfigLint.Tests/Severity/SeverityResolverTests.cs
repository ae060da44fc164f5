using System.Linq;
using ConfigLint.Analyzers;
using ConfigLint.Analyzers.Severity;
using ConfigLint.Tests.Hocon;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConfigLint.Tests.Severity
{
    /// <summary>The core applies the config texts its host hands in, reading nothing itself.</summary>
    public sealed class SeverityResolverTests
    {
        private const string Cookie = "aaaaaaaaaaaaaaaaaaaa";

        private static ScanResult Scan(SeverityConfiguration severities)
        {
            var source = new MemoryFileSource()
                .Add("/repo/lab/emqx.conf", "node.cookie = emqxsecretcookie\n")
                .Add("/repo/prod/emqx.conf", "node.cookie = emqxsecretcookie\n");
            return ConfigScanner.Scan(new ScanOptions("/repo", new[] { "/repo/lab/emqx.conf", "/repo/prod/emqx.conf" }, source) { Severities = severities });
        }

        private static string[] Cl1003(ScanResult result) =>
            result.Diagnostics.Where(d => d.Id == "CL1003").Select(d => d.Location.GetLineSpan().Path + " " + d.Severity).ToArray();

        [Fact]
        public void Without_configuration_every_rule_keeps_its_own_severity()
        {
            Assert.Equal(new[] { "lab/emqx.conf Error", "prod/emqx.conf Error" }, Cl1003(Scan(SeverityConfiguration.Default)));
        }

        [Fact]
        public void Config_texts_from_the_host_apply_per_file_and_none_removes_the_finding()
        {
            var configuration = new SeverityConfiguration(new[]
            {
                new AnalyzerConfigFile("/repo/.editorconfig", "root = true\n[lab/**]\ndotnet_diagnostic.CL1003.severity = suggestion\n"),
                new AnalyzerConfigFile("/repo/prod/.editorconfig", "[*]\ndotnet_diagnostic.CL1003.severity = none\n"),
            });

            Assert.Equal(new[] { "lab/emqx.conf Info" }, Cl1003(Scan(configuration)));
        }

        [Fact]
        public void A_silent_finding_is_reported_nowhere()
        {
            var configuration = new SeverityConfiguration(new[] { new AnalyzerConfigFile("/repo/.editorconfig", "[*]\ndotnet_diagnostic.CL1003.severity = silent\n") });

            Assert.Empty(Cl1003(Scan(configuration)));
        }

        [Fact]
        public void A_finding_at_another_severity_keeps_its_id_message_location_and_properties()
        {
            var configuration = new SeverityConfiguration(new[] { new AnalyzerConfigFile("/repo/.editorconfig", "[*]\ndotnet_diagnostic.CL1003.severity = warning\n") });
            var original = Scan(SeverityConfiguration.Default).Diagnostics.First(d => d.Id == "CL1003");

            var changed = Scan(configuration).Diagnostics.First(d => d.Id == "CL1003");

            Assert.Equal(DiagnosticSeverity.Warning, changed.Severity);
            Assert.Equal(original.GetMessage(), changed.GetMessage());
            Assert.Equal(original.Location, changed.Location);
            Assert.Equal(original.Properties, changed.Properties);
            Assert.Equal(original.Descriptor.HelpLinkUri, changed.Descriptor.HelpLinkUri);
            Assert.Equal(DiagnosticSeverity.Error, changed.DefaultSeverity);
        }

        [Fact]
        public void A_message_with_braces_survives_a_new_severity()
        {
            var source = new MemoryFileSource().Add("/repo/emqx.conf", $"node {{\n  cookie = \"{Cookie}\"\n}}\n");
            var options = new ScanOptions("/repo", new[] { "/repo/emqx.conf" }, source);
            var before = ConfigScanner.Scan(options).Diagnostics;
            var after = ConfigScanner.Scan(new ScanOptions("/repo", new[] { "/repo/emqx.conf" }, source)
            {
                Severities = new SeverityConfiguration(new[] { new AnalyzerConfigFile("/repo/.editorconfig", "[*]\ndotnet_analyzer_diagnostic.severity = suggestion\n") }),
            }).Diagnostics;

            Assert.Equal(before.Select(d => d.GetMessage()), after.Select(d => d.GetMessage()));
            Assert.Contains(after, d => d.GetMessage().Contains("`{allow, all}.`"));
            Assert.All(after, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
            Assert.All(after, d => Assert.DoesNotContain(Cookie, d.GetMessage()));
        }
    }
}
