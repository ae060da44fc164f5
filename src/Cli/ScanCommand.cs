using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using ConfigLint.Analyzers;
using ConfigLint.Parsers;
using ConfigLint.Reporting;
using ConfigLint.Sarif;

namespace ConfigLint.Cli
{
    /// <summary>
    /// The default command: find the candidate files, scan them, write the report and the summary line, map
    /// findings to the exit code.
    /// </summary>
    internal static class ScanCommand
    {
        public static int Run(CommandLine commandLine, ToolEnvironment environment)
        {
            // Read before scanning, so a bad baseline fails fast.
            var baseline = commandLine.BaselineFile == null ? null : Baseline.Read(commandLine.BaselineFile, environment.CurrentDirectory);
            // The rule catalog and the SARIF writer are readied on another core while files are found and scanned:
            // otherwise they are time on the run's serial path (docs/performance.md).
            if (commandLine.Format == ReportFormat.Sarif)
                Task.Run(() => SarifWriter.Prepare(environment.Engine.Rules, SarifOptionsFor(commandLine, environment, baseline: null)));
            var result = Scan(commandLine, environment);
            var comparison = baseline == null ? null : BaselineComparison.Compare(result.Diagnostics, baseline);
            var report = new ScanReport(result, environment.Engine.Rules, comparison);
            environment.WriteResult(commandLine.OutputFile, writer => PrinterFor(commandLine, environment, comparison).Write(writer, report));
            // On standard error, after the findings, so standard output keeps one finding a line.
            if (!commandLine.Quiet)
                environment.Error.WriteLine(SummaryLine(report));
            // With a baseline, only new findings fail the run.
            return result.HasErrors ? ExitCodes.Error : commandLine.FailLevel.ExitCodeFor(comparison?.New ?? result.Diagnostics);
        }

        /// <summary>The summary line; with a baseline it counts the new findings, then the rest (<c>1 finding (1 error) in 1 of 3 files; 3 unchanged, 1 absent (baseline)</c>).</summary>
        private static string SummaryLine(ScanReport report)
        {
            if (report.Baseline is not { } baseline)
                return report.Summary.Line();
            var line = ReportSummary.Of(report.Result, baseline.New).Line();
            var end = line.EndsWith(".", StringComparison.Ordinal) ? "." : "";
            return line.Substring(0, line.Length - end.Length) + "; " + baseline.Summary() + end;
        }

        /// <summary>Finds the candidate files and scans them; what could not be checked is reported on standard error.</summary>
        public static ScanResult Scan(CommandLine commandLine, ToolEnvironment environment)
        {
            var result = environment.Engine.Scan(Options(commandLine, environment));

            // Reported here and in the SARIF notifications, but the other files' findings still count.
            TextPrinter.WriteNotifications(environment.Error, result.Notifications);
            return result;
        }

        /// <summary>The printer of the asked format; text is coloured as <c>--color</c> decides.</summary>
        public static IReportPrinter PrinterFor(CommandLine commandLine, ToolEnvironment environment, BaselineComparison? baseline = null) => commandLine.Format switch
        {
            ReportFormat.Sarif => new SarifPrinter(SarifOptionsFor(commandLine, environment, baseline)),
            ReportFormat.Json => new JsonPrinter(),
            ReportFormat.GitHub => new GitHubPrinter(),
            _ => new TextPrinter(UsesColour(commandLine, environment, toStandardOutput: commandLine.OutputFile == null)),
        };

        private static SarifOptions SarifOptionsFor(CommandLine commandLine, ToolEnvironment environment, BaselineComparison? baseline) =>
            new(ToolEnvironment.ToolVersion)
            {
                SourceRoot = commandLine.SarifPortable ? null : environment.CurrentDirectory,
                AutomationId = commandLine.Category + "/",
                AzurePipelinesBuild = AzurePipelinesBuild.FromEnvironment(environment.Variables),
                Baseline = baseline,
            };

        /// <summary>
        /// <c>--color auto</c> colours standard output when it is a terminal and NO_COLOR is not set, or when
        /// FORCE_COLOR is set (no-color.org, force-color.org: set means present and not empty); never a file.
        /// </summary>
        public static bool UsesColour(CommandLine commandLine, ToolEnvironment environment, bool toStandardOutput) => commandLine.Color switch
        {
            ColorChoice.Always => true,
            ColorChoice.Never => false,
            _ => toStandardOutput
                && (IsSet(environment, "FORCE_COLOR") || (environment.OutputIsTerminal && !IsSet(environment, "NO_COLOR"))),
        };

        private static bool IsSet(ToolEnvironment environment, string variable) =>
            !string.IsNullOrEmpty(environment.Variables(variable));

        private static ScanOptions Options(CommandLine commandLine, ToolEnvironment environment)
        {
            var cwd = environment.CurrentDirectory;
            if (commandLine.StdinFileName is not { } stdinName)
            {
                var files = FileDiscovery.Find(commandLine.Paths, commandLine.Excludes, cwd);
                return new ScanOptions(cwd, files, DiskSource(commandLine, environment, commandLine.Paths))
                {
                    Severities = Severities.For(commandLine, environment, files),
                    MaxDegreeOfParallelism = Environment.ProcessorCount,
                };
            }
            // Standard input stands in for the named file, which need not exist; the files beside it are read from disk.
            var fullPath = ConfigPaths.Normalize(Path.GetFullPath(stdinName, cwd));
            using var input = environment.StandardInput();
            var source = OverlayFileSource.ForStandardInput(fullPath, input, commandLine.MaxFileSize, DiskSource(commandLine, environment, new[] { stdinName }));
            return new ScanOptions(cwd, new[] { fullPath }, source) { Severities = Severities.For(commandLine, environment, new[] { fullPath }) };
        }

        private static DiskFileSource DiskSource(CommandLine commandLine, ToolEnvironment environment, IReadOnlyList<string> namedPaths)
        {
            var tree = ScannedTree.RootsFor(environment.CurrentDirectory, namedPaths);
            var exclusions = new Exclusions(environment.CurrentDirectory, namedPaths, commandLine.Excludes);
            return new DiskFileSource(tree, commandLine.MaxFileSize, exclusions);
        }
    }
}
