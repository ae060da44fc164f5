using ConfigLint.Sarif;
using System.Linq;
using System.IO;
using ConfigLint.Reporting;
using ConfigLint.Tests.Sarif;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConfigLint.Tests.Reporting
{
    public sealed class TextPrinterTests
    {
        [Fact]
        public void Each_finding_is_one_compiler_style_line_in_the_order_given()
        {
            var writer = new StringWriter { NewLine = "\n" };

            TextPrinter.Plain.WriteFindings(writer, SampleScan.Diagnostics);

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

            TextPrinter.Plain.WriteFindings(writer, new[] { diagnostic });

            Assert.Equal("vm.args:1:1: error CL1003: Node cookie 'a\\nb' is a well-known default.\n", writer.ToString());
        }

        [Fact]
        public void Colour_marks_the_place_bold_and_each_severity_in_its_colour_and_changes_nothing_else()
        {
            var writer = new StringWriter { NewLine = "\n" };

            new TextPrinter(colour: true).WriteFindings(writer, SampleScan.Diagnostics);

            Assert.Equal(
                "\x1b[1mexamples/emqx.conf:4:12:\x1b[0m \x1b[1;31merror\x1b[0m CL1003: Node cookie 'node.cookie' is a well-known default.\n" +
                "\x1b[1mexamples/prod cluster/nœud.conf:10:1:\x1b[0m \x1b[1;33mwarning\x1b[0m CL2001: Listener 'listeners.tcp.default' accepts unencrypted MQTT.\n" +
                "\x1b[1mexamples/emqx.conf:4:1:\x1b[0m \x1b[1;31merror\x1b[0m CL1004: Cookie set by 'node.cookie' differs from the one in vm.args.\n" +
                "\x1b[1mexamples/emqx.conf:21:5:\x1b[0m \x1b[1;36mnote\x1b[0m CL3001: Dashboard listener 'dashboard.listeners.http' uses the default port.\n",
                writer.ToString());
        }

        [Fact]
        public void A_suppressed_finding_is_not_printed()
        {
            var writer = new StringWriter { NewLine = "\n" };

            TextPrinter.Plain.WriteFindings(writer, new[] { SampleScan.Suppressed(SampleScan.Diagnostics[0]), SampleScan.Diagnostics[1] });

            Assert.Equal("examples/prod cluster/nœud.conf:10:1: warning CL2001: Listener 'listeners.tcp.default' accepts unencrypted MQTT.\n", writer.ToString());
        }

        [Fact]
        public void Against_a_baseline_each_line_ends_with_the_new_mark()
        {
            var writer = new StringWriter { NewLine = "\n" };

            TextPrinter.Plain.WriteFindings(writer, SampleScan.Diagnostics.Take(2).ToList(), BaselineComparison.NewFindingSuffix);

            Assert.Equal(
                "examples/emqx.conf:4:12: error CL1003: Node cookie 'node.cookie' is a well-known default. [new]\n" +
                "examples/prod cluster/nœud.conf:10:1: warning CL2001: Listener 'listeners.tcp.default' accepts unencrypted MQTT. [new]\n",
                writer.ToString());
        }
    }
}
