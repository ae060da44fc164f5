using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ConfigLint.Tests
{
    /// <summary>The exit code and the interleaved standard output and error of one finished program.</summary>
    internal sealed record ProgramRun(int ExitCode, string Output);

    /// <summary>Finds programs on the PATH and runs them to completion with a time limit.</summary>
    internal static class ExternalProgram
    {
        /// <summary>The full path of <paramref name="name"/> on the PATH, or null.</summary>
        public static string? Find(string name) =>
            (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? name + ".exe" : name))
                .FirstOrDefault(File.Exists);

        /// <summary>
        /// Runs a program in <paramref name="workingDirectory"/>. Variables that the surrounding test run or a git hook
        /// set (MSBuild's, git's) are removed, so the program and the builds it starts behave as from a terminal, and so are
        /// those <paramref name="notInherited"/> names.
        /// </summary>
        /// <exception cref="TimeoutException">The program did not finish in time; it has been killed.</exception>
        public static ProgramRun Run(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> variables, TimeSpan timeout, Func<string, bool>? notInherited = null)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            foreach (var inherited in start.Environment.Keys.Where(name => IsInheritedFromTestRun(name) || notInherited?.Invoke(name) == true).ToList())
                start.Environment.Remove(inherited);
            foreach (var (name, value) in variables)
                start.Environment[name] = value;

            using var process = Process.Start(start)!;
            var output = new System.Text.StringBuilder();
            Task Pump(StreamReader reader) => Task.Run(() =>
            {
                string? line;
                while ((line = reader.ReadLine()) != null)
                {
                    lock (output)
                        output.Append(line).Append('\n');
                }
            });
            var pumps = Task.WhenAll(Pump(process.StandardOutput), Pump(process.StandardError));
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{Path.GetFileName(program)} {string.Join(' ', start.ArgumentList)} did not finish in {timeout}: {output}");
            }
            pumps.Wait();
            return new ProgramRun(process.ExitCode, output.ToString());
        }

        private static bool IsInheritedFromTestRun(string name) =>
            name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("GIT_", StringComparison.Ordinal)
            || name == "DOTNET_HOST_PATH";
    }
}
