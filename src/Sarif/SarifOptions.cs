using System;

namespace ConfigLint.Sarif
{
    /// <summary>How a SARIF log describes the run it comes from.</summary>
    public sealed class SarifOptions
    {
        /// <summary>Creates options for the given tool version.</summary>
        /// <param name="toolVersion">ConfigLint's semantic version, e.g. <c>1.2.0</c>.</param>
        public SarifOptions(string toolVersion)
        {
            if (string.IsNullOrWhiteSpace(toolVersion))
                throw new ArgumentException("A tool version is required.", nameof(toolVersion));
            ToolVersion = toolVersion;
        }

        /// <summary>ConfigLint's semantic version, written as <c>tool.driver.semanticVersion</c>.</summary>
        public string ToolVersion { get; }

        /// <summary>
        /// The absolute folder the findings' display paths are relative to, written as <c>%SRCROOT%</c> in
        /// <c>run.originalUriBaseIds</c>; null for a portable log that names no absolute path.
        /// </summary>
        public string? SourceRoot { get; init; }

        /// <summary>
        /// <c>run.automationDetails.id</c>. GitHub treats what comes before the last <c>/</c> as the analysis
        /// category, so uploads from different configurations of one repository keep separate alerts.
        /// </summary>
        public string AutomationId { get; init; } = "configlint/";

        /// <summary>
        /// The Azure Pipelines build the scan runs in, or null. When set, the run's automation details identify
        /// that build (as GitHub Advanced Security for Azure DevOps requires) instead of <see cref="AutomationId"/>.
        /// </summary>
        public AzurePipelinesBuild? AzurePipelinesBuild { get; init; }

        /// <summary>
        /// The findings compared with a baseline (<c>--baseline</c>), or null. When set, every result has a
        /// <c>baselineState</c> and the baseline's unmatched results follow as <c>absent</c>.
        /// </summary>
        public BaselineComparison? Baseline { get; init; }
    }
}
