using System;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.ClpConf
{
    /// <summary>
    /// Reads the plain XML every clp.conf is written in (ASCII names, no namespace, DTD, CDATA or processing
    /// instruction) into the same tree as the <see cref="System.Xml.XmlReader"/> path, several times faster: one pass
    /// over the text, no line and column to map back to a position, nothing made but records and the few names. It
    /// gives up on anything outside that subset, and on anything malformed, so that the XmlReader path reads such a
    /// file and reports its errors exactly as before. No recursion: open elements are an array as deep as the limit.
    /// </summary>
    internal sealed class PlainXmlTreeReader
    {
        private const int MaxReferenceLength = 16;

        private readonly string _content;
        private readonly ClpTree _tree;
        // Elements whose end tag is still to come, innermost last.
        private readonly OpenElement[] _open = new OpenElement[NestingLimit.MaxDepth];
        private int _depth;
        private int _at;

        private PlainXmlTreeReader(string content)
        {
            _content = content;
            _tree = new ClpTree(content);
        }

        /// <summary>The tree, or null when the text is not plain well-formed XML.</summary>
        public static ClpTree? TryRead(string content)
        {
            var reader = new PlainXmlTreeReader(content);
            return reader.ReadDocument() ? reader._tree : null;
        }

        private bool ReadDocument()
        {
            if (!ReadProlog() || !ReadStartTag())
                return false;
            while (_depth > 0)
            {
                if (!ReadText())
                    return false;
                var read = Peek(1) switch
                {
                    '/' => ReadEndTag(),
                    '!' => ReadCommentInContent(),
                    _ => ReadStartTag(),
                };
                if (!read)
                    return false;
            }
            return ReadMisc() && _at == _content.Length;
        }

        /// <summary>The XML declaration, then white space and comments, up to the document element's <c>&lt;</c>.</summary>
        private bool ReadProlog()
        {
            if (StartsWith("<?xml") && !ReadDeclaration())
                return false;
            return ReadMisc() && Peek(0) == '<' && IsNameStart(Peek(1));
        }

        /// <summary>White space and comments, outside the document element.</summary>
        private bool ReadMisc()
        {
            while (true)
            {
                SkipSpace();
                if (!StartsWith("<!--"))
                    return true;
                if (!ReadComment())
                    return false;
            }
        }

        /// <summary><c>&lt;?xml version="1.0" encoding="..." standalone="..."?&gt;</c>, in that order, the last two optional.</summary>
        private bool ReadDeclaration()
        {
            _at += "<?xml".Length;
            if (!SkipSpace() || !ReadPseudoAttribute("version", out var version) || version != "1.0")
                return false;
            var spaced = SkipSpace();
            if (spaced && StartsWith("encoding"))
            {
                if (!ReadPseudoAttribute("encoding", out var encoding) || !IsEncodingName(encoding))
                    return false;
                spaced = SkipSpace();
            }
            if (spaced && StartsWith("standalone"))
            {
                if (!ReadPseudoAttribute("standalone", out var standalone) || standalone is not ("yes" or "no"))
                    return false;
                SkipSpace();
            }
            if (!StartsWith("?>"))
                return false;
            _at += 2;
            return true;
        }

        /// <summary>After an attribute's name: <c>=</c> and the quote that opens its value, white space allowed around <c>=</c>; the quote is left unread.</summary>
        private bool ReadEqualsAndOpeningQuote(out char quote)
        {
            quote = default;
            SkipSpace();
            if (Peek(0) != '=')
                return false;
            _at++;
            SkipSpace();
            quote = Peek(0);
            return quote is '"' or '\'';
        }

        private bool ReadPseudoAttribute(string name, out string value)
        {
            value = "";
            if (!StartsWith(name))
                return false;
            _at += name.Length;
            if (!ReadEqualsAndOpeningQuote(out var quote))
                return false;
            var end = _content.IndexOf(quote, _at + 1);
            if (end < 0)
                return false;
            value = _content.Substring(_at + 1, end - _at - 1);
            _at = end + 1;
            return true;
        }

        private static bool StartsWithXml(string name) =>
            name.Length >= 3 && (name[0] | 0x20) == 'x' && (name[1] | 0x20) == 'm' && (name[2] | 0x20) == 'l';

        private static bool IsEncodingName(string name)
        {
            if (name.Length == 0 || !IsAsciiLetter(name[0]))
                return false;
            foreach (var c in name)
            {
                if (!(IsAsciiLetter(c) || IsAsciiDigit(c) || c is '.' or '_' or '-'))
                    return false;
            }
            return true;
        }

        private bool ReadStartTag()
        {
            if (_depth == NestingLimit.MaxDepth)
                return false; // too deep: the XmlReader path skips and reports it
            var nameStart = _at + 1;
            _at = nameStart;
            var nameId = ReadName();
            if (nameId < 0)
                return false;
            var parent = -1;
            if (_depth > 0)
            {
                ref var parentState = ref _open[_depth - 1];
                parentState.HasChildElements = true;
                parent = parentState.Element;
            }
            var element = _tree.AddElement(parent, nameId, nameStart);
            bool empty;
            while (true)
            {
                var spaced = SkipSpace();
                var c = Peek(0);
                if (c == '>' || (c == '/' && Peek(1) == '>'))
                {
                    empty = c == '/';
                    _at += empty ? 2 : 1;
                    break;
                }
                if (!spaced || !ReadAttribute())
                    return false;
            }
            if (empty)
                _tree.SetValue(element, new TextSpan(nameStart + _tree.Names[nameId].Length, 0), null);
            else
                _open[_depth++] = new OpenElement(element);
            return true;
        }

        private bool ReadAttribute()
        {
            var nameStart = _at;
            var nameId = ReadName();
            // xml… and xmlns… attributes mean something to an XML reader: left to it.
            if (nameId < 0 || StartsWithXml(_tree.Names[nameId]))
                return false;
            if (!ReadEqualsAndOpeningQuote(out var quote))
                return false;
            var start = ++_at;
            var hasReference = false;
            for (; _at < _content.Length; _at++)
            {
                var c = _content[_at];
                if (c == quote)
                    break;
                // A line break or tab becomes a space in an attribute value, a '<' is an error: both left to XmlReader.
                if (c is '<' or '\t' or '\n' or '\r' || !IsPlainChar(c))
                    return false;
                if (c == '&')
                {
                    if (!SkipReference())
                        return false;
                    hasReference = true;
                }
            }
            if (_at == _content.Length)
                return false;
            if (_tree.HasAttribute(nameId))
                return false; // repeated: an error
            _tree.AddAttribute(nameId, start, _at - start, hasReference ? Unescape(start, _at) : null);
            _at++;
            return true;
        }

        private bool ReadEndTag()
        {
            var tagStart = _at;
            _at += 2;
            ref var closed = ref _open[_depth - 1];
            var name = _tree.NameOf(closed.Element);
            if (string.CompareOrdinal(_content, _at, name, 0, name.Length) != 0 || IsNameChar(Peek(name.Length)))
                return false;
            _at += name.Length;
            SkipSpace();
            if (Peek(0) != '>')
                return false;
            _at++;
            if (!closed.Complete(this, tagStart))
                return false;
            closed = default;
            _depth--;
            return true;
        }

        /// <summary>Text up to the next <c>&lt;</c>: the value of an element that has no child elements.</summary>
        private bool ReadText()
        {
            var content = _content;
            var start = _at;
            var verbatim = true;
            var i = start;
            while (true)
            {
                i = SkipPlainText(content, i);
                if (i == content.Length)
                    return false;
                var c = content[i];
                if (c == '<')
                    break;
                if (c == '&')
                {
                    _at = i;
                    if (!SkipReference())
                        return false;
                    i = _at;
                    verbatim = false;
                }
                else if (c == '\r')
                    verbatim = false;
                else if (!IsPlainChar(c) || (c == ']' && string.CompareOrdinal(content, i, "]]>", 0, 3) == 0))
                    return false;
                i++;
            }
            _at = i;
            if (i > start)
                _open[_depth - 1].AddText(start, i, verbatim);
            return true;
        }

#if NET
        // Text characters needing no second look: ASCII but controls other than tab and LF, '<', '&' and ']'.
        private static readonly System.Buffers.SearchValues<char> PlainTextAscii = System.Buffers.SearchValues.Create(PlainTextAsciiChars());

        private static string PlainTextAsciiChars()
        {
            var chars = new StringBuilder("\t\n");
            for (var c = ' '; c < '\u007F'; c++)
            {
                if (c is not ('<' or '&' or ']'))
                    chars.Append(c);
            }
            return chars.ToString();
        }
#endif

        /// <summary>The first position from <paramref name="from"/> on of a character that is not plain ASCII text, or the end.</summary>
        private static int SkipPlainText(string content, int from)
        {
#if NET
            var offset = content.AsSpan(from).IndexOfAnyExcept(PlainTextAscii);
            return offset < 0 ? content.Length : from + offset;
#else
            var i = from;
            while (i < content.Length && content[i] is (>= ' ' and < '\u007F') or '\t' or '\n' && content[i] is not ('<' or '&' or ']'))
                i++;
            return i;
#endif
        }

        private bool ReadCommentInContent()
        {
            if (!StartsWith("<!--") || !ReadComment())
                return false; // CDATA, or a DOCTYPE out of place
            _open[_depth - 1].HasComment = true;
            return true;
        }

        private bool ReadComment()
        {
            var body = _at + "<!--".Length;
            var end = _content.IndexOf("--", body, StringComparison.Ordinal);
            if (end < 0 || Peek(end - _at + 2) != '>')
                return false; // "--" inside a comment is an error
            for (var i = body; i < end; i++)
            {
                if (!IsPlainChar(_content[i]))
                    return false;
            }
            _at = end + 3;
            return true;
        }

        /// <summary>An ASCII name (letters, digits, <c>_ - .</c>) as its number in the name table; -1 when there is none there.</summary>
        private int ReadName()
        {
            var content = _content;
            var start = _at;
            if (!IsNameStart(Peek(0)))
                return -1;
            var end = start + 1;
            while (end < content.Length && IsNameChar(content[end]))
                end++;
            _at = end;
            // A name going on in characters outside the subset (a prefix's ':', a non-ASCII letter): left to XmlReader.
            var next = Peek(0);
            if (next == ':' || next > '\u007F')
                return -1;
            return _tree.Names.Id(content, start, end - start);
        }

        /// <summary>Past a predefined entity or character reference at <see cref="_at"/>, onto its <c>;</c>, if it is one that reads to an XML character.</summary>
        private bool SkipReference()
        {
            // The longest reading to an XML character is &#x0010FFFF; or so: no need to look far for the ';'.
            var end = _content.IndexOf(';', _at, Math.Min(MaxReferenceLength, _content.Length - _at));
            if (end < 0 || ReadReference(_at + 1, end) < 0)
                return false;
            _at = end;
            return true;
        }

        /// <summary>The code point a reference's name (between <c>&amp;</c> and <c>;</c>) stands for, or -1.</summary>
        private int ReadReference(int start, int end)
        {
            switch (_content.Substring(start, end - start))
            {
                case "lt": return '<';
                case "gt": return '>';
                case "amp": return '&';
                case "quot": return '"';
                case "apos": return '\'';
            }
            if (_content[start] != '#')
                return -1;
            var hex = start + 1 < end && _content[start + 1] == 'x';
            var digits = start + (hex ? 2 : 1);
            if (digits == end)
                return -1;
            var value = 0;
            for (var i = digits; i < end; i++)
            {
                var digit = DigitValue(_content[i], hex ? 16 : 10);
                if (digit < 0 || value > 0x10FFFF)
                    return -1;
                value = value * (hex ? 16 : 10) + digit;
            }
            var isXmlChar = value is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
            return isXmlChar ? value : -1;
        }

        private static int DigitValue(char c, int radix)
        {
            if (IsAsciiDigit(c))
                return c - '0';
            if (radix == 16 && (c | 0x20) is >= 'a' and <= 'f')
                return (c | 0x20) - 'a' + 10;
            return -1;
        }

        /// <summary>Text between <paramref name="start"/> and <paramref name="end"/> as XML reads it: references expanded, line ends as LF.</summary>
        private string Unescape(int start, int end)
        {
            var value = new StringBuilder(end - start);
            for (var i = start; i < end; i++)
            {
                var c = _content[i];
                if (c == '&')
                {
                    var close = _content.IndexOf(';', i);
                    var code = ReadReference(i + 1, close);
                    if (code > 0xFFFF)
                        value.Append(char.ConvertFromUtf32(code));
                    else
                        value.Append((char)code);
                    i = close;
                }
                else if (c == '\r')
                {
                    value.Append('\n');
                    if (i + 1 < end && _content[i + 1] == '\n')
                        i++;
                }
                else
                    value.Append(c);
            }
            return value.ToString();
        }

        private bool SkipSpace()
        {
            var start = _at;
            while (Peek(0) is ' ' or '\t' or '\r' or '\n')
                _at++;
            return _at > start;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private char Peek(int ahead) => _at + ahead < _content.Length ? _content[_at + ahead] : '\0';

        private bool StartsWith(string literal) => string.CompareOrdinal(_content, _at, literal, 0, literal.Length) == 0;

        /// <summary>
        /// A character XML allows in text with no question of how a reader counts it: not a control character but
        /// tab and line ends, not a surrogate (the XmlReader path handles pairs), not U+FFFE or U+FFFF.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsPlainChar(char c) =>
            c >= ' ' ? c < '\uD800' || (c >= '\uE000' && c <= '\uFFFD') : c is '\t' or '\n' or '\r';

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsNameStart(char c) => IsAsciiLetter(c) || c == '_';

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsNameChar(char c) => IsAsciiLetter(c) || IsAsciiDigit(c) || c is '_' or '-' or '.';

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsAsciiLetter(char c) => (c | 0x20) is >= 'a' and <= 'z';

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

        /// <summary>An element whose end tag has not been read yet, and where its text is.</summary>
        private struct OpenElement
        {
            private int _textStart;
            private int _textEnd;
            private bool _verbatim;

            public OpenElement(int element)
            {
                Element = element;
                HasChildElements = false;
                HasComment = false;
                _textStart = -1;
                _textEnd = 0;
                _verbatim = true;
            }

            public int Element { get; }

            /// <summary>Once true, the element's text is layout, not a value.</summary>
            public bool HasChildElements { get; set; }

            public bool HasComment { get; set; }

            public void AddText(int start, int end, bool verbatim)
            {
                if (HasChildElements)
                    return;
                if (_textStart < 0)
                    _textStart = start;
                _textEnd = end;
                _verbatim &= verbatim;
            }

            /// <summary>Gives the element its value; false for text around a comment, which XmlReader joins its own way.</summary>
            public bool Complete(PlainXmlTreeReader reader, int endTagStart)
            {
                if (HasChildElements)
                    return true;
                if (_textStart < 0)
                {
                    reader._tree.SetValue(Element, new TextSpan(endTagStart, 0), null);
                    return true;
                }
                if (HasComment)
                    return false;
                reader._tree.SetValue(Element, TextSpan.FromBounds(_textStart, _textEnd), _verbatim ? null : reader.Unescape(_textStart, _textEnd));
                return true;
            }
        }
    }
}
