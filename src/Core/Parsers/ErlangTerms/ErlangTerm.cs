using System.Collections.Immutable;
using System.Numerics;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.ErlangTerms
{
    /// <summary>The type of an Erlang term.</summary>
    internal enum ErlangTermKind
    {
        /// <summary><c>verify_peer</c>, <c>'quoted atom'</c>.</summary>
        Atom,
        /// <summary><c>"text"</c> (a list of character codes to Erlang).</summary>
        String,
        /// <summary><c>&lt;&lt;"bytes"&gt;&gt;</c>.</summary>
        Binary,
        /// <summary><c>42</c>, <c>16#FF</c>, <c>$c</c>.</summary>
        Integer,
        /// <summary><c>1.5</c>, <c>2.0e3</c>.</summary>
        Float,
        /// <summary><c>{a, b}</c>.</summary>
        Tuple,
        /// <summary><c>[a, b]</c>, <c>[H | T]</c>.</summary>
        List,
        /// <summary><c>#{k =&gt; v}</c>.</summary>
        Map,
        /// <summary><c>fun m:f/1</c>.</summary>
        Fun,
    }

    /// <summary>An Erlang term as <c>file:consult/1</c> reads it, with the exact span it was written at.</summary>
    internal abstract class ErlangTerm
    {
        private protected ErlangTerm(TextSpan span) => Span = span;

        /// <summary>The term's type.</summary>
        public abstract ErlangTermKind Kind { get; }

        /// <summary>Where the term is written, from its first to its last character (parentheses around it, which Erlang drops, excluded).</summary>
        public TextSpan Span { get; }
    }

    /// <summary>An atom.</summary>
    internal sealed class ErlangAtom : ErlangTerm
    {
        internal ErlangAtom(string name, TextSpan span) : base(span) => Name = name;

        /// <inheritdoc />
        public override ErlangTermKind Kind => ErlangTermKind.Atom;

        /// <summary>The atom's name, unquoted and unescaped.</summary>
        public string Name { get; }
    }

    /// <summary>A string literal (adjacent literals joined, escapes applied).</summary>
    internal sealed class ErlangString : ErlangTerm
    {
        internal ErlangString(string value, TextSpan span) : base(span) => Value = value;

        /// <inheritdoc />
        public override ErlangTermKind Kind => ErlangTermKind.String;

        /// <summary>The text.</summary>
        public string Value { get; }
    }

    /// <summary>A binary.</summary>
    internal sealed class ErlangBinary : ErlangTerm
    {
        internal ErlangBinary(ImmutableArray<byte> bytes, TextSpan span) : base(span) => Bytes = bytes;

        /// <inheritdoc />
        public override ErlangTermKind Kind => ErlangTermKind.Binary;

        /// <summary>The binary's bytes.</summary>
        public ImmutableArray<byte> Bytes { get; }
    }

    /// <summary>An integer (also <c>$c</c> character literals).</summary>
    internal sealed class ErlangInteger : ErlangTerm
    {
        internal ErlangInteger(BigInteger value, TextSpan span) : base(span) => Value = value;

        /// <inheritdoc />
        public override ErlangTermKind Kind => ErlangTermKind.Integer;

        /// <summary>The value (Erlang integers are unbounded).</summary>
        public BigInteger Value { get; }
    }

    /// <summary>A float.</summary>
    internal sealed class ErlangFloat : ErlangTerm
    {
        internal ErlangFloat(double value, TextSpan span) : base(span) => Value = value;

        /// <inheritdoc />
        public override ErlangTermKind Kind => ErlangTermKind.Float;

        /// <summary>The value.</summary>
        public double Value { get; }
    }

    /// <summary>A tuple.</summary>
    internal sealed class ErlangTuple : ErlangTerm
    {
        internal ErlangTuple(ImmutableArray<ErlangTerm> elements, TextSpan span) : base(span) => Elements = elements;

        /// <inheritdoc />
        public override ErlangTermKind Kind => ErlangTermKind.Tuple;

        /// <summary>The elements in order.</summary>
        public ImmutableArray<ErlangTerm> Elements { get; }
    }

    /// <summary>
    /// A list; <see cref="Tail"/> is set for <c>[H | T]</c> whose tail is not a list: an improper list, or a
    /// non-empty string tail (<c>[$a | "bc"]</c>, which Erlang reads as the proper list "abc").
    /// </summary>
    internal sealed class ErlangList : ErlangTerm
    {
        internal ErlangList(ImmutableArray<ErlangTerm> elements, ErlangTerm? tail, TextSpan span) : base(span)
        {
            Elements = elements;
            Tail = tail;
        }

        /// <inheritdoc />
        public override ErlangTermKind Kind => ErlangTermKind.List;

        /// <summary>The elements in order (a proper tail list is flattened into them).</summary>
        public ImmutableArray<ErlangTerm> Elements { get; }

        /// <summary>The tail that is not a list (a string tail included), or null.</summary>
        public ErlangTerm? Tail { get; }
    }

    /// <summary>A map.</summary>
    internal sealed class ErlangMap : ErlangTerm
    {
        internal ErlangMap(ImmutableArray<ErlangMapEntry> entries, TextSpan span) : base(span) => Entries = entries;

        /// <inheritdoc />
        public override ErlangTermKind Kind => ErlangTermKind.Map;

        /// <summary>The entries in the order written, duplicate keys included (Erlang keeps the last one).</summary>
        public ImmutableArray<ErlangMapEntry> Entries { get; }
    }

    /// <summary>One <c>key =&gt; value</c> of a map.</summary>
    internal sealed class ErlangMapEntry
    {
        internal ErlangMapEntry(ErlangTerm key, ErlangTerm value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The key.</summary>
        public ErlangTerm Key { get; }

        /// <summary>The value.</summary>
        public ErlangTerm Value { get; }
    }

    /// <summary>An external fun <c>fun Module:Function/Arity</c>.</summary>
    internal sealed class ErlangFun : ErlangTerm
    {
        internal ErlangFun(string module, string function, int arity, TextSpan span) : base(span)
        {
            Module = module;
            Function = function;
            Arity = arity;
        }

        /// <inheritdoc />
        public override ErlangTermKind Kind => ErlangTermKind.Fun;

        /// <summary>The module.</summary>
        public string Module { get; }

        /// <summary>The function.</summary>
        public string Function { get; }

        /// <summary>The arity.</summary>
        public int Arity { get; }
    }

    /// <summary>A file of terms, each ending in <c>.</c>, as <c>file:consult/1</c> reads it.</summary>
    internal sealed class ErlangTermDocument
    {
        internal ErlangTermDocument(SourceFile file, ImmutableArray<ErlangTerm> terms, ImmutableArray<ParseError> errors)
        {
            File = file;
            Terms = terms;
            Errors = errors;
        }

        /// <summary>The file that was read.</summary>
        public SourceFile File { get; }

        /// <summary>The top-level terms that could be read, in order.</summary>
        public ImmutableArray<ErlangTerm> Terms { get; }

        /// <summary>Syntax errors (and the file's decoding errors); after each, reading resumes at the next term.</summary>
        public ImmutableArray<ParseError> Errors { get; }
    }
}
