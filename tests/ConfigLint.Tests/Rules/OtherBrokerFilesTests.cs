using ConfigLint.Analyzers;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>RabbitMQ, VerneMQ and Riak files share roots with EMQX (log, listeners, management) but are not its.</summary>
    public class OtherBrokerFilesTests
    {
        [Theory]
        [InlineData("listeners.tcp.default = 5672\nmanagement.tcp.port = 15672\nlog.file.level = info\ndefault_user = admin\n", "default_user", "RabbitMQ")]
        [InlineData("# users\ndefault_pass=s3cret\n", "default_pass", "RabbitMQ")]
        [InlineData("loopback_users.guest = false\n", "loopback_users.guest", "RabbitMQ")]
        [InlineData("cluster_formation.peer_discovery_backend = classic_config\n", "cluster_formation.peer_discovery_backend", "RabbitMQ")]
        [InlineData("listener.tcp.default = 127.0.0.1:1883\nlistener.vmq.clustering = 0.0.0.0:44053\n", "listener.vmq.clustering", "VerneMQ")]
        [InlineData("riak_control = off\n", "riak_control", "Riak")]
        [InlineData("  nodename = riak@127.0.0.1\n", "nodename", "VerneMQ or Riak")]
        [InlineData("distributed_cookie = c\n", "distributed_cookie", "VerneMQ or Riak")]
        public void Recognises_another_broker_by_its_own_keys(string text, string key, string product)
        {
            Assert.Equal((key, product), FileClassifier.OtherBrokerKey(SourceText.From(text)));
            Assert.Equal("NotConfigLints", FileClassifierTests.Classify("broker.conf", text));
        }

        [Theory]
        [InlineData("node.name = emqx@h\nnode.cookie = c\nlistener.tcp.external = 0.0.0.0:1883\n")]
        [InlineData("node { name = \"emqx@h\" }\nauthorization { no_match = deny }\n")]
        [InlineData("default_user_group = a\nnodename_prefix = b\ncluster_formation = c\n")]
        public void An_emqx_file_sets_none_of_them(string text) =>
            Assert.Null(FileClassifier.OtherBrokerKey(SourceText.From(text)));
    }
}
