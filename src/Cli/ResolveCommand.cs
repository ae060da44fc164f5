using System;
using System.IO;
using System.Runtime;
using ConfigLint.Analyzers;
using ConfigLint.Parsers;
using ConfigLint.Reporting;

namespace ConfigLint.Cli
{
    /// <summary><c>--resolve FILE</c>: the resolved EMQX configuration as JSON, with secrets masked.</summary>
    internal static class ResolveCommand
    {
        public static int Run(CommandLine commandLine, ToolEnvironment environment)
        {
            var fullPath = Path.GetFullPath(commandLine.CommandArgument, environment.CurrentDirectory);
            if (Directory.Exists(fullPath))
                return Refuse(environment, $"{commandLine.CommandArgument} is a folder; --resolve reads one EMQX configuration file");
            if (!File.Exists(fullPath))
                throw new UsageException($"no such file: {commandLine.CommandArgument}");

            var suspended = SuspendCollections(new FileInfo(fullPath).Length);
            try
            {
                return Resolve(commandLine, environment, fullPath);
            }
            finally
            {
                // The tool exits next; a host running commands in process (the tests) gets its collections back.
                if (suspended)
                    ResumeCollections();
            }
        }

        private static int Resolve(CommandLine commandLine, ToolEnvironment environment, string fullPath)
        {
            var tree = ScannedTree.RootsFor(environment.CurrentDirectory, new[] { fullPath });
            var resolved = environment.Engine.Resolve(fullPath, environment.CurrentDirectory, new DiskFileSource(tree, commandLine.MaxFileSize));
            if (resolved.OtherFormat is { } otherFormat)
                return Refuse(environment, $"{commandLine.CommandArgument} is {otherFormat}, not an EMQX configuration");
            if (resolved.ReadAs != null)
                environment.Error.WriteLine(TerminalText.Escape($"configlint: read {commandLine.CommandArgument} as {resolved.ReadAs}"));
            // The findings go to standard error so standard output stays valid JSON (or empty).
            TextPrinter.Plain.WriteFindings(environment.Error, resolved.Errors);
            TextPrinter.WriteNotifications(environment.Error, resolved.Notifications);
            if (resolved.Root is { } root)
                environment.WriteResult(commandLine.OutputFile, writer =>
                {
                    ConfigJson.Write(writer, root, SecretKeys.IsSecret);
                    writer.WriteLine();
                });
            return resolved.Errors.IsEmpty ? ExitCodes.Clean : ExitCodes.Findings;
        }

        // What a resolve allocates, per byte of the file, with room to spare (measured 18 on the generated 5 MB file,
        // the parse and the JSON writing together), and the most the runtime is asked to set aside without collecting.
        private const long AllocationPerFileByte = 32;
        private const long MostUncollected = 256 * 1024 * 1024;
        private const long LargeFile = 1024 * 1024;

        /// <summary>
        /// Asks the runtime not to collect while a large file is resolved: everything it allocates stays live until the
        /// JSON is written, so each collection only copied the growing tree from generation to generation (most of the
        /// runtime's share of a 5 MB resolve). A process that allocates more than was set aside is collected as usual
        /// from then on; a small file is not worth the collection that starting the region costs.
        /// </summary>
        /// <returns>Whether a region was started, for <see cref="ResumeCollections"/> to end.</returns>
        private static bool SuspendCollections(long fileSize)
        {
            // One region at a time: a host that already runs in one (or a large file it resolved before) keeps it.
            if (fileSize < LargeFile || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
                return false;
            try
            {
                return GC.TryStartNoGCRegion(Math.Min(MostUncollected, AllocationPerFileByte * fileSize));
            }
            catch (ArgumentOutOfRangeException)
            {
                // More than this runtime's heap can set aside: collected as usual.
                return false;
            }
        }

        private static void ResumeCollections()
        {
            try
            {
                if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
                    GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The region already ended: the resolve allocated past it, and the runtime collects as usual.
            }
        }

        /// <summary>A usage error in one line: nothing of the file is shown (it may hold secrets).</summary>
        private static int Refuse(ToolEnvironment environment, string reason)
        {
            environment.Error.WriteLine(TerminalText.Escape("configlint: --resolve: " + reason));
            return ExitCodes.Error;
        }
    }
}
