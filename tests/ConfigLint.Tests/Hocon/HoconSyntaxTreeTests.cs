using System.Linq;
using System.Text;
using ConfigLint.Parsers;
using ConfigLint.Parsers.Hocon;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Hocon
{
    /// <summary>Lexing, parsing and decoding details, with exact positions (lines and columns are 0-based).</summary>
    public sealed class HoconSyntaxTreeTests
    {
        private static HoconSyntaxTree Parse(string text) => HoconSyntaxTree.Parse(new SourceFile("/t.conf", SourceText.From(text)));

        private static string Json(string text)
        {
            var result = HoconLoader.Load(new[] { "/t.conf" }, new MemoryFileSource().Add("/t.conf", text));
            Assert.Empty(result.Errors);
            return ConfigJson.Write(result.Root!, _ => false);
        }

        private static bool IsMalformedSubstitution(ParseError error) => error.Expected == "a substitution '${path}'";

        private static (int Line, int Column) At(ParseError error) => (error.LineSpan.Start.Line, error.LineSpan.Start.Character);

        [Fact]
        public void TabsAndNoBreakSpacesAreWhitespace()
        {
            // The HOCON spec and emqx/hocon both take tab and U+00A0 as whitespace between tokens.
            var text = "a\t=\t1\n\u00A0\u00A0b\u00A0=\u00A0\"x\"\nc\u00A0{\td = true\u00A0}\n";

            Assert.Empty(Parse(text).Errors);
            Assert.Equal("{\"a\":1,\"b\":\"x\",\"c\":{\"d\":true}}", Json(text));
        }

        [Fact]
        public void TwoSyntaxErrorsAreBothReportedAndParsingGoesOn()
        {
            var tree = Parse("a = \nb = 1\nc = ]\nd = 2 3\ne = 4\n");

            Assert.Equal(new[] { (1, 0, "a value", "an unquoted string"), (2, 4, "a value", "']'"), (3, 6, "a key", "an integer") },
                tree.Errors.Select(e => (e.LineSpan.Start.Line, e.LineSpan.Start.Character, e.Expected, e.Found)));
            Assert.All(tree.Errors, e => Assert.Equal(ParseErrorKind.Syntax, e.Kind));
            Assert.Equal(new[] { "b", "d", "e" }, tree.RootKeyNames);
        }

        [Fact]
        public void MissingClosingBraceIsReportedAtEndOfFile()
        {
            var tree = Parse("a {\n  b = 1\n");

            var error = Assert.Single(tree.Errors);
            Assert.Equal((2, 0), At(error));
            Assert.Equal("'}'", error.Expected);
            Assert.Equal("end of file", error.Found);
        }

        [Fact]
        public void InvalidCharactersAreOneErrorPerRun()
        {
            var tree = Parse("a = hello^^\nb = 1\n");

            var error = Assert.Single(tree.Errors);
            Assert.Equal((0, 9), At(error));
            Assert.Equal(2, error.Span.Length);
        }

        [Fact]
        public void ErrorsDescribeTokensWithoutQuotingThem()
        {
            var tree = Parse("password = \"s3cr3t\" 42\n");

            Assert.All(tree.Errors, e => Assert.DoesNotContain("s3cr3t", e.Expected + e.Found));
        }

        [Fact]
        public void RootKeyNamesIncludeFieldsInsideRootBraces()
        {
            Assert.Equal(new[] { "node", "rpc", "a b" }, Parse("{\n node.name = x\n rpc { }\n \"a b\" = 1\n}\n").RootKeyNames);
        }

        [Fact]
        public void TrailingCommasAndNewlinesSeparate()
        {
            Assert.Equal("{\"a\":[1,2],\"b\":{\"c\":\"x\",\"d\":true},\"e\":null}", Json("a = [1, 2,]\nb { c = x, d = true, }\ne = null,\n"));
        }

        [Fact]
        public void UnquotedValuesAndUnitsAreStrings()
        {
            Assert.Equal("{\"name\":\"emqx@127.0.0.1\",\"pct\":\"80%\",\"size\":\"1MB\",\"t\":\"15s\",\"x\":\"a|b-c\"}",
                Json("name = emqx@127.0.0.1\nt = 15s\nsize = 1MB\npct = 80%\nx = a|b-c\n"));
        }

        [Fact]
        public void StringsConcatenateWithoutTheSpaceBetween()
        {
            Assert.Equal("{\"a\":\"foobarbaz\"}", Json("a = \"foo\" bar\n\"baz\"\n"));
        }

        [Fact]
        public void QuotedStringEscapesIncludingUnicode()
        {
            Assert.Equal("{\"a\":\"q\\\"\\\\/\\n\\u00e9\"}".Replace("\\u00e9", "é"), Json("a = \"q\\\"\\\\\\/\\n\\u00e9\"\n"));
        }

        [Fact]
        public void TripleQuotedStrings()
        {
            Assert.Equal("{\"a\":\"line1\\nline2\",\"b\":\"SELECT\\n  *\\nFROM \\\"t\\\"\\n\"}",
                Json("a = \"\"\"line1\nline2\"\"\"\nb = \"\"\"~\n    SELECT\n      *\n    FROM \"t\"\n  ~\"\"\"\n"));
        }

        [Fact]
        public void TildeWithoutNewlineOpensAPlainTripleQuotedStringWhoseEscapesApply()
        {
            // Only """~ and a newline open the indented form: here the lexer skips the escaped quote, and so does the value.
            var text = "a = \"\"\"~\\\"\"\"x\"\"\"\n";
            Assert.Empty(Parse(text).Errors);
            Assert.Equal("{\"a\":\"~\\\"\\\"\\\"x\"}", Json(text));
        }

        [Fact]
        public void MalformedSubstitutionsAreOneBadTokenEachUpToABraceOnTheirLineAndLexInLinearTime()
        {
            var tree = Parse("a = ${ ${ x\nb = ${ y}\n");
            Assert.Equal(new[] { "$", "$", "${ y}" }, tree.Tokens.Where(t => t.Kind == SyntaxKind.Bad).Select(t => tree.Text.ToString(t.Span)));

            // A line of 100,000 "${" searched the rest of the line for each '$': over 40 seconds.
            const int count = 100_000;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var longLine = Parse("a = " + string.Concat(Enumerable.Repeat("${", count)) + "\n");
            Assert.Equal(count, longLine.Tokens.Count(t => t.Kind == SyntaxKind.Bad && t.Span.Length == 1));
            Assert.Equal(count, longLine.Errors.Count(e => e.Expected == "a substitution '${path}'"));
            Assert.True(clock.Elapsed < System.TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        }

        [Fact]
        public void QuoteAfterClosingTripleQuoteIsAnError()
        {
            var error = Assert.Single(Parse("a = \"\"\"x\"\"\"\"\n").Errors);
            Assert.Equal((0, 11), At(error));
        }

        [Fact]
        public void NumbersKeepTheirKind()
        {
            Assert.Equal("{\"f\":8.0,\"g\":0.5,\"i\":-3,\"j\":42}", Json("i = -3\nj = 42\nf = 8.0\ng = .5\n"));
        }

        [Fact]
        public void ByteOrderMarkIsSkipped()
        {
            var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a = 1\n")).ToArray();

            var file = SourceFile.DecodeUtf8("/bom.conf", bytes);

            Assert.Empty(file.DecodingErrors);
            Assert.Equal("a = 1\n", file.Text.ToString());
            Assert.Empty(HoconSyntaxTree.Parse(file).Errors);
        }

        [Fact]
        public void EachRunOfInvalidBytesIsOneReplacementAndOneError()
        {
            var bytes = Encoding.UTF8.GetBytes("a = \"x").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\"\nb = \"\u00e9\"")).ToArray();

            var file = SourceFile.DecodeUtf8("/bad.conf", bytes);

            Assert.Equal("a = \"x\uFFFD(\uFFFD\"\nb = \"\u00e9\"", file.Text.ToString());
            Assert.Equal(new[] { 6, 8 }, file.DecodingErrors.Select(e => e.Span.Start));
            Assert.All(file.DecodingErrors, e => Assert.Equal(ParseErrorKind.InvalidEncoding, e.Kind));
            Assert.Equal(2, HoconSyntaxTree.Parse(file).Errors.Length);
        }

        [Theory]
        [InlineData("[")]
        [InlineData("{a=")]
        [InlineData("{")]
        public void DeepNestingIsAnErrorNotACrash(string open)
        {
            var text = "a = " + string.Concat(Enumerable.Repeat(open, 100_000));

            var tree = Parse(text);

            Assert.Contains(tree.Errors, e => e.Kind == (open == "{" ? ParseErrorKind.Syntax : ParseErrorKind.TooDeep));
            var result = HoconLoader.Load(new[] { "/t.conf" }, new MemoryFileSource().Add("/t.conf", text));
            Assert.NotNull(result.Root);
        }

        [Fact]
        public void MalformedSubstitutionsAreBadTokensUpToABraceOnTheirLine()
        {
            var tree = Parse("a = ${ x} ${\nb = ${1}\n");

            Assert.Equal(new[] { (0, 4, 5), (0, 10, 1), (1, 4, 4) },
                tree.Errors.Where(IsMalformedSubstitution).Select(e => (e.LineSpan.Start.Line, e.LineSpan.Start.Character, e.Span.Length)));
        }

        [Fact]
        public void ALineOf100000MalformedSubstitutionsIsOneErrorEach()
        {
            const int count = 100_000;

            var tree = Parse("a = " + string.Concat(Enumerable.Repeat("${", count)) + "\n");

            Assert.Equal(Enumerable.Range(0, count).Select(i => 4 + 2 * i), tree.Errors.Where(IsMalformedSubstitution).Select(e => e.Span.Start));
        }

        [Fact]
        public void LongDottedKeyIsAnErrorNotACrash()
        {
            var text = string.Join(".", Enumerable.Repeat("a", 100_000)) + " = 1\n";

            var result = HoconLoader.Load(new[] { "/t.conf" }, new MemoryFileSource().Add("/t.conf", text));

            Assert.Contains(result.Errors, e => e.Kind == ParseErrorKind.TooDeep);
        }

        [Fact]
        public void ArbitraryInputNeverThrows()
        {
            var random = new System.Random(1234);
            const string alphabet = "{}[],:=\"$?#/ \n\tab1.-~\\\u00e9%";
            for (var round = 0; round < 2000; round++)
            {
                var chars = new char[random.Next(0, 40)];
                for (var i = 0; i < chars.Length; i++)
                    chars[i] = alphabet[random.Next(alphabet.Length)];
                var text = new string(chars);
                var result = HoconLoader.Load(new[] { "/t.conf" }, new MemoryFileSource().Add("/t.conf", text));
                Assert.NotNull(result.Root);
                Assert.Equal(text, string.Concat(result.Trees[0].Tokens.Select(t => text.Substring(t.Span.Start, t.Span.Length))));
            }
        }
    }
}
