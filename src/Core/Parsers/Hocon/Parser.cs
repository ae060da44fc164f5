using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>Parses a file's tokens into its syntax tree.</summary>
    internal static class Parser
    {
        /// <summary>Parses the file's tokens without trivia (<see cref="Lexer.LexSignificant"/>).</summary>
        public static ObjectNode Parse(SourceText source, string filePath, TokenBuffer tokens, List<ParseError> errors) =>
            (ObjectNode)new Parser<ValueNode, MemberNode, SyntaxNodeSink>(source, filePath, tokens, errors, new SyntaxNodeSink()).ParseRoot();
    }

    /// <summary>
    /// Reads tokens the way emqx/hocon's grammar does: whitespace and newlines do not
    /// separate anything (a value runs on until a comma, a closing bracket or the next key), a string
    /// followed by ':', '=' or '{' is a key, and numbers, booleans and null never concatenate.
    /// Errors are recorded and the parser resynchronizes at the next line, comma or closing bracket.
    /// Recursion is bounded by <see cref="MaxDepth"/>; deeper nesting is a TooDeep error and skipped.
    /// What it makes of what it reads is the <see cref="ISyntaxSink{TValue, TMember}"/>'s: syntax nodes, or values. A
    /// sink that is a struct gets code of its own, its calls direct rather than through the interface.
    /// </summary>
    internal sealed class Parser<TValue, TMember, TSink> where TValue : class where TSink : ISyntaxSink<TValue, TMember>
    {
        /// <summary>Nesting of objects, arrays and key path segments beyond which the parser stops descending.</summary>
        public const int MaxDepth = NestingLimit.MaxDepth;

        private readonly SourceText _source;
        private readonly string _text;
        private readonly string _filePath;
        private readonly List<ParseError> _errors;
        private readonly TokenBuffer _tokens;
        // Not readonly: a struct sink records what it saw in itself (see Sink).
        private TSink _sink;
        // Members and array elements of the groups being parsed, innermost last: one list reused for every group,
        // each group handed to the sink and then removed.
        private readonly List<TMember> _members = new List<TMember>();
        private readonly List<TValue> _values = new List<TValue>();
        private int _index;

        public Parser(SourceText source, string filePath, TokenBuffer tokens, List<ParseError> errors, TSink sink)
        {
            _source = source;
            _text = source.ToString();
            _filePath = filePath;
            _errors = errors;
            _tokens = tokens;
            _sink = sink;
        }

        /// <summary>The sink, as it is after parsing.</summary>
        public TSink Sink => _sink;

        private SyntaxToken Current => _tokens[_index];

        private SyntaxToken PeekToken(int ahead) => _tokens[System.Math.Min(_index + ahead, _tokens.Count - 1)];

        private SyntaxToken Advance()
        {
            var token = _tokens[_index];
            if (_index < _tokens.Count - 1)
                _index++;
            return token;
        }

        /// <summary>Parses the whole file; what the sink made of its root (with or without braces).</summary>
        public TValue ParseRoot()
        {
            TValue root;
            if (Current.Kind == SyntaxKind.OpenBrace)
                root = ParseBracedObject(depth: 1, isRoot: true) ?? _sink.Root(Current.Span, true, new Group<TMember>(_members, _members.Count));
            else
            {
                var first = ParseMembers(SyntaxKind.EndOfFile, depth: 0);
                root = _sink.Root(new TextSpan(0, _source.Length), false, new Group<TMember>(_members, first));
                Drop(_members, first);
            }
            if (Current.Kind != SyntaxKind.EndOfFile)
                Error(Current, "end of file");
            return root;
        }

        private TValue? ParseBracedObject(int depth, bool isRoot = false)
        {
            var open = Current;
            if (depth > MaxDepth)
            {
                SkipTooDeep();
                return null;
            }
            Advance();
            var first = ParseMembers(SyntaxKind.CloseBrace, depth);
            var close = Current;
            if (close.Kind == SyntaxKind.CloseBrace)
                Advance();
            else
                Error(close, "'}'");
            var span = TextSpan.FromBounds(open.Span.Start, close.Span.End);
            var members = new Group<TMember>(_members, first);
            var built = isRoot ? _sink.Root(span, true, members) : _sink.Object(span, true, members);
            Drop(_members, first);
            return built;
        }

        /// <summary>Parses members up to <paramref name="terminator"/>; they are in <see cref="_members"/> from the index returned.</summary>
        private int ParseMembers(SyntaxKind terminator, int depth)
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
                if (!TryParseMember(depth, terminator, out var member))
                    continue;
                _members.Add(member);
                if (Current.Kind == SyntaxKind.Comma)
                    Advance();
            }
            return first;
        }

        /// <summary>Removes the items of <paramref name="list"/> from <paramref name="first"/> on, once the sink has them.</summary>
        private static void Drop<T>(List<T> list, int first) => list.RemoveRange(first, list.Count - first);

        private bool TryParseMember(int depth, SyntaxKind terminator, out TMember member)
        {
            member = default!;
            var token = Current;
            if (IsInclude(token))
            {
                Advance();
                member = _sink.Include(token, Advance());
                return true;
            }
            if (!token.Kind.CanBeKey())
            {
                Error(token, "a key");
                Advance();
                Recover(terminator);
                return false;
            }
            var key = ParseKey();
            var separator = Current.Kind;
            if (separator == SyntaxKind.Colon || separator == SyntaxKind.Equals)
                Advance();
            else if (separator != SyntaxKind.OpenBrace)
            {
                Error(Current, "':', '=' or '{'");
                Recover(terminator);
                return false;
            }
            if (depth + key.SegmentCount > MaxDepth)
            {
                TooDeep(key.Token);
                Recover(terminator);
                return false;
            }
            if (!TryParseValue(depth + key.SegmentCount, inObject: true, out var value, out var scalar))
            {
                Recover(terminator);
                return false;
            }
            member = value == null ? _sink.ScalarField(key, scalar) : _sink.CompositeField(key, value);
            return true;
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

        private TValue? ParseValue(int depth) =>
            TryParseValue(depth, inObject: false, out var value, out var scalar) ? value ?? _sink.Scalar(scalar) : null;

        /// <summary>
        /// Parses a value; false when there is none. A value of one string, number, boolean or null token comes back as
        /// <paramref name="scalar"/> with nothing made for it (a field keeps the token); otherwise <paramref name="value"/> is what the sink made.
        /// </summary>
        private bool TryParseValue(int depth, bool inObject, out TValue? value, out SyntaxToken scalar)
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
                    _values.Add(_sink.Scalar(scalar));
                    loneString = false;
                }
                TValue? part;
                if (token.Kind == SyntaxKind.Substitution)
                    part = _sink.Substitution(Advance(), _text[token.Span.Start + 2] == '?');
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
                    part = _sink.Scalar(Advance());
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
            {
                value = _sink.Concat(new Group<TValue>(_values, first));
                Drop(_values, first);
            }
            else
            {
                value = _values[first];
                _values.RemoveAt(first);
            }
            return true;
        }

        private TValue? ParseArray(int depth)
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
                    return MakeArray(open, first, Advance());
                if (token.Kind == SyntaxKind.EndOfFile || token.Kind == SyntaxKind.CloseBrace)
                {
                    // Leave a '}' to the object it closes.
                    Error(token, "']'");
                    return MakeArray(open, first, _tokens[System.Math.Max(_index - 1, 0)]);
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

        private TValue MakeArray(SyntaxToken open, int first, SyntaxToken close)
        {
            var array = _sink.Array(open, new Group<TValue>(_values, first), close);
            Drop(_values, first);
            return array;
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
        private void SkipTooDeep()
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
        }

        private void TooDeep(SyntaxToken at) => _errors.Add(NestingLimit.TooDeep(_filePath, _source, at.Span));

        private void Error(SyntaxToken found, string expected) =>
            _errors.Add(new ParseError(ParseErrorKind.Syntax, _filePath, _source, found.Span, expected, found.Kind.Describe()));
    }
}
