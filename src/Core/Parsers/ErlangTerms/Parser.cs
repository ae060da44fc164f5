using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Numerics;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.ErlangTerms
{
    /// <summary>
    /// Reads terms the way <c>file:consult/1</c> does: erl_parse parses each '.'-terminated form as an
    /// expression and erl_parse:normalise/1 accepts only literals, tuples, lists, <c>#{K =&gt; V}</c> maps,
    /// binaries of integer and string segments, one unary sign on a number, and <c>fun M:F/A</c>.
    /// Parentheses, which Erlang drops, are accepted and are not part of a term's span.
    /// Nesting is followed with an explicit stack up to <see cref="MaxDepth"/>; deeper is a TooDeep error.
    /// After any error the parser skips to the next term-ending '.' and goes on.
    /// </summary>
    internal sealed class Parser
    {
        /// <summary>Nesting beyond which the term is refused, so code walking the terms recursively stays safe.</summary>
        private const int MaxDepth = ErlangTermParser.MaxDepth;

        /// <summary>Largest binary built; Erlang has no such limit, but a configuration file has no use for more.</summary>
        private const long MaxBinaryBits = 8L * 1024 * 1024;

        private readonly string _text;
        private readonly SourceText _source;
        private readonly string _filePath;
        private readonly Lexer _lexer;
        private readonly List<ParseError> _errors;
        private readonly StringTable _strings = StringTable.ForCurrentThread();
        // The tokens of the form being read (the lexer hands them out a form at a time) and the current one.
        private readonly List<Token> _tokens = new List<Token>();
        private int _index;
        private int _previousEnd;
        // Containers being read, innermost last, and the terms they hold so far, on one stack for all of them: a
        // container costs nothing until it closes into an array of exactly its size.
        private readonly Frame[] _frames = new Frame[MaxDepth];
        private int _depth;
        private ErlangTerm[] _values = new ErlangTerm[64];
        private int _valueCount;
        private StringBuilder? _unescaped;

        private Parser(SourceText source, string text, string filePath, Lexer lexer, List<ParseError> errors)
        {
            _source = source;
            _text = text;
            _filePath = filePath;
            _lexer = lexer;
            _errors = errors;
            lexer.LexForm(_tokens);
        }

        public static ImmutableArray<ErlangTerm> Parse(SourceText source, string text, string filePath, Lexer lexer, List<ParseError> errors) =>
            new Parser(source, text, filePath, lexer, errors).ParseTerms();

        private Token Current => _tokens[_index];

        /// <summary>Moves past the current token (never past the end of the file); past a form's '.', onto the next form's first token.</summary>
        private Token Advance()
        {
            var token = _tokens[_index];
            if (token.Kind == TokenKind.EndOfFile)
                return token;
            _previousEnd = token.Span.End;
            if (token.Kind == TokenKind.Dot)
            {
                _lexer.LexForm(_tokens);
                _index = 0;
            }
            else
            {
                _index++;
            }
            return token;
        }

        private int PreviousEnd => _previousEnd;

        private ImmutableArray<ErlangTerm> ParseTerms()
        {
            var terms = ImmutableArray.CreateBuilder<ErlangTerm>();
            while (Current.Kind != TokenKind.EndOfFile)
            {
                var term = ParseTerm();
                if (term != null && Current.Kind == TokenKind.Dot)
                {
                    Advance();
                    terms.Add(term);
                    continue;
                }
                if (term != null)
                    Error(Current, "'.'");
                SkipPastDot();
            }
            return terms.ToImmutable();
        }

        /// <summary>Erlang reads a file form by form, each ending at a '.' token; an error spoils only its own form.</summary>
        private void SkipPastDot()
        {
            while (Current.Kind != TokenKind.EndOfFile && Advance().Kind != TokenKind.Dot)
            {
            }
        }

        /// <summary>A container being read: what opened it, and where its terms start on the value stack.</summary>
        private struct Frame
        {
            public Frame(TokenKind opener, int start, int firstValue)
            {
                Opener = opener;
                Start = start;
                FirstValue = firstValue;
                PendingKey = false;
                ReadingTail = false;
                TailListsRead = 0;
            }

            /// <summary><see cref="TokenKind.OpenBrace"/>, <see cref="TokenKind.OpenBracket"/>, <see cref="TokenKind.Hash"/> or <see cref="TokenKind.OpenParen"/>.</summary>
            public TokenKind Opener { get; }

            public int Start { get; }

            /// <summary>The index of its first term on the value stack (a map's keys and values alternate there).</summary>
            public int FirstValue { get; }

            /// <summary>A map key read, waiting for its value.</summary>
            public bool PendingKey { get; set; }

            /// <summary>A list after its '|': the next term is the tail.</summary>
            public bool ReadingTail { get; set; }

            /// <summary>Tail lists read on in this frame (<c>[a | [b | [c]]]</c>: two), each closed by a ']' of its own.</summary>
            public int TailListsRead { get; set; }
        }

        private ref Frame Top => ref _frames[_depth - 1];

        private void Push(Frame frame) => _frames[_depth++] = frame;

        private void PushValue(ErlangTerm value)
        {
            if (_valueCount == _values.Length)
                Array.Resize(ref _values, _values.Length * 2);
            _values[_valueCount++] = value;
        }

        /// <summary>One term, or null once an error is reported.</summary>
        private ErlangTerm? ParseTerm()
        {
            // A term left unfinished by an error leaves its containers behind.
            _depth = 0;
            Array.Clear(_values, 0, _valueCount);
            _valueCount = 0;
            while (true)
            {
                // Read a term, or open a container and come back for its first element.
                ErlangTerm value;
                var token = Current;
                if (token.Kind == TokenKind.OpenBracket && _depth > 0 && Top.ReadingTail)
                {
                    // [H | [T...]] is the list [H, T...]: the tail list is read on in the same frame, so a chain of
                    // tails neither nests nor copies every element into each list around it.
                    Advance();
                    ref var tailOwner = ref Top;
                    tailOwner.ReadingTail = false;
                    tailOwner.TailListsRead++;
                    if (!IsCloserOf(tailOwner.Opener, Current.Kind))
                        continue;
                    var list = CloseAtCloser(_frames[--_depth]);
                    if (list == null)
                        return null;
                    value = list;
                }
                else if (IsOpener(token.Kind))
                {
                    if (_depth >= MaxDepth)
                    {
                        _errors.Add(NestingLimit.TooDeep(_filePath, _source, token.Span));
                        return null;
                    }
                    Advance();
                    if (token.Kind == TokenKind.Hash && !Expect(TokenKind.OpenBrace, "'{'"))
                        return null;
                    var frame = new Frame(token.Kind, token.Span.Start, _valueCount);
                    if (!IsCloserOf(frame.Opener, Current.Kind))
                    {
                        Push(frame);
                        continue;
                    }
                    value = Close(frame, Advance());
                }
                else
                {
                    var scalar = ParseScalar();
                    if (scalar == null)
                        return null;
                    value = scalar;
                }

                // Hand the term to the containers it completes, until one wants another term.
                var needTerm = false;
                while (!needTerm)
                {
                    if (_depth == 0)
                        return value;
                    ref var frame = ref Top;
                    if (frame.Opener == TokenKind.OpenParen)
                    {
                        if (!Expect(TokenKind.CloseParen, "')'"))
                            return null;
                        _depth--;
                        continue;
                    }
                    Add(ref frame, value);
                    var next = Current;
                    if (next.Kind == TokenKind.Comma && !frame.PendingKey && !frame.ReadingTail)
                    {
                        Advance();
                        needTerm = true;
                    }
                    else if (next.Kind == TokenKind.Bar && frame.Opener == TokenKind.OpenBracket && !frame.ReadingTail)
                    {
                        Advance();
                        frame.ReadingTail = true;
                        needTerm = true;
                    }
                    else if (frame.PendingKey)
                    {
                        // The key was just read: Erlang would accept ':=' only in a map update, never in a term.
                        if (!Expect(TokenKind.MapArrow, "'=>'"))
                            return null;
                        needTerm = true;
                    }
                    else if (IsCloserOf(frame.Opener, next.Kind))
                    {
                        var closed = CloseAtCloser(_frames[--_depth]);
                        if (closed == null)
                            return null;
                        value = closed;
                    }
                    else
                    {
                        Error(next, ExpectedAfterElement(frame.Opener, frame.ReadingTail));
                        return null;
                    }
                }
            }
        }

        private static bool IsOpener(TokenKind kind) =>
            kind is TokenKind.OpenBrace or TokenKind.OpenBracket or TokenKind.Hash or TokenKind.OpenParen;

        private static bool IsCloserOf(TokenKind opener, TokenKind kind) => opener switch
        {
            TokenKind.OpenBracket => kind == TokenKind.CloseBracket,
            TokenKind.OpenParen => false,
            _ => kind == TokenKind.CloseBrace,
        };

        private static string ExpectedAfterElement(TokenKind opener, bool readingTail) => opener switch
        {
            TokenKind.OpenBracket => readingTail ? "']'" : "',', '|' or ']'",
            _ => "',' or '}'",
        };

        /// <summary>Adds a completed term to its container (a list's tail goes last among its elements until it closes; a map's keys and values alternate).</summary>
        private void Add(ref Frame frame, ErlangTerm value)
        {
            if (frame.Opener == TokenKind.Hash)
                frame.PendingKey = !frame.PendingKey;
            PushValue(value);
        }

        /// <summary>Closes a container at its closer, which is the current token; a list takes the ']' of every tail list read into it too.</summary>
        private ErlangTerm? CloseAtCloser(Frame frame)
        {
            var closer = Advance();
            for (var i = 0; i < frame.TailListsRead; i++)
            {
                if (Current.Kind != TokenKind.CloseBracket)
                {
                    Error(Current, "']'");
                    return null;
                }
                closer = Advance();
            }
            return Close(frame, closer);
        }

        /// <summary>The closed container's term, made of its terms on the value stack, which it takes off.</summary>
        private ErlangTerm Close(Frame frame, Token closer)
        {
            var term = Container(frame, TextSpan.FromBounds(frame.Start, closer.Span.End));
            Array.Clear(_values, frame.FirstValue, _valueCount - frame.FirstValue);
            _valueCount = frame.FirstValue;
            return term;
        }

        private ErlangTerm Container(Frame frame, TextSpan span)
        {
            var first = frame.FirstValue;
            var count = _valueCount - first;
            switch (frame.Opener)
            {
                case TokenKind.OpenBrace:
                    return new ErlangTuple(ImmutableArray.Create(_values, first, count), span);
                case TokenKind.Hash:
                    var entries = ImmutableArray.CreateBuilder<ErlangMapEntry>(count / 2);
                    for (var i = first; i < _valueCount; i += 2)
                        entries.Add(new ErlangMapEntry(_values[i], _values[i + 1]));
                    return new ErlangMap(entries.MoveToImmutable(), span);
            }
            if (!frame.ReadingTail)
                return new ErlangList(ImmutableArray.Create(_values, first, count), null, span);
            // The tail was added last. A list tail is flattened ([1|[2]] is [1,2]; it was flattened itself
            // already); "" is [] to Erlang; any other tail, a non-empty string included, stays the tail.
            var tail = _values[_valueCount - 1];
            switch (tail)
            {
                case ErlangList list:
                    var elements = ImmutableArray.CreateBuilder<ErlangTerm>(count - 1 + list.Elements.Length);
                    for (var i = first; i < _valueCount - 1; i++)
                        elements.Add(_values[i]);
                    elements.AddRange(list.Elements);
                    return new ErlangList(elements.MoveToImmutable(), list.Tail, span);
                case ErlangString { Value.Length: 0 }:
                    return new ErlangList(ImmutableArray.Create(_values, first, count - 1), null, span);
                default:
                    return new ErlangList(ImmutableArray.Create(_values, first, count - 1), tail, span);
            }
        }

        /// <summary>A term that is not a container: an atom, string, number, binary or fun.</summary>
        private ErlangTerm? ParseScalar()
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.Atom:
                case TokenKind.QuotedAtom:
                    Advance();
                    return new ErlangAtom(AtomName(token), token.Span);
                case TokenKind.String:
                    var first = _index;
                    while (Current.Kind == TokenKind.String)
                        Advance();
                    return new ErlangString(JoinStrings(first, _index), TextSpan.FromBounds(token.Span.Start, PreviousEnd));
                case TokenKind.Integer:
                case TokenKind.Char:
                case TokenKind.Float:
                case TokenKind.Minus:
                case TokenKind.Plus:
                    return ParseNumber();
                case TokenKind.Fun:
                    return ParseFun();
                case TokenKind.OpenBinary:
                    return ParseBinary();
            }
            Error(token, "a term");
            return null;
        }

        /// <summary>The string tokens from index <paramref name="first"/> up to <paramref name="end"/>, joined as Erlang's parser joins adjacent literals.</summary>
        private string JoinStrings(int first, int end)
        {
            if (end - first == 1)
                return Unquote(_tokens[first]);
            var joined = new StringBuilder();
            for (var i = first; i < end; i++)
                joined.Append(Unquote(_tokens[i]));
            return joined.ToString();
        }

        private ErlangTerm? ParseNumber()
        {
            var operand = ParseOperand(allowString: false, allowFloat: true, "a number");
            if (operand == null)
                return null;
            var (literal, _, _, negative, span) = operand.Value;
            if (literal.Kind == TokenKind.Float)
            {
                NumberLiterals.TryFloatValue(_text, literal.Span, out var value);
                return new ErlangFloat(negative ? -value : value, span);
            }
            var integer = IntegerValue(literal);
            return new ErlangInteger(negative ? -integer : integer, span);
        }

        /// <summary>
        /// Reads <c>(</c>* [sign <c>(</c>*] literal <c>)</c>*: what Erlang accepts where a number is wanted, since
        /// parentheses vanish in parsing and normalise/1 folds one '-' or '+' on an integer, character or float.
        /// </summary>
        private (Token Literal, int FirstIndex, int EndIndex, bool Negative, TextSpan Span)? ParseOperand(bool allowString, bool allowFloat, string expected)
        {
            var start = Current.Span.Start;
            var parentheses = SkipOpenParentheses();
            var signed = Current.Kind is TokenKind.Minus or TokenKind.Plus;
            var negative = Current.Kind == TokenKind.Minus;
            if (signed)
            {
                Advance();
                parentheses += SkipOpenParentheses();
            }
            var literal = Current;
            var firstIndex = _index;
            var accepted = literal.Kind is TokenKind.Integer or TokenKind.Char
                || (allowFloat && literal.Kind == TokenKind.Float)
                || (allowString && !signed && literal.Kind == TokenKind.String);
            if (!accepted)
            {
                Error(literal, expected);
                return null;
            }
            Advance();
            while (literal.Kind == TokenKind.String && Current.Kind == TokenKind.String)
                Advance();
            var literalEnd = _index;
            for (var i = 0; i < parentheses; i++)
            {
                if (!Expect(TokenKind.CloseParen, "')'"))
                    return null;
            }
            return (literal, firstIndex, literalEnd, negative, TextSpan.FromBounds(start, PreviousEnd));
        }

        private int SkipOpenParentheses()
        {
            var count = 0;
            while (Current.Kind == TokenKind.OpenParen)
            {
                Advance();
                count++;
            }
            return count;
        }

        /// <summary><c>fun Module:Function/Arity</c> with atoms and an integer written out, as erl_parse requires.</summary>
        private ErlangTerm? ParseFun()
        {
            var start = Advance().Span.Start;
            var module = Current;
            if (!ExpectAtom() || !Expect(TokenKind.Colon, "':'"))
                return null;
            var function = Current;
            if (!ExpectAtom() || !Expect(TokenKind.Slash, "'/'"))
                return null;
            var arity = Current;
            if (!Expect(TokenKind.Integer, "an arity"))
                return null;
            var arityValue = IntegerValue(arity);
            if (arityValue > 255)
            {
                Error(arity, "an arity from 0 to 255", "a larger integer");
                return null;
            }
            return new ErlangFun(AtomName(module), AtomName(function), (int)arityValue, TextSpan.FromBounds(start, arity.Span.End));
        }

        /// <summary>
        /// <c>&lt;&lt;Segment, ...&gt;&gt;</c> where a segment is an integer, character or string with an optional
        /// <c>:Size</c> in bits (default 8). Type specifiers (<c>/utf8</c>, <c>/binary</c>...) are not supported,
        /// nor are bitstrings that do not fill whole bytes; both are reported as errors.
        /// </summary>
        private ErlangTerm? ParseBinary()
        {
            var open = Advance();
            var bits = new BitWriter();
            if (Current.Kind != TokenKind.CloseBinary)
            {
                while (true)
                {
                    if (!ParseSegment(bits))
                        return null;
                    if (Current.Kind == TokenKind.Comma)
                    {
                        Advance();
                        continue;
                    }
                    if (!Expect(TokenKind.CloseBinary, "',' or '>>'"))
                        return null;
                    break;
                }
            }
            else
            {
                Advance();
            }
            var span = TextSpan.FromBounds(open.Span.Start, PreviousEnd);
            if (bits.BitCount % 8 != 0)
            {
                Error(span, "a binary of whole bytes", "a bitstring");
                return null;
            }
            return new ErlangBinary(bits.ToBytes(), span);
        }

        private bool ParseSegment(BitWriter bits)
        {
            var operand = ParseOperand(allowString: true, allowFloat: false, "an integer or a string");
            if (operand == null)
                return false;
            var (literal, firstIndex, endIndex, negative, span) = operand.Value;
            var size = 8;
            if (Current.Kind == TokenKind.Colon)
            {
                Advance();
                var sizeOperand = ParseOperand(allowString: false, allowFloat: false, "a size");
                if (sizeOperand == null)
                    return false;
                var (sizeLiteral, _, _, sizeNegative, sizeSpan) = sizeOperand.Value;
                var sizeValue = IntegerValue(sizeLiteral);
                if ((sizeNegative && !sizeValue.IsZero) || sizeValue > MaxBinaryBits)
                {
                    Error(sizeSpan, "a size from 0 to " + MaxBinaryBits, "another size");
                    return false;
                }
                size = (int)sizeValue;
            }
            if (literal.Kind != TokenKind.String)
            {
                var value = IntegerValue(literal);
                bits.Append(negative ? -value : value, size);
            }
            else
            {
                // Each character of a string segment is its own integer segment of that size.
                var text = JoinStrings(firstIndex, endIndex);
                for (var i = 0; i < text.Length && bits.BitCount <= MaxBinaryBits;)
                {
                    i += Escapes.CodeUnitsAt(text, i, out var codePoint);
                    bits.Append(codePoint, size);
                }
            }
            if (bits.BitCount > MaxBinaryBits)
            {
                Error(span, "a binary of at most " + MaxBinaryBits / 8 + " bytes", "a larger binary");
                return false;
            }
            return true;
        }

        private BigInteger IntegerValue(Token token)
        {
            if (token.Kind != TokenKind.Char)
                return NumberLiterals.IntegerValue(_text, token.Span);
            Escapes.ReadCharacter(_text, token.Span.Start + 1, out var codePoint, out _);
            return codePoint;
        }

        private string AtomName(Token token) =>
            token.Kind == TokenKind.QuotedAtom ? Unquote(token) : _strings.Get(_text, token.Span.Start, token.Span.Length);

        /// <summary>The value of a string or quoted atom token (which the lexer has checked), escapes applied.</summary>
        private string Unquote(Token token)
        {
            var start = token.Span.Start + 1;
            var end = token.Span.End - 1;
            if (_text.IndexOf('\\', start, end - start) < 0)
                return _strings.Get(_text, start, end - start);
            var value = _unescaped ??= new StringBuilder();
            value.Clear();
            for (var i = start; i < end;)
            {
                Escapes.ReadCharacter(_text, i, out var codePoint, out var length);
                i += length;
                if (codePoint > 0xFFFF)
                    value.Append(char.ConvertFromUtf32(codePoint));
                else
                    value.Append((char)codePoint);
            }
            return value.ToString();
        }

        private bool ExpectAtom()
        {
            if (Current.Kind is TokenKind.Atom or TokenKind.QuotedAtom)
            {
                Advance();
                return true;
            }
            Error(Current, "an atom");
            return false;
        }

        private bool Expect(TokenKind kind, string expected)
        {
            if (Current.Kind == kind)
            {
                Advance();
                return true;
            }
            Error(Current, expected);
            return false;
        }

        /// <summary>Reports an unexpected token; a Bad token was already reported by the lexer.</summary>
        private void Error(Token token, string expected)
        {
            if (token.Kind != TokenKind.Bad)
                Error(token.Span, expected, token.Kind.Describe());
        }

        private void Error(Token token, string expected, string found) => Error(token.Span, expected, found);

        private void Error(TextSpan span, string expected, string found) =>
            _errors.Add(new ParseError(ParseErrorKind.Syntax, _filePath, _source, span, expected, found));
    }
}
