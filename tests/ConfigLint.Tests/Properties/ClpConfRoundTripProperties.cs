using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConfigLint.Parsers.ClpConf;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static ConfigLint.Tests.Properties.Generators;

namespace ConfigLint.Tests.Properties
{
    /// <summary>
    /// Generated well-formed clp.conf files parse without an error into the elements written: each name span holds the
    /// name, each value is the text unescaped and its span holds the text as written.
    /// </summary>
    public sealed class ClpConfRoundTripProperties
    {
        /// <summary>An element as written: name, attributes, and either a value (its text as written) or children.</summary>
        private sealed record Element(string Name, (string Name, string Value)[] Attributes, string? Value, string? Written, Element[] Children)
        {
            public override string ToString() => Name;
        }

        private sealed record Document(string Text, Encoding Encoding, Element Root)
        {
            public override string ToString() => Text;
        }

        [Property(MaxTest = 200)]
        public Property Elements_and_their_spans_are_the_ones_written() => Prop.ForAll(Documents().ToArbitrary(), document =>
        {
            var parsed = ClpConfParser.Parse(ClpConfDecoder.Decode("/g/clp.conf", document.Encoding.GetBytes(document.Text)));

            Assert.Empty(parsed.Errors);
            AssertSame(document.Root, parsed.Root!, parsed.File.Text);
        });

        private static void AssertSame(Element expected, ClpElement actual, Microsoft.CodeAnalysis.Text.SourceText text)
        {
            Assert.Equal(expected.Name, actual.Name);
            Assert.Equal(expected.Name, text.ToString(actual.NameSpan));
            Assert.Equal(expected.Attributes.ToDictionary(a => a.Name, a => a.Value), actual.Attributes);
            Assert.Equal(expected.Value, actual.Value);
            if (expected.Written != null)
                Assert.Equal(expected.Written, text.ToString(actual.ValueSpan!.Value));
            Assert.Equal(expected.Children.Length, actual.Children.Count);
            for (var i = 0; i < expected.Children.Length; i++)
                AssertSame(expected.Children[i], actual.Children[i], text);
        }

        private static string Escape(string text) =>
            text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

        private static readonly Gen<string> ElementName = Name(Lower, Lower + Digits + "_", 8);

        private static readonly Gen<(string Name, string Value)[]> Attributes =
            Several(from name in ElementName from value in StringOf(Lower + Digits + " @&<>\"", 0, 8) select (name, value), 0, 2)
                .Select(attributes => attributes.GroupBy(a => a.name).Select(g => g.First()).ToArray());

        private static readonly Gen<string> Indent = Gen.Elements("", "\n", "\n\t", "\n  ", " ");

        private static Gen<(string Text, Element Element)> Leaf() =>
            from name in ElementName
            from attributes in Attributes
            from form in Gen.Choose(0, 3)
            from value in StringOf(Lower + Upper + Digits + " .:/@&<>\"'日本", 1, 12)
            select form switch
            {
                0 => (Open(name, attributes) + Escape(value) + "</" + name + ">", new Element(name, attributes, value, Escape(value), new Element[0])),
                1 => (Open(name, attributes) + "<![CDATA[" + value + "]]></" + name + ">", new Element(name, attributes, value, value, new Element[0])),
                2 => (Open(name, attributes) + "</" + name + ">", new Element(name, attributes, "", "", new Element[0])),
                _ => (Open(name, attributes).TrimEnd('>') + "/>", new Element(name, attributes, "", "", new Element[0])),
            };

        private static string Open(string name, IEnumerable<(string Name, string Value)> attributes) =>
            "<" + name + string.Concat(attributes.Select(a => " " + a.Name + "=\"" + Escape(a.Value) + "\"")) + ">";

        private static Gen<(string Text, Element Element)> Parent(Gen<string> name, int depth) =>
            from elementName in name
            from attributes in Attributes
            from children in Several(AnyElement(depth - 1), 1, 4)
            from indents in Indent.ArrayOf(children.Length + 1)
            select (Open(elementName, attributes) + string.Concat(children.Select((c, i) => indents[i] + c.Text)) + indents[children.Length] + "</" + elementName + ">",
                new Element(elementName, attributes, null, null, children.Select(c => c.Element).ToArray()));

        private static Gen<(string Text, Element Element)> AnyElement(int depth) =>
            depth == 0 ? Leaf() : Gen.Frequency((2, Leaf()), (1, Parent(ElementName, depth)));

        /// <summary>The encodings ECX writes, by the name its declaration gives (the Cluster WebUI's "ASCII" is Shift_JIS).</summary>
        private static Gen<(string Declaration, Encoding Encoding)> Encodings()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            (string, Encoding) Declared(string name, int codePage) =>
                ("<?xml version=\"1.0\" encoding=\"" + name + "\"?>\r\n", Encoding.GetEncoding(codePage));
            return Gen.Elements(("", new UTF8Encoding(false)), ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", new UTF8Encoding(false)),
                Declared("ASCII", 932), Declared("SJIS", 932), Declared("EUC-JP", 51932));
        }

        private static Gen<Document> Documents() =>
            from encoding in Encodings()
            from root in Parent(Gen.Constant("root"), 3)
            select new Document(encoding.Declaration + root.Text + "\n", encoding.Encoding, root.Element);
    }
}
