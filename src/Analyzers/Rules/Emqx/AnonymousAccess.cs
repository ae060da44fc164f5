using System;
using ConfigLint.Analyzers.Emqx;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>CL1008: clients connect without credentials, or unmatched topics are allowed.</summary>
    internal sealed class AnonymousAccess : IEmqxRule
    {
        private static readonly (string Key, string Open, string Meaning)[] OpenSettings =
        {
            ("allow_anonymous", "true", "clients may connect without credentials"),
            ("acl_nomatch", "allow", "a client may publish and subscribe to any topic no ACL rule mentions"),
            ("authorization.no_match", "allow", "a client may publish and subscribe to any topic no authorization rule mentions"),
        };

        public static readonly RuleDefinition Rule = new(
            RuleIds.AnonymousAccess,
            "anonymous-access",
            "Anonymous clients or unmatched topics are allowed",
            "`{0}` is `{1}`: {2}",
            DiagnosticSeverity.Warning,
            cwe: "CWE-306",
            securitySeverity: "6.5",
            why: """
                With `allow_anonymous = true` (EMQX 4.x) any client connects without a user name or password. With
                `acl_nomatch = allow` (4.x) or `authorization.no_match = allow` (5.x) every topic that no ACL rule
                names is open to every client, so a single forgotten rule exposes a topic tree. Together they make
                the broker an open relay for anyone who can reach the listener.
                """,
            howToFix: """
                EMQX 4.x: set `allow_anonymous = false` and `acl_nomatch = deny`, and configure an authentication
                plugin. EMQX 5.x: configure an authenticator under `authentication` and set
                `authorization.no_match = deny`, then allow what each client needs explicitly.
                """,
            new RuleExample("emqx.conf", "hocon", """
                authorization {
                  no_match = allow
                }
                """),
            new RuleExample("emqx.conf", "hocon", """
                authorization {
                  no_match = deny
                }
                """));

        public RuleDefinition Definition => Rule;

        public void Analyze(EmqxConfig config, FindingSink sink)
        {
            foreach (var (key, open, meaning) in OpenSettings)
            {
                var value = config.Get(key);
                if (value != null && string.Equals(config.GetText(key)?.Trim(), open, StringComparison.OrdinalIgnoreCase))
                    sink.AtValue(Rule, value, key, key, open, meaning);
            }
        }
    }
}
