using System.IO;
using System.Linq;
using ConfigLint.Sarif;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConfigLint.Tests.Sarif
{
    public sealed class TextReportTests
    {
        [Fact]
        public void Each_finding_is_one_compiler_style_line_in_the_order_given()
        {
            var writer = new StringWriter { NewLine = "\n" };

            TextReport.Write(writer, SampleScan.Diagnostics);

            Assert.Equal(
                "examples/emqx.conf:4:12: error CL1003: Node cookie 'node.cookie' is a well-known default.\n" +
                "examples/prod cluster/nœud.conf:10:1: warning CL2001: Listener 'listeners.tcp.default' accepts unencrypted MQTT.\n" +
                "examples/emqx.conf:4:1: error CL1004: Cookie set by 'node.cookie' differs from the one in vm.args.\n" +
                "examples/emqx.conf:21:5: note CL3001: Dashboard listener 'dashboard.listeners.http' uses the default port.\n",
                writer.ToString());
        }

        [Fact]
        public void A_message_spanning_lines_stays_on_one_line_with_the_break_visible()
        {
            var writer = new StringWriter { NewLine = "\n" };
            var diagnostic = Diagnostic.Create(SampleScan.WeakCookie.Descriptor, SampleScan.At("vm.args", 0, 0, 0, 5), "a\nb");

            TextReport.Write(writer, new[] { diagnostic });

            Assert.Equal("vm.args:1:1: error CL1003: Node cookie 'a\\nb' is a well-known default.\n", writer.ToString());
        }

        [Fact]
        public void Against_a_baseline_each_line_ends_with_the_new_mark()
        {
            var writer = new StringWriter { NewLine = "\n" };

            TextReport.Write(writer, SampleScan.Diagnostics.Take(2).ToList(), BaselineComparison.NewFindingSuffix);

            Assert.Equal(
                "examples/emqx.conf:4:12: error CL1003: Node cookie 'node.cookie' is a well-known default. [new]\n" +
                "examples/prod cluster/nœud.conf:10:1: warning CL2001: Listener 'listeners.tcp.default' accepts unencrypted MQTT. [new]\n",
                writer.ToString());
        }

        [Fact]
        public void Summary_counts_each_severity()
        {
            var writer = new StringWriter { NewLine = "\n" };

            TextReport.WriteSummary(writer, SampleScan.Diagnostics);

            Assert.Equal("2 errors, 1 warning, 1 note\n", writer.ToString());
        }
    }
}
