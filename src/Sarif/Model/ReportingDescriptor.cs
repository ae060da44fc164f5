using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace ConfigLint.Sarif.Model
{
    internal sealed class ReportingDescriptor
    {
        public required string Id { get; init; }

        public required string Name { get; init; }

        /// <summary>The rule's former names; null (not written) for a rule never renamed.</summary>
        public IReadOnlyList<string>? DeprecatedNames { get; init; }

        public required MultiformatMessageString ShortDescription { get; init; }

        public required MultiformatMessageString FullDescription { get; init; }

        public required MultiformatMessageString Help { get; init; }

        public required string HelpUri { get; init; }

        public required ReportingConfiguration DefaultConfiguration { get; init; }

        public required RuleProperties Properties { get; init; }
    }

    internal sealed class MultiformatMessageString
    {
        public required string Text { get; init; }

        public string? Markdown { get; init; }
    }

    internal sealed class ReportingConfiguration
    {
        public required string Level { get; init; }
    }

    /// <summary>The rule property bag GitHub code scanning reads.</summary>
    internal sealed class RuleProperties
    {
        public required IReadOnlyList<string> Tags { get; init; }

        public required string Precision { get; init; }

        [JsonPropertyName("security-severity")]
        public required string SecuritySeverity { get; init; }
    }
}
