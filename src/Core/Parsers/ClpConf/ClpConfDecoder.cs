using System;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.ClpConf
{
    /// <summary>
    /// Decodes clp.conf bytes by the encoding its XML declaration names. ECX writes <c>ASCII</c> (Windows, by the
    /// Cluster WebUI), <c>SJIS</c> (Windows, NEC's CreateCluster and clpcfset tools), <c>EUC-JP</c> (Linux) and
    /// <c>GB2312</c> (Chinese-language installations); none of those but ASCII is in .NET without the code pages
    /// provider, and none of them is what an <see cref="System.Xml.XmlReader"/> would pick by itself from a string.
    /// </summary>
    internal static class ClpConfDecoder
    {
        private const int ShiftJisCodePage = 932;
        private const int EucJpCodePage = 51932;
        private const int GbkCodePage = 936; // GBK, a superset of GB2312 that every GB2312 file decodes under
        private const int Latin1CodePage = 28591;

        private static readonly Regex EncodingAttribute = new(@"\bencoding\s*=\s*([""'])(?<name>[^""']*)\1", RegexOptions.CultureInvariant);

        static ClpConfDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        public static SourceFile Decode(string fullPath, byte[] bytes)
        {
            var declared = DeclaredEncoding(bytes, out var nameStart);
            if (declared == null || IsUtf8(declared))
                return SourceFile.DecodeUtf8(fullPath, bytes);
            if (IsAscii(declared))
                return DecodeAscii(fullPath, bytes);
            var encoding = Resolve(declared);
            if (encoding != null)
                return DecodeStrictly(fullPath, bytes, encoding, declared);
            // An encoding ECX never writes: read every byte as one character so positions stay right, and say so.
            var text = SourceText.From(Strict(Latin1CodePage).GetString(bytes));
            var error = new ParseError(ParseErrorKind.InvalidEncoding, fullPath, text, new TextSpan(nameStart, declared.Length),
                "an encoding clp.conf is written in (ASCII, SJIS, EUC-JP, GB2312 or UTF-8)", "an unknown encoding name");
            return SourceFile.FromDecoded(fullPath, text, ImmutableArray.Create(error));
        }

        /// <summary>The encoding name in the XML declaration, and the byte offset where it starts (the declaration is ASCII in every encoding ECX uses).</summary>
        internal static string? DeclaredEncoding(byte[] bytes, out int nameStart)
        {
            nameStart = 0;
            var end = Math.Min(bytes.Length, 256);
            var head = Encoding.ASCII.GetString(bytes, 0, end);
            if (!head.StartsWith("<?xml", StringComparison.Ordinal))
                return null;
            var close = head.IndexOf("?>", StringComparison.Ordinal);
            var match = EncodingAttribute.Match(close < 0 ? head : head.Substring(0, close));
            if (!match.Success)
                return null;
            nameStart = match.Groups["name"].Index;
            return match.Groups["name"].Value;
        }

        private static bool IsUtf8(string name) =>
            name.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) || name.Equals("UTF8", StringComparison.OrdinalIgnoreCase);

        private static bool IsAscii(string name) =>
            name.Equals("ASCII", StringComparison.OrdinalIgnoreCase) || name.Equals("US-ASCII", StringComparison.OrdinalIgnoreCase);

        private static Encoding? Resolve(string name)
        {
            switch (name.ToUpperInvariant())
            {
                case "SJIS": case "SHIFT_JIS": case "SHIFT-JIS": case "X-SJIS": case "MS932": case "CP932": case "WINDOWS-31J":
                    return Strict(ShiftJisCodePage);
                case "EUC-JP": case "EUCJP": case "EUC_JP": case "X-EUC-JP":
                    return Strict(EucJpCodePage);
                case "GB2312": case "GBK": case "CP936": case "EUC-CN":
                    return Strict(GbkCodePage);
            }
            try
            {
                return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        /// <summary>
        /// A file the Cluster WebUI saves on Windows says <c>encoding="ASCII"</c> while <c>&lt;all&gt;&lt;encode&gt;</c>
        /// is <c>SJIS</c>: Japanese comments and names in it are Shift_JIS bytes. So bytes above 0x7F are read as
        /// Shift_JIS when they are valid Shift_JIS, and otherwise as Latin-1, where every byte is one character: no
        /// byte is dropped or replaced, and no finding is lost to a byte that ASCII has no character for.
        /// </summary>
        private static SourceFile DecodeAscii(string fullPath, byte[] bytes)
        {
#if NET
            // Most such files are ASCII throughout, which Shift_JIS reads byte for byte: decoded at the speed of a copy.
            if (Ascii.IsValid(bytes))
                return new SourceFile(fullPath, SourceText.From(Encoding.ASCII.GetString(bytes)));
#endif
            string decoded;
            try
            {
                decoded = Strict(ShiftJisCodePage).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                decoded = Strict(Latin1CodePage).GetString(bytes);
            }
            return new SourceFile(fullPath, SourceText.From(decoded));
        }

        private static SourceFile DecodeStrictly(string fullPath, byte[] bytes, Encoding strict, string declared)
        {
            try
            {
                return new SourceFile(fullPath, SourceText.From(strict.GetString(bytes)));
            }
            catch (DecoderFallbackException)
            {
                var lenient = Encoding.GetEncoding(strict.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
                var text = SourceText.From(lenient.GetString(bytes));
                return SourceFile.FromDecoded(fullPath, text, InvalidRuns(fullPath, text, declared));
            }
        }

        private static ImmutableArray<ParseError> InvalidRuns(string fullPath, SourceText text, string declared)
        {
            var errors = ImmutableArray.CreateBuilder<ParseError>();
            var content = text.ToString();
            for (var i = 0; i < content.Length; i++)
            {
                if (content[i] != '\uFFFD' || (i > 0 && content[i - 1] == '\uFFFD'))
                    continue;
                errors.Add(new ParseError(ParseErrorKind.InvalidEncoding, fullPath, text, new TextSpan(i, 1), "valid " + declared, "invalid bytes"));
            }
            return errors.ToImmutable();
        }

        private static Encoding Strict(int codePage) =>
            Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
