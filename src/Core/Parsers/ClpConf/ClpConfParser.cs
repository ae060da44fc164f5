using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Xml;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.ClpConf
{
    /// <summary>
    /// Reads a decoded clp.conf into a tree of <see cref="ClpElement"/>s with exact spans. System.Xml does the XML;
    /// DTDs are refused (so no external entity and no entity expansion is ever read) and a malformed file becomes a
    /// <see cref="ParseError"/> at the reader's error position, never an exception. Elements nested deeper than
    /// <see cref="NestingLimit.MaxDepth"/> are skipped, reported once at the first of them.
    /// </summary>
    internal static class ClpConfParser
    {
        private const string DoctypeStart = "<!DOCTYPE";

        public static ClpConfDocument Parse(SourceFile file)
        {
            var errors = ImmutableArray.CreateBuilder<ParseError>();
            errors.AddRange(file.DecodingErrors);
            ClpElement? root = null;
            var text = file.Text;
            var content = text.ToString();
            try
            {
                root = ReadTree(file, content, errors);
            }
            catch (XmlException e)
            {
                errors.Add(ToParseError(file, content, e));
                root = null;
            }
            return new ClpConfDocument(file, root, errors.ToImmutable());
        }

        private static XmlReaderSettings Settings() => new()
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };

        private static ClpElement? ReadTree(SourceFile file, string content, ImmutableArray<ParseError>.Builder errors)
        {
            var text = file.Text;
            using var reader = XmlReader.Create(new StringReader(content), Settings());
            var lineInfo = (IXmlLineInfo)reader;
            var lines = new XmlLineStarts(content);
            var open = new Stack<OpenElement>();
            ClpElement? root = null;
            var reportedTooDeep = false;
            var atNode = reader.Read();
            while (atNode)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= NestingLimit.MaxDepth)
                {
                    // One error is enough: a generated file can hold any number of too-deep elements.
                    if (!reportedTooDeep)
                        errors.Add(NestingLimit.TooDeep(file.FullPath, text, new TextSpan(lines.Position(lineInfo), reader.Name.Length)));
                    reportedTooDeep = true;
                    open.Peek().HasChildElements = true;
                    reader.Skip(); // past the end tag, onto the next node
                    atNode = !reader.EOF;
                    continue;
                }
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var parent = open.Count == 0 ? null : open.Peek();
                        if (parent != null)
                            parent.HasChildElements = true;
                        var nameStart = lines.Position(lineInfo);
                        var element = new ClpElement(reader.Name, parent?.Element, new TextSpan(nameStart, reader.Name.Length), ReadAttributes(reader));
                        root ??= element;
                        if (reader.IsEmptyElement)
                            element.SetValue("", new TextSpan(element.NameSpan.End, 0));
                        else
                            open.Push(new OpenElement(element));
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        if (open.Count == 0)
                            break; // white space around the document element
                        var start = lines.Position(lineInfo);
                        var end = reader.NodeType == XmlNodeType.CDATA
                            ? IndexOrEnd(content, "]]>", start)
                            : IndexOrEnd(content, "<", start);
                        open.Peek().AddText(reader.Value, start, end);
                        break;
                    case XmlNodeType.EndElement:
                        var closed = open.Pop();
                        // The end tag's name follows "</": an element without text has an empty value just before it.
                        closed.Complete(lines.Position(lineInfo) - 2);
                        break;
                }
                atNode = reader.Read();
            }
            return root;
        }

        private static IReadOnlyDictionary<string, string> ReadAttributes(XmlReader reader)
        {
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            if (reader.MoveToFirstAttribute())
            {
                do attributes[reader.Name] = reader.Value;
                while (reader.MoveToNextAttribute());
                reader.MoveToElement();
            }
            return attributes;
        }

        /// <summary>
        /// Where XmlReader's line and column fall in the text. XML ends lines only at CR LF, CR and LF, while
        /// SourceText also breaks at U+0085, U+2028 and U+2029, so the reader's lines are counted here, once per file.
        /// </summary>
        private sealed class XmlLineStarts
        {
            private readonly List<int> _starts = new() { 0 };
            private readonly int _length;

            public XmlLineStarts(string content)
            {
                _length = content.Length;
                for (var i = 0; i < content.Length; i++)
                {
                    if (content[i] == '\n' || (content[i] == '\r' && (i + 1 == content.Length || content[i + 1] != '\n')))
                        _starts.Add(i + 1);
                }
            }

            public int Position(IXmlLineInfo lineInfo)
            {
                var line = Math.Min(Math.Max(lineInfo.LineNumber, 1), _starts.Count) - 1;
                return Math.Min(_starts[line] + Math.Max(lineInfo.LinePosition, 1) - 1, _length);
            }
        }

        private static int IndexOrEnd(string content, string value, int from)
        {
            var index = content.IndexOf(value, from, StringComparison.Ordinal);
            return index < 0 ? content.Length : index;
        }

        private static ParseError ToParseError(SourceFile file, string content, XmlException e)
        {
            var text = file.Text;
            var position = e.LineNumber > 0 ? new XmlLineStarts(content).Position(new ErrorPosition(e)) : 0;
            var span = new TextSpan(position, position < text.Length ? 1 : 0);
            // DtdProcessing.Prohibit stops at the DOCTYPE (reporting no position): say why rather than calling it a syntax error.
            var doctype = content.IndexOf(DoctypeStart, StringComparison.Ordinal);
            if (doctype >= 0 && position <= doctype + DoctypeStart.Length)
                return new ParseError(ParseErrorKind.Syntax, file.FullPath, text, new TextSpan(doctype, DoctypeStart.Length),
                    "no document type declaration (DTDs and entities are refused)", "a DOCTYPE");
            return new ParseError(ParseErrorKind.Syntax, file.FullPath, text, span, "well-formed XML", "malformed XML");
        }

        private sealed class ErrorPosition : IXmlLineInfo
        {
            private readonly XmlException _exception;

            public ErrorPosition(XmlException exception) => _exception = exception;

            public int LineNumber => _exception.LineNumber;

            public int LinePosition => _exception.LinePosition;

            public bool HasLineInfo() => true;
        }

        /// <summary>An element whose end tag has not been read yet, collecting its text.</summary>
        private sealed class OpenElement
        {
            private readonly StringBuilder _text = new();
            private int _textStart = -1;
            private int _textEnd;

            public OpenElement(ClpElement element) => Element = element;

            public ClpElement Element { get; }

            public bool HasChildElements { get; set; }

            public void AddText(string value, int start, int end)
            {
                _text.Append(value);
                if (_textStart < 0)
                    _textStart = start;
                _textEnd = end;
            }

            public void Complete(int endTagStart)
            {
                if (HasChildElements)
                    return; // white space between child elements is layout, not a value
                if (_textStart < 0)
                    Element.SetValue("", new TextSpan(endTagStart, 0));
                else
                    Element.SetValue(_text.ToString(), TextSpan.FromBounds(_textStart, _textEnd));
            }
        }
    }
}
