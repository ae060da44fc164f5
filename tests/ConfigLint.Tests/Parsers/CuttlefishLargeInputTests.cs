using System.Linq;
using ConfigLint.Analyzers;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Parsers
{
    /// <summary>A 4.x key of 100,000 dotted segments is a located CL0001, not a stack overflow (run on xunit's default stack).</summary>
    public class CuttlefishLargeInputTests
    {
        [Fact]
        public void A_key_of_100000_segments_is_one_too_deep_error_at_its_line_and_the_other_lines_are_judged()
        {
            var key = string.Join(".", Enumerable.Repeat("a", 100_000));

            var diagnostics = SingleFileScan.Run("emqx.conf", "node.name = emqx@10.0.0.1\n" + key + " = 1\nrpc.driver = tcp\n");

            Assert.Equal(new[] { RuleIds.UnreadableConfig, RuleIds.RpcPlaintext }, diagnostics.Select(d => d.Id));
            Assert.Equal(nameof(ParseErrorKind.TooDeep), diagnostics[0].Properties[DiagnosticProperties.KeyPath]);
            Assert.Equal(new LinePosition(1, 0), diagnostics[0].Location.GetLineSpan().StartLinePosition);
            Assert.Equal(new LinePosition(2, "rpc.driver = ".Length), diagnostics[1].Location.GetLineSpan().StartLinePosition);
        }
    }
}
