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
            "token", "apikey", "api_key", "default_pass",
            // HTTP headers that carry credentials (EMQX webhooks and HTTP connectors: headers { "Authorization" = "Bearer …" }).
            "authorization", "proxy-authorization", "x-api-key", "x-auth-token",
        };

        // "_key" but not "_keyfile": a key file setting is a path, not the key.
        private static readonly string[] SecretSuffixes = { "_password", "_secret", "_key", "_cookie", "_token", "_pass" };

        /// <summary>Whether the value under a key (the last segment of its path) is a secret.</summary>
        public static bool IsSecret(string keyName)
        {
            if (Names.Contains(keyName))
                return true;
            foreach (var suffix in SecretSuffixes)
            {
                if (keyName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                    return true;
            }
            return false;
        }

        /// <summary>What is shown instead of a secret value (the one mask <see cref="ConfigLint.Parsers.ConfigJson"/> writes).</summary>
        public const string Mask = ConfigLint.Parsers.ConfigJson.Mask;
    }
}
