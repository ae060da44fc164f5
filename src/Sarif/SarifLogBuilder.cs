using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConfigLint.Analyzers;
using ConfigLint.Sarif.Model;
using Microsoft.CodeAnalysis;
using SarifLocation = ConfigLint.Sarif.Model.Location;

namespace ConfigLint.Sarif
{
    /// <summary>Assembles the one-run SARIF log of a scan.</summary>
    internal static class SarifLogBuilder
    {
        private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
        private const string ToolName = "ConfigLint";
        private const string InformationUri = "https://github.com/configlint/configlint";

        public static SarifLog Build(
            IReadOnlyList<Diagnostic> diagnostics,
            IReadOnlyList<RuleDefinition> rules,
            IReadOnlyList<ToolNotification> toolNotifications,
            SarifOptions options)
        {
            var ruleIndexes = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(r => r.Id, r => r.index, StringComparer.Ordinal);
            var fingerprints = PartialFingerprints.Compute(diagnostics);
            var fingerprintOf = new Dictionary<Diagnostic, string>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < diagnostics.Count; i++)
                fingerprintOf[diagnostics[i]] = fingerprints[i];
            var kept = ResultCap.KeepMostSevere(diagnostics, ResultCap.GitHubMaximumResultsPerRun);
            var results = kept.Select(d => SarifResults.From(d, RuleIndex(d.Id), fingerprintOf[d], options.Baseline?.StateOf(d))).ToList();
            // Findings gone since the baseline follow today's, in what room the cap leaves.
            var absent = options.Baseline?.Absent ?? Array.Empty<Result>();
            results.AddRange(absent.Take(ResultCap.GitHubMaximumResultsPerRun - kept.Count).Select(r => BaselineComparison.AsAbsent(r, RuleIndex(r.RuleId))));
            var found = diagnostics.Count + absent.Count;
            var notifications = toolNotifications.Select(ToSarif).ToList();
            if (results.Count < found)
                notifications.Add(ResultsLeftOutNotification(found, found - results.Count));

            var run = new Run
            {
                Tool = new Tool
                {
                    Driver = new ToolComponent
                    {
                        Name = ToolName,
                        FullName = ToolName + " " + options.ToolVersion,
                        SemanticVersion = options.ToolVersion,
                        InformationUri = InformationUri,
                        Rules = rules.Select(ReportingDescriptors.From).ToList(),
                    },
                },
                AutomationDetails = options.AzurePipelinesBuild is { } build
                    ? new RunAutomationDetails { Id = build.AutomationId, Properties = build.Properties }
                    : new RunAutomationDetails { Id = options.AutomationId },
                OriginalUriBaseIds = options.SourceRoot == null
                    ? null
                    : new Dictionary<string, ArtifactLocation>
                    {
                        [ArtifactUris.SourceRootBaseId] = new ArtifactLocation { Uri = ArtifactUris.FolderUri(options.SourceRoot) },
                    },
                // The log is written only when the scan ran to its end; files it could not read and rules that failed
                // are error-level notifications, which SARIF consumers take to mean the results may be incomplete.
                Invocations = new[] { new Invocation { ExecutionSuccessful = true, ToolExecutionNotifications = notifications } },
                ColumnKind = "utf16CodeUnits",
                Results = results,
            };
            return new SarifLog { Schema = SchemaUri, Version = "2.1.0", Runs = new[] { run } };

            int? RuleIndex(string ruleId) => ruleIndexes.TryGetValue(ruleId, out var i) ? i : null;
        }

        private static Notification ToSarif(ToolNotification notification) => new()
        {
            Level = notification.Level == ToolNotificationLevel.Error ? SarifLevels.Error : SarifLevels.Of(DiagnosticSeverity.Info),
            Message = new Message { Text = Sentence(notification.Message) },
            Locations = new[]
            {
                new SarifLocation
                {
                    PhysicalLocation = new PhysicalLocation
                    {
                        ArtifactLocation = ArtifactUris.ForDisplayPath(notification.DisplayPath),
                        Region = notification.Position is { } at
                            ? new Region { StartLine = at.Line + 1, StartColumn = at.Character + 1, EndLine = at.Line + 1, EndColumn = at.Character + 1 }
                            : null,
                    },
                },
            },
        };

        /// <summary>A notification as a SARIF message: a sentence, capitalised and ending in a full stop.</summary>
        private static string Sentence(string text) =>
            char.ToUpperInvariant(text[0]) + text.Substring(1) + (text.EndsWith('.') ? "" : ".");

        private static Notification ResultsLeftOutNotification(int found, int leftOut) => new()
        {
            Level = SarifLevels.Warning,
            Message = new Message
            {
                Text = string.Format(
                    CultureInfo.InvariantCulture,
                    "{0:N0} results were found; GitHub code scanning accepts at most {1:N0} a run, so the {2:N0} least severe were left out.",
                    found,
                    ResultCap.GitHubMaximumResultsPerRun,
                    leftOut),
            },
        };
    }
}
