using System.Text.RegularExpressions;

namespace ConfigLint.Analyzers.Knowledge
{
    /// <summary>
    /// The sample certificates EMQX ships in its certs folder (cert.pem, key.pem, cacert.pem, client-cert.pem,
    /// client-key.pem: etc/certs in 4.4.19, apps/emqx/etc/certs in 5.8.9). Their private keys are in every EMQX
    /// package and on GitHub, so TLS that uses them authenticates nothing. Only these names under EMQX's certs
    /// folder count: a user's own ca.pem, or server.pem beside the demo files, is not a demo file.
    /// </summary>
    internal static class DemoCertificates
    {
        // EMQX's certs folder: etc/certs under the install root (relative, or absolute as /opt/emqx/etc/certs in
        // the Docker image, but not the system's /etc/certs), /etc/emqx/certs of the deb and rpm packages, or the
        // build's etc placeholder ({{ platform_etc_dir }} in 4.x templates, ${EMQX_ETC_DIR} in 5.x).
        private static readonly Regex DemoPath = new(
            @"^(?:(?:\./)?etc|.+/etc|/etc/emqx|\{\{\s*platform_etc_dir\s*\}\}|\$\{EMQX_ETC_DIR\}|\$EMQX_ETC_DIR)/certs/(?:cert|key|cacert|client-cert|client-key)\.pem$",
            RegexOptions.CultureInvariant);

        public static bool IsDemoPath(string path) => DemoPath.IsMatch(path.Trim().Replace('\\', '/'));
    }
}
