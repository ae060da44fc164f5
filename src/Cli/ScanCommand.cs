using System.IO;
using System.Text;
using ConfigLint.Analyzers;
using ConfigLint.Sarif;

namespace ConfigLint.Cli
{
    /// <summary>The default command: find the candidate files, scan them, write the report, map findings to the exit code.</summary>
    internal static class ScanCommand
    {
        public static int Run(CommandLine commandLine, ToolEnvironment environment)
        {
            // Read before scanning, so a bad baseline fails fast.
            var baseline = commandLine.BaselineFile == null ? null : Baseline.Read(commandLine.BaselineFile, environment.CurrentDirectory);
            var result = Scan(commandLine, environment);
            var comparison = baseline == null ? null : BaselineComparison.Compare(result.Diagnostics, baseline);
            environment.WriteResult(commandLine.OutputFile, writer => WriteReport(commandLine, writer, result, environment, comparison));
            if (comparison != null)
                environment.Error.WriteLine(comparison.Summary());
            // With a baseline, only new findings fail the run.
            return result.HasErrors ? ExitCodes.Error : commandLine.FailLevel.ExitCodeFor(comparison?.New ?? result.Diagnostics);
        }

        /// <summary>Finds the candidate files and scans them; what could not be checked is reported on standard error.</summary>
        public static ScanResult Scan(CommandLine commandLine, ToolEnvironment environment)
        {
            var files = FileDiscovery.Find(commandLine.Paths, commandLine.Excludes, environment.CurrentDirectory);
            var tree = ScannedTree.RootsFor(environment.CurrentDirectory, commandLine.Paths);
            var exclusions = new Exclusions(environment.CurrentDirectory, commandLine.Paths, commandLine.Excludes);
            var source = new DiskFileSource(tree, commandLine.MaxFileSize, exclusions);
            var result = environment.Engine.Scan(new ScanOptions(environment.CurrentDirectory, files, source));

            // Reported here and in the SARIF notifications, but the other files' findings still count.
            TextReport.WriteNotifications(environment.Error, result.Notifications);
            return result;
        }

        /// <summary>Writes the report in the format asked for; with a baseline, text shows only the new findings.</summary>
        public static void WriteReport(CommandLine commandLine, TextWriter writer, ScanResult result, ToolEnvironment environment, BaselineComparison? baseline = null)
        {
            if (commandLine.Format == ReportFormat.Text)
            {
                if (baseline == null)
                    TextReport.Write(writer, result.Diagnostics);
                else
                    TextReport.Write(writer, baseline.New, BaselineComparison.NewFindingSuffix);
                return;
            }
            WriteSarif(writer, result, environment, new SarifOptions(ToolEnvironment.ToolVersion)
            {
                SourceRoot = commandLine.SarifPortable ? null : environment.CurrentDirectory,
                AutomationId = commandLine.Category + "/",
                AzurePipelinesBuild = AzurePipelinesBuild.FromEnvironment(environment.Variables),
                Baseline = baseline,
            });
        }

        public static void WriteSarif(TextWriter writer, ScanResult result, ToolEnvironment environment, SarifOptions options)
        {
            // SarifWriter writes UTF-8 bytes; the writer may be standard output, which takes text.
            using var sarif = new MemoryStream();
            SarifWriter.Write(sarif, result.Diagnostics, environment.Engine.Rules, result.Notifications, options);
            writer.Write(Encoding.UTF8.GetString(sarif.GetBuffer(), 0, (int)sarif.Length));
        }
    }
}
