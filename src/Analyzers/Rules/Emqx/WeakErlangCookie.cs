using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>CL1003: the Erlang cookie is a default, short, or guessable.</summary>
    internal sealed class WeakErlangCookie : EmqxRule
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
                The Erlang cookie is the only credential of Erlang distribution. A node that presents the right
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

        public override RuleDefinition Definition => Rule;

        public override void Analyze(EmqxConfig config, FindingSink sink)
        {
            var value = config.Get(CookieKey);
            var text = config.GetText(CookieKey);
            if (value == null || text == null || ErlangCookies.IsUnknownPlaceholder(text))
                return;
            var weakness = ErlangCookies.Judge(text);
            if (weakness != CookieWeakness.None)
                sink.AtValue(Rule, value, CookieKey, ErlangCookies.Describe(weakness));
        }
    }
}
