using System.IO;
using ConfigLint.Sarif;

namespace ConfigLint.Reporting
{
    /// <summary>A SARIF 2.1.0 log, written by <see cref="SarifWriter"/>.</summary>
    public sealed class SarifPrinter : IReportPrinter
    {
        private readonly SarifOptions options;

        /// <param name="options">Tool version, source root and automation id of the log.</param>
        public SarifPrinter(SarifOptions options)
        {
            this.options = options;
        }

        /// <inheritdoc/>
        public void Write(TextWriter writer, ScanReport report)
        {
            // SarifWriter writes UTF-8 bytes; the writer may be standard output, which takes text.
            using var sarif = new TextWriterStream(writer);
            SarifWriter.Write(sarif, report.Result.Diagnostics, report.Rules, report.Result.Notifications, options);
        }
    }
}
