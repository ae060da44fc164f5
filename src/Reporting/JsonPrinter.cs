using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConfigLint.Analyzers;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Reporting
{
    /// <summary>
    /// One JSON object for scripts (README, "JSON output"): <c>version</c> (1; raised only when a field changes
    /// meaning or goes away), <c>findings</c> in the scan's order, suppressed ones included and marked, and
    /// <c>summary</c>. Lines and columns are 1-based; <c>endColumn</c> is the column just after the finding, as in SARIF.
    /// </summary>
    public sealed class JsonPrinter : IReportPrinter
    {
        /// <summary>The format's version, the object's first field.</summary>
        public const int Version = 1;

        // As the SARIF log: read by programs, never embedded in HTML, the same bytes on every platform.
        private static readonly JsonWriterOptions WriterOptions = new()
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        /// <inheritdoc/>
        public void Write(TextWriter writer, ScanReport report)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, WriterOptions))
            {
                json.WriteStartObject();
                json.WriteNumber("version", Version);
                json.WriteStartArray("findings");
                foreach (var diagnostic in report.Result.Diagnostics)
                    WriteFinding(json, diagnostic, report.RuleName(diagnostic.Id), report.Baseline?.StateOf(diagnostic));
                json.WriteEndArray();
                WriteSummary(json, report.Summary);
                json.WriteEndObject();
            }
            writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            writer.Write('\n');
        }

        private static void WriteFinding(Utf8JsonWriter json, Diagnostic diagnostic, string? name, string? baselineState)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Id);
            json.WriteString("name", name);
            json.WriteString("severity", RuleMarkdown.SeverityName(diagnostic.Severity));
            var span = diagnostic.Location.GetLineSpan();
            if (span.IsValid)
            {
                json.WriteString("path", span.Path);
                json.WriteNumber("line", span.StartLinePosition.Line + 1);
                json.WriteNumber("column", span.StartLinePosition.Character + 1);
                json.WriteNumber("endLine", span.EndLinePosition.Line + 1);
                json.WriteNumber("endColumn", span.EndLinePosition.Character + 1);
            }
            else
            {
                foreach (var field in new[] { "path", "line", "column", "endLine", "endColumn" })
                    json.WriteNull(field);
            }
            json.WriteString("message", diagnostic.GetMessage(CultureInfo.InvariantCulture));
            json.WriteString("helpUri", string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : diagnostic.Descriptor.HelpLinkUri);
            json.WriteBoolean("suppressed", diagnostic.IsSuppressed);
            // "new" or "unchanged" when the run compares against a baseline (absent entries are in SARIF only).
            json.WriteString("baselineState", baselineState);
            json.WriteEndObject();
        }

        private static void WriteSummary(Utf8JsonWriter json, ReportSummary summary)
        {
            json.WriteStartObject("summary");
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("filesWithFindings", summary.FilesWithFindings);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("notes", summary.Notes);
            json.WriteNumber("suppressed", summary.Suppressed);
            json.WriteEndObject();
        }
    }
}
