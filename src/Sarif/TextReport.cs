using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Sarif
{
    /// <summary>
    /// Compiler-style text output: <c>path:line:col: severity CLxxxx: message</c>, which editors and CI log
    /// parsers already know how to link. Only the diagnostic's message is printed, never file content, so a
    /// secret in a configuration file cannot reach a build log.
    /// </summary>
    public static class TextReport
    {
        /// <summary>Writes one line per finding, in the order given, with 1-based line and column.</summary>
        public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
                writer.WriteLine(Line(diagnostic));
        }

        /// <summary>
        /// Writes a one-line count such as <c>2 errors, 1 warning, 0 notes</c>; meant for stderr, so the
        /// findings on stdout stay one per line.
        /// </summary>
        public static void WriteSummary(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
        {
            writer.WriteLine(string.Join(
                ", ",
                Count(diagnostics, DiagnosticSeverity.Error, "error"),
                Count(diagnostics, DiagnosticSeverity.Warning, "warning"),
                Count(diagnostics, DiagnosticSeverity.Info, "note")));
        }

        private static string Line(Diagnostic diagnostic)
        {
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture).ReplaceLineEndings(" ");
            var finding = RuleMarkdown.SeverityName(diagnostic.Severity) + " " + diagnostic.Id + ": " + message;
            var span = diagnostic.Location.GetLineSpan();
            if (!span.IsValid)
                return finding;
            var start = span.StartLinePosition;
            return string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}: {3}", span.Path, start.Line + 1, start.Character + 1, finding);
        }

        private static string Count(IReadOnlyList<Diagnostic> diagnostics, DiagnosticSeverity severity, string noun)
        {
            var count = diagnostics.Count(d => d.Severity == severity);
            return count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
        }
    }
}
