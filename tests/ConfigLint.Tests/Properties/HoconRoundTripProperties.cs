using System.Linq;
using System.Text;
using ConfigLint.Parsers;
using ConfigLint.Parsers.Hocon;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static ConfigLint.Tests.Properties.Generators;

namespace ConfigLint.Tests.Properties
{
    /// <summary>Generated valid HOCON parses without an error, its tokens and trivia give back the text, and its root keys are the ones written.</summary>
    public sealed class HoconRoundTripProperties
    {
        private static readonly string[] Keywords = { "true", "false", "null", "include", "required" };

        private sealed record Document(string Text, string[] RootKeys)
        {
            public override string ToString() => Text;
        }

        [Property(MaxTest = 300)]
        public Property Generated_document_round_trips_through_the_tree() => Prop.ForAll(Documents().ToArbitrary(), document =>
        {
            var tree = HoconSyntaxTree.Parse(new SourceFile("/g/emqx.conf", SourceText.From(document.Text)));

            Assert.Empty(tree.Errors);
            var rebuilt = new StringBuilder();
            foreach (var token in tree.Tokens)
                rebuilt.Append(tree.Text.ToString(token.Span));
            Assert.Equal(document.Text, rebuilt.ToString());
            Assert.Equal(document.RootKeys, tree.RootKeyNames);
        });

        private static Gen<Document> Documents() =>
            from members in Several(Member(depth: 3), 0, 6)
            from body in JoinWith(MemberSeparator, members.Select(m => m.Text).ToArray())
            from braced in Gen.Elements(false, true)
            from leading in Gen.Elements("", "\n", "# header\n", "  ")
            from trailing in Gen.Elements("", "\n", " // end\n")
            select new Document(leading + (braced ? "{\n" + body + "\n}" : body) + trailing, members.Select(m => m.FirstSegment).ToArray());

        private static readonly Gen<string> MemberSeparator = Gen.Elements("\n", ",\n", ", ", "\n\n", " # note\n", " // note\n", "\r\n", "\t,");

        private static readonly Gen<string> Segment = Name(Lower, Lower + Digits + "_-", 6, Keywords);

        /// <summary>Escaped as emqx/hocon reads it back: quote, backslash, newline and tab, the rest as is.</summary>
        private static readonly Gen<(string Text, string Value)> Quoted =
            StringOf(Lower + Upper + Digits + " .:=,{}[]#$\"\\\n\té日", 0, 10).Select(value =>
                ("\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t") + "\"", value));

        private static Gen<(string Text, string FirstSegment)> Key() => Gen.OneOf(
            Several(Segment, 1, 3).Select(segments => (string.Join(".", segments), segments[0])),
            Quoted);

        private static Gen<(string Text, string FirstSegment)> Member(int depth) =>
            from key in Key()
            from value in Value(depth)
            from separator in value.StartsWith("{") ? Gen.Elements(" = ", ": ", " ", "") : Gen.Elements(" = ", ": ", "=", ":", " =\t")
            select (key.Text + separator + value, key.FirstSegment);

        private static Gen<string> Value(int depth)
        {
            var scalar = Gen.OneOf(
                Quoted.Select(q => q.Text),
                Segment,
                Gen.Choose(-1000, 100000).Select(n => n.ToString()),
                Gen.Elements("1.5", "-0.25", ".5", "3.0e10", "true", "false", "null", "15s", "1MB", "80%", "100ms"),
                Several(Segment, 1, 2).Select(path => "${" + string.Join(".", path) + "}"),
                Segment.Select(name => "${?" + name + "}"),
                StringOf(Lower + " \n{}[]=:'", 1, 12).Select(text => "\"\"\"" + text + "\"\"\""));
            if (depth == 0)
                return scalar;
            return Gen.Frequency(
                (6, scalar),
                (1, from elements in Several(Value(depth - 1), 0, 4)
                    from body in JoinWith(Gen.Elements(", ", ",\n", " ,"), elements)
                    select "[" + body + "]"),
                (2, from members in Several(Member(depth - 1), 0, 4)
                    from body in JoinWith(MemberSeparator, members.Select(m => m.Text).ToArray())
                    select "{" + body + "}"));
        }
    }
}
