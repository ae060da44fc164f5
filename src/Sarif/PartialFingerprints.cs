using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using ConfigLint.Analyzers;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Sarif
{
    /// <summary>
    /// Stable identities for findings, so GitHub code scanning keeps an alert open (not closed and re-opened)
    /// when unrelated lines are added above it. Built from content, never from line numbers: the rule, the file,
    /// the configuration key path and, when it is not a secret, the offending value. A secret never enters the
    /// hash: a weak cookie has few enough candidates that its hash could be reversed.
    /// </summary>
    internal static class PartialFingerprints
    {
        /// <summary>The <c>partialFingerprints</c> key; a new version is a new key, so old alerts are not confused.</summary>
        public const string Key = "configlint/v1";

        /// <summary>
        /// One fingerprint per diagnostic, in order. Findings with the same content in one file (two syntax errors,
        /// say) are told apart by their order among themselves, which inserting unrelated lines does not change.
        /// </summary>
        public static IReadOnlyList<string> Compute(IReadOnlyList<Diagnostic> diagnostics)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var fingerprints = new List<string>(diagnostics.Count);
            foreach (var diagnostic in diagnostics)
            {
                var content = Content(diagnostic);
                seen.TryGetValue(content, out var occurrence);
                seen[content] = occurrence + 1;
                fingerprints.Add(Hash(content + "\n" + occurrence));
            }
            return fingerprints;
        }

        private static string Content(Diagnostic diagnostic)
        {
            diagnostic.Properties.TryGetValue(DiagnosticProperties.KeyPath, out var keyPath);
            // The sink leaves the value out for secret keys; only what it kept may identify the finding.
            diagnostic.Properties.TryGetValue(DiagnosticProperties.Value, out var value);
            return string.Join("\n", diagnostic.Id, diagnostic.Location.GetLineSpan().Path, keyPath ?? "", value ?? "");
        }

        private static string Hash(string text)
        {
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
            return Convert.ToHexStringLower(bytes, 0, 16);
        }
    }
}
