using System.Linq;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Parsers
{
    public class LineSpansTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("a")]
        [InlineData("a\n")]
        [InlineData("a\r\nb")]
        [InlineData("a\rb\n\nc\r")]
        [InlineData("\r\r\n\n\r")]
        [InlineData("x\u0085y\u2028z\u2029")]
        public void Lines_are_those_SourceText_maps(string text) =>
            AssertSameLines(SourceText.From(text));

        [Fact]
        public void A_line_break_split_across_chunks_is_one_break()
        {
            // \r ends one 4,096-character chunk and \n starts the next.
            var text = new string('k', 4095) + "\r\n" + new string('v', 5000) + "\r" + new string('w', 3000) + "\n";
            AssertSameLines(SourceText.From(text));
        }

        private static void AssertSameLines(SourceText text) =>
            Assert.Equal(text.Lines.Select(line => line.Span), LineSpans.Of(text));
    }
}
