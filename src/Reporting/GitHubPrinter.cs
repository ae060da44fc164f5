using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Reporting
{
    /// <summary>
    /// GitHub Actions workflow commands, one per finding that is not suppressed, which the runner turns into
    /// annotations on the pull request:
    /// <c>::error file=emqx.conf,line=4,col=12,endLine=4,endColumn=20,title=CL1003 weak-erlang-cookie::message</c>.
    /// Properties and messages are escaped as the runner unescapes them, so no file name or message can end the
    /// command early or start another.
    /// </summary>
    public sealed class GitHubPrinter : IReportPrinter
    {
        /// <inheritdoc/>
        public void Write(TextWriter writer, ScanReport report)
        {
            foreach (var diagnostic in report.Result.Diagnostics.Where(d => !d.IsSuppressed))
            {
                var title = report.RuleName(diagnostic.Id) is { } name ? diagnostic.Id + " " + name : diagnostic.Id;
                var properties = new StringBuilder();
                var span = diagnostic.Location.GetLineSpan();
                if (span.IsValid)
                {
                    properties.Append("file=").Append(EscapeProperty(span.Path))
                        .Append(string.Format(
                            CultureInfo.InvariantCulture,
                            ",line={0},col={1},endLine={2},endColumn={3},",
                            span.StartLinePosition.Line + 1,
                            span.StartLinePosition.Character + 1,
                            span.EndLinePosition.Line + 1,
                            span.EndLinePosition.Character + 1));
                }
                properties.Append("title=").Append(EscapeProperty(title));
                writer.WriteLine("::" + Command(diagnostic.Severity) + " " + properties + "::" + EscapeData(diagnostic.GetMessage(CultureInfo.InvariantCulture)));
            }
        }

        private static string Command(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };

        /// <summary>A message: the runner reads up to the end of the line and unescapes %25, %0D and %0A.</summary>
        internal static string EscapeData(string text) =>
            text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

        /// <summary>A property value: also ':' (which ends the properties) and ',' (which separates them).</summary>
        internal static string EscapeProperty(string text) =>
            EscapeData(text).Replace(":", "%3A").Replace(",", "%2C");
    }
}
