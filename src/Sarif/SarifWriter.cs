using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConfigLint.Analyzers;
using ConfigLint.Sarif.Model;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Sarif
{
    /// <summary>Writes a scan as a SARIF 2.1.0 log that GitHub code scanning accepts.</summary>
    public static class SarifWriter
    {
        // The log is a file, never embedded in HTML, so Markdown and non-ASCII text can stay readable instead of
        // being \u-escaped. Fixed "\n" newlines keep the bytes the same on every platform.
        private static readonly JsonWriterOptions WriterOptions = new()
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        /// <summary>
        /// Writes one run: every rule as <c>tool.driver.rules</c>, the findings as results in the order given
        /// (the most severe 25,000 when there are more), and what the scan could not or did not check as tool notifications.
        /// The same input always gives the same bytes (UTF-8 without BOM, no timestamps).
        /// </summary>
        /// <param name="destination">Where the log goes; it is left open.</param>
        /// <param name="diagnostics">The findings, with display paths relative to <see cref="SarifOptions.SourceRoot"/>.</param>
        /// <param name="rules">Every rule the scan ran, in catalog order; results refer to them by index.</param>
        /// <param name="notifications">Files the scan could not read or did not check, and rules that failed.</param>
        /// <param name="options">Tool version, source root and automation id.</param>
        public static void Write(
            Stream destination,
            IReadOnlyList<Diagnostic> diagnostics,
            IReadOnlyList<RuleDefinition> rules,
            IReadOnlyList<ToolNotification> notifications,
            SarifOptions options)
        {
            var log = SarifLogBuilder.Build(diagnostics, rules, notifications, options);
            using (var writer = new Utf8JsonWriter(destination, WriterOptions))
                JsonSerializer.Serialize(writer, log, SarifJsonContext.Default.SarifLog);
            destination.WriteByte((byte)'\n');
        }
    }
}
