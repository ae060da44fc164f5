using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ConfigLint.Analyzers;
using ConfigLint.Sarif;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Reporting
{
    /// <summary>
    /// Compiler-style text output: <c>path:line:col: severity CLxxxx: message</c>, which editors and CI log
    /// parsers already know how to link. Only the diagnostic's message is printed, never file content, so a
    /// secret in a configuration file cannot reach a build log; paths and messages are escaped
    /// (<see cref="TerminalText"/>), so no file name or value can forge a line or drive the terminal.
    /// A suppressed finding is not printed.
    /// </summary>
    public sealed class TextPrinter : IReportPrinter
    {
        private const string Reset = "\x1b[0m";
        private const string Bold = "\x1b[1m";

        private readonly bool colour;

        /// <param name="colour">Whether to colour the path and the severity with ANSI escapes (for a terminal).</param>
        public TextPrinter(bool colour)
        {
            this.colour = colour;
        }

        /// <summary>Without colour: for files, pipes and standard error.</summary>
        public static TextPrinter Plain { get; } = new(colour: false);

        /// <inheritdoc/>
        /// <remarks>With a baseline, only the new findings, each ending in <see cref="BaselineComparison.NewFindingSuffix"/>.</remarks>
        public void Write(TextWriter writer, ScanReport report)
        {
            if (report.Baseline is { } baseline)
                WriteFindings(writer, baseline.New, BaselineComparison.NewFindingSuffix);
            else
                WriteFindings(writer, report.Result.Diagnostics);
        }

        /// <summary>Writes one line per finding that is not suppressed, in the order given, with 1-based line and column.</summary>
        /// <param name="writer">Where the lines go.</param>
        /// <param name="diagnostics">The findings.</param>
        /// <param name="lineSuffix">Ends every line.</param>
        public void WriteFindings(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, string lineSuffix = "")
        {
            foreach (var diagnostic in diagnostics)
            {
                if (!diagnostic.IsSuppressed)
                    writer.WriteLine(Line(diagnostic) + lineSuffix);
            }
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

        private string Line(Diagnostic diagnostic)
        {
            var message = TerminalText.Escape(diagnostic.GetMessage(CultureInfo.InvariantCulture));
            var finding = Coloured(SeverityColour(diagnostic.Severity), RuleMarkdown.SeverityName(diagnostic.Severity)) + " " + diagnostic.Id + ": " + message;
            var span = diagnostic.Location.GetLineSpan();
            if (!span.IsValid)
                return finding;
            var start = span.StartLinePosition;
            var place = string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}:", TerminalText.Escape(span.Path), start.Line + 1, start.Character + 1);
            return Coloured(Bold, place) + " " + finding;
        }

        private string Coloured(string colourCode, string text) => colour ? colourCode + text + Reset : text;

        // Bold red, yellow and cyan, as compilers and most linters colour their levels.
        private static string SeverityColour(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "\x1b[1;31m",
            DiagnosticSeverity.Warning => "\x1b[1;33m",
            DiagnosticSeverity.Info => "\x1b[1;36m",
            _ => "\x1b[2m",
        };
    }
}
