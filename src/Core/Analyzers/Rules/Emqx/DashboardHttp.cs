using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>CL1007: the dashboard (or EMQX 4's management API) serves plain HTTP beyond the local host and HTTPS is off.</summary>
    internal sealed class DashboardHttp : IEmqxRule
    {
        // The admin interfaces: each HTTP listener with the HTTPS listener that takes its place.
        private static readonly (string Name, string Http, string Https)[] Interfaces5 =
        {
            ("dashboard", EmqxListeners.DashboardHttp5, EmqxListeners.DashboardHttps5),
        };

        private static readonly (string Name, string Http, string Https)[] Interfaces4 =
        {
            ("dashboard", EmqxListeners.DashboardHttp4, EmqxListeners.DashboardHttps4),
            ("management API", EmqxListeners.ManagementHttp4, EmqxListeners.ManagementHttps4),
        };

        public static readonly RuleDefinition Rule = new(
            RuleIds.DashboardHttp,
            "dashboard-http",
            "Dashboard or management API is served over plain HTTP",
            "The {0} serves plain HTTP on {1} and HTTPS is not enabled; logins and API credentials cross the network in clear",
            DiagnosticSeverity.Error,
            cwe: "CWE-319",
            securitySeverity: "7.4",
            why: """
                The dashboard and its REST API take the administrator's password and hand out bearer tokens; EMQX 4's
                management API (`management.listener.http`, port 8081 in the shipped emqx_management.conf) takes
                application ids and secrets. Over plain HTTP on an address other hosts can reach, all of them can be
                read by anyone on the path and replayed. A bare port (`bind = 18083`, 4.x
                `dashboard.listener.http = 18083`) listens on every address. A listener counts only when EMQX starts
                it, judged by EMQX 5.8 (the supported line; checked against 5.8.9's `emqx_dashboard_schema` and
                4.4.19's `emqx_dashboard.schema` and `emqx_management.schema`): since 5.1 a dashboard listener without
                `bind`, or with `bind = 0`, is off, so a configuration without dashboard settings is not flagged (5.0
                served HTTP on 18083 by default); an HTTPS listener with a `bind` is on, even without `enable = true`
                (5.0 needed it); `enable = false` is read as off (5.0 honours it; 5.1 and later ignore it in favour of
                `bind = 0`). In EMQX 4 a listener is on when its own key (`dashboard.listener.https = 18084`) is set.
                """,
            howToFix: """
                Enable the HTTPS listener (EMQX 5: `dashboard.listeners.https.bind` with `ssl_options`; EMQX 4:
                `dashboard.listener.https` or `management.listener.https` with certificate and key) and either turn
                the HTTP listener off (EMQX 5: `bind = 0`; EMQX 4: remove its key) or bind it to the loopback
                address (`bind = "127.0.0.1:18083"`) behind a TLS proxy.
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
            var listeners = new EmqxListeners(config);
            foreach (var admin in config.Format == EmqxFormat.Hocon ? Interfaces5 : Interfaces4)
            {
                if (listeners.ActiveBind(admin.Http) is { } bind && !listeners.IsOn(admin.Https) && Exposed(bind.Text, out var address))
                    sink.AtValue(Rule, bind, listeners.BindPath(admin.Http), admin.Name, address.Describe());
            }
        }

        private static bool Exposed(string bind, out ListenAddress address) =>
            ListenAddress.TryParse(bind, out address) && !address.IsDisabled && !address.IsLoopback;
    }
}
