using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers
{
    /// <summary>
    /// A finding made again with one thing changed (its severity, whether it is suppressed, its properties, its
    /// location), keeping its id, message, other locations and descriptor fields: Roslyn's own WithSeverity and WithIsSuppressed are internal.
    /// </summary>
    internal static class DiagnosticCopy
    {
        public static Diagnostic With(Diagnostic finding, DiagnosticSeverity? severity = null, bool? isSuppressed = null, ImmutableDictionary<string, string?>? properties = null, Location? location = null)
        {
            var descriptor = finding.Descriptor;
            var newSeverity = severity ?? finding.Severity;
            return Diagnostic.Create(
                finding.Id,
                descriptor.Category,
                finding.GetMessage(CultureInfo.InvariantCulture),
                newSeverity,
                finding.DefaultSeverity,
                descriptor.IsEnabledByDefault,
                warningLevel: newSeverity == DiagnosticSeverity.Error ? 0 : 1,
                isSuppressed ?? finding.IsSuppressed,
                descriptor.Title,
                descriptor.Description,
                descriptor.HelpLinkUri,
                location ?? finding.Location,
                finding.AdditionalLocations,
                descriptor.CustomTags,
                properties ?? finding.Properties);
        }
    }
}
