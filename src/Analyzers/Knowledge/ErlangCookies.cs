using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ConfigLint.Analyzers.Knowledge
{
    /// <summary>Why a cookie is weak.</summary>
    internal enum CookieWeakness
    {
        None,
        KnownDefault,
        TooShort,
        LowEntropy,
    }

    /// <summary>
    /// What is known about Erlang cookies: the defaults products ship and how to tell a guessable one. The
    /// cookie is the only credential Erlang distribution has: whoever knows it can join the cluster and run
    /// code on every node. Used by CL1003 for emqx.conf and vm.args alike.
    /// </summary>
    internal static class ErlangCookies
    {
        public const int MinimumLength = 16;

        /// <summary>EMQX's build placeholder, which its packaging renders to <c>emqxsecretcookie</c>.</summary>
        private static readonly Regex EmqxDefaultPlaceholder = new(@"^\{\{\s*emqx_default_erlang_cookie\s*\}\}$", RegexOptions.CultureInvariant);

        // Shipped defaults: EMQX 3.x–5.x, EMQ 2.x, EMQX's Elixir build, and cookies from well-known
        // Erlang products' sample configurations (Riak, VerneMQ, RabbitMQ and CouchDB docs).
        private static readonly HashSet<string> KnownDefaults = new(StringComparer.OrdinalIgnoreCase)
        {
            "emqxsecretcookie", "emqsecretcookie", "emqx50elixir", "monster", "riak", "vmq", "cookie", "secret",
            "changeme", "change_me", "secretcookie", "erlang", "rabbit", "rabbitmq", "couchdb", "default",
        };

        // Words a person reaches for when asked for a secret; with digits or symbols around them they are still
        // among the first guesses of any dictionary attack.
        private static readonly string[] CommonWords =
        {
            "secret", "cookie", "password", "passwd", "changeme", "emqx", "emq", "erlang", "cluster", "admin",
            "default", "test", "mqtt", "broker", "riak", "rabbit", "node", "letmein", "qwerty", "welcome", "public",
            "private", "production", "prod", "staging", "dev", "monster", "master",
        };

        /// <summary>Whether the value is a build placeholder ConfigLint cannot judge (other than EMQX's default one).</summary>
        public static bool IsUnknownPlaceholder(string value) =>
            value.Contains("{{") && !EmqxDefaultPlaceholder.IsMatch(value.Trim());

        /// <summary>The cookie a node really uses: EMQX's build placeholder renders to its shipped default.</summary>
        public static string Effective(string value) =>
            EmqxDefaultPlaceholder.IsMatch(value.Trim()) ? "emqxsecretcookie" : value.Trim();

        /// <summary>Judges a cookie value (a placeholder must be filtered out first).</summary>
        public static CookieWeakness Judge(string value)
        {
            var cookie = value.Trim();
            if (EmqxDefaultPlaceholder.IsMatch(cookie) || KnownDefaults.Contains(cookie))
                return CookieWeakness.KnownDefault;
            if (cookie.Length < MinimumLength)
                return CookieWeakness.TooShort;
            return IsLowEntropy(cookie) ? CookieWeakness.LowEntropy : CookieWeakness.None;
        }

        /// <summary>The message fragment for a weakness; it never contains the cookie.</summary>
        public static string Describe(CookieWeakness weakness) => weakness switch
        {
            CookieWeakness.KnownDefault => "is a well-known default that ships with EMQX or other Erlang products",
            CookieWeakness.TooShort => $"is shorter than {MinimumLength} characters",
            _ => "has low entropy (a common word, a repeated pattern or a simple sequence)",
        };

        private static bool IsLowEntropy(string cookie)
        {
            var lower = cookie.ToLowerInvariant();
            if (lower.Distinct().Count() < 6 || IsRepeatedUnit(lower) || EffectiveLength(lower) < 8)
                return true;
            // What is left after removing common words is what an attacker must guess. Digits and symbols
            // around a word ("clustersecret2024!") are the first thing a dictionary attack appends.
            var rest = lower;
            foreach (var word in CommonWords)
                rest = rest.Replace(word, "");
            if (rest.Length == lower.Length)
                return false;
            return !rest.Any(char.IsLetter) || EffectiveLength(new string(rest.Where(char.IsLetterOrDigit).ToArray())) < 8;
        }

        /// <summary>Characters that count against guessing: a run like "1234", "abc" or "aaaa" counts once.</summary>
        private static int EffectiveLength(string s)
        {
            var count = 0;
            for (var i = 0; i < s.Length; count++)
            {
                var j = i + 1;
                while (j < s.Length && Math.Abs(s[j] - s[j - 1]) <= 1)
                    j++;
                i = j;
            }
            return count;
        }

        private static bool IsRepeatedUnit(string s)
        {
            for (var unit = 1; unit <= s.Length / 2; unit++)
            {
                if (s.Length % unit != 0)
                    continue;
                var repeated = true;
                for (var i = unit; i < s.Length && repeated; i++)
                    repeated = s[i] == s[i - unit];
                if (repeated)
                    return true;
            }
            return false;
        }
    }
}
