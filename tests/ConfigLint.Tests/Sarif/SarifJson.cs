using System.Text.Json;

namespace ConfigLint.Tests.Sarif
{
    /// <summary>Reads written SARIF back for assertions.</summary>
    internal static class SarifJson
    {
        public static JsonElement Run(byte[] sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];

        public static JsonElement Result(byte[] sarif, int index) => Run(sarif).GetProperty("results")[index];

        public static JsonElement Rule(byte[] sarif, int index) => Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules")[index];

        public static JsonElement Notifications(byte[] sarif) =>
            Run(sarif).GetProperty("invocations")[0].GetProperty("toolExecutionNotifications");

        public static JsonElement PhysicalLocation(JsonElement location) => location.GetProperty("physicalLocation");

        public static string Uri(JsonElement location) =>
            PhysicalLocation(location).GetProperty("artifactLocation").GetProperty("uri").GetString()!;
    }
}
