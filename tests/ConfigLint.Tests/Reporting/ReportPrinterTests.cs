using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConfigLint.Analyzers;
using ConfigLint.Reporting;
using ConfigLint.Tests.Sarif;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConfigLint.Tests.Reporting
{
    public sealed class ReportPrinterTests
    {
        private const string HelpBase = "https://github.com/configlint/configlint/blob/main/rules.md#";

        [Theory]
        [InlineData(new[] { 2, 1, 0 }, 2, 14, 1, "3 findings (2 errors, 1 warning) in 2 of 14 files; 1 suppressed")]
        [InlineData(new[] { 1, 0, 0 }, 1, 1, 0, "1 finding (1 error) in 1 of 1 file")]
        [InlineData(new[] { 0, 0, 2 }, 1, 3, 0, "2 findings (2 notes) in 1 of 3 files")]
        [InlineData(new[] { 0, 1, 1 }, 2, 2, 2, "2 findings (1 warning, 1 note) in 2 of 2 files; 2 suppressed")]
        [InlineData(new[] { 0, 0, 0 }, 0, 14, 0, "No findings in 14 files.")]
        [InlineData(new[] { 0, 0, 0 }, 0, 1, 0, "No findings in 1 file.")]
        [InlineData(new[] { 0, 0, 0 }, 0, 2, 1, "No findings in 2 files; 1 suppressed.")]
        public void The_summary_line_counts_findings_by_severity_files_and_suppressions(int[] bySeverity, int filesWithFindings, int files, int suppressed, string expected)
        {
            var summary = new ReportSummary(files, filesWithFindings, bySeverity[0], bySeverity[1], bySeverity[2], bySeverity.Sum(), suppressed);

            Assert.Equal(expected, summary.Line());
        }

        [Fact]
        public void The_summary_counts_a_scan_leaving_suppressed_findings_apart()
        {
            var report = Report(SampleScan.Suppressed(SampleScan.Diagnostics[1]));

            Assert.Equal(new ReportSummary(Files: 3, FilesWithFindings: 1, Errors: 2, Warnings: 0, Notes: 1, Findings: 3, Suppressed: 1), report.Summary);
            Assert.Equal("3 findings (2 errors, 1 note) in 1 of 3 files; 1 suppressed", report.Summary.Line());
        }

        [Fact]
        public void Json_is_one_versioned_object_with_every_finding_and_the_summary()
        {
            var json = Print(new JsonPrinter(), Report(SampleScan.Suppressed(SampleScan.Diagnostics[1])));

            Assert.Equal(
                "{\n" +
                "  \"version\": 1,\n" +
                "  \"findings\": [\n" +
                Finding("CL1003", "weak-erlang-cookie", "error", "examples/emqx.conf", 4, 12, 4, 20, "Node cookie 'node.cookie' is a well-known default.", "cl1003-weak-erlang-cookie", false) + ",\n" +
                Finding("CL2001", "plaintext-mqtt-listener", "warning", "examples/prod cluster/nœud.conf", 10, 1, 10, 27, "Listener 'listeners.tcp.default' accepts unencrypted MQTT.", "cl2001-plaintext-mqtt-listener", true) + ",\n" +
                Finding("CL1004", "cookie-mismatch", "error", "examples/emqx.conf", 4, 1, 4, 31, "Cookie set by 'node.cookie' differs from the one in vm.args.", "cl1004-cookie-mismatch", false) + ",\n" +
                Finding("CL3001", "dashboard-default-port", "note", "examples/emqx.conf", 21, 5, 21, 17, "Dashboard listener 'dashboard.listeners.http' uses the default port.", "cl3001-dashboard-default-port", false) + "\n" +
                "  ],\n" +
                "  \"summary\": {\n" +
                "    \"files\": 3,\n" +
                "    \"filesWithFindings\": 1,\n" +
                "    \"errors\": 2,\n" +
                "    \"warnings\": 0,\n" +
                "    \"notes\": 1,\n" +
                "    \"suppressed\": 1\n" +
                "  }\n" +
                "}\n",
                json);
        }

        [Fact]
        public void Json_of_a_clean_scan_has_an_empty_finding_list()
        {
            var json = Print(new JsonPrinter(), new ScanReport(Scan(), SampleScan.Rules));

            using var document = JsonDocument.Parse(json);
            Assert.Equal(0, document.RootElement.GetProperty("findings").GetArrayLength());
            Assert.Equal(3, document.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
        }

        [Fact]
        public void GitHub_gets_one_workflow_command_per_finding_that_is_not_suppressed()
        {
            var commands = Print(new GitHubPrinter(), Report(SampleScan.Suppressed(SampleScan.Diagnostics[1])));

            Assert.Equal(
                "::error file=examples/emqx.conf,line=4,col=12,endLine=4,endColumn=20,title=CL1003 weak-erlang-cookie::Node cookie 'node.cookie' is a well-known default.\n" +
                "::error file=examples/emqx.conf,line=4,col=1,endLine=4,endColumn=31,title=CL1004 cookie-mismatch::Cookie set by 'node.cookie' differs from the one in vm.args.\n" +
                "::notice file=examples/emqx.conf,line=21,col=5,endLine=21,endColumn=17,title=CL3001 dashboard-default-port::Dashboard listener 'dashboard.listeners.http' uses the default port.\n",
                commands);
        }

        [Fact]
        public void GitHub_commands_escape_what_could_end_a_property_or_forge_a_command()
        {
            var hostile = Diagnostic.Create(
                SampleScan.PlaintextListener.Descriptor,
                SampleScan.At("a,b:c%d\n::error file=x::forged.conf", 0, 0, 0, 1),
                "x%0A\r\n::warning::y");

            var commands = Print(new GitHubPrinter(), new ScanReport(Scan(hostile), SampleScan.Rules));

            Assert.Equal(
                "::warning file=a%2Cb%3Ac%25d%0A%3A%3Aerror file=x%3A%3Aforged.conf,line=1,col=1,endLine=1,endColumn=2,title=CL2001 plaintext-mqtt-listener::" +
                "Listener 'x%250A%0D%0A::warning::y' accepts unencrypted MQTT.\n",
                commands);
        }

        [Theory]
        [InlineData("100%", "100%25", "100%25")]
        [InlineData("a\r\nb", "a%0D%0Ab", "a%0D%0Ab")]
        [InlineData("k=v, x: y", "k=v, x: y", "k=v%2C x%3A y")]
        public void Escapes_data_and_properties_as_the_runner_unescapes_them(string text, string data, string property)
        {
            Assert.Equal(data, GitHubPrinter.EscapeData(text));
            Assert.Equal(property, GitHubPrinter.EscapeProperty(text));
        }

        [Fact]
        public void Sarif_is_the_sarif_writers_log()
        {
            var sarif = Print(new SarifPrinter(SampleScan.PortableOptions), Report());

            Assert.Equal(System.Text.Encoding.UTF8.GetString(SampleScan.WriteSarif(SampleScan.Diagnostics, SampleScan.PortableOptions)), sarif);
        }

        private static string Finding(string id, string name, string severity, string path, int line, int column, int endLine, int endColumn, string message, string anchor, bool suppressed) =>
            "    {\n" +
            $"      \"ruleId\": \"{id}\",\n" +
            $"      \"name\": \"{name}\",\n" +
            $"      \"severity\": \"{severity}\",\n" +
            $"      \"path\": \"{path}\",\n" +
            $"      \"line\": {line},\n" +
            $"      \"column\": {column},\n" +
            $"      \"endLine\": {endLine},\n" +
            $"      \"endColumn\": {endColumn},\n" +
            $"      \"message\": \"{message}\",\n" +
            $"      \"helpUri\": \"{HelpBase}{anchor}\",\n" +
            $"      \"suppressed\": {(suppressed ? "true" : "false")},\n" +
            "      \"baselineState\": null\n" +
            "    }";

        /// <summary>The sample scan over three files, with <paramref name="replacement"/> in place of the finding of its rule.</summary>
        private static ScanReport Report(Diagnostic? replacement = null) =>
            new(Scan(SampleScan.Diagnostics.Select(d => replacement != null && d.Id == replacement.Id ? replacement : d).ToArray()), SampleScan.Rules);

        private static ScanResult Scan(params Diagnostic[] diagnostics) =>
            new(diagnostics.ToImmutableArray(), ImmutableArray.Create("examples/emqx.conf", "examples/prod cluster/nœud.conf", "examples/vm.args"), SampleScan.Notifications.ToImmutableArray());

        private static string Print(IReportPrinter printer, ScanReport report)
        {
            var writer = new StringWriter { NewLine = "\n" };
            printer.Write(writer, report);
            return writer.ToString();
        }
    }
}
