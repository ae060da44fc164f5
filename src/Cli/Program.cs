using System;
using System.IO;
using System.Threading;
using ConfigLint.Reporting;

namespace ConfigLint.Cli
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true; // let --watch finish its pass and exit cleanly
                stop.Cancel();
            };
            return Run(args, new ToolEnvironment(
                Console.Out,
                Console.Error,
                Environment.CurrentDirectory,
                LintEngine.Default,
                cancellation: stop.Token,
                outputIsTerminal: !Console.IsOutputRedirected,
                standardInput: Console.OpenStandardInput));
        }

        /// <summary>The whole tool, with its console and folder handed in so tests run it in-process.</summary>
        internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory) =>
            Run(args, new ToolEnvironment(stdout, stderr, currentDirectory, LintEngine.Default));

        internal static int Run(string[] args, ToolEnvironment environment)
        {
            try
            {
                var commandLine = CommandLine.Parse(args);
                return commandLine.Command switch
                {
                    Command.Scan when commandLine.Watch => WatchCommand.Run(commandLine, environment),
                    Command.Scan when commandLine.WriteBaselineFile != null => Baseline.Write(commandLine, environment),
                    Command.Scan => ScanCommand.Run(commandLine, environment),
                    Command.Resolve => ResolveCommand.Run(commandLine, environment),
                    Command.ListRules => RuleCommands.ListRules(commandLine, environment),
                    Command.Explain => RuleCommands.Explain(commandLine, environment),
                    Command.Lsp => Lsp.LspCommand.Run(environment),
                    Command.PrintConfig => PrintConfigCommand.Run(commandLine, environment),
                    Command.Help => Print(commandLine, environment, HelpText.Usage.TrimEnd('\r', '\n')),
                    _ => Print(commandLine, environment, ToolEnvironment.ToolVersion),
                };
            }
            catch (UsageException e)
            {
                environment.Error.WriteLine(TerminalText.Escape("configlint: " + e.Message));
                environment.Error.WriteLine("Run 'configlint --help' for usage.");
                return ExitCodes.Error;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                environment.Error.WriteLine(TerminalText.Escape("configlint: " + e.Message));
                return ExitCodes.Error;
            }
            catch (Exception e)
            {
                // The scan isolates faults per file and rule; this is the last guard, so no run ends in a stack trace.
                environment.Error.WriteLine($"configlint: internal error ({e.GetType().Name}); please report it");
                return ExitCodes.Error;
            }
        }

        private static int Print(CommandLine commandLine, ToolEnvironment environment, string text)
        {
            environment.WriteResult(commandLine.OutputFile, writer => writer.WriteLine(text));
            return ExitCodes.Clean;
        }
    }
}
