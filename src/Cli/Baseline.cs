using System;
using System.Globalization;
using System.IO;
using ConfigLint.Reporting;
using ConfigLint.Sarif;

namespace ConfigLint.Cli
{
    /// <summary>
    /// <c>--write-baseline FILE</c> records today's findings; <c>--baseline FILE</c> reads them back so a run
    /// fails only on new ones. The file is the SARIF log ConfigLint writes, so it holds no secret either.
    /// </summary>
    internal static class Baseline
    {
        /// <summary>Scans, records every finding in the <c>--write-baseline</c> file, and reports nothing else.</summary>
        public static int Write(CommandLine commandLine, ToolEnvironment environment)
        {
            var file = commandLine.WriteBaselineFile!;
            var result = ScanCommand.Scan(commandLine, environment);
            // Portable and without a CI build identity: the file is committed and read on other machines.
            var options = new SarifOptions(ToolEnvironment.ToolVersion) { AutomationId = commandLine.Category + "/" };
            environment.WriteResult(file, writer => new SarifPrinter(options).Write(writer, new ScanReport(result, environment.Engine.Rules)));
            var count = result.Diagnostics.Length;
            environment.Error.WriteLine(TerminalText.Escape(string.Format(
                CultureInfo.InvariantCulture, "configlint: recorded {0} finding{1} in the baseline {2}", count, count == 1 ? "" : "s", file)));
            // The recorded findings are accepted; only a file that could not be checked fails the run.
            return result.HasErrors ? ExitCodes.Error : ExitCodes.Clean;
        }

        /// <summary>Reads the <c>--baseline</c> file.</summary>
        /// <exception cref="IOException">It cannot be read or is not such a log; the message says so in one line.</exception>
        public static BaselineLog Read(string file, string currentDirectory)
        {
            var path = Path.GetFullPath(file, currentDirectory);
            if (Directory.Exists(path))
                throw new IOException($"cannot read the baseline {file}: it is a folder");
            byte[] sarif;
            try
            {
                sarif = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"cannot read the baseline {file}: {e.Message}", e);
            }
            try
            {
                return BaselineLog.Read(sarif);
            }
            catch (InvalidDataException e)
            {
                throw new IOException($"the baseline {file} is not a SARIF log written by configlint --write-baseline: {e.Message}", e);
            }
        }
    }
}
