using System.Text.RegularExpressions;

namespace ConfigLint.Analyzers.Knowledge
{
    /// <summary>
    /// The sample certificates EMQX ships in etc/certs (cert.pem, key.pem, cacert.pem). Their private keys are
    /// in every EMQX package and on GitHub, so TLS that uses them authenticates nothing.
    /// </summary>
    internal static class DemoCertificates
    {
        // etc/certs/X.pem as a relative or absolute path, or under the build's etc placeholder
        // ({{ platform_etc_dir }} in 4.x templates, ${EMQX_ETC_DIR} in 5.x).
        private static readonly Regex DemoPath = new(
            @"(^|/)etc/certs/(cert|key|cacert)\.pem$|^(\{\{\s*platform_etc_dir\s*\}\}|\$\{EMQX_ETC_DIR\}|\$EMQX_ETC_DIR)/certs/(cert|key|cacert)\.pem$",
            RegexOptions.CultureInvariant);

        public static bool IsDemoPath(string path) => DemoPath.IsMatch(path.Trim().Replace('\\', '/'));
    }
}
