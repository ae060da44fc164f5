using System.IO;
using System.Linq;
using ConfigLint.Analyzers.Severity;

namespace ConfigLint.Cli
{
    /// <summary>
    /// <c>--print-config FILE</c>: every rule's effective severity for that file and where it was set, one aligned
    /// line per rule: <c>ID  NAME  SEVERITY  ORIGIN</c>. No value of the file is read or shown.
    /// </summary>
    internal static class PrintConfigCommand
    {

        public static int Run(CommandLine commandLine, ToolEnvironment environment)
        {
            var fullPath = Path.GetFullPath(commandLine.CommandArgument, environment.CurrentDirectory);
            var configuration = Severities.For(commandLine, environment, new[] { fullPath });
            var rows = new SeverityResolver(configuration, environment.CurrentDirectory).Explain(fullPath)
                .Select(r => new[] { r.Rule.Id, r.Rule.Name, r.Severity, r.Origin })
                .ToList();
            environment.WriteResult(commandLine.OutputFile, writer => AlignedTable.Write(writer, rows));
            return ExitCodes.Clean;
        }
    }
}
