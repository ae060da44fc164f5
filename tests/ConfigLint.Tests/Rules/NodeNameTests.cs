using ConfigLint.Analyzers.Cluster;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    public class NodeNameTests
    {
        [Theory]
        [InlineData("emqx@h", 0, 5370, 4370)]
        [InlineData("emqx1@h", 1, 5371, 4371)]
        [InlineData("emqx-1@h", 1, 5371, 4371)]
        [InlineData("emqx01@10.0.0.1", 1, 5371, 4371)]
        [InlineData("node60001@h", 1, 5371, 4371)]
        [InlineData("n99999999999999999999@h", 39999, 45369, 44369)]
        public void Derives_ports_from_the_numeric_suffix(string name, int suffix, int rpc, int dist)
        {
            Assert.True(NodeName.TryParse(name, out var node));
            Assert.Equal(suffix, node.Suffix);
            Assert.Equal(rpc, node.StatelessRpcPort);
            Assert.Equal(dist, node.DistPort);
        }

        [Theory]
        [InlineData("emqx")]
        [InlineData("@host")]
        [InlineData("emqx@")]
        public void Rejects_names_without_a_host(string name) => Assert.False(NodeName.TryParse(name, out _));
    }
}
