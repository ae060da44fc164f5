using ConfigLint.Analyzers.Knowledge;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    public class EtcPathsTests
    {
        [Theory]
        [InlineData("{{ platform_etc_dir }}/ssl_dist.conf", "/opt/emqx/etc", "/opt/emqx/etc/ssl_dist.conf")]
        [InlineData("${EMQX_ETC_DIR}/certs/node.pem", "/opt/emqx/etc", "/opt/emqx/etc/certs/node.pem")]
        [InlineData("etc/ssl_dist.conf", "/opt/emqx/etc", "/opt/emqx/etc/ssl_dist.conf")]
        [InlineData("etc/ssl_dist.conf", "/srv/node1", "/srv/node1/etc/ssl_dist.conf")]
        [InlineData("tls/dist.conf", "/srv/node1", "/srv/node1/tls/dist.conf")]
        [InlineData("/etc/emqx/ssl_dist.conf", "/srv/node1", "/etc/emqx/ssl_dist.conf")]
        public void Resolves_paths_the_way_the_node_sees_them(string written, string configFolder, string expected) =>
            Assert.Equal(expected, EtcPaths.Resolve(written, configFolder));

        [Theory]
        [InlineData("{{ platform_data_dir }}/ssl_dist.conf")]
        [InlineData("${HOME}/ssl_dist.conf")]
        public void A_placeholder_it_cannot_know_gives_no_path(string written) =>
            Assert.Null(EtcPaths.Resolve(written, "/opt/emqx/etc"));
    }
}
