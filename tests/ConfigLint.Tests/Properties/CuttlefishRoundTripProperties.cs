using System.Linq;
using ConfigLint.Parsers;
using ConfigLint.Parsers.Cuttlefish;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static ConfigLint.Tests.Properties.Generators;

namespace ConfigLint.Tests.Properties
{
    /// <summary>Generated valid 4.x files parse without an error, and every entry's key and value spans hold the key and value it reports.</summary>
    public sealed class CuttlefishRoundTripProperties
    {
        private sealed record Entry(string Key, string Value);

        private sealed record Document(string Text, Entry[] Entries)
        {
            public override string ToString() => Text;
        }

        [Property(MaxTest = 300)]
        public Property Entry_spans_hold_the_keys_and_values_written() => Prop.ForAll(Documents().ToArbitrary(), document =>
        {
            var parsed = CuttlefishParser.Parse(new SourceFile("/g/emqx.conf", SourceText.From(document.Text)));

            Assert.Empty(parsed.Errors);
            Assert.Equal(document.Entries, parsed.Entries.Select(e => new Entry(e.Key, e.Value)));
            foreach (var entry in parsed.Entries)
            {
                Assert.Equal(entry.Key, parsed.File.Text.ToString(entry.KeySpan));
                Assert.Equal(entry.Value, parsed.File.Text.ToString(entry.ValueSpan));
            }
        });

        private static readonly Gen<string> Blank = Gen.Elements(" ", "\t", "  ", "");

        private static readonly Gen<Entry> Entries =
            from segments in Several(StringOf(Lower + Upper + Digits + "_-$", 1, 8), 1, 5)
            // A value is the rest of the line, '=', ':', '#' and inner blanks included; blanks at its ends are not part of it.
            from value in Gen.OneOf(
                Gen.Constant(""),
                from first in StringOf("!\"$%&'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~", 1, 1)
                from rest in StringOf("abc XYZ019:/=#.{}", 0, 16)
                from last in StringOf("abcZ9}/", 1, 1)
                select first + rest + last)
            select new Entry(string.Join(".", segments), value);

        private static Gen<Document> Documents() =>
            from entries in Several(Entries, 0, 8)
            from lines in Gen.CollectToArray(entries.Select(entry =>
                from before in Blank
                from around in Blank
                from after in Blank
                from comment in Gen.Elements("", "## doc comment\n", "#\n", "\n", "   \n")
                select comment + before + entry.Key + around + "=" + after + entry.Value + after))
            from end in Gen.Elements("\n", "\r\n")
            select new Document(string.Concat(lines.Select(line => line + end)), entries);
    }
}
