using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>
    /// What <see cref="Parser{TValue, TMember, TSink}"/> makes of what it reads: syntax nodes (<see cref="SyntaxNodeSink"/>), or
    /// the merged configuration's values straight away (<see cref="RawTreeBuilder"/>, for a file without errors).
    /// Each group is handed over once it is complete, and only for the time of the call.
    /// </summary>
    internal interface ISyntaxSink<TValue, TMember> where TValue : class
    {
        /// <summary>A value of one string, number, boolean or null token (not a field's whole value: see <see cref="ScalarField"/>).</summary>
        TValue Scalar(SyntaxToken token);

        TValue Substitution(SyntaxToken token, bool isOptional);

        TValue Array(SyntaxToken open, Group<TValue> elements, SyntaxToken close);

        TValue Object(TextSpan span, bool hasBraces, Group<TMember> members);

        /// <summary>The file's root object, with or without braces.</summary>
        TValue Root(TextSpan span, bool hasBraces, Group<TMember> members);

        /// <summary>Two or more values side by side.</summary>
        TValue Concat(Group<TValue> parts);

        /// <summary>A field whose value is one string, number, boolean or null token.</summary>
        TMember ScalarField(KeyNode key, SyntaxToken value);

        TMember CompositeField(KeyNode key, TValue value);

        TMember Include(SyntaxToken keyword, SyntaxToken target);
    }

    /// <summary>The items of one group, at the end of the parser's reused list.</summary>
    internal readonly struct Group<T>
    {
        private readonly List<T> _items;
        private readonly int _first;

        public Group(List<T> items, int first)
        {
            _items = items;
            _first = first;
        }

        public int Count => _items.Count - _first;

        public T this[int index] => _items[_first + index];
    }

    /// <summary>Makes the syntax tree.</summary>
    internal sealed class SyntaxNodeSink : ISyntaxSink<ValueNode, MemberNode>
    {
        // Builders reused for every group: each hands over an array of exactly the group's size and is empty again.
        private readonly ImmutableArray<MemberNode>.Builder _memberArray = ImmutableArray.CreateBuilder<MemberNode>();
        private readonly ImmutableArray<ValueNode>.Builder _valueArray = ImmutableArray.CreateBuilder<ValueNode>();

        public ValueNode Scalar(SyntaxToken token) => new ScalarNode(token);

        public ValueNode Substitution(SyntaxToken token, bool isOptional) => new SubstitutionNode(token, isOptional);

        public ValueNode Array(SyntaxToken open, Group<ValueNode> elements, SyntaxToken close) => new ArrayNode(open, ToArray(elements, _valueArray), close);

        public ValueNode Object(TextSpan span, bool hasBraces, Group<MemberNode> members) => new ObjectNode(span, hasBraces, ToArray(members, _memberArray));

        public ValueNode Root(TextSpan span, bool hasBraces, Group<MemberNode> members) => Object(span, hasBraces, members);

        public ValueNode Concat(Group<ValueNode> parts) => new ConcatNode(ToArray(parts, _valueArray));

        public MemberNode ScalarField(KeyNode key, SyntaxToken value) => new ScalarFieldNode(key, value);

        public MemberNode CompositeField(KeyNode key, ValueNode value) => new CompositeFieldNode(key, value);

        public MemberNode Include(SyntaxToken keyword, SyntaxToken target) => new IncludeNode(keyword, target);

        private static ImmutableArray<T> ToArray<T>(Group<T> group, ImmutableArray<T>.Builder into)
        {
            if (group.Count == 0)
                return ImmutableArray<T>.Empty;
            into.Capacity = group.Count;
            for (var i = 0; i < group.Count; i++)
                into.Add(group[i]);
            return into.MoveToImmutable();
        }
    }
}
