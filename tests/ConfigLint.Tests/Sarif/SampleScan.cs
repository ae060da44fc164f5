using System.Collections.Generic;
using System.IO;
using ConfigLint.Analyzers;
using ConfigLint.Sarif;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Tests.Sarif
{
    /// <summary>A small hand-made scan: an error, a warning, a note, a cross-file finding and an unreadable file.</summary>
    internal static class SampleScan
    {
        public static readonly RuleDefinition WeakCookie = Rule(
            "CL1003", "weak-erlang-cookie", "The Erlang cookie is weak", "Node cookie '{0}' is a well-known default.",
            DiagnosticSeverity.Error, "CWE-1392", "9.1");

        public static readonly RuleDefinition CookieMismatch = Rule(
            "CL1004", "cookie-mismatch", "Cluster nodes use different cookies", "Cookie set by '{0}' differs from the one in vm.args.",
            DiagnosticSeverity.Error, "CWE-1188", "5.3");

        public static readonly RuleDefinition PlaintextListener = Rule(
            "CL2001", "plaintext-mqtt-listener", "An MQTT listener accepts plaintext", "Listener '{0}' accepts unencrypted MQTT.",
            DiagnosticSeverity.Warning, "CWE-319", "7.5");

        public static readonly RuleDefinition DashboardDefaultPort = Rule(
            "CL3001", "dashboard-default-port", "The dashboard listens on its default port", "Dashboard listener '{0}' uses the default port.",
            DiagnosticSeverity.Info, "CWE-1188", "2.0");

        public static IReadOnlyList<RuleDefinition> Rules { get; } =
            new[] { WeakCookie, CookieMismatch, PlaintextListener, DashboardDefaultPort };

        /// <summary>
        /// CL1003 at examples/emqx.conf 4:12–4:20, CL2001 in a folder with a space and a non-ASCII name, CL1004 with a
        /// related location in vm.args, and a CL3001 note.
        /// </summary>
        public static IReadOnlyList<Diagnostic> Diagnostics { get; } = new[]
        {
            Diagnostic.Create(WeakCookie.Descriptor, At("examples/emqx.conf", 3, 11, 3, 19), "node.cookie"),
            Diagnostic.Create(PlaintextListener.Descriptor, At("examples/prod cluster/nœud.conf", 9, 0, 9, 26), "listeners.tcp.default"),
            Diagnostic.Create(
                CookieMismatch.Descriptor,
                At("examples/emqx.conf", 3, 0, 3, 30),
                additionalLocations: new[] { At("examples/vm.args", 1, 0, 1, 18) },
                messageArgs: new object[] { "node.cookie" }),
            Diagnostic.Create(DashboardDefaultPort.Descriptor, At("examples/emqx.conf", 20, 4, 20, 16), "dashboard.listeners.http"),
        };

        public static IReadOnlyList<ToolNotification> Notifications { get; } =
            new[] { ToolNotification.Unreadable("examples/locked.conf", "Access to the path is denied.") };

        public static readonly SarifOptions PortableOptions = new("1.2.0");

        public static readonly SarifOptions RootedOptions = new("1.2.0") { SourceRoot = "/work/my repo" };

        public static Location At(string path, int startLine, int startCharacter, int endLine, int endCharacter) =>
            Location.Create(
                path,
                new TextSpan(0, 0),
                new LinePositionSpan(new LinePosition(startLine, startCharacter), new LinePosition(endLine, endCharacter)));

        /// <summary>The same finding, suppressed (as an inline suppression marks it).</summary>
        public static Diagnostic Suppressed(Diagnostic diagnostic) =>
            Diagnostic.Create(
                diagnostic.Id,
                diagnostic.Descriptor.Category,
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                diagnostic.Severity,
                diagnostic.DefaultSeverity,
                diagnostic.Descriptor.IsEnabledByDefault,
                diagnostic.WarningLevel,
                isSuppressed: true,
                diagnostic.Descriptor.Title,
                diagnostic.Descriptor.Description,
                diagnostic.Descriptor.HelpLinkUri,
                diagnostic.Location,
                diagnostic.AdditionalLocations,
                diagnostic.Descriptor.CustomTags,
                diagnostic.Properties);

        public static byte[] WriteSarif(IReadOnlyList<Diagnostic> diagnostics, SarifOptions options)
        {
            using var stream = new MemoryStream();
            SarifWriter.Write(stream, diagnostics, Rules, Notifications, options);
            return stream.ToArray();
        }

        private static RuleDefinition Rule(
            string id, string name, string title, string message, DiagnosticSeverity severity, string cwe, string securitySeverity) =>
            new(
                id,
                name,
                title,
                message,
                severity,
                cwe,
                securitySeverity,
                why: "Anyone who can reach the port and knows the value can take over the node.",
                howToFix: "Set a long random value and keep it out of version control.",
                badExample: new RuleExample("emqx.conf", "hocon", "node.cookie = emqxsecretcookie\n"),
                goodExample: new RuleExample("emqx.conf", "hocon", "node.cookie = ${EMQX_NODE__COOKIE}\n"));
    }
}
