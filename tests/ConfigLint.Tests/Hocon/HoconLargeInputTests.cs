using System.Globalization;
using System.Linq;
using System.Text;
using ConfigLint.Analyzers;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Hocon
{
    /// <summary>
    /// Very deep, very wide and heavily shared EMQX configurations get a result, or a located CL0001, in time linear
    /// in their size: run on xunit's thread with its default stack, a recursion as deep as the input would crash the run.
    /// </summary>
    public class HoconLargeInputTests
    {
        private const string NodeName = "node.name = \"emqx@10.0.0.1\"\n";

        [Fact]
        public void Objects_nested_100000_deep_are_one_too_deep_error()
        {
            const int depth = 100_000;

            var diagnostics = SingleFileScan.Run("emqx.conf", NodeName + string.Concat(Enumerable.Repeat("a {\n", depth)) + string.Concat(Enumerable.Repeat("}\n", depth)));

            var tooDeep = Assert.Single(diagnostics);
            Assert.Equal(RuleIds.UnreadableConfig, tooDeep.Id);
            Assert.Equal(nameof(ParseErrorKind.TooDeep), tooDeep.Properties[DiagnosticProperties.KeyPath]);
            // Each "a {" is two levels (the key and its object): the key of the 129th is one too many.
            Assert.Equal(new LinePosition(NestingLimit.MaxDepth / 2 + 1, 0), tooDeep.Location.GetLineSpan().StartLinePosition);
        }

        [Fact]
        public void Arrays_nested_100000_deep_are_one_too_deep_error()
        {
            const int depth = 100_000;

            var diagnostics = SingleFileScan.Run("emqx.conf", NodeName + "x = " + string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth)) + "\n");

            var tooDeep = Assert.Single(diagnostics);
            Assert.Equal(RuleIds.UnreadableConfig, tooDeep.Id);
            Assert.Equal(nameof(ParseErrorKind.TooDeep), tooDeep.Properties[DiagnosticProperties.KeyPath]);
            // The key x is the first level, so the 256th '[' is one too many.
            Assert.Equal(new LinePosition(1, "x = ".Length + NestingLimit.MaxDepth - 1), tooDeep.Location.GetLineSpan().StartLinePosition);
        }

        [Fact]
        public void Of_100000_static_seeds_only_the_one_repeating_a_host_and_port_is_a_finding()
        {
            const int seeds = 100_000;
            var content = new StringBuilder(NodeName).Append("cluster.static.seeds = [\n");
            for (var i = 0; i < seeds; i++)
                content.Append("\"emqx").Append(i.ToString(CultureInfo.InvariantCulture)).Append("@10.").Append(i / 65536).Append('.').Append(i / 256 % 256).Append('.').Append(i % 256).Append("\",\n");
            // Same host as emqx5@10.0.0.5 and the same suffix, so the same stateless RPC port.
            content.Append("\"copy5@10.0.0.5\"\n]\n");

            var diagnostics = SingleFileScan.Run("emqx.conf", content.ToString());

            var repeated = Assert.Single(diagnostics, d => d.Id == RuleIds.PortNodeMismatch);
            Assert.Equal(new LinePosition(2 + seeds, 0), repeated.Location.GetLineSpan().StartLinePosition);
            Assert.Equal(new LinePosition(2 + 5, 0), Assert.Single(repeated.AdditionalLocations).GetLineSpan().StartLinePosition);
        }

        [Fact]
        public void A_setting_that_substitutions_place_at_two_to_the_40th_paths_is_one_finding()
        {
            // Each object holds the one before twice: the resolved tree has 2^40 paths to l0 but only 41 objects.
            const int doublings = 40;
            var content = new StringBuilder(NodeName).Append("l0 { certfile = \"etc/certs/cert.pem\" }\n");
            for (var i = 1; i <= doublings; i++)
                content.Append('l').Append(i).Append(" { a = ${l").Append(i - 1).Append("}, b = ${l").Append(i - 1).Append("} }\n");

            var diagnostics = SingleFileScan.Run("emqx.conf", content.ToString());

            var demo = Assert.Single(diagnostics, d => d.Id == RuleIds.DemoCertificate);
            Assert.Equal("l0.certfile", demo.Properties[DiagnosticProperties.KeyPath]);
            Assert.Equal(new LinePosition(1, "l0 { certfile = ".Length), demo.Location.GetLineSpan().StartLinePosition);
        }
    }
}
