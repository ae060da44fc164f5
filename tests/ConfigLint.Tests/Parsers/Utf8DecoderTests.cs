using System.Linq;
using System.Text;
using ConfigLint.Parsers;
using Xunit;

namespace ConfigLint.Tests.Parsers
{
    public class Utf8DecoderTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("key = value\n")]
        [InlineData("é ß \u20ac \uFFFE \U0001F600 \U0010FFFF")]
        public void Valid_text_decodes_to_itself(string text)
        {
            var decoded = Utf8Decoder.Decode(Encoding.UTF8.GetBytes(text));
            Assert.Equal(text, decoded.Text);
            Assert.False(decoded.HasByteOrderMark);
            Assert.Empty(decoded.InvalidRunOffsets);
        }

        [Fact]
        public void A_byte_order_mark_is_left_out()
        {
            var decoded = Utf8Decoder.Decode(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a")).ToArray());
            Assert.Equal("a", decoded.Text);
            Assert.True(decoded.HasByteOrderMark);
        }

        [Theory]
        [InlineData(new byte[] { 0xC0, 0xAF })] // overlong '/'
        [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a surrogate
        [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // past U+10FFFF
        [InlineData(new byte[] { 0xE2, 0x82 })] // cut short
        public void Each_invalid_run_is_one_replacement_character(byte[] invalid)
        {
            var bytes = Encoding.UTF8.GetBytes("a").Concat(invalid).Concat(Encoding.UTF8.GetBytes("b\u00e9")).ToArray();
            var decoded = Utf8Decoder.Decode(bytes);
            Assert.Equal("a\uFFFDb\u00e9", decoded.Text);
            Assert.Equal(new[] { 1 }, decoded.InvalidRunOffsets);
        }
    }
}
