using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Cli
{
    /// <summary>The documented exit codes.</summary>
    internal static class ExitCodes
    {
        /// <summary>No finding at or above the fail level.</summary>
        public const int Clean = 0;

        /// <summary>At least one finding at or above the fail level.</summary>
        public const int Findings = 1;

        /// <summary>A usage or I/O error; the message is on standard error.</summary>
        public const int Error = 2;
    }

    /// <summary>The least severe finding that fails the run (<c>--fail-level</c>).</summary>
    internal enum FailLevel
    {
        Error,
        Warning,
        Note,
        None,
    }

    internal static class FailLevelExtensions
    {
        /// <summary>A suppressed finding never fails the run.</summary>
        public static int ExitCodeFor(this FailLevel level, IEnumerable<Diagnostic> diagnostics) =>
            diagnostics.Any(d => !d.IsSuppressed && level.IsReachedBy(d.Severity)) ? ExitCodes.Findings : ExitCodes.Clean;

        public static bool IsReachedBy(this FailLevel level, DiagnosticSeverity severity) => level switch
        {
            FailLevel.Error => severity == DiagnosticSeverity.Error,
            FailLevel.Warning => severity >= DiagnosticSeverity.Warning,
            FailLevel.Note => severity >= DiagnosticSeverity.Info,
            _ => false,
        };
    }
}
