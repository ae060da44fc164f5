using System.Text.Json.Serialization;

namespace ConfigLint.Sarif.Model
{
    /// <summary>Compile-time serialization metadata: no reflection, and property order fixed by the model.</summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(SarifLog))]
    internal sealed partial class SarifJsonContext : JsonSerializerContext
    {
    }
}
