using System.IO;
using System.Linq;
using System.Text;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ClpConf;
using Xunit;

namespace ConfigLint.Tests.ClpConf
{
    public class ClpConfParserTests
    {
        private static ClpConfDocument Parse(string xml, Encoding? encoding = null) =>
            ClpConfParser.Parse(ClpConfDecoder.Decode("/t/clp.conf", (encoding ?? Encoding.ASCII).GetBytes(xml)));

        private static string At(ClpConfDocument doc, Microsoft.CodeAnalysis.Text.TextSpan span) => doc.File.Text.ToString(span);

        [Fact]
        public void Element_name_and_text_value_spans_are_exact()
        {
            var doc = Parse("<?xml version=\"1.0\" encoding=\"SJIS\"?>\r\n<root>\r\n\t<webmgr>\r\n\t\t<a>x &amp; y</a><b/><c></c>\r\n\t</webmgr>\r\n</root>");
            Assert.Empty(doc.Errors);
            var a = doc.Root!.Find("webmgr/a")!;
            Assert.Equal("a", At(doc, a.NameSpan));
            Assert.Equal("x & y", a.Value);
            Assert.Equal("x &amp; y", At(doc, a.ValueSpan!.Value));
            var line = doc.File.Text.Lines.GetLinePosition(a.ValueSpan!.Value.Start);
            Assert.Equal((3, 5), (line.Line, line.Character));
            Assert.Equal("", doc.Root.Find("webmgr/b")!.Value);
            Assert.Equal("", doc.Root.Find("webmgr/c")!.Value);
            Assert.Null(doc.Root.Find("webmgr")!.Value);
            Assert.Equal("root/webmgr/a", a.Path);
        }

        [Theory]
        [InlineData("\u0085")]
        [InlineData("\u2028")]
        [InlineData("\u2029")]
        public void Spans_count_lines_as_xml_does_not_at_unicode_line_separators(string separator)
        {
            var doc = Parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root>" + separator + "\n<a>x</a></root>", Encoding.UTF8);

            var a = doc.Root!.Find("a")!;
            Assert.Equal("a", At(doc, a.NameSpan));
            Assert.Equal("x", At(doc, a.ValueSpan!.Value));
        }

        [Fact]
        public void Doctype_and_entities_are_refused_with_an_error_not_an_exception()
        {
            var doc = Parse("<?xml version=\"1.0\"?>\n<!DOCTYPE root [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<root>&x;</root>");
            var error = Assert.Single(doc.Errors);
            Assert.Null(doc.Root);
            Assert.Equal(1, error.LineSpan.Start.Line);
            Assert.Equal("<!DOCTYPE", At(doc, error.Span));
        }

        [Fact]
        public void Malformed_xml_is_an_error_at_its_position()
        {
            var doc = Parse("<root>\n  <all>\n  </al>\n</root>");
            var error = Assert.Single(doc.Errors);
            Assert.Equal(ParseErrorKind.Syntax, error.Kind);
            Assert.Equal(2, error.LineSpan.Start.Line);
        }

        [Theory]
        [InlineData("SJIS", 932)]
        [InlineData("EUC-JP", 51932)]
        [InlineData("GB2312", 936)]
        public void Declared_encodings_are_decoded(string name, int codePage)
        {
            var encoding = CodePagesEncoding(codePage);
            var doc = Parse($"<?xml version=\"1.0\" encoding=\"{name}\"?>\n<root><cluster><comment>日本語のコメント</comment><name>c</name></cluster></root>", encoding);
            Assert.Empty(doc.Errors);
            var comment = doc.Root!.Find("cluster/comment")!;
            Assert.Equal("日本語のコメント", comment.Value);
            var name2 = doc.Root.Find("cluster/name")!;
            Assert.Equal(1, doc.File.Text.Lines.GetLinePosition(name2.NameSpan.Start).Line);
            Assert.Equal("name", At(doc, name2.NameSpan));
        }

        [Fact]
        public void Ascii_declaration_with_shift_jis_bytes_reads_them_as_shift_jis()
        {
            var doc = Parse("<?xml version=\"1.0\" encoding=\"ASCII\"?>\n<root><all/><cluster><comment>クラスタ</comment></cluster></root>", CodePagesEncoding(932));
            Assert.Empty(doc.Errors);
            Assert.Equal("クラスタ", doc.Root!.Find("cluster/comment")!.Value);
        }

        [Fact]
        public void Ascii_declaration_with_other_high_bytes_reads_them_as_latin1_without_loss()
        {
            var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"ASCII\"?>\n<root><cluster><comment>caf_</comment></cluster></root>");
            bytes[System.Array.IndexOf(bytes, (byte)'_')] = 0xE9; // é in Latin-1, a lone lead byte in Shift_JIS
            var doc = ClpConfParser.Parse(ClpConfDecoder.Decode("/t/clp.conf", bytes));
            Assert.Empty(doc.Errors);
            Assert.Equal("café", doc.Root!.Find("cluster/comment")!.Value);
        }

        [Fact]
        public void Invalid_bytes_in_the_declared_encoding_are_reported()
        {
            var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"EUC-JP\"?>\n<root><cluster><comment>_</comment></cluster></root>");
            bytes[System.Array.IndexOf(bytes, (byte)'_')] = 0xA1; // an EUC-JP lead byte before a '<' that cannot trail it
            var doc = ClpConfParser.Parse(ClpConfDecoder.Decode("/t/clp.conf", bytes));
            // The decoder replaces the lead byte and the '<' it swallowed, so a syntax error follows.
            var error = doc.Errors.First();
            Assert.Equal(ParseErrorKind.InvalidEncoding, error.Kind);
            Assert.Equal((1, 24), (error.LineSpan.Start.Line, error.LineSpan.Start.Character));
        }

        [Fact]
        public void Typed_view_finds_servers_groups_resources_monitors_and_sections()
        {
            var doc = Parse("""
                <root>
                  <server name="s1"><device id="0"><type>lan</type><info>10.0.0.1</info></device></server>
                  <group name="failover1"><resource name="appli@app1"/></group>
                  <resource><types name="appli"/><appli name="app1"/></resource>
                  <monitor><types name="mysqlw"/><mysqlw name="m1"/></monitor>
                  <cluster><mail/><trap/></cluster>
                  <webmgr/>
                </root>
                """);
            Assert.Equal("10.0.0.1", Assert.Single(Assert.Single(doc.Servers).LanAddresses));
            Assert.Equal("appli@app1", Assert.Single(Assert.Single(doc.Groups).ResourceReferences));
            Assert.Single(doc.ResourcesByType["appli"]);
            Assert.Empty(doc.ResourcesByType["types"]);
            Assert.Single(doc.MonitorsByType["mysqlw"]);
            Assert.NotNull(doc.WebMgr);
            Assert.NotNull(doc.Mail);
            Assert.NotNull(doc.Trap);
        }

        [Theory]
        [InlineData("<root>\n<all/></root>", true)]
        [InlineData("<?xml version=\"1.0\" encoding=\"EUC-JP\"?>\n<root><cluster/><trekking/></root>", true)]
        [InlineData("<root><cluster/></root>", false)]
        [InlineData("<config><all/></config>", false)]
        [InlineData("key = value\n", false)]
        public void Content_recognition(string text, bool expected) =>
            Assert.Equal(expected, ClpConfRecognizer.HasClpConfContent(text));

        private static Encoding CodePagesEncoding(int codePage)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(codePage);
        }
    }
}
