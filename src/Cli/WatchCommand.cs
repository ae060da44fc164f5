using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ConfigLint.Reporting;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Cli
{
    /// <summary>
    /// <c>--watch</c>: scan, write the report, then rescan whenever a watched file changes, rewriting the report
    /// in the asked format (so an editor's SARIF viewer stays current) and printing the findings that appeared
    /// (<c>+</c>) or went away (<c>-</c>) as text lines. Runs until stopped.
    /// </summary>
    internal static class WatchCommand
    {
        // Editors save in bursts (write a temp file, rename, touch): rescan once the burst has settled.
        private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

        public static int Run(CommandLine commandLine, ToolEnvironment environment)
        {
            var outputPath = commandLine.OutputFile == null ? null : Path.GetFullPath(commandLine.OutputFile, environment.CurrentDirectory);
            using var changes = new SemaphoreSlim(0);
            var watchers = Watch(commandLine, environment, path =>
            {
                if (!IsOwnOutput(path, outputPath) && !IsInsideGitFolder(path))
                    changes.Release();
            });
            try
            {
                var shown = new List<string>();
                while (true)
                {
                    shown = Pass(commandLine, environment, shown);
                    if (!WaitForChange(changes, environment.Cancellation))
                        return ExitCodes.Clean;
                }
            }
            finally
            {
                foreach (var watcher in watchers)
                    watcher.Dispose();
            }
        }

        /// <summary>One scan: rewrite the report file, print the difference to the previous pass.</summary>
        private static List<string> Pass(CommandLine commandLine, ToolEnvironment environment, List<string> previous)
        {
            var result = ScanCommand.Scan(commandLine, environment);
            if (commandLine.OutputFile != null)
            {
                var report = new ScanReport(result, environment.Engine.Rules);
                environment.WriteResult(commandLine.OutputFile, writer => ScanCommand.PrinterFor(commandLine, environment).Write(writer, report));
            }
            var current = Lines(result.Diagnostics, new TextPrinter(ScanCommand.UsesColour(commandLine, environment, toStandardOutput: true)));
            foreach (var gone in previous.Except(current))
                environment.Output.WriteLine("- " + gone);
            foreach (var added in current.Except(previous))
                environment.Output.WriteLine("+ " + added);
            environment.Output.WriteLine($"configlint: {current.Count} finding(s); watching for changes (Ctrl+C to stop)");
            environment.Output.Flush();
            return current;
        }

        private static List<string> Lines(IReadOnlyList<Diagnostic> diagnostics, TextPrinter printer)
        {
            using var text = new StringWriter();
            printer.WriteFindings(text, diagnostics);
            return text.ToString().Split('\n').Where(l => l.Length > 0).ToList();
        }

        /// <returns>False when the tool is being stopped.</returns>
        private static bool WaitForChange(SemaphoreSlim changes, CancellationToken cancellation)
        {
            try
            {
                changes.Wait(cancellation);
                while (changes.Wait(Settle, cancellation))
                {
                }
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        private static List<FileSystemWatcher> Watch(CommandLine commandLine, ToolEnvironment environment, Action<string> changed)
        {
            var paths = commandLine.Paths.Count == 0 ? new[] { "." } : commandLine.Paths;
            var watchers = new List<FileSystemWatcher>();
            foreach (var path in paths.Select(p => Path.GetFullPath(p, environment.CurrentDirectory)))
            {
                var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path)!;
                var watcher = new FileSystemWatcher(folder)
                {
                    IncludeSubdirectories = Directory.Exists(path),
                    Filter = Directory.Exists(path) ? "*" : Path.GetFileName(path),
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                };
                watcher.Changed += (_, e) => changed(e.FullPath);
                watcher.Created += (_, e) => changed(e.FullPath);
                watcher.Deleted += (_, e) => changed(e.FullPath);
                watcher.Renamed += (_, e) => changed(e.FullPath);
                watcher.EnableRaisingEvents = true;
                watchers.Add(watcher);
            }
            return watchers;
        }

        /// <summary>The report file, or a folder on its way (created for it): writing it must not trigger a rescan.</summary>
        private static bool IsOwnOutput(string path, string? outputPath)
        {
            if (outputPath == null)
                return false;
            var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
            return outputPath == full || outputPath.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        }

        private static bool IsInsideGitFolder(string path) =>
            path.Replace('\\', '/').Contains("/.git/", StringComparison.Ordinal) || path.EndsWith("/.git", StringComparison.Ordinal);
    }
}
