using System.Linq;
using ConfigLint.Parsers;
using ConfigLint.Parsers.VmArgs;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static ConfigLint.Tests.Properties.Generators;

namespace ConfigLint.Tests.Properties
{
    /// <summary>Generated valid vm.args files parse without an error into the flags written, each word's span holding the word as written.</summary>
    public sealed class VmArgsRoundTripProperties
    {
        private sealed record Word(string Text, string Written);

        private sealed record Flag(Word Name, Word[] Values);

        private sealed record Document(string Text, Flag[] Flags)
        {
            public override string ToString() => Text;
        }

        [Property(MaxTest = 300)]
        public Property Flags_and_word_spans_are_the_ones_written() => Prop.ForAll(Documents().ToArbitrary(), document =>
        {
            var parsed = VmArgsParser.Parse(new SourceFile("/g/vm.args", SourceText.From(document.Text)));

            Assert.Empty(parsed.Errors);
            Word AsWritten(VmArgsWord word) => new(word.Text, parsed.File.Text.ToString(word.Span));
            Assert.Equal(
                document.Flags.Select(f => (f.Name, string.Join("|", f.Values.Select(v => v.ToString())))),
                parsed.Flags.Select(f => (AsWritten(f.Name), string.Join("|", f.Values.Select(v => AsWritten(v).ToString())))));
        });

        private static readonly Gen<Word> Flags =
            from sign in Gen.Elements("-", "+")
            from name in Name(Lower + Upper + "_", Lower + Digits + "_", 12)
            select new Word(sign + name, sign + name);

        private static readonly Gen<Word> Values = Gen.OneOf(
            Name(Lower + Digits + "@./", Lower + Upper + Digits + "@./:=_-{}+", 12).Select(w => new Word(w, w)),
            // Quotes keep blanks and '#' in a word; what they hold is still read as a flag when it starts with '-' or '+'.
            Gen.OneOf(Gen.Constant(""), Name(Lower + " #'@.", Lower + " #-+'@.", 11)).Select(t => new Word(t, "\"" + t + "\"")));

        private static Gen<Document> Documents() =>
            from lines in Several(Several(from flag in Flags from values in Several(Values, 0, 3) select new Flag(flag, values), 0, 3), 0, 6)
            from texts in Gen.CollectToArray(lines.Select(flags =>
                from gaps in Gen.Elements(" ", "  ", "\t").ArrayOf(flags.Sum(f => f.Values.Length + 1) + 1)
                from comment in Gen.Elements("", " # comment -flag", "#")
                select string.Concat(flags.SelectMany(f => new[] { f.Name }.Concat(f.Values)).Select((w, i) => gaps[i] + w.Written)) + comment))
            from end in Gen.Elements("\n", "\r\n")
            select new Document(string.Join(end, texts) + end, lines.SelectMany(flags => flags).ToArray());
    }
}
