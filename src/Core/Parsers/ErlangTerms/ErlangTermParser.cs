using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ConfigLint.Parsers.ErlangTerms
{
    /// <summary>Reads Erlang term files (what <c>file:consult/1</c> reads, such as <c>ssl_dist.conf</c>) as OTP 25 does.</summary>
    internal static class ErlangTermParser
    {
        /// <summary>Nesting of tuples, lists, maps and parentheses beyond which a term is a <see cref="ParseErrorKind.TooDeep"/> error.</summary>
        public const int MaxDepth = NestingLimit.MaxDepth;

        /// <summary>Parses every term of the file; never throws. A term with an error is left out and reading goes on after its '.'.</summary>
        public static ErlangTermDocument Parse(SourceFile file)
        {
            var errors = new List<ParseError>(file.DecodingErrors);
            var text = file.Text.ToString();
            var lexer = new Lexer(file.Text, text, file.FullPath, file.HasByteOrderMark, errors);
            var terms = Parser.Parse(file.Text, text, file.FullPath, lexer, errors);
            // The lexer and the parser report as they go, a form at a time: in the order of the text once sorted.
            var ordered = errors.Count == 0 ? ImmutableArray<ParseError>.Empty : errors.OrderBy(e => e.Span.Start).ToImmutableArray();
            return new ErlangTermDocument(file, terms, ordered);
        }
    }
}
