using System.Collections.Generic;

namespace ConfigLint.Sarif.Model
{
    internal sealed class Result
    {
        public required string RuleId { get; init; }

        public int? RuleIndex { get; init; }

        public required string Level { get; init; }

        public required Message Message { get; init; }

        public IReadOnlyList<Location>? Locations { get; init; }

        public IReadOnlyList<Location>? RelatedLocations { get; init; }

        public IReadOnlyList<Suppression>? Suppressions { get; init; }

        public IReadOnlyDictionary<string, string>? PartialFingerprints { get; init; }

        public IReadOnlyDictionary<string, string>? Properties { get; init; }
    }

    /// <summary>Why a result does not count: ConfigLint's are suppression comments in the file (<c>inSource</c>).</summary>
    internal sealed class Suppression
    {
        public required string Kind { get; init; }

        public string? Justification { get; init; }
    }

    internal sealed class Location
    {
        public int? Id { get; init; }

        public required PhysicalLocation PhysicalLocation { get; init; }

        public Message? Message { get; init; }
    }

    internal sealed class PhysicalLocation
    {
        public required ArtifactLocation ArtifactLocation { get; init; }

        public Region? Region { get; init; }
    }

    internal sealed class ArtifactLocation
    {
        public required string Uri { get; init; }

        public string? UriBaseId { get; init; }
    }

    /// <summary>1-based lines and columns; <see cref="EndColumn"/> is one past the last character.</summary>
    internal sealed class Region
    {
        public required int StartLine { get; init; }

        public required int StartColumn { get; init; }

        public required int EndLine { get; init; }

        public required int EndColumn { get; init; }
    }
}
