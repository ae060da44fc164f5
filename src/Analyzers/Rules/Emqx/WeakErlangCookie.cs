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
                and stop the broker. EMQX ships `emqxsecretcookie` (rendered from `{{ emqx_default_erlang_cookie }}`),
                EMQ 2.x shipped `emqsecretcookie`, and scanners try those and other product defaults first. A short
                cookie, or one made of a common word and digits, falls to a dictionary attack on the distribution
                port in minutes. Substitutions are resolved before the cookie is judged, and the finding points at
                the definition that sets the value.
                """,
            howToFix: """
                Generate a long random cookie (for example `openssl rand -hex 32`), give the same value to every
                node of the cluster, and keep it out of version control: set it through the environment
                (`EMQX_NODE__COOKIE`) or an include that is not committed.
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

        public RuleDefinition Definition => Rule;

        public void Analyze(EmqxConfig config, FindingSink sink)
        {
            var value = config.Get(CookieKey);
            var text = config.GetText(CookieKey);
            if (value == null || text == null || ErlangCookies.IsUnknownPlaceholder(text))
                return;
            var weakness = ErlangCookies.Judge(text);
            if (weakness != CookieWeakness.None)
                sink.AtValue(Rule, value, CookieKey, ErlangCookies.Describe(weakness));
        }

        /// <summary>vm.args <c>-setcookie Cookie</c> (or <c>-setcookie Node Cookie</c>): the last value is the cookie.</summary>
        public void Analyze(VmArgsConfig config, FindingSink sink)
        {
            if (config.Last("-setcookie") is not { Flag.Values.IsEmpty: false } entry)
                return;
            var cookie = entry.Flag.Values[entry.Flag.Values.Length - 1];
            if (ErlangCookies.IsUnknownPlaceholder(cookie.Text))
                return;
            var weakness = ErlangCookies.Judge(cookie.Text);
            if (weakness != CookieWeakness.None)
                sink.At(Rule, entry.File, cookie.Span, "-setcookie", null, ErlangCookies.Describe(weakness));
        }
    }
}
