using System.Linq;
using ConfigLint.Analyzers;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.ErlangTerms
{
    /// <summary>Terms nested 100,000 deep are a located CL0001, not a stack overflow (run on xunit's default stack).</summary>
    public class ErlangTermLargeInputTests
    {
        [Theory]
        [InlineData("[", "", "]")]
        [InlineData("{", "", "}")]
        [InlineData("#{a => ", "1", "}")]
        public void Terms_nested_100000_deep_are_one_too_deep_error(string opener, string innermost, string closer)
        {
            const int depth = 100_000;
            var deep = string.Concat(Enumerable.Repeat(opener, depth)) + innermost + string.Concat(Enumerable.Repeat(closer, depth));

            var diagnostics = SingleFileScan.Run("ssl_dist.conf", "[{server, [{certfile, \"a\"}]}].\n" + deep + ".\n");

            var tooDeep = Assert.Single(diagnostics, d => d.Id == RuleIds.UnreadableConfig);
            Assert.Equal(nameof(ParseErrorKind.TooDeep), tooDeep.Properties[DiagnosticProperties.KeyPath]);
            // The first opener past the limit.
            Assert.Equal(new LinePosition(1, NestingLimit.MaxDepth * opener.Length), tooDeep.Location.GetLineSpan().StartLinePosition);
        }
    }
}
