
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
        private static readonly string[] DemoFiles = { "cert.pem", "key.pem", "cacert.pem", "client-cert.pem", "client-key.pem" };

        public static bool IsDemoPath(string path)
        {
            var normalized = path.Trim().Replace('\\', '/');
            var fileStart = normalized.LastIndexOf('/') + 1;
            if (System.Array.IndexOf(DemoFiles, normalized.Substring(fileStart)) < 0 || !EndsWithAt(normalized, fileStart, "/certs/"))
                return false;
            var folder = normalized.Substring(0, fileStart - "/certs/".Length);
            return folder is "etc" or "./etc" or "/etc/emqx"
                || (folder.Length > "/etc".Length && folder.EndsWith("/etc", System.StringComparison.Ordinal) && folder.IndexOf('\n') < 0)
                || (folder.Length > 0 && Placeholders.EtcFolderAt(folder) == folder.Length);
        }

        private static bool EndsWithAt(string text, int end, string part) => end >= part.Length && Placeholders.HasAt(text, end - part.Length, part);
    }
}
