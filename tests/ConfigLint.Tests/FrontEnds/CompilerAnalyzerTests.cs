using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ConfigLint.Tests.FrontEnds
{
    /// <summary>The package's analyzer inside a compilation: locations, severities from .editorconfig, suppressions, and what cross-file rules see.</summary>
    public sealed class CompilerAnalyzerTests
    {
        private const string Project = "/work/app";

        [Fact]
        public void Each_finding_is_reported_at_its_additional_file_line_and_column()
        {
            var findings = Analyze(("deploy/emqx.conf", InsecureFiles.EmqxConf), ("deploy/clp.conf", InsecureFiles.ClpConf), ("README.md", "# not a configuration\n"));

            Assert.Contains("deploy/emqx.conf(3,12): error CL1003", findings);
            Assert.Contains("deploy/clp.conf(7,19): error CL3003", findings);
            Assert.DoesNotContain(findings, f => f.StartsWith("README.md", System.StringComparison.Ordinal));
        }

        [Fact]
        public void An_editorconfig_section_for_the_files_sets_their_severity()
        {
            var editorConfig = "root = true\n[*.conf]\ndotnet_diagnostic.CL1003.severity = none\ndotnet_diagnostic.CL3003.severity = warning\n";

            var findings = Analyze(("deploy/emqx.conf", InsecureFiles.EmqxConf), ("deploy/clp.conf", InsecureFiles.ClpConf), ("deploy/.editorconfig", editorConfig));

            Assert.DoesNotContain(findings, f => f.Contains("CL1003"));
            Assert.Contains("deploy/clp.conf(7,19): warning CL3003", findings);
        }

        [Fact]
        public void An_editorconfig_above_another_folder_does_not_apply_to_it()
        {
            var findings = Analyze(("deploy/emqx.conf", InsecureFiles.EmqxConf), ("other/.editorconfig", "[*.conf]\ndotnet_diagnostic.CL1003.severity = none\n"));

            Assert.Contains("deploy/emqx.conf(3,12): error CL1003", findings);
        }

        [Fact]
        public void The_compilation_options_apply_on_top_as_for_any_analyzer()
        {
            var options = new CSharpCompilationOptions(OutputKind.ConsoleApplication).WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CL1003"] = ReportDiagnostic.Suppress, // <NoWarn>
                ["CL3003"] = ReportDiagnostic.Warn,
            });

            var findings = Analyze(options, ("deploy/emqx.conf", InsecureFiles.EmqxConf), ("deploy/clp.conf", InsecureFiles.ClpConf));

            Assert.DoesNotContain(findings, f => f.Contains("CL1003"));
            Assert.Contains("deploy/clp.conf(7,19): warning CL3003", findings);
        }

        [Fact]
        public void An_inline_suppression_is_honoured()
        {
            var suppressed = InsecureFiles.EmqxConf.Replace("  cookie", "  # configlint-disable-next-line CL1003 -- lab cluster\n  cookie");

            var findings = Analyze(("deploy/emqx.conf", suppressed));

            Assert.DoesNotContain(findings, f => f.Contains("CL1003"));
            Assert.DoesNotContain(findings, f => f.Contains("CL0003"));
        }

        [Fact]
        public void Cross_file_rules_see_the_other_additional_files_and_nothing_else()
        {
            var cluster = Path.Combine(TestPaths.Fixtures, "cluster", "cookie-mismatch");
            (string, string) Node(string name) => ($"{name}/emqx.conf", File.ReadAllText(Path.Combine(cluster, name, "emqx.conf")));

            Assert.Contains("node1/emqx.conf(3,12): error CL2008", Analyze(Node("node1"), Node("node2")));
            // node2 is on the disk beside it, but not listed: the analyzer must not find it.
            Assert.DoesNotContain(InProcessCompiler.Analyze(cluster, new[] { (Path.Combine(cluster, "node1", "emqx.conf"), Node("node1").Item2) })
                .Select(d => d.Id), id => id == "CL2008");
        }

        private static string[] Analyze(params (string RelativePath, string Text)[] files) => Analyze(null, files);

        private static string[] Analyze(CSharpCompilationOptions? options, params (string RelativePath, string Text)[] files) =>
            InProcessCompiler.Analyze(Project, files.Select(f => (Path.Combine(Project, f.RelativePath), f.Text)), options)
                .Select(d => InProcessCompiler.Describe(d, Project))
                .ToArray();
    }
}
