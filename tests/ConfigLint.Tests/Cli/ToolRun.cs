using System;
using System.IO;

namespace ConfigLint.Tests.Cli
{
    /// <summary>The exit code and everything one in-process run of the tool printed.</summary>
    internal sealed record ToolRun(int ExitCode, string Output, string Error)
    {
        /// <summary>Runs <paramref name="tool"/> with captured standard output and standard error ('\n' line ends).</summary>
        public static ToolRun Capture(Func<TextWriter, TextWriter, int> tool)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            int exitCode = tool(output, error);
            return new ToolRun(exitCode, output.ToString(), error.ToString());
        }
    }
}
