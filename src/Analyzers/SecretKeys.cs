using System;
using System.Collections.Generic;

namespace ConfigLint.Analyzers
{
    /// <summary>
    /// The one list of keys whose values are secrets. Every output (messages, SARIF, fingerprints,
    /// <c>--resolve</c>) asks here before it shows a value.
    /// </summary>
    public static class SecretKeys
    {
        private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
        {
            "cookie", "password", "passwd", "secret", "psk", "key_password", "bind_password", "default_password",
        };

        /// <summary>Whether the value under a key (the last segment of its path) is a secret.</summary>
        public static bool IsSecret(string keyName) =>
            Names.Contains(keyName)
            || keyName.EndsWith("_password", StringComparison.OrdinalIgnoreCase)
            || keyName.EndsWith("_secret", StringComparison.OrdinalIgnoreCase);

        /// <summary>What is shown instead of a secret value.</summary>
        public const string Mask = "****";
    }
}
