using ConfigLint.Analyzers;
using ConfigLint.Analyzers.Formats;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    public class FileClassifierTests
    {
        /// <summary>The format a file is recognised as, by the names the cases below use.</summary>
        internal static string Classify(string name, string text) =>
            FileClassifier.Classify(FileReadResult.FromText(new SourceFile("/etc/x/" + name, SourceText.From(text)))) switch
            {
                null => "NotConfigLints",
                var format when format == EmqxFileFormat.Hocon => "EmqxHocon",
                var format when format == EmqxFileFormat.Flat => "EmqxFlat",
                SslDistFormat => "SslDist",
                VmArgsFormat => "VmArgs",
                ClpConfFormat => "ClpConf",
                var format => format.GetType().Name,
            };

        [Theory]
        // Read cleanly both ways, with no key only one version has: a tie, which goes to HOCON.
        [InlineData("emqx.conf", "node.name = emqx@h\n", "EmqxHocon")]
        [InlineData("emqx.conf", "node.name = emqx@h\nallow_anonymous = true\n", "EmqxFlat")]
        [InlineData("emqx.conf", "node.name = emqx@h\nlisteners.tcp.default.bind = 1883\n", "EmqxHocon")]
        // Only one reader reads it without an error.
        [InlineData("emqx.conf", "listeners.tcp.default.bind = 0.0.0.0:1883\n", "EmqxFlat")]
        [InlineData("emqx.conf", "node {\n  name = \"a@h\"\n}\n", "EmqxHocon")]
        // Both readers fail; the keys are 4.x's.
        [InlineData("emqx.conf", "This file was generated.\nlistener.tcp.external = 0.0.0.0:1883\nallow_anonymous = true\n", "EmqxFlat")]
        // Both readers fail, no vocabulary: fewer error lines wins.
        [InlineData("emqx.conf", "node.name = a@h:1\nnode.cookie = x:y\nnode {\n", "EmqxFlat")]
        [InlineData("emqx.hocon", "node.name = a@h\nnode.cookie = x\n", "EmqxHocon")]
        [InlineData("emqx.conf", "node { name = \"emqx@h\" }\n", "EmqxHocon")]
        [InlineData("emqx.conf", "node.name = \"emqx@h\"\n", "EmqxHocon")]
        [InlineData("prod.emqx.conf", "node.data_dir = {{ platform_data_dir }}\n", "EmqxFlat")]
        [InlineData("emqx_dashboard.conf", "dashboard.listener.http = 18083\n", "EmqxFlat")]
        [InlineData("emqx-cluster.conf", "cluster { name = a }\n", "EmqxHocon")]
        [InlineData("base.hocon", "", "EmqxHocon")]
        [InlineData("broker.conf", "node.name = emqx@h\nrpc.driver = tcp\n", "EmqxHocon")]
        [InlineData("broker.conf", "node.name = emqx@h\nrpc.driver = tcp\nzone.external.idle_timeout = 15s\n", "EmqxFlat")]
        [InlineData("broker.conf", "node { name = \"a@h\" }\nrpc { protocol = tcp }\n", "EmqxHocon")]
        [InlineData("broker.conf", "node { name = \"a@h\" }\n", "NotConfigLints")]
        [InlineData("sysctl.conf", "net.ipv4.ip_forward = 1\nvm.swappiness = 10\n", "NotConfigLints")]
        [InlineData("nginx.conf", "server { listen 80; }\n", "NotConfigLints")]
        [InlineData("emqx.json", "{\"node\": {}}", "NotConfigLints")]
        // Release templates are judged as the file they render.
        [InlineData("vm.args.src", "-name ${NODE_NAME}\n", "VmArgs")]
        [InlineData("vm.args.eex", "-name <%= @release.name %>\n", "VmArgs")]
        [InlineData("node1.vm.args.src", "-name a@h\n", "VmArgs")]
        [InlineData("node1.vm.args.eex", "-name a@h\n", "VmArgs")]
        [InlineData("inet_tls.conf.template", "%% rendered\n[{server, [{verify, verify_none}]}, {client, []}].\n", "SslDist")]
        [InlineData("ssl_dist.conf.template", "", "SslDist")]
        [InlineData("broker.conf.template", "node { name = \"a@h\" }\nrpc { protocol = tcp }\n", "EmqxHocon")]
        [InlineData("sysctl.conf.template", "vm.swappiness = 10\n", "NotConfigLints")]
        [InlineData("clp.conf.template", "<root></root>", "ClpConf")]
        // An Erlang *.config is ConfigLint's only when its first term is distribution options.
        [InlineData("inter_node_tls.config", "[\n  {server, [{verify, verify_none}]},\n  {client, [{verify, verify_none}]}\n].\n", "SslDist")]
        [InlineData("inter_node_tls.config", "%% client only\n[{client, [{verify, verify_peer}]}].\n", "SslDist")]
        [InlineData("sys.config", "[{kernel, [{inet_dist_listen_min, 4370}]}].\n", "NotConfigLints")]
        [InlineData("sys.config", "[{kernel, []}, {server, [{verify, verify_none}]}].\n", "NotConfigLints")]
        [InlineData("app.config", "[{rabbit, [{ssl_options, [{verify, verify_none}]}]}].\n", "NotConfigLints")]
        [InlineData("serverless.config", "[{server_name, x}].\n", "NotConfigLints")]
        [InlineData("empty.config", "", "NotConfigLints")]
        public void Classifies_by_name_then_content(string name, string text, string expected) =>
            Assert.Equal(expected, Classify(name, text));

        [Theory]
        [InlineData("emqx.conf", true)]
        [InlineData("sysctl.conf", true)]
        [InlineData("base.hocon", true)]
        [InlineData("vm.args", true)]
        [InlineData("node1.vm.args", true)]
        [InlineData("clp.conf", true)]
        [InlineData("vm.args.src", true)]
        [InlineData("vm.args.eex", true)]
        [InlineData("node1.vm.args.src", true)]
        [InlineData("node1.vm.args.eex", true)]
        [InlineData("inet_tls.conf.template", true)]
        [InlineData("inter_node_tls.config", true)]
        [InlineData("sys.config", true)]
        [InlineData("README.md", false)]
        [InlineData("main.src", false)]
        [InlineData("index.html.eex", false)]
        [InlineData("args.src", false)]
        [InlineData("email.template", false)]
        [InlineData("base.hocon.template", false)]
        [InlineData("app.config.example", false)]
        [InlineData("logo.png", false)]
        [InlineData("emqx.conf.bak", false)]
        [InlineData("args", false)]
        public void Files_that_can_never_be_configlints_are_known_by_name(string name, bool mayBe) =>
            Assert.Equal(mayBe, FileClassifier.MayBeConfigLints(name));
    }
}
