using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace ConfigLint.Sarif.Model
{
    // The subset of the SARIF 2.1.0 object model ConfigLint writes. Property order here is the order in the file,
    // and null properties are left out, so the output is stable and free of empty noise.

    internal sealed class SarifLog
    {
        [JsonPropertyName("$schema")]
        public required string Schema { get; init; }

        public required string Version { get; init; }

        public required IReadOnlyList<Run> Runs { get; init; }
    }

    internal sealed class Run
    {
        public required Tool Tool { get; init; }

        public required RunAutomationDetails AutomationDetails { get; init; }

        public IReadOnlyDictionary<string, ArtifactLocation>? OriginalUriBaseIds { get; init; }

        public required IReadOnlyList<Invocation> Invocations { get; init; }

        public required string ColumnKind { get; init; }

        public required IReadOnlyList<Result> Results { get; init; }
    }

    internal sealed class Tool
    {
        public required ToolComponent Driver { get; init; }
    }

    internal sealed class ToolComponent
    {
        public required string Name { get; init; }

        public required string FullName { get; init; }

        public required string SemanticVersion { get; init; }

        public required string InformationUri { get; init; }

        public required IReadOnlyList<ReportingDescriptor> Rules { get; init; }
    }

    internal sealed class RunAutomationDetails
    {
        public required string Id { get; init; }

        public IReadOnlyDictionary<string, string>? Properties { get; init; }
    }

    internal sealed class Invocation
    {
        public required bool ExecutionSuccessful { get; init; }

        public required IReadOnlyList<Notification> ToolExecutionNotifications { get; init; }
    }

    internal sealed class Notification
    {
        public required string Level { get; init; }

        public required Message Message { get; init; }

        public IReadOnlyList<Location>? Locations { get; init; }
    }

    internal sealed class Message
    {
        public required string Text { get; init; }
    }
}
