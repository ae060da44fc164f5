using System;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.Knowledge;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>CL1007: the dashboard serves plain HTTP beyond the local host and HTTPS is off.</summary>
    internal sealed class DashboardHttp : IEmqxRule
    {
        // EMQX 5: dashboard.listeners.http.bind defaults to 18083 on every address; https is off until bound.
        private const string HttpBind5 = "dashboard.listeners.http.bind";
        private const string HttpsBind5 = "dashboard.listeners.https.bind";
        private const string DefaultHttpBind5 = "18083";

        // EMQX 4.x (the emqx_dashboard plugin): dashboard.listener.http = port, https off unless set.
        private const string HttpListener4 = "dashboard.listener.http";
        private const string HttpsListener4 = "dashboard.listener.https";

        public static readonly RuleDefinition Rule = new(
            RuleIds.DashboardHttp,
            "dashboard-http",
            "Dashboard is served over plain HTTP",
            "The dashboard serves plain HTTP on {0} and HTTPS is not enabled; logins and API tokens cross the network in clear",
            DiagnosticSeverity.Error,
            cwe: "CWE-319",
            securitySeverity: "7.4",
            why: """
                The dashboard and its REST API take the administrator's password and hand out bearer tokens. Over
                plain HTTP on an address other hosts can reach, both can be read by anyone on the path and replayed.
                A bare port (`bind = 18083`, 4.x `dashboard.listener.http = 18083`) listens on every address. EMQX 5
                serves the dashboard on HTTP port 18083 of every address when nothing is configured, so a main
                configuration without dashboard settings is flagged too.
                """,
            howToFix: """
                Enable the HTTPS listener (EMQX 5: `dashboard.listeners.https.bind` with `ssl_options`; EMQX 4:
                `dashboard.listener.https` with certificate and key) and either turn the HTTP listener off
                (`bind = 0`) or bind it to the loopback address (`bind = "127.0.0.1:18083"`) behind a TLS proxy.
                """,
            new RuleExample("emqx.conf", "hocon", """
                dashboard {
                  listeners.http.bind = 18083
                }
                """),
            new RuleExample("emqx.conf", "hocon", """
                dashboard {
                  listeners.http.bind = 0
                  listeners.https {
                    bind = 18084
                    ssl_options {
                      certfile = "/etc/emqx/certs/dashboard.pem"
                      keyfile = "/etc/emqx/certs/dashboard.key"
                    }
                  }
                }
                """));

        public RuleDefinition Definition => Rule;

        public void Analyze(EmqxConfig config, FindingSink sink)
        {
            if (config.Format == EmqxFormat.Hocon)
                AnalyzeHocon(config, sink);
            else
                AnalyzeFlat(config, sink);
        }

        private static void AnalyzeHocon(EmqxConfig config, FindingSink sink)
        {
            if (IsOff(config, "dashboard.listeners.http.enable") || IsHttpsOn(config))
                return;
            var bind = config.Get(HttpBind5);
            if (bind == null)
            {
                if (config.JudgesMissingKeys && Exposed(DefaultHttpBind5, out var defaultAddress))
                    sink.AtKey(Rule, config.MissingKeyOrigin(HttpBind5), HttpBind5, defaultAddress.Describe());
                return;
            }
            if (Exposed(Text(bind), out var address))
                sink.AtValue(Rule, bind, HttpBind5, address.Describe());
        }

        private static void AnalyzeFlat(EmqxConfig config, FindingSink sink)
        {
            var listener = config.Get(HttpListener4);
            if (listener == null || config.Get(HttpsListener4) != null)
                return;
            if (Exposed(Text(listener), out var address))
                sink.AtValue(Rule, listener, HttpListener4, address.Describe());
        }

        private static bool IsHttpsOn(EmqxConfig config)
        {
            var bind = config.GetText(HttpsBind5);
            return bind != null && !IsOff(config, "dashboard.listeners.https.enable")
                && ListenAddress.TryParse(bind, out var address) && !address.IsDisabled;
        }

        private static bool Exposed(string bind, out ListenAddress address) =>
            ListenAddress.TryParse(bind, out address) && !address.IsDisabled && !address.IsLoopback;

        private static bool IsOff(EmqxConfig config, string enableKey) =>
            string.Equals(config.GetText(enableKey)?.Trim(), "false", StringComparison.OrdinalIgnoreCase);

        private static string Text(ConfigValue value) => (value as ConfigScalar)?.Text ?? "";
    }
}
