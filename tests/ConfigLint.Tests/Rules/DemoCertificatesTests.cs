using ConfigLint.Analyzers.Knowledge;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    public class DemoCertificatesTests
    {
        [Theory]
        [InlineData("etc/certs/cert.pem")]
        [InlineData("./etc/certs/key.pem")]
        [InlineData("/opt/emqx/etc/certs/cacert.pem")]
        [InlineData("/etc/emqx/certs/cert.pem")]
        [InlineData("/etc/emqx/certs/client-cert.pem")]
        [InlineData("/etc/emqx/certs/client-key.pem")]
        [InlineData("${EMQX_ETC_DIR}/certs/client-key.pem")]
        [InlineData("$EMQX_ETC_DIR/certs/key.pem")]
        [InlineData("{{ platform_etc_dir }}/certs/client-cert.pem")]
        [InlineData(@"C:\emqx\etc\certs\cert.pem")]
        public void The_files_EMQX_ships_in_its_certs_folder_are_demo_files(string path) =>
            Assert.True(DemoCertificates.IsDemoPath(path));

        [Theory]
        [InlineData("/etc/emqx/certs/server.pem")]
        [InlineData("/etc/emqx/certs/ca.pem")]
        [InlineData("etc/certs/ca.pem")]
        [InlineData("${EMQX_ETC_DIR}/certs/dashboard.pem")]
        [InlineData("/etc/certs/cert.pem")]
        [InlineData("/etc/emqx/pki/cert.pem")]
        [InlineData("/etc/emqx/certs/cert.pem.bak")]
        public void Other_names_or_folders_are_the_users_own(string path) =>
            Assert.False(DemoCertificates.IsDemoPath(path));
    }
}
