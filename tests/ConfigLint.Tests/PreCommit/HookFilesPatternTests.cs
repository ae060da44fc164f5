using ConfigLint.Analyzers;
using Xunit;

namespace ConfigLint.Tests.PreCommit
{
    /// <summary>The hook passes exactly the names the scanner may read: a name it leaves out is never checked.</summary>
    public class HookFilesPatternTests
    {
        [Theory]
        [InlineData("etc/emqx.conf")]
        [InlineData("base.hocon")]
        [InlineData("etc/vm.args")]
        [InlineData("etc/node1.vm.args")]
        [InlineData("config/vm.args.src")]
        [InlineData("rel/vm.args.eex")]
        [InlineData("rel/node1.vm.args.eex")]
        [InlineData("templates/inet_tls.conf.template")]
        [InlineData("etc/rabbitmq/inter_node_tls.config")]
        [InlineData("config/sys.config")]
        [InlineData("README.md")]
        [InlineData("src/main.src")]
        [InlineData("lib/index.html.eex")]
        [InlineData("args.src")]
        [InlineData("mail.template")]
        [InlineData("base.hocon.template")]
        [InlineData("emqx.conf.bak")]
        public void Hook_passes_the_names_the_scanner_may_read(string path) =>
            Assert.Equal(FileClassifier.MayBeConfigLints(System.IO.Path.GetFileName(path)), SplitCallTests.HookFilesPattern().IsMatch(path));
    }
}
