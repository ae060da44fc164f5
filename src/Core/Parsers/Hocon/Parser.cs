using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>
    /// Builds the syntax tree the way emqx/hocon's grammar reads tokens: whitespace and newlines do not
    /// separate anything (a value runs on until a comma, a closing bracket or the next key), a string
    /// followed by ':', '=' or '{' is a key, and numbers, booleans and null never concatenate.
    /// Errors are recorded and the parser resynchronizes at the next line, comma or closing bracket.
    /// Recursion is bounded by <see cref="MaxDepth"/>; deeper nesting is a TooDeep error and skipped.
    /// </summary>
    internal sealed class Parser
    {
        /// <summary>Nesting of objects, arrays and key path segments beyond which the parser stops descending.</summary>
        public const int MaxDepth = NestingLimit.MaxDepth;

        private readonly SourceText _source;
        private readonly string _text;
        private readonly string _filePath;
        private readonly List<ParseError> _errors;
        private readonly TokenBuffer _tokens;
        // Members and array elements of the groups being parsed, innermost last: one list reused for every group,
        // each group's items copied out once into an array of exactly their number.
        private readonly List<MemberNode> _members = new List<MemberNode>();
        private readonly List<ValueNode> _values = new List<ValueNode>();
        // Builders reused for every group: each hands over an array of exactly the group's size and is empty again.
        private readonly ImmutableArray<MemberNode>.Builder _memberArray = ImmutableArray.CreateBuilder<MemberNode>();
        private readonly ImmutableArray<ValueNode>.Builder _valueArray = ImmutableArray.CreateBuilder<ValueNode>();
        private int _index;

        private Parser(SourceText source, string filePath, TokenBuffer tokens, List<ParseError> errors)
        {
            _source = source;
            _text = source.ToString();
            _filePath = filePath;
            _errors = errors;
            _tokens = tokens;
        }

        /// <summary>Parses the file's tokens without trivia (<see cref="Lexer.LexSignificant"/>).</summary>
        public static ObjectNode Parse(SourceText source, string filePath, TokenBuffer tokens, List<ParseError> errors) =>
            new Parser(source, filePath, tokens, errors).ParseRoot();

        private SyntaxToken Current => _tokens[_index];

        private SyntaxToken PeekToken(int ahead) => _tokens[System.Math.Min(_index + ahead, _tokens.Count - 1)];

        private SyntaxToken Advance()
        {
            var token = _tokens[_index];
            if (_index < _tokens.Count - 1)
                _index++;
            return token;
        }

        private ObjectNode ParseRoot()
        {
            ObjectNode root;
            if (Current.Kind == SyntaxKind.OpenBrace)
                root = ParseBracedObject(depth: 1) ?? new ObjectNode(Current.Span, true, ImmutableArray<MemberNode>.Empty);
            else
                root = new ObjectNode(new TextSpan(0, _source.Length), false, ParseMembers(SyntaxKind.EndOfFile, depth: 0));
            if (Current.Kind != SyntaxKind.EndOfFile)
                Error(Current, "end of file");
            return root;
        }

        private ObjectNode? ParseBracedObject(int depth)
        {
            var open = Current;
            if (depth > MaxDepth)
                return SkipTooDeep();
            Advance();
            var members = ParseMembers(SyntaxKind.CloseBrace, depth);
            var close = Current;
            if (close.Kind == SyntaxKind.CloseBrace)
                Advance();
            else
                Error(close, "'}'");
            return new ObjectNode(TextSpan.FromBounds(open.Span.Start, close.Span.End), true, members);
        }

        private ImmutableArray<MemberNode> ParseMembers(SyntaxKind terminator, int depth)
        {
            var first = _members.Count;
            while (true)
            {
                var token = Current;
                if (token.Kind == terminator || token.Kind == SyntaxKind.EndOfFile)
                    break;
                if (token.Kind == SyntaxKind.Bad)
                {
                    Advance(); // reported by the lexer
                    continue;
                }
                var member = ParseMember(depth, terminator);
                if (member == null)
                    continue;
                _members.Add(member);
                if (Current.Kind == SyntaxKind.Comma)
                    Advance();
            }
            return TakeFrom(_members, first, _memberArray);
        }

        /// <summary>The items of <paramref name="list"/> from <paramref name="first"/> on, removed from it.</summary>
        private static ImmutableArray<T> TakeFrom<T>(List<T> list, int first, ImmutableArray<T>.Builder into)
        {
            var count = list.Count - first;
            if (count == 0)
                return ImmutableArray<T>.Empty;
            into.Capacity = count;
            for (var i = first; i < list.Count; i++)
                into.Add(list[i]);
            list.RemoveRange(first, count);
            return into.MoveToImmutable();
        }

        private MemberNode? ParseMember(int depth, SyntaxKind terminator)
        {
            var token = Current;
            if (IsInclude(token))
            {
                Advance();
                return new IncludeNode(token, Advance());
            }
            if (!token.Kind.CanBeKey())
            {
                Error(token, "a key");
                Advance();
                Recover(terminator);
                return null;
            }
            var key = ParseKey();
            var separator = Current.Kind;
            if (separator == SyntaxKind.Colon || separator == SyntaxKind.Equals)
                Advance();
            else if (separator != SyntaxKind.OpenBrace)
            {
                Error(Current, "':', '=' or '{'");
                Recover(terminator);
                return null;
            }
            if (depth + key.SegmentCount > MaxDepth)
            {
                TooDeep(key.Token);
                Recover(terminator);
                return null;
            }
            if (!TryParseValue(depth + key.SegmentCount, inObject: true, out var value, out var scalar))
            {
                Recover(terminator);
                return null;
            }
            return value == null ? new ScalarFieldNode(key, scalar) : new CompositeFieldNode(key, value);
        }

        private bool IsInclude(SyntaxToken token)
        {
            if (token.Kind != SyntaxKind.UnquotedString || token.Span.Length != "include".Length
                || string.CompareOrdinal(_text, token.Span.Start, "include", 0, "include".Length) != 0)
                return false;
            var next = PeekToken(1).Kind;
            return next == SyntaxKind.QuotedString || next == SyntaxKind.RequiredInclude;
        }

        private KeyNode ParseKey()
        {
            var token = Advance();
            var dot = token.Kind == SyntaxKind.QuotedString ? -1 : _text.IndexOf('.', token.Span.Start, token.Span.Length);
            return dot < 0 ? KeyNode.Whole(token) : KeyNode.Dotted(token, CountSegments(token.Span, dot));
        }

        /// <summary>The number of non-empty dot-separated segments of the key at <paramref name="span"/>, whose first dot is at <paramref name="dot"/>.</summary>
        private int CountSegments(TextSpan span, int dot)
        {
            var count = 0;
            var segmentStart = span.Start;
            for (var i = dot; i <= span.End; i++)
            {
                if (i < span.End && _text[i] != '.')
                    continue;
                if (i > segmentStart)
                    count++;
                segmentStart = i + 1;
            }
            return count;
        }

        /// <summary>A key is a string directly followed by ':', '=' or '{' (emqx/hocon's trans_key looks back the same way).</summary>
        private bool AtKey() =>
            Current.Kind.CanBeKey() && (PeekToken(1).Kind == SyntaxKind.Colon || PeekToken(1).Kind == SyntaxKind.Equals
                                        || PeekToken(1).Kind == SyntaxKind.OpenBrace);

        private ValueNode? ParseValue(int depth) =>
            TryParseValue(depth, inObject: false, out var value, out var scalar) ? value ?? new ScalarNode(scalar) : null;

        /// <summary>
        /// Parses a value; false when there is none. A value of one string, number, boolean or null token comes back as
        /// <paramref name="scalar"/> with no node made for it (a field keeps the token); otherwise <paramref name="value"/> is the node.
        /// </summary>
        private bool TryParseValue(int depth, bool inObject, out ValueNode? value, out SyntaxToken scalar)
        {
            value = null;
            scalar = default;
            if (Current.Kind.IsSingleTokenValue())
            {
                scalar = Advance();
                return true;
            }
            var first = _values.Count;
            // The first part while it is a lone string token: made a node only if another part follows it.
            var loneString = false;
            while (true)
            {
                var token = Current;
                if (inObject && (AtKey() || IsInclude(token)))
                    break;
                if (!token.Kind.IsStringLike() && token.Kind != SyntaxKind.OpenBrace && token.Kind != SyntaxKind.OpenBracket)
                    break;
                if (loneString)
                {
                    _values.Add(new ScalarNode(scalar));
                    loneString = false;
                }
                ValueNode? part;
                if (token.Kind == SyntaxKind.Substitution)
                    part = new SubstitutionNode(Advance(), _text[token.Span.Start + 2] == '?');
                else if (token.Kind == SyntaxKind.OpenBrace)
                    part = ParseBracedObject(depth + 1);
                else if (token.Kind == SyntaxKind.OpenBracket)
                    part = ParseArray(depth + 1);
                else if (_values.Count == first)
                {
                    scalar = Advance();
                    loneString = true;
                    continue;
                }
                else
                    part = new ScalarNode(Advance());
                if (part == null)
                {
                    _values.RemoveRange(first, _values.Count - first);
                    return false;
                }
                _values.Add(part);
            }
            if (loneString)
                return true;
            var count = _values.Count - first;
            if (count == 0)
            {
                Error(Current, "a value");
                return false;
            }
            if (count > 1)
                value = new ConcatNode(TakeFrom(_values, first, _valueArray));
            else
            {
                value = _values[first];
                _values.RemoveAt(first);
            }
            return true;
        }

        private ArrayNode? ParseArray(int depth)
        {
            var open = Current;
            if (depth > MaxDepth)
            {
                SkipTooDeep();
                return null;
            }
            Advance();
            var first = _values.Count;
            while (true)
            {
                var token = Current;
                if (token.Kind == SyntaxKind.CloseBracket)
                    return new ArrayNode(open, TakeFrom(_values, first, _valueArray), Advance());
                if (token.Kind == SyntaxKind.EndOfFile || token.Kind == SyntaxKind.CloseBrace)
                {
                    // Leave a '}' to the object it closes.
                    Error(token, "']'");
                    return new ArrayNode(open, TakeFrom(_values, first, _valueArray), _tokens[System.Math.Max(_index - 1, 0)]);
                }
                var start = _index;
                var element = ParseValue(depth);
                if (element == null)
                {
                    // Step over a token that is no value. A group skipped as too deep is passed already: only its
                    // comma is left, and a ']' after it closes this array.
                    var stuck = _index == start;
                    if (stuck ? Current.Kind != SyntaxKind.CloseBrace && Current.Kind != SyntaxKind.EndOfFile : Current.Kind == SyntaxKind.Comma)
                        Advance();
                    continue;
                }
                _values.Add(element);
                if (Current.Kind == SyntaxKind.Comma)
                    Advance();
            }
        }

        /// <summary>
        /// Skips to the next token that starts a line, past the next comma, or to the <paramref name="closer"/>
        /// of the enclosing object (left for it), stepping over nested and stray brackets.
        /// </summary>
        private void Recover(SyntaxKind closer)
        {
            var nesting = 0;
            while (Current.Kind != SyntaxKind.EndOfFile)
            {
                var kind = Current.Kind;
                if (nesting == 0)
                {
                    if (kind == closer || StartsLine(_index))
                        return;
                    if (kind == SyntaxKind.Comma)
                    {
                        Advance();
                        return;
                    }
                }
                if (kind == SyntaxKind.OpenBrace || kind == SyntaxKind.OpenBracket)
                    nesting++;
                else if ((kind == SyntaxKind.CloseBrace || kind == SyntaxKind.CloseBracket) && nesting > 0)
                    nesting--;
                Advance();
            }
        }

        /// <summary>
        /// Whether a newline comes before the token since the token before it: only trivia lies between two tokens,
        /// and of trivia only newline tokens hold newline characters (a comment ends before its newline).
        /// </summary>
        private bool StartsLine(int index)
        {
            var from = index == 0 ? 0 : _tokens[index - 1].Span.End;
            for (var i = from; i < _tokens[index].Span.Start; i++)
            {
                if (Lexer.IsNewline(_text[i]))
                    return true;
            }
            return index == 0;
        }

        /// <summary>Reports nesting deeper than <see cref="MaxDepth"/> and skips the bracketed group without descending.</summary>
        private ObjectNode? SkipTooDeep()
        {
            TooDeep(Current);
            var nesting = 0;
            do
            {
                var kind = Advance().Kind;
                if (kind == SyntaxKind.OpenBrace || kind == SyntaxKind.OpenBracket)
                    nesting++;
                else if (kind == SyntaxKind.CloseBrace || kind == SyntaxKind.CloseBracket)
                    nesting--;
            }
            while (nesting > 0 && Current.Kind != SyntaxKind.EndOfFile);
            return null;
        }

        private void TooDeep(SyntaxToken at) => _errors.Add(NestingLimit.TooDeep(_filePath, _source, at.Span));

        private void Error(SyntaxToken found, string expected) =>
            _errors.Add(new ParseError(ParseErrorKind.Syntax, _filePath, _source, found.Span, expected, found.Kind.Describe()));
    }
}
