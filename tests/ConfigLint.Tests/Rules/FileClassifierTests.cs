using ConfigLint.Analyzers;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    public class FileClassifierTests
    {
        private static ConfigKind Classify(string name, string text) =>
            FileClassifier.Classify(new SourceFile("/etc/x/" + name, SourceText.From(text)));

        [Theory]
        [InlineData("emqx.conf", "node.name = emqx@h\n", ConfigKind.EmqxFlat)]
        [InlineData("emqx.conf", "node { name = \"emqx@h\" }\n", ConfigKind.EmqxHocon)]
        [InlineData("emqx.conf", "node.name = \"emqx@h\"\n", ConfigKind.EmqxHocon)]
        [InlineData("prod.emqx.conf", "node.data_dir = {{ platform_data_dir }}\n", ConfigKind.EmqxFlat)]
        [InlineData("emqx_dashboard.conf", "dashboard.listener.http = 18083\n", ConfigKind.EmqxFlat)]
        [InlineData("emqx-cluster.conf", "cluster { name = a }\n", ConfigKind.EmqxHocon)]
        [InlineData("base.hocon", "", ConfigKind.EmqxHocon)]
        [InlineData("broker.conf", "node.name = emqx@h\nrpc.driver = tcp\n", ConfigKind.EmqxFlat)]
        [InlineData("broker.conf", "node { name = \"a@h\" }\nrpc { protocol = tcp }\n", ConfigKind.EmqxHocon)]
        [InlineData("broker.conf", "node { name = \"a@h\" }\n", ConfigKind.NotConfigLints)]
        [InlineData("sysctl.conf", "net.ipv4.ip_forward = 1\nvm.swappiness = 10\n", ConfigKind.NotConfigLints)]
        [InlineData("nginx.conf", "server { listen 80; }\n", ConfigKind.NotConfigLints)]
        [InlineData("emqx.json", "{\"node\": {}}", ConfigKind.NotConfigLints)]
        public void Classifies_by_name_then_content(string name, string text, ConfigKind expected) =>
            Assert.Equal(expected, Classify(name, text));
    }
}
