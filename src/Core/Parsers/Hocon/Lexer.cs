using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>
    /// Splits HOCON text into tokens and trivia covering every character, following the token rules of
    /// emqx/hocon's scanner (hocon_scanner.xrl): a character no rule accepts is a scan error there,
    /// here a <see cref="SyntaxKind.Bad"/> token and an error, and lexing goes on. A struct: each file's lexing makes
    /// no object of its own.
    /// </summary>
    internal struct Lexer
    {
        private readonly string _text;
        private readonly SourceText _source;
        private readonly string _filePath;
        // Every token and trivia (for the tree's Tokens), or only what the parser reads (trivia left out).
        private readonly TokenBuffer _tokens;
        private readonly bool _keepTrivia;
        private readonly List<ParseError> _errors;
        private int _position;
        private bool _badAlreadyReported;
        // A malformed ${ looks for '}' to the end of its line; where one search found none, a later ${ before that
        // line end needs no search (which would make a line of them quadratic).
        private int _noClosingBraceUntil;

        private Lexer(SourceText source, string filePath, List<ParseError> errors, TokenBuffer tokens, bool keepTrivia)
        {
            _source = source;
            _text = source.ToString();
            _filePath = filePath;
            _errors = errors;
            _tokens = tokens;
            _keepTrivia = keepTrivia;
        }

        /// <summary>All tokens and trivia in order, ending with a zero-length <see cref="SyntaxKind.EndOfFile"/>.</summary>
        public static ImmutableArray<SyntaxToken> Lex(SourceText source, string filePath, List<ParseError> errors)
        {
            using var tokens = new TokenBuffer(source.Length / 3);
            var lexer = new Lexer(source, filePath, errors, tokens, keepTrivia: true);
            lexer.LexAll();
            return tokens.ToImmutableArray();
        }

        /// <summary>The tokens without trivia, ending with <see cref="SyntaxKind.EndOfFile"/>; the caller disposes the buffer.</summary>
        public static TokenBuffer LexSignificant(SourceText source, string filePath, List<ParseError> errors)
        {
            // About one significant token per 7 characters in EMQX files; the buffer grows if there are more.
            var tokens = new TokenBuffer(source.Length / 7);
            var lexer = new Lexer(source, filePath, errors, tokens, keepTrivia: false);
            lexer.LexAll();
            return tokens;
        }

        private char Peek(int ahead = 0) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

        private bool AtEnd(int ahead = 0) => _position + ahead >= _text.Length;

        private void LexAll()
        {
            while (true)
            {
                // Without trivia kept, a run of blanks, line breaks and comments is passed in one loop, not a token at a time.
                if (!_keepTrivia)
                    SkipTrivia();
                if (AtEnd())
                    break;
                var start = _position;
                _badAlreadyReported = false;
                var kind = LexOne();
                if (kind == SyntaxKind.Bad && !_badAlreadyReported)
                {
                    // One token and one error per run of characters no token starts with.
                    while (!AtEnd() && !StartsToken())
                        _position++;
                    Error(start, _position - start, "a token", "an invalid character");
                }
                if (_keepTrivia || !kind.IsTrivia())
                    _tokens.Add(new SyntaxToken(kind, start, _position - start));
            }
            _tokens.Add(new SyntaxToken(SyntaxKind.EndOfFile, _text.Length, 0));
        }

        private SyntaxKind LexOne()
        {
            var c = Peek();
            switch (c)
            {
                case '{': _position++; return SyntaxKind.OpenBrace;
                case '}': _position++; return SyntaxKind.CloseBrace;
                case '[': _position++; return SyntaxKind.OpenBracket;
                case ']': _position++; return SyntaxKind.CloseBracket;
                case ',': _position++; return SyntaxKind.Comma;
                case ':': _position++; return SyntaxKind.Colon;
                case '=': _position++; return SyntaxKind.Equals;
                case '#': return LexComment();
                case '"': return Peek(1) == '"' && Peek(2) == '"' ? LexTripleQuoted() : LexQuoted();
                case '$': return LexSubstitution();
                case '/':
                    if (Peek(1) == '/')
                        return LexComment();
                    _position++;
                    return SyntaxKind.Bad;
            }
            if (IsNewline(c))
            {
                _position += c == '\r' && Peek(1) == '\n' ? 2 : 1;
                return SyntaxKind.Newline;
            }
            if (IsWhitespace(c))
            {
                while (!AtEnd() && IsWhitespace(Peek()))
                    _position++;
                return SyntaxKind.Whitespace;
            }
            if (IsLetter(c))
                return LexUnquoted();
            if (IsDigit(c) || ((c == '-' || c == '+') && IsDigit(Peek(1))) || (c == '.' && IsDigit(Peek(1))))
                return LexNumber();
            _position++;
            return SyntaxKind.Bad;
        }

        private void SkipTrivia()
        {
            var text = _text;
            var position = _position;
            while (position < text.Length)
            {
                var c = text[position];
                if (IsWhitespace(c) || IsNewline(c))
                    position++;
                else if (c == '#' || (c == '/' && position + 1 < text.Length && text[position + 1] == '/'))
                {
                    _position = position;
                    LexComment();
                    position = _position;
                }
                else
                    break;
            }
            _position = position;
        }

        private bool StartsToken()
        {
            var c = Peek();
            return "{}[],:=#\"$".IndexOf(c) >= 0 || (c == '/' && Peek(1) == '/') || IsNewline(c) || IsWhitespace(c)
                || IsLetter(c) || IsDigit(c) || ((c == '-' || c == '+' || c == '.') && IsDigit(Peek(1)));
        }

        private SyntaxKind LexComment()
        {
            // Comments are most of a shipped file's characters: one vectorized search, not a loop per character.
            var length = _text.AsSpan(_position).IndexOfAny(NewlineCharacters.AsSpan());
            _position = length < 0 ? _text.Length : _position + length;
            return SyntaxKind.Comment;
        }

        private const string NewlineCharacters = "\n\r\u2028\u2029";

        private SyntaxKind LexUnquoted()
        {
            var text = _text;
            var start = _position;
            var position = start;
            while (position < text.Length && IsUnquotedChar(text[position]))
                position++;
            _position = position;
            var length = position - start;
            if (Is(start, length, "true")) return SyntaxKind.True;
            if (Is(start, length, "false")) return SyntaxKind.False;
            if (Is(start, length, "null")) return SyntaxKind.Null;
            if (Is(start, length, "required") && Peek() == '(')
                return LexRequiredInclude();
            return SyntaxKind.UnquotedString;
        }

        /// <summary>emqx/hocon scans <c>required("file")</c> as one token, without spaces inside.</summary>
        private SyntaxKind LexRequiredInclude()
        {
            var afterName = _position;
            var errorCount = _errors.Count;
            _position++; // '('
            if (Peek() == '"' && !(Peek(1) == '"' && Peek(2) == '"'))
            {
                LexQuoted();
                if (Peek() == ')' && _errors.Count == errorCount)
                {
                    _position++;
                    return SyntaxKind.RequiredInclude;
                }
            }
            // Not the include form: "required" is a plain string and '(' is not a token.
            _errors.RemoveRange(errorCount, _errors.Count - errorCount);
            _position = afterName;
            return SyntaxKind.UnquotedString;
        }

        private SyntaxKind LexNumber()
        {
            var signed = Peek() == '-' || Peek() == '+';
            if (signed)
                _position++;
            var digitsStart = _position;
            SkipDigits();
            var hasInteger = _position > digitsStart;
            if (Peek() == '.' && IsDigit(Peek(1)))
            {
                _position++;
                SkipDigits();
                // An exponent only after an integer part: Float = Integer? Fraction | Integer Fraction Exponent.
                if (hasInteger && (Peek() == 'e' || Peek() == 'E'))
                {
                    var exponentLength = (Peek(1) == '+' || Peek(1) == '-') ? 2 : 1;
                    if (IsDigit(Peek(exponentLength)))
                    {
                        _position += exponentLength;
                        SkipDigits();
                    }
                }
                return SyntaxKind.Float;
            }
            if (!signed)
            {
                var unitLength = UnitLength();
                if (unitLength > 0)
                {
                    _position += unitLength;
                    return SyntaxKind.UnitString;
                }
            }
            return SyntaxKind.Integer;
        }

        /// <summary>The longest unit emqx/hocon reads after digits: %, b/kb/mb/gb, d/h/m/s/ms (each lower or upper case, not mixed).</summary>
        private int UnitLength()
        {
            var c = Peek();
            var next = Peek(1);
            if (c == '%')
                return 1;
            if ((c == 'k' || c == 'm' || c == 'g') && next == 'b') return 2;
            if ((c == 'K' || c == 'M' || c == 'G') && next == 'B') return 2;
            if ((c == 'm' && next == 's') || (c == 'M' && next == 'S')) return 2;
            return "bBdDhHmMsS".IndexOf(c) >= 0 ? 1 : 0;
        }

        private void SkipDigits()
        {
            while (!AtEnd() && IsDigit(Peek()))
                _position++;
        }

        private SyntaxKind LexQuoted()
        {
            var text = _text;
            var start = _position;
            var position = start + 1;
            while (position < text.Length)
            {
                var c = text[position];
                if (c == '"')
                {
                    _position = position + 1;
                    return SyntaxKind.QuotedString;
                }
                if (IsNewline(c))
                    break;
                position += c == '\\' && position + 1 < text.Length && !IsNewline(text[position + 1]) ? 2 : 1;
            }
            _position = position;
            Error(start, _position - start, "'\"'", AtEnd() ? "end of file" : "a newline");
            return SyntaxKind.QuotedString;
        }

        private SyntaxKind LexTripleQuoted()
        {
            var start = _position;
            _position += 3;
            var indented = OpensIndentedForm(Peek(), Peek(1), Peek(2));
            // emqx/hocon refuses a quote right after the opening triple quote.
            if (Peek() == '"')
                Error(_position, 1, "text", "'\"'");
            while (!AtEnd())
            {
                if (Peek() == '"' && Peek(1) == '"' && Peek(2) == '"')
                {
                    _position += 3;
                    if (Peek() == '"')
                    {
                        // ...and a quote right after the closing one.
                        var extra = _position;
                        while (Peek() == '"')
                            _position++;
                        Error(extra, _position - extra, "the end of the string", "'\"'");
                    }
                    return SyntaxKind.TripleQuotedString;
                }
                // Backslash escapes apply in plain triple quotes, not in the indented ("""~) form.
                _position += !indented && Peek() == '\\' && !AtEnd(1) ? 2 : 1;
            }
            _position = _text.Length;
            Error(start, 3, "'\"\"\"'", "end of file");
            return SyntaxKind.TripleQuotedString;
        }

        /// <summary><c>${path}</c> or <c>${?path}</c> with an unquoted path and no spaces, as emqx/hocon scans it.</summary>
        private SyntaxKind LexSubstitution()
        {
            var start = _position;
            var p = 1;
            if (Peek(p) == '{')
            {
                p++;
                if (Peek(p) == '?')
                    p++;
                if (IsLetter(Peek(p)))
                {
                    while (!AtEnd(p) && IsUnquotedChar(Peek(p)))
                        p++;
                    if (Peek(p) == '}')
                    {
                        _position += p + 1;
                        return SyntaxKind.Substitution;
                    }
                }
            }
            // Not a substitution: one bad token up to a closing brace on the same line, so the
            // braces of a malformed ${...} do not open an object.
            var end = 1;
            if (start >= _noClosingBraceUntil)
            {
                while (!AtEnd(end) && !IsNewline(Peek(end)) && Peek(end) != '}')
                    end++;
                if (Peek(end) != '}')
                    _noClosingBraceUntil = start + end;
            }
            _position += Peek(end) == '}' ? end + 1 : 1;
            Error(start, _position - start, "a substitution '${path}'", "an invalid character");
            _badAlreadyReported = true;
            return SyntaxKind.Bad;
        }

        private bool Is(int start, int length, string word) =>
            length == word.Length && string.CompareOrdinal(_text, start, word, 0, length) == 0;

        private void Error(int start, int length, string expected, string found) =>
            _errors.Add(new ParseError(ParseErrorKind.Syntax, _filePath, _source, new TextSpan(start, length), expected, found));

        /// <summary>Whether the three characters after an opening <c>"""</c> start the indented form: <c>~</c> and a newline.</summary>
        internal static bool OpensIndentedForm(char first, char second, char third) =>
            first == '~' && (second == '\n' || (second == '\r' && third == '\n'));

        internal static bool IsNewline(char c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';

        private static bool IsWhitespace(char c) => c == ' ' || c == '\t' || c == '\u000B' || c == '\u000C' || c == '\u00A0';

        private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        internal static bool IsUnquotedChar(char c) =>
            IsLetter(c) || IsDigit(c) || c == '_' || c == '.' || c == '@' || c == '%' || c == '-' || c == '|';
    }
}
