using Microsoft.CodeAnalysis;

namespace ConfigLint.Sarif
{
    /// <summary>Roslyn severities as SARIF <c>level</c> values.</summary>
    internal static class SarifLevels
    {
        public const string Error = "error";
        public const string Warning = "warning";

        public static string Of(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => Error,
            DiagnosticSeverity.Warning => Warning,
            DiagnosticSeverity.Info => "note",
            _ => "none",
        };
    }
}
