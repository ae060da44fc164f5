using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ClpConf;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.ClpConf
{
    /// <summary>
    /// The plain reader gives the tree and errors the XmlReader path gives, byte for byte: on the corpus and the
    /// fixtures (which it must read itself, not hand over), on edge cases of XML, and on randomly damaged files.
    /// </summary>
    public sealed class PlainXmlTreeReaderTests
    {
        private const string Sample =
            "<?xml version=\"1.0\" encoding=\"ASCII\"?>\r\n<root>\r\n  <all><charset>ASCII</charset><encode>SJIS</encode></all>\r\n" +
            "  <server name=\"s1\">\r\n    <device id=\"0\"><type>lan</type><info>10.0.0.1</info></device>\r\n  </server>\r\n" +
            "  <group name=\"failover1\"><comment>a &amp; b &#65;&#x42;</comment><resource name=\"exec@e1\"/></group>\r\n" +
            "  <resource><exec name=\"e1\"><comment/><parameters><actpassword>pw</actpassword><x></x></parameters></exec></resource>\r\n" +
            "</root>\r\n";

        public static IEnumerable<object[]> ClpConfFiles() =>
            new[] { Path.Combine(TestPaths.Fixtures, "ecx"), Path.Combine(TestPaths.Corpus, "ecx") }
                .Where(Directory.Exists)
                .SelectMany(dir => Directory.EnumerateFiles(dir, "*clp.conf", SearchOption.AllDirectories))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => new object[] { path });

        [Theory]
        [MemberData(nameof(ClpConfFiles))]
        public void Reads_the_corpus_and_fixtures_itself_as_xml_reader_does(string path)
        {
            var file = ClpConfDecoder.Decode(path, File.ReadAllBytes(path));
            AssertSameAsXmlReader(file);
            var content = file.Text.ToString();
            var xmlReaderErrors = ClpConfParser.ParseWithXmlReader(file, content).Errors.Length - file.DecodingErrors.Length;
            // Every well-formed file ECX writes is plain XML: the fast path is the one taken.
            if (xmlReaderErrors == 0 && !content.Contains("<!DOCTYPE") && !content.Contains("<![CDATA["))
                Assert.NotNull(PlainXmlTreeReader.TryRead(content));
        }

        [Fact]
        public void Reads_the_sample_itself()
        {
            Assert.NotNull(PlainXmlTreeReader.TryRead(Sample));
            AssertSameAsXmlReader(Sample);
        }

        [Theory]
        [InlineData("<root/>")]
        [InlineData("<root></root>")]
        [InlineData("  \n<root>x</root>\n  ")]
        [InlineData("<root>\r\n\r\n</root>")]
        [InlineData("<root><a>x\ry\r\nz\n</a></root>")]
        [InlineData("<root><a>&lt;&gt;&amp;&quot;&apos;</a></root>")]
        [InlineData("<root><a>&#0;</a></root>")]
        [InlineData("<root><a>&#13;&#x0D;&#10;</a></root>")]
        [InlineData("<root><a>&#x1F600;&#1114111;&#1114112;&#xFFFE;&#xD800;</a></root>")]
        [InlineData("<root><a>&#x;&#;&#X41;&#00000000065;&nbsp;&amp</a></root>")]
        [InlineData("<root><a>]]></a></root>")]
        [InlineData("<root><a>]] ></a></root>")]
        [InlineData("<root><a><![CDATA[x<y]]></a></root>")]
        [InlineData("<root><a>x<!-- c -->y</a></root>")]
        [InlineData("<root><a><!-- c --></a><b><!-- c -->y</b><c>x<!-- c --></c></root>")]
        [InlineData("<root>\n  <!-- c -->\n  <a/></root>")]
        [InlineData("<root><a><!-- c -- d --></a></root>")]
        [InlineData("<root><a><!-- c ---></a></root>")]
        [InlineData("<root><a><!----></a></root>")]
        [InlineData("<!-- before --><root/><!-- after -->")]
        [InlineData("<root><?pi x?></root>")]
        [InlineData("<root><a><?xml x?></a></root>")]
        [InlineData("<?xml version=\"1.0\"?><root/>")]
        [InlineData("<?xml version='1.0' encoding='SJIS' standalone='yes'?>\n<root/>")]
        [InlineData("<?xml version=\"1.1\"?><root/>")]
        [InlineData("<?xml version=\"1.0\" encoding=\"no-such-encoding\"?><root/>")]
        [InlineData("<?xml version=\"1.0\"encoding=\"ASCII\"?><root/>")]
        [InlineData("<?xml version=\"1.0\" standalone=\"maybe\"?><root/>")]
        [InlineData("<?xml  version = \"1.0\"  ?><root/>")]
        [InlineData(" <?xml version=\"1.0\"?><root/>")]
        [InlineData("<?xml-stylesheet href=\"a\"?><root/>")]
        [InlineData("\uFEFF<root/>")]
        [InlineData("<!DOCTYPE root><root/>")]
        [InlineData("<root/>x")]
        [InlineData("<root/><root/>")]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("<root>")]
        [InlineData("<root><a></b></root>")]
        [InlineData("<root><a></a ></root>")]
        [InlineData("<root><a></ a></root>")]
        [InlineData("<root><ab></a></root>")]
        [InlineData("<root><a></ab></root>")]
        [InlineData("<root><a x=\"1\" y='2' /><b\tx\n=\r\n\"3\"></b></root>")]
        [InlineData("<root><a x=\"1\"y=\"2\"/></root>")]
        [InlineData("<root><a x=\"1\" x=\"2\"/></root>")]
        [InlineData("<root><a x=1/></root>")]
        [InlineData("<root><a x=\"<\"/></root>")]
        [InlineData("<root><a x=\">\"/></root>")]
        [InlineData("<root><a x=\"a&amp;b&#10;c&#9;\"/></root>")]
        [InlineData("<root><a x=\"a\tb\nc\r\nd\"/></root>")]
        [InlineData("<root><a x=\"&bogus;\"/></root>")]
        [InlineData("<root><a xmlns=\"urn:x\"/><b xml:lang=\"en\"/><c xmlfoo=\"1\"/></root>")]
        [InlineData("<root><p:a xmlns:p=\"urn:x\"/></root>")]
        [InlineData("<root><p:a/></root>")]
        [InlineData("<root><xml/><xmlthing>1</xmlthing></root>")]
        [InlineData("<root><_a.b-c9>1</_a.b-c9></root>")]
        [InlineData("<root><9a/></root>")]
        [InlineData("<root><-a/></root>")]
        [InlineData("<root>< a/></root>")]
        [InlineData("<root><a/ ></root>")]
        [InlineData("<root><é>1</é></root>")]
        [InlineData("<root><aé>1</aé></root>")]
        [InlineData("<root><a>日本語</a></root>")]
        [InlineData("<root><a>\u0085\u2028x</a></root>")]
        [InlineData("<root><a>\u0001</a></root>")]
        [InlineData("<root><a>\uFFFE</a></root>")]
        [InlineData("<root><a>\uD83D\uDE00</a></root>")]
        [InlineData("<root><a>\uD83D</a></root>")]
        [InlineData("<root><a>\u007F\u0080\u009F</a></root>")]
        [InlineData("<root><a>\t</a></root>")]
        [InlineData("<root><a>x<b/>y</a></root>")]
        [InlineData("<root>text</root>")]
        [InlineData("<root><a>&amp;<b/></a></root>")]
        public void Edge_cases_read_as_xml_reader_reads_them(string xml) => AssertSameAsXmlReader(xml);

        [Fact]
        public void Too_deep_nesting_is_left_to_the_xml_reader_path()
        {
            var xml = string.Concat(Enumerable.Repeat("<a>", 300)) + string.Concat(Enumerable.Repeat("</a>", 300));
            Assert.Null(PlainXmlTreeReader.TryRead(xml));
            AssertSameAsXmlReader(xml);
            var justDeepEnough = string.Concat(Enumerable.Repeat("<a>", NestingLimit.MaxDepth)) + string.Concat(Enumerable.Repeat("</a>", NestingLimit.MaxDepth));
            Assert.NotNull(PlainXmlTreeReader.TryRead(justDeepEnough));
            AssertSameAsXmlReader(justDeepEnough);
        }

        private static readonly string[] Damage =
        {
            "<", ">", "/", "/>", "</", "&", "&amp;", "&#65;", "&#0;", "&#x1F600;", ";", "]]>", "]", "<!--", "-->", "--", "<?", "?>",
            "<![CDATA[", "\r", "\r\n", "\n", "\t", " ", "\"", "'", "=", "a", "x=\"1\"", ":", "xmlns", "\u00e9", "\uFFFE", "\uD83D",
            "\u0001", "<a>", "</a>", "<b/>", "name", "\uFEFF", "<!DOCTYPE r>",
            // Damage a well-formed file survives, for which the plain reader's own results are compared.
            " ", "  ", "\n", "x", "x", "&amp;", "&#65;", "\r\n", "<!-- c -->", "<b/>", "<b>1</b>", "<c x=\"1\"/>", "\u00e9", "\u65e5",
        };

        [Fact]
        public void Damaged_files_read_as_xml_reader_reads_them()
        {
            var random = new Random(15);
            var readPlainly = 0;
            for (var i = 0; i < 10000; i++)
            {
                var xml = Sample;
                for (var edits = random.Next(1, 4); edits > 0; edits--)
                {
                    var at = random.Next(xml.Length + 1);
                    // Mostly insertions: a cut is more often than not a malformed file, which says less of the plain reader.
                    var cut = random.Next(4) == 0 ? Math.Min(random.Next(1, 4), xml.Length - at) : 0;
                    xml = xml.Substring(0, at) + Damage[random.Next(Damage.Length)] + xml.Substring(at + cut);
                }
                AssertSameAsXmlReader(xml);
                if (PlainXmlTreeReader.TryRead(xml) != null)
                    readPlainly++;
            }
            // Enough damaged files stay well-formed that the plain reader's own results are compared, not only its giving up.
            Assert.InRange(readPlainly, 600, 10000);
        }

        private static void AssertSameAsXmlReader(string xml) =>
            AssertSameAsXmlReader(new SourceFile("/t/clp.conf", SourceText.From(xml)));

        private static void AssertSameAsXmlReader(SourceFile file)
        {
            var expected = ClpConfParser.ParseWithXmlReader(file, file.Text.ToString());
            var actual = ClpConfParser.Parse(file);
            Assert.Equal(expected.Errors.Select(Describe), actual.Errors.Select(Describe));
            Assert.Equal(expected.Root == null, actual.Root == null);
            if (expected.Root != null)
                Assert.Equal(Describe(expected.Root), Describe(actual.Root!));
        }

        private static string Describe(ParseError error) => $"{error.Kind} {error.Span} {error.Expected} / {error.Found}";

        /// <summary>Every element below and including this one, one line each, with everything the rules can read of it.</summary>
        private static string Describe(ClpElement root)
        {
            var lines = new StringBuilder();
            foreach (var element in new[] { root }.Concat(root.Descendants()))
            {
                lines.Append(element.Path).Append(' ').Append(element.NameSpan).Append(' ').Append(element.Children.Count)
                    .Append(" [").Append(string.Join(",", element.Attributes.Select(a => a.Key + "=" + Escaped(a.Value)))).Append("] ")
                    .Append(element.ValueSpan?.ToString() ?? "no span").Append(' ').Append(element.Value is { } value ? Escaped(value) : "null")
                    .Append('\n');
            }
            return lines.ToString();
        }

        private static string Escaped(string text) =>
            string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : "\\u" + ((int)c).ToString("X4")));
    }
}
