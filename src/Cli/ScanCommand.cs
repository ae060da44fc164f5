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
            var result = Scan(commandLine, environment);
            environment.WriteResult(commandLine.OutputFile, writer => WriteReport(commandLine, writer, result, environment));
            return result.HasErrors ? ExitCodes.Error : commandLine.FailLevel.ExitCodeFor(result.Diagnostics);
        }

        /// <summary>Finds the candidate files and scans them; what could not be checked is reported on standard error.</summary>
        public static ScanResult Scan(CommandLine commandLine, ToolEnvironment environment)
        {
            var files = FileDiscovery.Find(commandLine.Paths, commandLine.Excludes, environment.CurrentDirectory);
            var tree = ScannedTree.RootsFor(environment.CurrentDirectory, commandLine.Paths);
            var exclusions = new Exclusions(environment.CurrentDirectory, commandLine.Paths, commandLine.Excludes);
            var source = new DiskFileSource(tree, commandLine.MaxFileSize, exclusions);
            var severities = Severities.For(commandLine, environment, files);
            var result = environment.Engine.Scan(new ScanOptions(environment.CurrentDirectory, files, source) { Severities = severities });

            // Reported here and in the SARIF notifications, but the other files' findings still count.
            TextReport.WriteNotifications(environment.Error, result.Notifications);
            return result;
        }

        public static void WriteReport(CommandLine commandLine, TextWriter writer, ScanResult result, ToolEnvironment environment)
        {
            if (commandLine.Format == ReportFormat.Text)
            {
                TextReport.Write(writer, result.Diagnostics);
                return;
            }
            // SarifWriter writes UTF-8 bytes; the writer may be standard output, which takes text.
            using var sarif = new MemoryStream();
            SarifWriter.Write(sarif, result.Diagnostics, environment.Engine.Rules, result.Notifications, new SarifOptions(ToolEnvironment.ToolVersion)
            {
                SourceRoot = commandLine.SarifPortable ? null : environment.CurrentDirectory,
                AutomationId = commandLine.Category + "/",
                AzurePipelinesBuild = AzurePipelinesBuild.FromEnvironment(environment.Variables),
            });
            writer.Write(Encoding.UTF8.GetString(sarif.GetBuffer(), 0, (int)sarif.Length));
        }
    }
}
