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
    /// Reads a decoded clp.conf into a tree of <see cref="ClpElement"/>s with exact spans. The plain XML clp.conf files
    /// are written in is read by <see cref="PlainXmlTreeReader"/>; any other file (and any malformed one) by System.Xml:
    /// DTDs are refused (so no external entity and no entity expansion is ever read) and a malformed file becomes a
    /// <see cref="ParseError"/> at the reader's error position, never an exception. Elements nested deeper than
    /// <see cref="NestingLimit.MaxDepth"/> are skipped, reported once at the first of them.
    /// </summary>
    internal static class ClpConfParser
    {
        private const string DoctypeStart = "<!DOCTYPE";

        public static ClpConfDocument Parse(SourceFile file)
        {
            var content = file.Text.ToString();
            return PlainXmlTreeReader.TryRead(content) is { } tree
                ? new ClpConfDocument(file, tree.CreateRoot(), file.DecodingErrors)
                : ParseWithXmlReader(file, content);
        }

        /// <summary>The tree and errors as System.Xml reads the file: every file the plain reader gives up on, and what the tests hold it to.</summary>
        internal static ClpConfDocument ParseWithXmlReader(SourceFile file, string content)
        {
            var errors = ImmutableArray.CreateBuilder<ParseError>();
            errors.AddRange(file.DecodingErrors);
            ClpElement? root;
            try
            {
                root = ReadTree(file, content, errors).CreateRoot();
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

        private static ClpTree ReadTree(SourceFile file, string content, ImmutableArray<ParseError>.Builder errors)
        {
            var tree = new ClpTree(content);
            var text = file.Text;
            using var reader = XmlReader.Create(new StringReader(content), Settings());
            var lineInfo = (IXmlLineInfo)reader;
            var lines = new XmlLineStarts(content);
            // Elements whose end tag is still to come, innermost last; deeper ones are skipped, so the array is enough.
            var open = new OpenElement[NestingLimit.MaxDepth];
            var depth = 0;
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
                    open[depth - 1].HasChildElements = true;
                    reader.Skip(); // past the end tag, onto the next node
                    atNode = !reader.EOF;
                    continue;
                }
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var parent = -1;
                        if (depth > 0)
                        {
                            ref var parentState = ref open[depth - 1];
                            parentState.HasChildElements = true;
                            parent = parentState.Element;
                        }
                        var nameStart = lines.Position(lineInfo);
                        var element = tree.AddElement(parent, tree.Names.Id(reader.Name), nameStart);
                        AddAttributes(reader, tree);
                        if (reader.IsEmptyElement)
                            tree.SetValue(element, new TextSpan(nameStart + reader.Name.Length, 0), null);
                        else
                            open[depth++] = new OpenElement(element);
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        if (depth == 0)
                            break; // white space around the document element
                        ref var textOwner = ref open[depth - 1];
                        if (textOwner.HasChildElements)
                            break; // layout between child elements, never a value
                        var start = lines.Position(lineInfo);
                        var end = reader.NodeType == XmlNodeType.CDATA
                            ? IndexOrEnd(content.IndexOf("]]>", start, StringComparison.Ordinal), content)
                            : IndexOrEnd(content.IndexOf('<', start), content);
                        if (reader.NodeType != XmlNodeType.CDATA && IsVerbatim(content, start, end))
                            textOwner.AddVerbatim(content, start, end);
                        else
                            textOwner.AddText(content, reader.Value, start, end);
                        break;
                    case XmlNodeType.EndElement:
                        // The end tag's name follows "</": an element without text has an empty value just before it.
                        ref var closed = ref open[--depth];
                        closed.Complete(tree, content, lines.Position(lineInfo) - 2);
                        closed = default;
                        break;
                }
                atNode = reader.Read();
            }
            return tree;
        }

        private static void AddAttributes(XmlReader reader, ClpTree tree)
        {
            for (var i = 0; i < reader.AttributeCount; i++)
            {
                reader.MoveToAttribute(i);
                tree.AddAttribute(tree.Names.Id(reader.Name), 0, 0, reader.Value);
            }
            reader.MoveToElement();
        }

        /// <summary>
        /// Where XmlReader's line and column fall in the text. XML ends lines only at CR LF, CR and LF, while
        /// SourceText also breaks at U+0085, U+2028 and U+2029, so the reader's lines are counted here, once per file.
        /// </summary>
        private sealed class XmlLineStarts
        {
            private static readonly char[] LineBreaks = { '\r', '\n' };

            private readonly List<int> _starts = new() { 0 };
            private readonly int _length;

            public XmlLineStarts(string content)
            {
                _length = content.Length;
                for (var i = content.IndexOfAny(LineBreaks); i >= 0; i = content.IndexOfAny(LineBreaks, i + 1))
                {
                    if (content[i] == '\n' || i + 1 == content.Length || content[i + 1] != '\n')
                        _starts.Add(i + 1);
                }
            }

            public int Position(IXmlLineInfo lineInfo)
            {
                var line = Math.Min(Math.Max(lineInfo.LineNumber, 1), _starts.Count) - 1;
                return Math.Min(_starts[line] + Math.Max(lineInfo.LinePosition, 1) - 1, _length);
            }
        }

        private static int IndexOrEnd(int index, string content) => index < 0 ? content.Length : index;

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

        private static readonly char[] ReferenceOrLineBreak = { '&', '\r' };

        /// <summary>
        /// Whether a text node's value is its text as written: no reference to expand, no CR for the reader to turn
        /// into LF, and an element's tag after it (not a comment or processing instruction the reader skips, reading
        /// the text after it into the same node).
        /// </summary>
        private static bool IsVerbatim(string content, int start, int end) =>
            content.IndexOfAny(ReferenceOrLineBreak, start, end - start) < 0
            && (end == content.Length || (end + 1 < content.Length && content[end + 1] is not ('!' or '?')));

        /// <summary>
        /// An element whose end tag has not been read yet, and its text. Text is collected only while it has no child
        /// elements, and text written as is becomes a string only when it is read: the white space between child
        /// elements (half of a file's nodes) never does.
        /// </summary>
        private struct OpenElement
        {
            private string? _text;
            private int _textStart;
            private int _textEnd;
            // A first text node written as is, still only its place in the text.
            private bool _verbatimPending;

            public OpenElement(int element)
            {
                Element = element;
                HasChildElements = false;
                _text = null;
                _textStart = -1;
                _textEnd = 0;
                _verbatimPending = false;
            }

            public int Element { get; }

            /// <summary>Once true, the element's text is layout and no longer collected.</summary>
            public bool HasChildElements { get; set; }

            /// <summary>A text, white-space or CDATA node: its value as the reader gives it, where it is in <paramref name="content"/>.</summary>
            public void AddText(string content, string value, int start, int end)
            {
                _text = _textStart < 0 ? value : Collected(content) + value;
                Extend(start, end);
            }

            /// <summary>A node whose value is its text from <paramref name="start"/> to <paramref name="end"/>.</summary>
            public void AddVerbatim(string content, int start, int end)
            {
                if (_textStart < 0)
                    _verbatimPending = true;
                else
                    _text = Collected(content) + content.Substring(start, end - start);
                Extend(start, end);
            }

            public void Complete(ClpTree tree, string content, int endTagStart)
            {
                if (HasChildElements)
                    return;
                if (_textStart < 0)
                    tree.SetValue(Element, new TextSpan(endTagStart, 0), null);
                else
                    tree.SetValue(Element, TextSpan.FromBounds(_textStart, _textEnd), _verbatimPending ? null : _text);
            }

            private void Extend(int start, int end)
            {
                if (_textStart < 0)
                    _textStart = start;
                _textEnd = end;
            }

            private string Collected(string content)
            {
                if (!_verbatimPending)
                    return _text!;
                _verbatimPending = false;
                return _text = content.Substring(_textStart, _textEnd - _textStart);
            }
        }
    }
}
