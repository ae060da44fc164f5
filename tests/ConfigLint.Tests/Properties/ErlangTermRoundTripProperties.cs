using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Text;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ErlangTerms;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static ConfigLint.Tests.Properties.Generators;

namespace ConfigLint.Tests.Properties
{
    /// <summary>Generated valid term files parse without an error, every term (nested ones too) of the kind and value written, its span holding its text.</summary>
    public sealed class ErlangTermRoundTripProperties
    {
        private static readonly string[] ReservedWords =
        {
            "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case", "catch", "cond", "div",
            "end", "fun", "if", "let", "not", "of", "or", "orelse", "receive", "rem", "try", "when", "xor",
        };

        /// <summary>A term as written: its kind, its text, its scalar value (name, text, number or bytes) and its elements.</summary>
        private sealed record Term(ErlangTermKind Kind, string Text, object? Value, Term[] Elements)
        {
            public override string ToString() => Text;
        }

        private sealed record Document(string Text, Term[] Terms)
        {
            public override string ToString() => Text;
        }

        [Property(MaxTest = 300)]
        public Property Terms_and_their_spans_are_the_ones_written() => Prop.ForAll(Documents().ToArbitrary(), document =>
        {
            var parsed = ErlangTermParser.Parse(new SourceFile("/g/ssl_dist.conf", SourceText.From(document.Text)));

            Assert.Empty(parsed.Errors);
            Assert.Equal(document.Terms.Length, parsed.Terms.Length);
            for (var i = 0; i < document.Terms.Length; i++)
                AssertSame(document.Terms[i], parsed.Terms[i], parsed.File.Text);
        });

        private static void AssertSame(Term expected, ErlangTerm actual, SourceText text)
        {
            Assert.Equal(expected.Kind, actual.Kind);
            Assert.Equal(expected.Text, text.ToString(actual.Span));
            object? value = actual switch
            {
                ErlangAtom atom => atom.Name,
                ErlangString s => s.Value,
                ErlangInteger n => n.Value,
                ErlangFloat f => f.Value,
                ErlangBinary b => b.Bytes.ToArray(),
                _ => null,
            };
            Assert.Equal(expected.Value, value);
            var elements = actual switch
            {
                ErlangTuple tuple => tuple.Elements.ToArray(),
                ErlangList list => list.Elements.ToArray(),
                ErlangMap map => map.Entries.SelectMany(e => new[] { e.Key, e.Value }).ToArray(),
                _ => new ErlangTerm[0],
            };
            Assert.Equal(expected.Elements.Length, elements.Length);
            for (var i = 0; i < elements.Length; i++)
                AssertSame(expected.Elements[i], elements[i], text);
        }

        /// <summary>White space and comments, which may stand between any two tokens.</summary>
        private static readonly Gen<string> Gap = Gen.Elements("", " ", "\n", "\t", "  % comment\n", "\r\n ");

        private static string Escape(string text, char quote) =>
            text.Replace("\\", "\\\\").Replace(quote.ToString(), "\\" + quote).Replace("\n", "\\n").Replace("\t", "\\t");

        private static Gen<Term> Scalar() => Gen.OneOf(
            Name(Lower, Lower + Upper + Digits + "_@", 10, ReservedWords).Select(name => new Term(ErlangTermKind.Atom, name, name, new Term[0])),
            StringOf(Lower + Upper + " '\"\\\n\t.é", 0, 10).Select(name => new Term(ErlangTermKind.Atom, "'" + Escape(name, '\'') + "'", name, new Term[0])),
            StringOf(Lower + Upper + " '\"\\\n\t.é", 0, 10).Select(text => new Term(ErlangTermKind.String, "\"" + Escape(text, '"') + "\"", text, new Term[0])),
            Gen.Choose(-100000, 100000).Select(n => new Term(ErlangTermKind.Integer, n.ToString(), new BigInteger(n), new Term[0])),
            Gen.Elements(("16#FF", 255), ("2#101", 5), ("$a", 97), ("1_000", 1000)).Select(n => new Term(ErlangTermKind.Integer, n.Item1, new BigInteger(n.Item2), new Term[0])),
            Gen.Elements(("1.5", 1.5), ("-0.25", -0.25), ("2.0e3", 2000.0), ("1.0E-2", 0.01)).Select(f => new Term(ErlangTermKind.Float, f.Item1, f.Item2, new Term[0])),
            StringOf(Lower + " ", 0, 6).Select(text => new Term(ErlangTermKind.Binary, "<<\"" + text + "\">>", Encoding.ASCII.GetBytes(text), new Term[0])),
            Several(Gen.Choose(0, 255), 1, 4).Select(bytes => new Term(ErlangTermKind.Binary, "<<" + string.Join(",", bytes) + ">>", bytes.Select(b => (byte)b).ToArray(), new Term[0])));

        private static Gen<Term> Compound(int depth) =>
            from kind in Gen.Elements(ErlangTermKind.Tuple, ErlangTermKind.List, ErlangTermKind.Map)
            from count in Gen.Choose(0, 4)
            from elements in AnyTerm(depth - 1).ArrayOf(kind == ErlangTermKind.Map ? 2 * count : count)
            from gaps in Gap.ArrayOf(2 * elements.Length + 2)
            select new Term(kind, Enclose(kind, Separate(kind, elements, gaps)), null, elements);

        /// <summary>The elements with gaps around them, separated by ',' (and '=>' between a map's key and value).</summary>
        private static string Separate(ErlangTermKind kind, IReadOnlyList<Term> elements, string[] gaps)
        {
            var text = new StringBuilder(gaps[0]);
            for (var i = 0; i < elements.Count; i++)
            {
                if (i > 0)
                    text.Append(kind == ErlangTermKind.Map && i % 2 == 1 ? "=>" : ",");
                text.Append(gaps[2 * i + 1]).Append(elements[i].Text).Append(gaps[2 * i + 2]);
            }
            return text.ToString();
        }

        private static string Enclose(ErlangTermKind kind, string inner) => kind switch
        {
            ErlangTermKind.Tuple => "{" + inner + "}",
            ErlangTermKind.List => "[" + inner + "]",
            _ => "#{" + inner + "}",
        };

        private static Gen<Term> AnyTerm(int depth) => depth == 0 ? Scalar() : Gen.Frequency((3, Scalar()), (1, Compound(depth)));

        private static Gen<Document> Documents() =>
            from terms in Several(AnyTerm(3), 0, 4)
            from gaps in Gap.ArrayOf(terms.Length + 1)
            select new Document(string.Concat(terms.Select((t, i) => gaps[i] + t.Text + ".\n")) + gaps[terms.Length], terms);
    }
}
