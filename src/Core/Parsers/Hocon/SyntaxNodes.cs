using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>A node of the HOCON syntax tree; its span runs from its first token to its last.</summary>
    internal abstract class HoconNode
    {
        // Abstract so a node made of one token, or of nodes that know theirs, does not store its span again.
        public abstract TextSpan Span { get; }

        protected static TextSpan Cover(TextSpan first, TextSpan last) => TextSpan.FromBounds(first.Start, last.End);
    }

    /// <summary>Anything that can follow a key or sit in an array.</summary>
    internal abstract class ValueNode : HoconNode
    {
    }

    /// <summary>One token: a string of any quoting, a number, a boolean, null, or text the lexer rejected.</summary>
    internal sealed class ScalarNode : ValueNode
    {
        public ScalarNode(SyntaxToken token) => Token = token;

        public override TextSpan Span => Token.Span;

        public SyntaxToken Token { get; }
    }

    /// <summary><c>${path}</c> or, when <see cref="IsOptional"/>, <c>${?path}</c>.</summary>
    internal sealed class SubstitutionNode : ValueNode
    {
        public SubstitutionNode(SyntaxToken token, bool isOptional)
        {
            Token = token;
            IsOptional = isOptional;
        }

        public override TextSpan Span => Token.Span;

        public SyntaxToken Token { get; }

        public bool IsOptional { get; }

        /// <summary>The path text between <c>${</c> (or <c>${?</c>) and <c>}</c>.</summary>
        public TextSpan PathSpan => TextSpan.FromBounds(Span.Start + (IsOptional ? 3 : 2), Span.End - 1);
    }

    internal sealed class ArrayNode : ValueNode
    {
        public ArrayNode(SyntaxToken open, ImmutableArray<ValueNode> elements, SyntaxToken close)
        {
            Span = Cover(open.Span, close.Span);
            Elements = elements;
        }

        public override TextSpan Span { get; }

        public ImmutableArray<ValueNode> Elements { get; }
    }

    /// <summary>An object in braces, or the root of a file without them.</summary>
    internal sealed class ObjectNode : ValueNode
    {
        public ObjectNode(TextSpan span, bool hasBraces, ImmutableArray<MemberNode> members)
        {
            Span = span;
            HasBraces = hasBraces;
            Members = members;
        }

        public override TextSpan Span { get; }

        public bool HasBraces { get; }

        public ImmutableArray<MemberNode> Members { get; }
    }

    /// <summary>Values written next to each other (<c>${a}"x"</c>, <c>[1] [2]</c>); emqx/hocon joins them without the space between.</summary>
    internal sealed class ConcatNode : ValueNode
    {
        public ConcatNode(ImmutableArray<ValueNode> parts)
        {
            Span = Cover(parts[0].Span, parts[parts.Length - 1].Span);
            Parts = parts;
        }

        public override TextSpan Span { get; }

        public ImmutableArray<ValueNode> Parts { get; }
    }

    /// <summary>A field or an include inside an object.</summary>
    internal abstract class MemberNode : HoconNode
    {
    }

    /// <summary>A key and its value.</summary>
    internal abstract class FieldNode : MemberNode
    {
        protected FieldNode(KeyNode key) => Key = key;

        public override TextSpan Span => Cover(Key.Span, ValueSpan);

        public KeyNode Key { get; }

        public abstract TextSpan ValueSpan { get; }
    }

    /// <summary>A field whose value is one string, number, boolean or null token: most fields are, and they need no value node.</summary>
    internal sealed class ScalarFieldNode : FieldNode
    {
        public ScalarFieldNode(KeyNode key, SyntaxToken value)
            : base(key) => Value = value;

        public SyntaxToken Value { get; }

        public override TextSpan ValueSpan => Value.Span;
    }

    /// <summary>A field whose value is an object, an array, a substitution or a concatenation.</summary>
    internal sealed class CompositeFieldNode : FieldNode
    {
        public CompositeFieldNode(KeyNode key, ValueNode value)
            : base(key) => Value = value;

        public ValueNode Value { get; }

        public override TextSpan ValueSpan => Value.Span;
    }

    /// <summary>A key: an unquoted key is a dotted path (empty segments dropped, as emqx/hocon's string:tokens does); a quoted key is one literal segment.</summary>
    /// <remarks>
    /// A struct held inside its <see cref="FieldNode"/>: one object less for each of a file's fields. A dotted key keeps
    /// only its number of segments; their spans are found again in the text when asked for (keys are short).
    /// </remarks>
    internal readonly struct KeyNode
    {
        // The number of segments of an unquoted key with a dot in it; NotDotted for a key of one segment (the whole token).
        private readonly int _dottedSegmentCount;

        private const int NotDotted = -1;

        private KeyNode(SyntaxToken token, int dottedSegmentCount)
        {
            Token = token;
            _dottedSegmentCount = dottedSegmentCount;
        }

        /// <summary>A key of one segment, the whole token.</summary>
        public static KeyNode Whole(SyntaxToken token) => new KeyNode(token, NotDotted);

        /// <summary>An unquoted key with a dot in it, of <paramref name="segmentCount"/> non-empty segments.</summary>
        public static KeyNode Dotted(SyntaxToken token, int segmentCount) => new KeyNode(token, segmentCount);

        public SyntaxToken Token { get; }

        public TextSpan Span => Token.Span;

        public int SegmentCount => _dottedSegmentCount == NotDotted ? 1 : _dottedSegmentCount;

        /// <summary>The span of a path segment (for a quoted key, the whole token) in the file's <paramref name="text"/>.</summary>
        public TextSpan Segment(SourceText text, int index)
        {
            if (_dottedSegmentCount == NotDotted)
                return Span;
            var segmentStart = Span.Start;
            for (var i = Span.Start; i <= Span.End; i++)
            {
                if (i < Span.End && text[i] != '.')
                    continue;
                if (i > segmentStart && index-- == 0)
                    return TextSpan.FromBounds(segmentStart, i);
                segmentStart = i + 1;
            }
            throw new System.ArgumentOutOfRangeException(nameof(index));
        }
    }

    /// <summary><c>include "file"</c> or <c>include required("file")</c>.</summary>
    internal sealed class IncludeNode : MemberNode
    {
        public IncludeNode(SyntaxToken keyword, SyntaxToken target)
        {
            Span = Cover(keyword.Span, target.Span);
            Target = target;
        }

        public override TextSpan Span { get; }

        /// <summary>The quoted file name, or the <see cref="SyntaxKind.RequiredInclude"/> token around it.</summary>
        public SyntaxToken Target { get; }

        public bool IsRequired => Target.Kind == SyntaxKind.RequiredInclude;

        /// <summary>The quoted file name's span.</summary>
        public TextSpan FileNameSpan => IsRequired
            ? TextSpan.FromBounds(Target.Span.Start + "required(".Length, Target.Span.End - 1)
            : Target.Span;
    }
}
