using System;
using System.Collections.Generic;
using System.Linq;

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

        /// <summary>EMQX's build placeholder <c>{{ emqx_default_erlang_cookie }}</c>, which its packaging renders to <c>emqxsecretcookie</c>.</summary>
        private const string EmqxDefaultPlaceholderName = "emqx_default_erlang_cookie";

        // Cookies that products ship in their configuration, with the product a finding names (never the cookie).
        // Checked against: EMQX 3.x–5.x (etc/emqx.conf, {{ emqx_default_erlang_cookie }}) and its Elixir build, EMQ 2.x
        // (emq.conf), EMQ 1.x (emqttd's etc/vm.args), CouchDB (rel/overlay/etc/vm.args), Kazoo's CouchDB/BigCouch
        // (2600hz kazoo-configs couchdb/vm.args), Riak (vm.args) and VerneMQ (vernemq.conf distributed_cookie).
        private static readonly Dictionary<string, string> ShippedDefaults = new(StringComparer.OrdinalIgnoreCase)
        {
            ["emqxsecretcookie"] = "EMQX",
            ["emqx50elixir"] = "EMQX's Elixir build",
            ["emqsecretcookie"] = "EMQ 2.x",
            ["emqttdsecretcookie"] = "EMQ 1.x (emqttd)",
            ["monster"] = "CouchDB",
            ["change_me"] = "Kazoo's CouchDB/BigCouch configuration",
            ["riak"] = "Riak",
            ["vmq"] = "VerneMQ",
        };

        // Cookies of no one product that sample configurations and tutorials use; scanners try them first too.
        private static readonly HashSet<string> SampleCookies = new(StringComparer.OrdinalIgnoreCase)
        {
            "cookie", "secret", "changeme", "secretcookie", "erlang", "rabbit", "rabbitmq", "couchdb", "default",
        };

        // Words a person reaches for when asked for a secret; with digits or symbols around them they are still
        // among the first guesses of any dictionary attack.
        private static readonly string[] CommonWords =
        {
            "secret", "cookie", "password", "passwd", "changeme", "emqx", "emq", "erlang", "cluster", "admin",
            "default", "test", "mqtt", "broker", "riak", "rabbit", "node", "letmein", "qwerty", "welcome", "public",
            "private", "production", "prod", "staging", "dev", "monster", "master",
        };

        /// <summary>
        /// Whether the value is a build-time template's placeholder ConfigLint cannot judge: <c>{{ … }}</c> (other than
        /// EMQX's default one), <c>&lt;%= … %&gt;</c> or <c>__NAME__</c>.
        /// </summary>
        public static bool IsUnknownPlaceholder(string value) =>
            HasTemplatePlaceholder(value) && !Placeholders.IsMustache(value.Trim(), EmqxDefaultPlaceholderName);

        /// <summary>
        /// Whether the value refers to an operating-system variable (<c>${NODE_COOKIE}</c>): erlexec reads it as literal
        /// text; relx's start script replaces it (replace_os_vars matches <c>[$]{[^}]*}</c>) in vm.args.src always, in
        /// vm.args only with RELX_REPLACE_OS_VARS set.
        /// </summary>
        public static bool IsOsVariableReference(string value)
        {
            var start = value.IndexOf("${", StringComparison.Ordinal);
            return start >= 0 && value.IndexOf('}', start + 2) >= 0;
        }

        /// <summary>The cookie a node really uses: EMQX's build placeholder renders to its shipped default.</summary>
        public static string Effective(string value) =>
            Placeholders.IsMustache(value.Trim(), EmqxDefaultPlaceholderName) ? "emqxsecretcookie" : value.Trim();

        // A build-time template's placeholder: {{ name }} (mustache, rebar3, Ansible), <%= expr %> (EEx: Distillery and
        // Mix releases) and __NAME__ (replaced by sed in images and install scripts). What it renders to is unknown.
        private static bool HasTemplatePlaceholder(string value) =>
            value.IndexOf("{{", StringComparison.Ordinal) >= 0 || value.IndexOf("<%", StringComparison.Ordinal) >= 0 || HasUnderscoredName(value);

        /// <summary>__NAME__: two underscores, a capital letter, then capitals, digits and underscores up to two underscores.</summary>
        private static bool HasUnderscoredName(string value)
        {
            for (var start = value.IndexOf("__", StringComparison.Ordinal); start >= 0; start = value.IndexOf("__", start + 1, StringComparison.Ordinal))
            {
                var i = start + 2;
                if (i >= value.Length || !IsCapital(value[i]))
                    continue;
                // The closing underscores are part of the run of name characters, so the name ends at any "__" in it.
                for (i++; i < value.Length && (IsCapital(value[i]) || IsDigit(value[i]) || value[i] == '_'); i++)
                {
                    if (value[i] == '_' && value[i - 1] == '_' && i - 1 > start + 2)
                        return true;
                }
            }
            return false;
        }

        private static bool IsCapital(char c) => c >= 'A' && c <= 'Z';

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <summary>Judges a cookie value (a placeholder must be filtered out first).</summary>
        public static CookieWeakness Judge(string value)
        {
            var cookie = Effective(value);
            if (ShippedDefaults.ContainsKey(cookie) || SampleCookies.Contains(cookie))
                return CookieWeakness.KnownDefault;
            if (cookie.Length < MinimumLength)
                return CookieWeakness.TooShort;
            return IsLowEntropy(cookie) ? CookieWeakness.LowEntropy : CookieWeakness.None;
        }

        /// <summary>
        /// The message fragment for a weak cookie: a shipped default names its product. It never contains the cookie.
        /// </summary>
        public static string Describe(string value, CookieWeakness weakness) => weakness switch
        {
            CookieWeakness.KnownDefault when ShippedDefaults.TryGetValue(Effective(value), out var product) => $"is the default that ships with {product}",
            CookieWeakness.KnownDefault => "is a well-known default of Erlang sample configurations",
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
