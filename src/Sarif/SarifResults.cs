using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConfigLint.Analyzers;
using ConfigLint.Sarif.Model;
using Microsoft.CodeAnalysis;
using RoslynLocation = Microsoft.CodeAnalysis.Location;
using SarifLocation = ConfigLint.Sarif.Model.Location;

namespace ConfigLint.Sarif
{
    /// <summary>Findings as SARIF <c>result</c> objects.</summary>
    internal static class SarifResults
    {
        private static readonly Message RelatedLocationMessage = new() { Text = "Related configuration for this finding." };

        /// <param name="diagnostic">The finding.</param>
        /// <param name="ruleIndex">The rule's position in <c>tool.driver.rules</c>, or null when the rule is not there.</param>
        /// <param name="fingerprint">The finding's stable identity (<see cref="PartialFingerprints"/>).</param>
        public static Result From(Diagnostic diagnostic, int? ruleIndex, string fingerprint)
        {
            var primary = PhysicalLocationOf(diagnostic.Location);
            return new Result
            {
                RuleId = diagnostic.Id,
                RuleIndex = ruleIndex,
                Level = SarifLevels.Of(diagnostic.Severity),
                Message = new Message { Text = diagnostic.GetMessage(CultureInfo.InvariantCulture) },
                Locations = primary == null ? null : new[] { new SarifLocation { PhysicalLocation = primary } },
                RelatedLocations = RelatedLocations(diagnostic.AdditionalLocations),
                Suppressions = SuppressionsOf(diagnostic),
                PartialFingerprints = new Dictionary<string, string> { [PartialFingerprints.Key] = fingerprint },
                Properties = ResultProperties(diagnostic),
            };
        }

        // The form an EMQX file was read in, so a reader of the log can tell why a line did or did not read.
        private static IReadOnlyDictionary<string, string>? ResultProperties(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(DiagnosticProperties.EmqxForm, out var form) && form != null
                ? new Dictionary<string, string> { [DiagnosticProperties.EmqxForm] = form }
                : null;

        // A suppression comment in the file; its reason is the user's own text.
        private static IReadOnlyList<Suppression>? SuppressionsOf(Diagnostic diagnostic) =>
            diagnostic.IsSuppressed
                ? new[] { new Suppression { Kind = "inSource", Justification = diagnostic.Properties.TryGetValue(DiagnosticProperties.SuppressionJustification, out var reason) ? reason : null } }
                : null;

        // Ids are 1-based so a message can later link them as "[text](1)".
        private static IReadOnlyList<SarifLocation>? RelatedLocations(IReadOnlyList<RoslynLocation> additional)
        {
            var related = additional
                .Select(PhysicalLocationOf)
                .OfType<PhysicalLocation>()
                .Select((location, index) => new SarifLocation { Id = index + 1, PhysicalLocation = location, Message = RelatedLocationMessage })
                .ToList();
            return related.Count == 0 ? null : related;
        }

        private static PhysicalLocation? PhysicalLocationOf(RoslynLocation location)
        {
            var span = location.GetLineSpan();
            if (!span.IsValid)
                return null;
            // Roslyn positions are 0-based with an exclusive end, so +1 gives SARIF's 1-based start and its
            // "one past the last character" end column alike.
            return new PhysicalLocation
            {
                ArtifactLocation = ArtifactUris.ForDisplayPath(span.Path),
                Region = new Region
                {
                    StartLine = span.StartLinePosition.Line + 1,
                    StartColumn = span.StartLinePosition.Character + 1,
                    EndLine = span.EndLinePosition.Line + 1,
                    EndColumn = span.EndLinePosition.Character + 1,
                },
            };
        }
    }
}
