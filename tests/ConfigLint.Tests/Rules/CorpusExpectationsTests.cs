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
        [InlineData("emqx/v4/emqx-v4.4.19.emqx.conf", "CL1001 1:1|CL1004 20:22|CL1003 197:15|CL1008 660:19|CL1008 665:15")]
        [InlineData("emqx/v4/emqx-v4.4.19.emqx_dashboard.conf", "CL1006 18:35|CL1007 28:27")]
        [InlineData("emqx/v4/emqx-v4.4.19.emqx_management.conf", "CL1006 21:41")]
        // EMQX 5.8: the build's default cookie placeholder, no rpc or proto_dist (TCP defaults), default dashboard.
        [InlineData("emqx/v5/emqx-v5.8.9.emqx_conf.conf", "CL1001 1:1|CL1007 1:1|CL1003 12:12|CL1004 16:1")]
        // EMQX 5.8 dashboard fragment: HTTP on every address, HTTPS configured but never bound.
        [InlineData("emqx/v5/emqx-v5.8.9.emqx_dashboard.conf", "CL1007 3:21")]
        public void Shipped_configuration_produces_the_expected_findings(string corpusFile, string expected)
        {
            var path = Path.Combine(TestPaths.Corpus, corpusFile);
            var result = ConfigScanner.Scan(new ScanOptions(Path.GetDirectoryName(path)!, new[] { path }));
            var actual = result.Diagnostics.Select(d => FixtureTests.Describe(d, Path.GetFileName(path)));
            Assert.Equal(expected.Split('|'), actual);
        }
    }
}
