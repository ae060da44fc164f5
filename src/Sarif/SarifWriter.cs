using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConfigLint.Analyzers;
using ConfigLint.Sarif.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

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

        /// <summary>
        /// Readies what writing any log takes before its first byte (the serializer's type metadata, and the code that
        /// builds and writes a log, compiled): it writes a log of one made-up finding of the first rule to nowhere. A
        /// host calls it on another thread while its scan runs, so that cost is off the run's serial end.
        /// </summary>
        /// <param name="rules">The rules of the log to come.</param>
        /// <param name="options">Its options.</param>
        public static void Prepare(IReadOnlyList<RuleDefinition> rules, SarifOptions options)
        {
            if (rules.Count == 0)
                return;
            var span = new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 1));
            var finding = Diagnostic.Create(rules[0].Descriptor, Microsoft.CodeAnalysis.Location.Create("prepare.conf", new TextSpan(0, 1), span));
            Write(Stream.Null, new[] { finding }, rules, System.Array.Empty<ToolNotification>(), options);
        }
    }
}
