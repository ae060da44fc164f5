using ConfigLint.Reporting;
using Xunit;

namespace ConfigLint.Tests.Reporting
{
    public class TerminalTextTests
    {
        [Theory]
        [InlineData("deploy/emqx.conf", "deploy/emqx.conf")]
        [InlineData("naïve/設定.conf", "naïve/設定.conf")]
        [InlineData("a\nb.conf:1:1: error CL1003: forged", @"a\nb.conf:1:1: error CL1003: forged")]
        [InlineData("red\u001b[31m", @"red\x1b[31m")]
        [InlineData("tab\there\r", @"tab\there\r")]
        [InlineData("c1\u009bcontrol", @"c1\x9bcontrol")]
        [InlineData("txt.\u202Efnoc", @"txt.\u202efnoc")]
        [InlineData("line\u2028sep", @"line\u2028sep")]
        public void Escapes_what_could_forge_a_line_or_drive_the_terminal(string text, string shown) =>
            Assert.Equal(shown, TerminalText.Escape(text));
    }
}
