using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.ErlangTerms
{
    /// <summary>A token: a kind and a span over the file's text, nothing materialized.</summary>
    internal readonly struct Token
    {
        public Token(TokenKind kind, int start, int length)
        {
            Kind = kind;
            Span = new TextSpan(start, length);
        }

        public TokenKind Kind { get; }

        public TextSpan Span { get; }

        public override string ToString() => Kind + Span.ToString();
    }
}
