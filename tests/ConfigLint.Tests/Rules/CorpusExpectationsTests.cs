using System.IO;
using System.Linq;
using ConfigLint.Analyzers;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>The configurations EMQX itself ships must produce the findings an operator would expect of them.</summary>
    public class CorpusExpectationsTests
    {
        [Theory]
        // EMQX 4.4: shipped cookie, plaintext distribution, no rpc.driver (plain TCP), anonymous access.
        // and the listeners' demo certificates.
        [InlineData("emqx/v4/emqx-v4.4.19.emqx.conf", "CL1001 1:1|CL1004 20:22|CL1003 197:15|CL1008 660:19|CL1008 665:15|CL2006 1555:33|CL2006 1562:34|CL2006 1568:36|CL2006 2206:33|CL2006 2213:34")]
        [InlineData("emqx/v4/emqx-v4.4.19.emqx_dashboard.conf", "CL1006 18:35|CL1007 28:27")]
        // EMQX 4.4 management API: the default application secret, plain HTTP on every address.
        [InlineData("emqx/v4/emqx-v4.4.19.emqx_management.conf", "CL1006 21:41|CL1007 36:28")]
        // EMQX 5.8: the build's default cookie placeholder, no rpc or proto_dist (TCP defaults); no dashboard
        // settings, so no dashboard listener (bind defaults to 0 since 5.1); no authenticator and the default
        // acl.conf source.
        [InlineData("emqx/v5/emqx-v5.8.9.emqx_conf.conf", "CL1001 1:1|CL1008 1:1|CL1008 1:1|CL1003 12:12|CL1004 16:1")]
        // EMQX 5.8 dashboard fragment: HTTP on every address; HTTPS names the demo certificate but has no bind, so
        // it is off and its certificate unused.
        [InlineData("emqx/v5/emqx-v5.8.9.emqx_dashboard.conf", "CL1007 3:21")]
        // EMQX's shipped ssl_dist.conf: TLS without peer verification on both sides, with the demo certificates.
        [InlineData("emqx/ssl_dist/emqx-v5.8.9.ssl_dist.conf", "CL2006 10:15|CL2006 11:14|CL2006 12:17|CL2001 13:13|CL2001 17:13")]
        [InlineData("emqx/ssl_dist/emqx-v4.4.19.ssl_dist.conf", "CL2006 6:15|CL2006 7:14|CL2006 8:17|CL2001 9:13|CL2001 13:13")]
        // CouchDB's shipped vm.args names the node ({{node_name}} renders to -name) with no -proto_dist, so
        // distribution is plain TCP, and keeps CouchDB's default cookie.
        [InlineData("emqx/vm_args/apache-couchdb.rel-overlay-etc.vm.args", "CL1004 5:1|CL1003 10:12")]
        public void Shipped_configuration_produces_the_expected_findings(string corpusFile, string expected)
        {
            var path = Path.Combine(TestPaths.Corpus, corpusFile);
            var result = ConfigScanner.Scan(TestScans.Options(Path.GetDirectoryName(path)!, new[] { path }));
            var actual = result.Diagnostics.Select(d => FixtureTests.Describe(d, Path.GetFileName(path)));
            Assert.Equal(expected.Length == 0 ? new string[0] : expected.Split('|'), actual);
        }
    }
}
