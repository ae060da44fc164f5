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
    /// secret in a configuration file cannot reach a build log; paths and messages are escaped
    /// (<see cref="TerminalText"/>), so no file name or value can forge a line or drive the terminal.
    /// </summary>
    public static class TextReport
    {
        /// <summary>Writes one line per finding, in the order given, with 1-based line and column; suppressed findings are left out (SARIF keeps them).</summary>
        public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics.Where(d => !d.IsSuppressed))
                writer.WriteLine(Line(diagnostic));
        }

        /// <summary>
        /// Writes what the scan could not or did not check, one line each (<c>configlint: cannot read …</c>,
        /// <c>configlint: note: path:line:col: not checked: …</c>); meant for standard error.
        /// </summary>
        public static void WriteNotifications(TextWriter writer, IReadOnlyList<ToolNotification> notifications)
        {
            foreach (var notification in notifications)
            {
                var level = notification.Level == ToolNotificationLevel.Note ? "note: " : "";
                var place = notification.Position is { } at
                    ? string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}: ", notification.DisplayPath, at.Line + 1, at.Character + 1)
                    : "";
                writer.WriteLine(TerminalText.Escape("configlint: " + level + place + notification.Message));
            }
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
            var message = TerminalText.Escape(diagnostic.GetMessage(CultureInfo.InvariantCulture));
            var finding = RuleMarkdown.SeverityName(diagnostic.Severity) + " " + diagnostic.Id + ": " + message;
            var span = diagnostic.Location.GetLineSpan();
            if (!span.IsValid)
                return finding;
            var start = span.StartLinePosition;
            return string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}: {3}", TerminalText.Escape(span.Path), start.Line + 1, start.Character + 1, finding);
        }

        private static string Count(IReadOnlyList<Diagnostic> diagnostics, DiagnosticSeverity severity, string noun)
        {
            var count = diagnostics.Count(d => d.Severity == severity);
            return count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
        }
    }
}
