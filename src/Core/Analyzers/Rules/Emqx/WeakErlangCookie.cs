using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.ErlangDist;
using ConfigLint.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>CL1003: the Erlang cookie is a default, short, or guessable.</summary>
    internal sealed class WeakErlangCookie : IEmqxRule, IVmArgsRule
    {
        private const string CookieKey = "node.cookie";

        public static readonly RuleDefinition Rule = new(
            RuleIds.WeakErlangCookie,
            "weak-erlang-cookie",
            "Erlang cookie is a default or guessable",
            "The Erlang cookie {0}; whoever knows it can join the cluster and run code on every node",
            DiagnosticSeverity.Error,
            cwe: "CWE-1392",
            securitySeverity: "9.1",
            why: """
                The Erlang cookie (`node.cookie` in emqx.conf, `-setcookie` in vm.args) is the only credential of
                Erlang distribution. A node that presents the right
                cookie is a full member of the cluster: it can call any function on any node, read every message
                and stop the broker. Scanners try the defaults products ship first, and the finding names the product
                (never the cookie): EMQX 3.x–5.x ships `emqxsecretcookie` (rendered from
                `{{ emqx_default_erlang_cookie }}`, which is reported as that default), EMQ 2.x `emqsecretcookie`,
                EMQ 1.x (emqttd) `emqttdsecretcookie`, CouchDB `monster` (rel/overlay/etc/vm.args), Kazoo's
                CouchDB/BigCouch configuration `change_me`, Riak `riak` and VerneMQ `vmq`. A short cookie, or one made
                of a common word and digits, falls to a dictionary attack on the distribution port in minutes.
                Substitutions are resolved before the cookie is judged, and the finding points at the definition that
                sets the value.

                A build-time template's placeholder (`{{ … }}` other than EMQX's own, EEx `<%= … %>` as in Distillery
                and Mix release templates, `__NAME__`) is not judged: what it renders to is unknown. An OS variable
                reference `-setcookie ${NODE_COOKIE}` has two readings. erlexec reads vm.args without expanding
                anything, so the cookie is that text (checked by running OTP 25.2.3, and in `erlexec.c`); relx's start
                script (relx 4.10 `extended_bin`) replaces `${VAR}` in a vm.args when `RELX_REPLACE_OS_VARS` is set,
                and in a `vm.args.src` always. So a `vm.args.src` is not judged, and a plain vm.args gets a note saying
                both. The same note goes to `${VAR}` in an EMQX 4.x flat file, since neither cuttlefish nor EMQX's
                `bin/emqx` (4.4.19, and emqx-rel's for earlier releases) replaces it: EMQX takes the text as the cookie
                unless a deployment step renders the file first. In EMQX 5 HOCON `${VAR}` is a substitution and is resolved.
                """,
            howToFix: """
                Generate a long random cookie (for example `openssl rand -hex 32`), give the same value to every
                node of the cluster, and keep it out of version control: set it through the environment
                (`EMQX_NODE__COOKIE`; for a relx release, `${NODE_COOKIE}` with `RELX_REPLACE_OS_VARS=true` or a
                `vm.args.src`) or an include that is not committed.
                """,
            new RuleExample("emqx.conf", "hocon", """
                node {
                  name = "emqx@10.0.0.1"
                  cookie = "emqxsecretcookie"
                }
                """),
            new RuleExample("emqx.conf", "hocon", """
                node {
                  name = "emqx@10.0.0.1"
                  cookie = ${?EMQX_COOKIE}
                }
                """));

        // Two readings of ${VAR} (see the rule's documentation for the versions checked): erlexec reads an -args_file
        // without expanding anything; relx's start script replaces ${VAR} in vm.args only with RELX_REPLACE_OS_VARS
        // set. EMQX 4.x reads emqx.conf with cuttlefish, and neither it nor bin/emqx expands ${VAR}.
        private const string VmArgsOsVariable =
            "is an OS variable reference (`${…}`): erlexec takes the reference itself as the cookie, unless relx " +
            "replaces it at start (RELX_REPLACE_OS_VARS=true)";

        private const string FlatOsVariable =
            "is an OS variable reference (`${…}`): EMQX 4.x takes the reference itself as the cookie (neither cuttlefish " +
            "nor bin/emqx replaces it), unless a deployment step renders the file before start";

        public RuleDefinition Definition => Rule;

        public void Analyze(EmqxConfig config, FindingSink sink)
        {
            var value = config.Get(CookieKey);
            var text = config.GetText(CookieKey);
            if (value == null || text == null || ErlangCookies.IsUnknownPlaceholder(text))
                return;
            // In HOCON ${VAR} is a substitution, resolved before this; in the 4.x flat form it is text.
            if (config.Format == EmqxFormat.Flat && ErlangCookies.IsOsVariableReference(text))
                sink.AtValue(Rule, DiagnosticSeverity.Info, value, CookieKey, FlatOsVariable);
            else if (ErlangCookies.Judge(text) is var weakness and not CookieWeakness.None)
                sink.AtValue(Rule, value, CookieKey, ErlangCookies.Describe(text, weakness));
        }

        /// <summary>vm.args <c>-setcookie Cookie</c> (or <c>-setcookie Node Cookie</c>): the last value is the cookie.</summary>
        public void Analyze(VmArgsConfig config, FindingSink sink)
        {
            if (config.Last("-setcookie") is not { Flag.Values.IsEmpty: false } entry)
                return;
            var cookie = entry.Flag.Values[entry.Flag.Values.Length - 1];
            if (ErlangCookies.IsUnknownPlaceholder(cookie.Text))
                return;
            if (ErlangCookies.IsOsVariableReference(cookie.Text))
            {
                // relx renders vm.args.src with the variable's value every time it starts the node.
                if (!entry.IsInRelxTemplate)
                    sink.At(Rule, DiagnosticSeverity.Info, entry.File, cookie.Span, "-setcookie", null, VmArgsOsVariable);
            }
            else if (ErlangCookies.Judge(cookie.Text) is var weakness and not CookieWeakness.None)
            {
                sink.At(Rule, entry.File, cookie.Span, "-setcookie", null, ErlangCookies.Describe(cookie.Text, weakness));
            }
        }
    }
}
