using System;
using System.Linq;
using System.Numerics;
using System.Text;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ErlangTerms;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.ErlangTerms
{
    public sealed class ErlangTermParserTests
    {
        private static ErlangTermDocument Parse(string text) =>
            ErlangTermParser.Parse(new SourceFile("/test/ssl_dist.conf", SourceText.From(text)));

        /// <summary>0-based (line,character)-(line,character), end exclusive.</summary>
        private static string Where(ErlangTermDocument document, TextSpan span) =>
            document.File.Text.Lines.GetLinePositionSpan(span).ToString();

        private static string Describe(ParseError error) =>
            $"{error.Kind} {error.LineSpan} expected {error.Expected} found {error.Found}";

        [Fact]
        public void GivesEveryTermItsExactSpan()
        {
            var document = Parse("{ok, \"x\" \"y\", 16#FF}.\n[1, -2 | tail].\n  #{k => <<\"v\">>}. fun m:f/2.\n(a).");

            Assert.Empty(document.Errors);
            Assert.Equal(5, document.Terms.Length);
            var tuple = Assert.IsType<ErlangTuple>(document.Terms[0]);
            Assert.Equal("(0,0)-(0,20)", Where(document, tuple.Span));
            Assert.Equal("(0,1)-(0,3)", Where(document, tuple.Elements[0].Span));
            var joined = Assert.IsType<ErlangString>(tuple.Elements[1]);
            Assert.Equal("xy", joined.Value);
            Assert.Equal("(0,5)-(0,12)", Where(document, joined.Span));
            Assert.Equal("(0,14)-(0,19)", Where(document, tuple.Elements[2].Span));

            var list = Assert.IsType<ErlangList>(document.Terms[1]);
            Assert.Equal("(1,0)-(1,14)", Where(document, list.Span));
            Assert.Equal("(1,4)-(1,6)", Where(document, list.Elements[1].Span));
            Assert.Equal(new BigInteger(-2), Assert.IsType<ErlangInteger>(list.Elements[1]).Value);
            Assert.Equal("(1,9)-(1,13)", Where(document, list.Tail!.Span));

            var map = Assert.IsType<ErlangMap>(document.Terms[2]);
            Assert.Equal("(2,2)-(2,17)", Where(document, map.Span));
            Assert.Equal("(2,4)-(2,5)", Where(document, map.Entries[0].Key.Span));
            var binary = Assert.IsType<ErlangBinary>(map.Entries[0].Value);
            Assert.Equal("(2,9)-(2,16)", Where(document, binary.Span));
            Assert.Equal(new byte[] { (byte)'v' }, binary.Bytes.ToArray());

            var fun = Assert.IsType<ErlangFun>(document.Terms[3]);
            Assert.Equal(("m", "f", 2), (fun.Module, fun.Function, fun.Arity));
            Assert.Equal("(2,19)-(2,28)", Where(document, fun.Span));

            // Erlang drops parentheses; so does the span.
            Assert.Equal("(3,1)-(3,2)", Where(document, document.Terms[4].Span));
        }

        [Fact]
        public void ReadsAMillionDigitIntegerExactlyAndQuickly()
        {
            // One multiplication per digit took over a minute for this 1 MB literal.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var document = Parse("[1" + new string('0', 999_999) + ", 16#F_" + new string('f', 99_999) + "].");

            Assert.Empty(document.Errors);
            var items = Assert.IsType<ErlangList>(Assert.Single(document.Terms)).Elements;
            // Assert.True: a failing Assert.Equal would print both numbers in full.
            Assert.True(BigInteger.Pow(10, 999_999) == Assert.IsType<ErlangInteger>(items[0]).Value);
            Assert.True(BigInteger.Pow(16, 100_000) - 1 == Assert.IsType<ErlangInteger>(items[1]).Value);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        }

        [Fact]
        public void ReadsValuesAsErlangDoes()
        {
            var document = Parse(@"[$a, $\n, 1_000, 2#1010, 36#zZ, -0.5, 2.0e3, 'it\'s', ""\x{1F600}\^a\101"", <<300, -1, ""ab"">>, [1 | [2]], [0 | ""bc""], [x | """"], #{a => 1, a => 2}].");

            Assert.Empty(document.Errors);
            var items = Assert.IsType<ErlangList>(Assert.Single(document.Terms)).Elements;
            Assert.Equal(new BigInteger[] { 97, 10, 1000, 10, 1295 }, items.Take(5).Select(t => ((ErlangInteger)t).Value));
            Assert.Equal(-0.5, ((ErlangFloat)items[5]).Value);
            Assert.Equal(2000.0, ((ErlangFloat)items[6]).Value);
            Assert.Equal("it's", ((ErlangAtom)items[7]).Name);
            Assert.Equal("\U0001F600\u0001A", ((ErlangString)items[8]).Value);
            Assert.Equal(new byte[] { 44, 255, 97, 98 }, ((ErlangBinary)items[9]).Bytes.ToArray());
            var flattened = (ErlangList)items[10];
            Assert.Equal(2, flattened.Elements.Length);
            Assert.Null(flattened.Tail);
            Assert.Equal("bc", Assert.IsType<ErlangString>(((ErlangList)items[11]).Tail).Value);
            Assert.Null(((ErlangList)items[12]).Tail);
            Assert.Equal(2, ((ErlangMap)items[13]).Entries.Length);
        }

        [Theory]
        [InlineData("X.", "Syntax (0,0)-(0,1) expected a term found a variable")]
        [InlineData("{a b}.", "Syntax (0,3)-(0,4) expected ',' or '}' found an atom")]
        [InlineData("[a | b c].", "Syntax (0,7)-(0,8) expected ']' found an atom")]
        [InlineData("#{k := v}.", "Syntax (0,4)-(0,6) expected '=>' found ':='")]
        [InlineData("1 + 2.", "Syntax (0,2)-(0,3) expected '.' found '+'")]
        [InlineData("a", "Syntax (0,1)-(0,1) expected '.' found end of file")]
        [InlineData("{a,\n\n", "Syntax (0,3)-(0,3) expected a term found end of file")]
        [InlineData("\"secret", "Syntax (0,0)-(0,1) expected '\"' found end of file")]
        [InlineData("\"\\x{zz}\".", "Syntax (0,1)-(0,4) expected a valid character or escape found an invalid character or escape")]
        [InlineData("fun m:f/256.", "Syntax (0,8)-(0,11) expected an arity from 0 to 255 found a larger integer")]
        [InlineData("<<1:3>>.", "Syntax (0,0)-(0,7) expected a binary of whole bytes found a bitstring")]
        [InlineData("a.b.", "Syntax (0,1)-(0,2) expected '.' found '.'")]
        [InlineData("1.0e400.", "Syntax (0,0)-(0,7) expected a float within range found an invalid float")]
        [InlineData("\u0101.", "Syntax (0,0)-(0,1) expected a token found an invalid character")]
        public void ReportsErrorsByKindWithExactSpans(string text, string expected)
        {
            var document = Parse(text);

            Assert.Empty(document.Terms);
            Assert.Equal(expected, Describe(Assert.Single(document.Errors)));
        }

        [Fact]
        public void ErrorsNeverQuoteTheFile()
        {
            var document = Parse("{password, Secret}.\n{password, \"secret\" secret}.\n\"secret");

            Assert.Equal(3, document.Errors.Length);
            Assert.All(document.Errors, e => Assert.DoesNotContain("ecret", e.Expected + e.Found, StringComparison.Ordinal));
        }

        [Fact]
        public void RecoversAtTheNextTermAfterEachError()
        {
            var document = Parse("first.\n{X, 1}.\nsecond.\n[1 2].\nthird.");

            Assert.Equal(new[] { "first", "second", "third" }, document.Terms.Select(t => ((ErlangAtom)t).Name));
            Assert.Equal(
                new[] { "Syntax (1,1)-(1,2) expected a term found a variable", "Syntax (3,3)-(3,4) expected ',', '|' or ']' found an integer" },
                document.Errors.Select(Describe));
        }

        [Fact]
        public void ADotInsideAnUnfinishedTermEndsIt()
        {
            // Erlang cuts the file into forms at every '.' token, so "{a." is a form of its own.
            var document = Parse("{a.\nb.");

            Assert.Equal("b", ((ErlangAtom)Assert.Single(document.Terms)).Name);
            Assert.Equal("Syntax (0,2)-(0,3) expected ',' or '}' found '.'", Describe(Assert.Single(document.Errors)));
        }

        [Fact]
        public void ALeadingByteOrderMarkIsAnErrorAtTheFirstColumnAndSpoilsTheFirstTerm()
        {
            var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("% ssl_dist.conf\n[].\nsecond.\n")).ToArray();

            var document = ErlangTermParser.Parse(SourceFile.DecodeUtf8("/test/ssl_dist.conf", bytes));

            // Text keeps columns as an editor shows them; erl_scan reads the mark as an illegal character.
            Assert.True(document.File.HasByteOrderMark);
            Assert.StartsWith("% ssl_dist.conf", document.File.Text.ToString(), StringComparison.Ordinal);
            Assert.Equal("Syntax (0,0)-(0,0) expected a token found a byte-order mark", Describe(Assert.Single(document.Errors)));
            Assert.Equal("second", ((ErlangAtom)Assert.Single(document.Terms)).Name);
        }

        [Fact]
        public void AByteOrderMarkAloneIsOneError()
        {
            var document = ErlangTermParser.Parse(SourceFile.DecodeUtf8("/test/ssl_dist.conf", new byte[] { 0xEF, 0xBB, 0xBF }));

            Assert.Empty(document.Terms);
            Assert.Equal("Syntax (0,0)-(0,0) expected a token found a byte-order mark", Describe(Assert.Single(document.Errors)));
        }

        [Theory]
        [InlineData("a.\n% x \uFFFE y\nb.\nc.", "Syntax (1,4)-(1,5) expected a valid character found an invalid character")]
        [InlineData("a.\n% x \uFFFF y\nb.\nc.", "Syntax (1,4)-(1,5) expected a valid character found an invalid character")]
        [InlineData("a.\n\uFFFE b.\nc.", "Syntax (1,0)-(1,1) expected a token found an invalid character")]
        [InlineData("a.\n\"\n\uFFFF\".\nc.", "Syntax (2,0)-(2,1) expected a valid character or escape found an invalid character or escape")]
        [InlineData("a.\n\uFEFF b.\nc.", "Syntax (1,0)-(1,1) expected a token found an invalid character")]
        public void CharactersErlScanRefusesAreErrorsWhereTheyAreEvenInComments(string text, string expected)
        {
            var document = Parse(text);

            Assert.Equal(expected, Describe(Assert.Single(document.Errors)));
            Assert.Equal(new[] { "a", "c" }, document.Terms.Select(t => ((ErlangAtom)t).Name));
        }

        [Fact]
        public void LaterByteOrderMarksAndOtherNoncharactersInStringsAndCommentsAreRead()
        {
            var document = Parse("\"\uFEFF\". % \uFEFF\n\"\uFDD0\". % \uFDD0\n\"\U0001FFFE\". % \U0001FFFE\n");

            Assert.Empty(document.Errors);
            Assert.Equal(new[] { 0xFEFF, 0xFDD0, 0x1FFFE }, document.Terms.Select(t => char.ConvertToUtf32(((ErlangString)t).Value, 0)));
        }

        [Theory]
        [InlineData('[')]
        [InlineData('{')]
        [InlineData('(')]
        public void StopsAtTheDepthLimitWithoutOverflowing(char opener)
        {
            var document = Parse(new string(opener, 100_000) + ".\ndone.");

            var error = Assert.Single(document.Errors);
            Assert.Equal(ParseErrorKind.TooDeep, error.Kind);
            Assert.Equal(new TextSpan(ErlangTermParser.MaxDepth, 1), error.Span);
            Assert.Equal("done", ((ErlangAtom)Assert.Single(document.Terms)).Name);
        }

        [Fact]
        public void ReadsNestingUpToTheLimit()
        {
            var depth = ErlangTermParser.MaxDepth;
            var document = Parse(new string('[', depth) + new string(']', depth) + ".\n" + new string('{', depth + 1) + new string('}', depth + 1) + ".");

            Assert.Single(document.Terms);
            Assert.Equal(ParseErrorKind.TooDeep, Assert.Single(document.Errors).Kind);
        }

        [Fact]
        public void AChainOf100000TailListsIsOneFlatList()
        {
            // [a|[a|...[a]...]] neither nests nor is copied into each list around it.
            const int length = 100_000;
            var text = string.Concat(Enumerable.Repeat("[a|", length - 1)) + "[a]" + new string(']', length - 1);

            var document = Parse(text + ".");

            Assert.Empty(document.Errors);
            var list = (ErlangList)Assert.Single(document.Terms);
            Assert.Equal(length, list.Elements.Length);
            Assert.Null(list.Tail);
            Assert.Equal(new TextSpan(0, text.Length), list.Span);
        }

        [Fact]
        public void NeverThrowsOnArbitraryInput()
        {
            const string alphabet = "{}[]()<>#|,.:=/+-$\\\"'%_aZ09e \n\t\u00e9\u0101\U0001F600x";
            var random = new Random(25);
            for (var i = 0; i < 3000; i++)
            {
                var text = new StringBuilder();
                for (var length = random.Next(40); length > 0; length--)
                    text.Append(alphabet[random.Next(alphabet.Length)]);
                var document = Parse(text.ToString());
                Assert.All(document.Errors, e => Assert.True(e.Span.End <= text.Length));
            }
        }
    }
}
