using System;
using System.Linq;
using ConfigLint.Analyzers.Cluster;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.Knowledge;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>
    /// CL1008: clients connect without credentials, or any client may use any topic. A 4.x (or EMQ 2.x) file is judged
    /// by its keys alone; an EMQX 5 main configuration as the node reads it, with cluster.hocon and acl.conf, so it
    /// is judged as a node (a cluster rule, over the scan's node sites); a 5.x fragment by what it sets.
    /// </summary>
    internal sealed class AnonymousAccess : IEmqxRule, IClusterRule
    {
        // EMQX 4.x keys, and EMQ 2.x's names for the same settings (emq.conf).
        private static readonly (string Key, string Open, string Meaning)[] FlatOpenSettings =
        {
            ("allow_anonymous", "true", "clients may connect without credentials"),
            ("mqtt.allow_anonymous", "true", "clients may connect without credentials"),
            ("acl_nomatch", "allow", "a client may publish and subscribe to any topic no ACL rule mentions"),
            ("mqtt.acl_nomatch", "allow", "a client may publish and subscribe to any topic no ACL rule mentions"),
        };

        private const string AnyClientMayConnect = "any client may connect without credentials";
        private const string AnyTopic = "a client may publish and subscribe to any topic no authorization rule mentions";

        public static readonly RuleDefinition Rule = new(
            RuleIds.AnonymousAccess,
            "anonymous-access",
            "Anonymous clients or unmatched topics are allowed",
            "{0}",
            DiagnosticSeverity.Warning,
            cwe: "CWE-306",
            securitySeverity: "6.5",
            why: """
                EMQX 5 lets a client in without credentials when no authenticator is enabled, neither in the global
                `authentication` chain nor in the listener's own `authentication`; a listener with
                `enable_authn = false` lets every client in even when authenticators exist (`quick_deny_anonymous`
                still runs them). Each publish and subscribe then goes through `authorization.sources` in order, and a
                request no rule matches gets `authorization.no_match`, which defaults to `allow`. Without
                `authorization.sources` the one source is the file `${EMQX_ETC_DIR}/acl.conf`, and the acl.conf EMQX
                ships ends in `{allow, all}.`: every client may use every topic its first rules do not deny, and
                `no_match = deny` alone closes nothing. In EMQX 4.x, `allow_anonymous = true` lets any client connect
                without a user name or password and `acl_nomatch = allow` opens every topic no ACL rule names (EMQ 2.x:
                `mqtt.allow_anonymous`, `mqtt.acl_nomatch`). Together they make the broker an open relay for anyone
                who can reach the listener.

                A main EMQX 5 configuration is judged as the node reads it: with the `cluster.hocon` the dashboard and
                API write, when the scanned tree holds it (EMQX 5.1+ reads `node.data_dir`/configs/cluster.hocon between base.hocon and emqx.conf; a
                relative data_dir, `data` as shipped, is looked up beside the etc folder, an absolute one as `data`
                there), and with the acl.conf each enabled file source names (etc/acl.conf beside emqx.conf by
                default; when that default file is not in the scanned tree, the shipped content is assumed). A
                cluster.hocon or acl.conf that cannot be read leaves the question unjudged. Each version's keys count
                only in a file of that version's form. Checked against EMQX 5.8.9 (emqx_authn_schema, emqx_schema,
                emqx_access_control, emqx_authz_schema, emqx_authz_file, emqx_authz_rule, emqx_config,
                emqx_conf_schema, apps/emqx_auth/etc/acl.conf).
                """,
            howToFix: """
                EMQX 5.x: configure an authenticator under `authentication` (or on each listener), leave
                `enable_authn` at `true` (or `quick_deny_anonymous`), end acl.conf in `{deny, all}.` (or list your
                own `authorization.sources`) and set `authorization.no_match = deny`, then allow what each client
                needs explicitly. EMQX 4.x: set `allow_anonymous = false` and `acl_nomatch = deny`, and configure an
                authentication plugin.
                """,
            new RuleExample("emqx.conf", "hocon", """
                node.name = "emqx@10.0.0.1"
                authorization {
                  no_match = deny
                }
                """),
            new RuleExample("emqx.conf", "hocon", """
                node.name = "emqx@10.0.0.1"
                authentication = [
                  { mechanism = password_based, backend = built_in_database }
                ]
                authorization {
                  sources = [
                    { type = built_in_database }
                  ]
                  no_match = deny
                }
                """));

        public RuleDefinition Definition => Rule;

        public void Analyze(EmqxConfig config, FindingSink sink)
        {
            if (config.Format == EmqxFormat.Flat)
            {
                foreach (var (key, open, meaning) in FlatOpenSettings)
                {
                    if (config.Get(key) is { } value && IsText(value, open))
                        sink.AtValue(Rule, value, key, $"`{key}` is `{open}`: {meaning}.");
                }
            }
            else if (!config.IsMain)
            {
                // A 5.x fragment: only what it sets. A main configuration is judged as a node, below.
                ReportNoMatchAllow(config, config, sink);
            }
        }

        public void Analyze(ClusterModel model, FindingSink sink)
        {
            foreach (var site in model.ReportedSites)
            {
                if (site.Emqx is not { Format: EmqxFormat.Hocon, IsMain: true } config)
                    continue;
                var node = EmqxClusterHocon.WithClusterHocon(config, site.Files);
                if (node == null)
                {
                    // cluster.hocon is there but unreadable: what it enables is unknown.
                    ReportNoMatchAllow(config, config, sink);
                    continue;
                }
                ReportAuthentication(config, node, sink);
                ReportAuthorization(config, node, site.Files, sink);
            }
        }

        /// <param name="config">The main configuration as scanned (where findings about missing keys point).</param>
        /// <param name="node">The same with cluster.hocon under it (what the node reads).</param>
        /// <param name="sink">Where findings go.</param>
        private static void ReportAuthentication(EmqxConfig config, EmqxConfig node, FindingSink sink)
        {
            if (!EmqxAuthentication.AnyListenerOn(node))
                return;
            var listeners = EmqxAuthentication.Listeners(node).Where(l => l.IsOn).ToList();
            var global = node.Get(EmqxAuthentication.GlobalChain);
            var globalEnabled = EmqxAuthentication.EnablesAny(global);
            var anyAuthenticator = globalEnabled || listeners.Any(l => l.HasOwnAuthenticator);
            if (!anyAuthenticator && config.JudgesMissingKeys)
            {
                var (file, text, span) = Place(config, global, EmqxAuthentication.GlobalChain, atValue: false);
                sink.At(Rule, file, text, span, EmqxAuthentication.GlobalChain, null, Array.Empty<Location>(),
                    $"No authenticator is enabled, in `authentication` (emqx.conf or cluster.hocon) or on a listener: {AnyClientMayConnect}.");
                return;
            }
            foreach (var listener in listeners)
            {
                if (listener.AuthenticationOff is { } off)
                {
                    var key = listener.Path + ".enable_authn";
                    var (file, text, span) = Place(config, off, key, atValue: true);
                    sink.At(Rule, file, text, span, key, off.Text, Array.Empty<Location>(),
                        $"`{key}` is `false`: authentication is off on this listener, so {AnyClientMayConnect}.");
                }
                else if (!globalEnabled && !listener.HasOwnAuthenticator && config.JudgesMissingKeys)
                {
                    var key = listener.Path + ".authentication";
                    var (file, text, span) = Place(config, listener.Settings, key, atValue: false);
                    sink.At(Rule, file, text, span, key, null, Array.Empty<Location>(),
                        $"Listener `{listener.Path}` has no authenticator of its own and `authentication` enables none: {AnyClientMayConnect}.");
                }
            }
        }

        private static void ReportAuthorization(EmqxConfig config, EmqxConfig node, IConfigFileSource files, FindingSink sink)
        {
            var verdict = EmqxAuthorization.Evaluate(node, files);
            switch (verdict.Outcome)
            {
                // The default source is there because authorization.sources is missing: judged only on a whole main configuration.
                case AuthorizationOutcome.AllowsAll when verdict.Source != null || config.JudgesMissingKeys:
                    ReportAllowsAll(config, verdict, sink);
                    break;
                case AuthorizationOutcome.NoMatchDecides when node.Get(EmqxAuthorization.NoMatch) == null:
                    if (config.JudgesMissingKeys)
                    {
                        var (file, text, span) = Place(config, null, EmqxAuthorization.NoMatch, atValue: false);
                        sink.At(Rule, file, text, span, EmqxAuthorization.NoMatch, null, Array.Empty<Location>(),
                            $"`{EmqxAuthorization.NoMatch}` is not set and defaults to `allow`, and no authorization source ends in a deny for everything: {AnyTopic}.");
                    }
                    break;
                case AuthorizationOutcome.NoMatchDecides or AuthorizationOutcome.Unknown:
                    ReportNoMatchAllow(config, node, sink);
                    break;
            }
        }

        /// <summary>A file source whose rules end in an allow for everything: <c>authorization.no_match</c> is never reached, whatever it says.</summary>
        private static void ReportAllowsAll(EmqxConfig config, AuthorizationVerdict verdict, FindingSink sink)
        {
            var (file, text, span) = Place(config, verdict.Source?.Find("path"), EmqxAuthorization.Sources, atValue: true);
            if (verdict.Acl is { } acl && verdict.CatchAll is { } rule)
            {
                var source = verdict.Source == null
                    ? $"the default authorization source (`{EmqxAuthorization.Sources}` is not set)"
                    : $"the file authorization source `{verdict.AclPath}`";
                var line = acl.File.Text.Lines.GetLinePosition(rule.Span.Start).Line + 1;
                var related = new[] { sink.Location(acl.File.FullPath, acl.File.Text, rule.Span) };
                sink.At(Rule, file, text, span, EmqxAuthorization.Sources, null, related,
                    $"Line {line} of `{sink.DisplayOrFullPath(acl.File.FullPath)}`, read by {source}, is `{acl.File.Text.ToString(rule.Span)}`: it allows every client everything before `{EmqxAuthorization.NoMatch}` is reached, so any client may publish and subscribe to any topic no earlier rule denies.");
            }
            else
            {
                var source = verdict.Source == null
                    ? $"`{EmqxAuthorization.Sources}` is not set, so EMQX authorizes with `{EmqxAuthorization.DefaultAclPath}`, which"
                    : $"The file authorization source `{verdict.AclPath}`";
                sink.At(Rule, file, text, span, EmqxAuthorization.Sources, null, Array.Empty<Location>(),
                    $"{source} is not in the scanned tree, and the acl.conf EMQX ships ends in `{{allow, all}}.`: any client may publish and subscribe to any topic its first rules do not deny.");
            }
        }

        /// <summary>An explicit <c>authorization.no_match = allow</c>, reported at its value.</summary>
        private static void ReportNoMatchAllow(EmqxConfig config, EmqxConfig node, FindingSink sink)
        {
            if (node.Get(EmqxAuthorization.NoMatch) is not { } value || !IsText(value, "allow"))
                return;
            var (file, text, span) = Place(config, value, EmqxAuthorization.NoMatch, atValue: true);
            sink.At(Rule, file, text, span, EmqxAuthorization.NoMatch, "allow", Array.Empty<Location>(),
                $"`{EmqxAuthorization.NoMatch}` is `allow`: {AnyTopic}.");
        }

        /// <summary>
        /// Where a finding about a setting points: the setting itself when the scanned configuration holds it, else
        /// (it is missing, or comes from cluster.hocon, which is read but not reported on) the nearest parent block
        /// of the main configuration, else its first line.
        /// </summary>
        private static (string File, SourceText Text, TextSpan Span) Place(EmqxConfig config, ConfigValue? value, string keyPath, bool atValue)
        {
            if (value != null && value.Origin.FilePath != EmqxClusterHocon.PathFor(config))
                return (value.Origin.FilePath, value.Origin.Text, atValue ? value.Origin.ValueSpan : value.Origin.KeySpan);
            var origin = config.MissingKeyOrigin(keyPath);
            return (origin.FilePath, origin.Text, origin.KeySpan);
        }

        private static bool IsText(ConfigValue value, string expected) =>
            string.Equals((value as ConfigScalar)?.Text.Trim(), expected, StringComparison.OrdinalIgnoreCase);
    }
}
