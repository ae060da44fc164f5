using System;
using System.IO;
using ConfigLint.Analyzers;
using ConfigLint.Cli;
using ConfigLint.Reporting;
using ConfigLint.Tests.Sarif;
using Xunit;

namespace ConfigLint.Tests.Cli
{
    /// <summary>A scan spread over threads reports what a scan on one thread reports, to the byte.</summary>
    public sealed class ParallelScanTests
    {
        [Fact]
        public void Examples_and_fixtures_give_the_same_sarif_and_text_on_one_thread_and_on_eight()
        {
            var paths = new[] { "examples", Path.Combine("tests", "fixtures") };
            var files = FileDiscovery.Find(paths, Array.Empty<string>(), TestPaths.RepositoryRoot);
            Assert.True(files.Count > 100, $"only {files.Count} files");

            var oneThread = Reports(files, degree: 1);
            var eightThreads = Reports(files, degree: 8);

            Assert.Equal(oneThread.Sarif, eightThreads.Sarif);
            Assert.Equal(oneThread.Text, eightThreads.Text);
        }

        private static (string Sarif, string Text) Reports(System.Collections.Generic.IReadOnlyList<string> files, int degree)
        {
            var options = TestScans.Options(TestPaths.RepositoryRoot, files);
            var result = ConfigScanner.Scan(new ScanOptions(options.BaseDirectory, options.Files, options.Source) { MaxDegreeOfParallelism = degree });
            var report = new ScanReport(result, RuleCatalog.All);
            return (Print(new SarifPrinter(SampleScan.PortableOptions), report), Print(new TextPrinter(colour: false), report));
        }

        private static string Print(IReportPrinter printer, ScanReport report)
        {
            var writer = new StringWriter { NewLine = "\n" };
            printer.Write(writer, report);
            return writer.ToString();
        }
    }
}
