using System;
using System.IO;
using System.Reflection;
using System.Threading;

namespace ConfigLint.Cli
{
    /// <summary>What one run of the tool works with, so tests can run it in-process with their own writers and folder.</summary>
    internal sealed class ToolEnvironment
    {
        public ToolEnvironment(
            TextWriter output,
            TextWriter error,
            string currentDirectory,
            LintEngine engine,
            Func<string, string?>? variables = null,
            CancellationToken cancellation = default,
            bool outputIsTerminal = false,
            Func<Stream>? standardInput = null)
        {
            OutputIsTerminal = outputIsTerminal;
            StandardInput = standardInput ?? (() => Stream.Null);
            Cancellation = cancellation;
            Output = output;
            Error = error;
            CurrentDirectory = currentDirectory;
            Engine = engine;
            Variables = variables ?? Environment.GetEnvironmentVariable;
        }

        /// <summary>Signalled when the user stops the tool (Ctrl+C); ends <c>--watch</c>.</summary>
        public CancellationToken Cancellation { get; }

        /// <summary>Environment variables (a CI system's build identity), injectable for tests.</summary>
        public Func<string, string?> Variables { get; }

        /// <summary>The assembly's informational version (<c>0.1.0+commit</c>), for <c>--version</c> and SARIF.</summary>
        public static string ToolVersion =>
            typeof(ToolEnvironment).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? throw new InvalidOperationException("the assembly has no informational version");

        /// <summary>Whether standard output is a terminal (then <c>--color auto</c> colours it).</summary>
        public bool OutputIsTerminal { get; }

        /// <summary>Opens standard input (read by <c>--stdin-filename</c>).</summary>
        public Func<Stream> StandardInput { get; }

        /// <summary>Standard output.</summary>
        public TextWriter Output { get; }

        /// <summary>Standard error.</summary>
        public TextWriter Error { get; }

        /// <summary>The folder relative paths are resolved against and shown relative to.</summary>
        public string CurrentDirectory { get; }

        public LintEngine Engine { get; }

        /// <summary>
        /// Writes the command's result to <c>--output</c> when given (UTF-8 without BOM), else to standard output.
        /// </summary>
        /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
        public void WriteResult(string? outputFile, Action<TextWriter> write)
        {
            if (outputFile == null)
            {
                using var chunked = new ChunkedWriter(Output);
                write(chunked);
                return;
            }
            try
            {
                // A SARIF viewer reads .sarif/*.sarif from the workspace: create the folder on first use.
                var path = Path.GetFullPath(outputFile, CurrentDirectory);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var writer = new StreamWriter(path, append: false);
                write(writer);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"cannot write {outputFile}: {e.Message}", e);
            }
        }
    }
}
