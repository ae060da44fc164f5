using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.ErlangTerms
{
    /// <summary>
    /// Splits a term file into tokens the way erl_scan (OTP 25) does, skipping white space and '%' comments.
    /// Text erl_scan refuses (an illegal character, a bad escape, an unterminated string, a malformed number,
    /// an atom over 255 characters, a byte-order mark, U+FFFE or U+FFFF even in a comment) becomes one
    /// <see cref="TokenKind.Bad"/> token and one error, and lexing goes on.
    /// </summary>
    internal sealed class Lexer
    {
        /// <summary>erl_scan refuses longer atoms ("illegal atom").</summary>
        private const int MaxAtomLength = 255;

        private readonly string _text;
        private readonly SourceText _source;
        private readonly string _filePath;
        private readonly List<ParseError> _errors;
        private List<Token> _tokens = new List<Token>();
        private bool _byteOrderMarkPending;
        private int _lastTokenEnd;
        private int _position;

        /// <summary>
        /// A lexer of <paramref name="text"/> (the content of <paramref name="source"/>), reporting to <paramref name="errors"/>.
        /// A byte-order mark the file's bytes started with is not in the text; file:consult reads it as the character
        /// U+FEFF, which erl_scan refuses, so then the first form starts with an empty Bad token for it.
        /// </summary>
        public Lexer(SourceText source, string text, string filePath, bool startsWithByteOrderMark, List<ParseError> errors)
        {
            _source = source;
            _text = text;
            _filePath = filePath;
            _errors = errors;
            _byteOrderMarkPending = startsWithByteOrderMark;
        }

        /// <summary>All tokens of the file at once, as <see cref="LexForm"/> hands them out form by form.</summary>
        public static List<Token> Lex(SourceText source, string text, string filePath, bool startsWithByteOrderMark, List<ParseError> errors)
        {
            var lexer = new Lexer(source, text, filePath, startsWithByteOrderMark, errors);
            var all = new List<Token>();
            var form = new List<Token>();
            do
            {
                lexer.LexForm(form);
                all.AddRange(form);
            }
            while (form[form.Count - 1].Kind != TokenKind.EndOfFile);
            return all;
        }

        /// <summary>
        /// Replaces the content of <paramref name="tokens"/> with the next form's tokens: up to its term-ending
        /// <see cref="TokenKind.Dot"/>, or to the end of the file and a zero-length <see cref="TokenKind.EndOfFile"/>
        /// placed right after the last token (erl reports a term cut off by the end of the file on the line of its
        /// last token). A form at a time, so a large file never has all its tokens in memory at once.
        /// </summary>
        public void LexForm(List<Token> tokens)
        {
            tokens.Clear();
            _tokens = tokens;
            if (_byteOrderMarkPending)
            {
                _byteOrderMarkPending = false;
                Add(new Token(Bad(0, 0, "a token", "a byte-order mark"), 0, 0));
            }
            while (true)
            {
                SkipWhitespaceAndComments();
                if (AtEnd())
                {
                    tokens.Add(new Token(TokenKind.EndOfFile, _lastTokenEnd, 0));
                    return;
                }
                var start = _position;
                var kind = LexOne();
                Add(new Token(kind, start, _position - start));
                if (kind == TokenKind.Dot)
                    return;
            }
        }

        private void Add(Token token)
        {
            _tokens.Add(token);
            _lastTokenEnd = token.Span.End;
        }

        private char Peek(int ahead = 0) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

        private bool AtEnd(int ahead = 0) => _position + ahead >= _text.Length;

        private void SkipWhitespaceAndComments()
        {
            while (!AtEnd())
            {
                var c = Peek();
                if (c == '%')
                {
                    SkipComment();
                }
                else if (ErlangSyntax.IsWhitespace(c))
                {
                    _position++;
                }
                else
                {
                    return;
                }
            }
        }

        /// <summary>Skips to the end of the line; erl_scan refuses U+FFFE and U+FFFF even here, so each is a Bad token.</summary>
        private void SkipComment()
        {
            while (!AtEnd() && Peek() != '\n')
            {
                var start = _position;
                var length = Escapes.CodeUnitsAt(_text, start, out var codePoint);
                if (ErlangSyntax.IsAllowedCodePoint(codePoint))
                    _position += length;
                else
                    Add(new Token(Bad(start, length, "a valid character", "an invalid character"), start, length));
            }
        }

        private TokenKind LexOne()
        {
            var c = Peek();
            if (ErlangSyntax.IsAtomStart(c))
                return LexName(isVariable: false);
            if (ErlangSyntax.IsVariableStart(c))
                return LexName(isVariable: true);
            if (ErlangSyntax.IsDigit(c))
                return LexNumber();
            switch (c)
            {
                case '"': return LexQuoted('"', TokenKind.String);
                case '\'': return LexQuoted('\'', TokenKind.QuotedAtom);
                case '$': return LexChar();
                case '.':
                    _position++;
                    return AtEnd() || Peek() == '%' || ErlangSyntax.IsWhitespace(Peek()) ? TokenKind.Dot : TokenKind.Period;
                case '{': _position++; return TokenKind.OpenBrace;
                case '}': _position++; return TokenKind.CloseBrace;
                case '[': _position++; return TokenKind.OpenBracket;
                case ']': _position++; return TokenKind.CloseBracket;
                case '(': _position++; return TokenKind.OpenParen;
                case ')': _position++; return TokenKind.CloseParen;
                case ',': _position++; return TokenKind.Comma;
                case '#': _position++; return TokenKind.Hash;
                case '/': _position++; return TokenKind.Slash;
                case '-': _position++; return TokenKind.Minus;
                case '+': _position++; return TokenKind.Plus;
                // erl_scan takes the longest operator: '<<' '>>' '=>' ':=' '||' are single tokens.
                case '|': return Pair('|', TokenKind.DoubleBar, TokenKind.Bar);
                case ':': return Pair('=', TokenKind.MapExact, TokenKind.Colon);
                case '<': return Pair('<', TokenKind.OpenBinary, TokenKind.OtherSymbol);
                case '>': return Pair('>', TokenKind.CloseBinary, TokenKind.OtherSymbol);
                case '=': return Pair('>', TokenKind.MapArrow, TokenKind.OtherSymbol);
            }
            var length = Escapes.CodeUnitsAt(_text, _position, out var codePoint);
            _position += length;
            if (codePoint <= 0xFF)
                return TokenKind.OtherSymbol; // ASCII and Latin-1 punctuation are operator tokens to erl_scan
            return Bad(_position - length, length, "a token", "an invalid character");
        }

        private TokenKind Pair(char second, TokenKind pair, TokenKind single)
        {
            _position++;
            if (Peek() != second)
                return single;
            _position++;
            return pair;
        }

        private TokenKind LexName(bool isVariable)
        {
            var start = _position;
            while (_position < _text.Length && ErlangSyntax.IsNameChar(_text[_position]))
                _position++;
            if (isVariable)
                return TokenKind.Variable;
            var length = _position - start;
            if (length > MaxAtomLength)
                return Bad(start, length, "an atom of at most 255 characters", "a longer atom");
            return ErlangSyntax.ReservedWordAt(_text, start, length) switch
            {
                null => TokenKind.Atom,
                "fun" => TokenKind.Fun,
                _ => TokenKind.ReservedWord,
            };
        }

        /// <summary>Digits with single '_' between them, then <c>#digits</c> (a base) or <c>.digits[e[+-]digits]</c> (a float).</summary>
        private TokenKind LexNumber()
        {
            var start = _position;
            SkipDigits(10);
            if (Peek() == '#')
            {
                var numberBase = NumberLiterals.IntegerValue(_text, TextSpan.FromBounds(start, _position));
                _position++;
                if (numberBase < 2 || numberBase > 36)
                    return Bad(start, _position - start, "a base from 2 to 36", "another base");
                if (!IsDigitIn((int)numberBase, Peek()))
                    return Bad(start, _position - start, "a digit", "an invalid integer");
                SkipDigits((int)numberBase);
                return TokenKind.Integer;
            }
            // "1." then a non-digit is the integer 1 and a dot.
            if (Peek() != '.' || !ErlangSyntax.IsDigit(Peek(1)))
                return TokenKind.Integer;
            _position++;
            SkipDigits(10);
            if (Peek() == 'e' || Peek() == 'E')
            {
                _position++;
                if (Peek() == '+' || Peek() == '-')
                    _position++;
                if (!ErlangSyntax.IsDigit(Peek()))
                    return Bad(start, _position - start, "an exponent", "an invalid float");
                SkipDigits(10);
            }
            if (!NumberLiterals.TryFloatValue(_text, TextSpan.FromBounds(start, _position), out _))
                return Bad(start, _position - start, "a float within range", "an invalid float");
            return TokenKind.Float;
        }

        private void SkipDigits(int numberBase)
        {
            while (IsDigitIn(numberBase, Peek()) || (Peek() == '_' && IsDigitIn(numberBase, Peek(1))))
                _position++;
        }

        private static bool IsDigitIn(int numberBase, char c)
        {
            var value = ErlangSyntax.DigitValue(c);
            return value >= 0 && value < numberBase;
        }

        /// <summary>A string or quoted atom; an unterminated one is reported where it starts, as erl does.</summary>
        private TokenKind LexQuoted(char quote, TokenKind kind)
        {
            var start = _position;
            _position++;
            var valid = true;
            var characters = 0;
            while (true)
            {
                if (AtEnd())
                    return Bad(start, _position - start, "'" + quote + "'", "end of file", new TextSpan(start, 1));
                var c = _text[_position];
                if (c == quote)
                    break;
                // Plain characters (no escape, no surrogate, no U+FFFE or U+FFFF) are the bulk of every string.
                if (c != '\\' && c < '\uD800')
                {
                    _position++;
                    characters++;
                    continue;
                }
                var escapeStart = _position;
                var result = Escapes.ReadCharacter(_text, _position, out _, out var length);
                if (result == Escapes.Result.Unterminated)
                    return Bad(start, _text.Length - start, "'" + quote + "'", "end of file", new TextSpan(start, 1));
                _position += length;
                characters++;
                if (result == Escapes.Result.Illegal)
                {
                    Error(TextSpan.FromBounds(escapeStart, _position), "a valid character or escape", "an invalid character or escape");
                    valid = false;
                }
            }
            _position++;
            if (valid && kind == TokenKind.QuotedAtom && characters > MaxAtomLength)
                return Bad(start, _position - start, "an atom of at most 255 characters", "a longer atom");
            return valid ? kind : TokenKind.Bad;
        }

        private TokenKind LexChar()
        {
            var start = _position;
            _position++;
            var result = Escapes.ReadCharacter(_text, _position, out _, out var length);
            if (result == Escapes.Result.Unterminated)
            {
                _position = _text.Length;
                return Bad(start, _position - start, "a character", "end of file");
            }
            _position += length;
            return result == Escapes.Result.Ok ? TokenKind.Char
                : Bad(start, _position - start, "a valid character or escape", "an invalid character or escape");
        }

        private TokenKind Bad(int start, int length, string expected, string found, TextSpan? errorSpan = null)
        {
            Error(errorSpan ?? new TextSpan(start, length), expected, found);
            _position = start + length;
            return TokenKind.Bad;
        }

        private void Error(TextSpan span, string expected, string found) =>
            _errors.Add(new ParseError(ParseErrorKind.Syntax, _filePath, _source, span, expected, found));
    }
}
