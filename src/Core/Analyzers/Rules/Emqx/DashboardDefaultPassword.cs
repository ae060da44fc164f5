using ConfigLint.Analyzers.Emqx;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Emqx
{
    /// <summary>CL1006: the dashboard or management API keeps the shipped password <c>public</c>.</summary>
    internal sealed class DashboardDefaultPassword : IEmqxRule
    {
        private const string ShippedPassword = "public";

        // EMQX 5 dashboard.default_password; 4.x dashboard.default_user.password and the REST API's default
        // application secret, which EMQX 4 also ships as "public".
        private static readonly (string Key, string Surface)[] PasswordKeys =
        {
            ("dashboard.default_password", "the dashboard"),
            ("dashboard.default_user.password", "the dashboard"),
            ("management.default_application.secret", "the management REST API"),
        };

        public static readonly RuleDefinition Rule = new(
            RuleIds.DashboardDefaultPassword,
            "dashboard-default-password",
            "Dashboard admin password is the shipped default",
            "`{0}` is the shipped default, so anyone who can reach {1} can log in as administrator",
            DiagnosticSeverity.Error,
            cwe: "CWE-1393",
            securitySeverity: "9.8",
            why: """
                EMQX ships the dashboard user `admin` with the password `public`, and EMQX 4 ships the REST API's
                default application with the secret `public`. Both are in every tutorial; an administrator can
                read and publish on every topic, add users, change authentication and install rules that forward
                data anywhere. In EMQX 5 `dashboard.default_password` only seeds the admin account on first start,
                so an absent value is not a finding, but an explicit `public` is.
                """,
            howToFix: """
                Set a strong, unique password (EMQX 5: `dashboard.default_password` before the first start, or change
                it with `emqx ctl admins passwd admin NEW`; EMQX 4: `dashboard.default_user.password` and
                `management.default_application.secret`), and keep it out of version control.
                """,
            new RuleExample("emqx.conf", "hocon", """
                dashboard {
                  default_password = public
                }
                """),
            new RuleExample("emqx.conf", "hocon", """
                dashboard {
                  default_password = ${?EMQX_DASHBOARD_PASSWORD}
                }
                """));

        public RuleDefinition Definition => Rule;

        public void Analyze(EmqxConfig config, FindingSink sink)
        {
            foreach (var (key, surface) in PasswordKeys)
            {
                var value = config.Get(key);
                if (value != null && config.GetText(key)?.Trim() == ShippedPassword)
                    sink.AtValue(Rule, value, key, key, surface);
            }
        }
    }
}
