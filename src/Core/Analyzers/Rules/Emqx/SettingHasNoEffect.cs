using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>CL1009: an access setting of the other EMQX major version, which this version does not read.</summary>
    internal sealed class SettingHasNoEffect : IEmqxRule
    {
        // EMQX 3.x/4.x top-level settings that are no root of EMQX 5's schema, and what EMQX 5 reads instead.
        private static readonly (string Key, string Instead)[] Emqx4Settings =
        {
            ("allow_anonymous", "configure an authenticator under `authentication`"),
            ("acl_nomatch", "set `authorization.no_match`"),
            ("acl_file", "name the file in a `file` source under `authorization.sources`"),
        };

        // EMQX 5 settings that EMQX 4.x's schema has no mapping for, and the 4.x setting ({0}) that does their job.
        private static readonly (string Key, string Emqx4Key, string Instead)[] Emqx5Settings =
        {
            ("authentication", "allow_anonymous", "set `{0} = false` and load an authentication plugin"),
            ("authorization.no_match", "acl_nomatch", "set `{0}`"),
            ("authorization.sources", "acl_file", "set `{0}` or load an ACL plugin"),
        };

        public static readonly RuleDefinition Rule = new(
            RuleIds.SettingHasNoEffect,
            "setting-has-no-effect",
            "Access setting of the other EMQX major version",
            "`{0}` is an {1} setting: {2} — {3} instead",
            DiagnosticSeverity.Warning,
            cwe: "CWE-1188",
            securitySeverity: "5.3",
            why: """
                EMQX 4.x and EMQX 5 name their access settings differently, and neither reads the other's. EMQX 5
                drops a top-level key its schema does not have and starts (5.8 logs `config_key_not_recognized`), so
                `allow_anonymous = false`, `acl_nomatch = deny` or `acl_file` in an EMQX 5 file look like access
                control and close nothing: clients connect without credentials until an authenticator is configured
                under `authentication`, and `authorization.no_match` and `authorization.sources` decide what they may
                do. EMQX 4.x (cuttlefish, as EMQ 2.x and EMQX 3.x) refuses a file that sets a key its schema does not
                have, so the node, or the plugin the file configures, does not start: `authentication`,
                `authorization.no_match` or `authorization.sources` in a 4.x file are access control that never
                ran. The EMQ 2.x keys `mqtt.allow_anonymous`, `mqtt.acl_nomatch` and `mqtt.acl_file` are not reported
                in an EMQX 5 file, where `mqtt` is a root and EMQX 5 refuses to start on a field of it that it does
                not know. Checked against EMQX 5.0.0 and 5.8.9 (hocon 0.28.2 and 0.44.0: unknown roots are dropped,
                unknown fields rejected), EMQX 4.4.19 and EMQ 2.3.11 (cuttlefish 3.3 and 2.0: unknown variables rejected).
                """,
            howToFix: """
                Write the setting the way the EMQX version that reads the file names it. EMQX 5: an authenticator
                under `authentication` instead of `allow_anonymous`, `authorization.no_match` instead of
                `acl_nomatch`, and a `file` source under `authorization.sources` instead of `acl_file`. EMQX 4.x:
                `allow_anonymous = false` with an authentication plugin, `acl_nomatch` and `acl_file` (EMQ 2.x:
                `mqtt.allow_anonymous`, `mqtt.acl_nomatch`, `mqtt.acl_file`). Then remove the other version's keys.
                """,
            new RuleExample("emqx.conf", "hocon", """
                allow_anonymous = false
                authorization {
                  no_match = deny
                }
                """),
            new RuleExample("emqx.conf", "hocon", """
                authentication = [
                  {
                    mechanism = password_based
                    backend = built_in_database
                  }
                ]
                authorization {
                  no_match = deny
                }
                """));

        public RuleDefinition Definition => Rule;

        public void Analyze(EmqxConfig config, FindingSink sink)
        {
            if (config.Format == EmqxFormat.Hocon)
            {
                foreach (var (key, instead) in Emqx4Settings)
                    Report(config, sink, key, "EMQX 4.x", "EMQX 5 ignores it", instead);
                return;
            }

            var emq2 = Emq2.Wrote(config);
            var effect = (emq2 ? "EMQ 2.x" : "EMQX 4.x") + " does not know it and refuses the file at start-up";
            foreach (var (key, emqx4Key, instead) in Emqx5Settings)
                Report(config, sink, key, "EMQX 5", effect, string.Format(instead, emq2 ? Emq2.AccessKey(emqx4Key) : emqx4Key));
        }

        // At the key that sets it (for a 4.x file, the first line under it: authentication.1.mechanism).
        private static void Report(EmqxConfig config, FindingSink sink, string key, string version, string effect, string instead)
        {
            if (config.Root.Find(key) is { } value)
                sink.AtKey(Rule, value.Origin, key, key, version, effect, instead);
        }
    }
}
