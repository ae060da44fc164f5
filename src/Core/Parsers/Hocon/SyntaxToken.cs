using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>A token or trivia: a kind and a span over the file's text, nothing materialized.</summary>
    internal readonly struct SyntaxToken
    {
        public SyntaxToken(SyntaxKind kind, int start, int length)
        {
            Kind = kind;
            Span = new TextSpan(start, length);
        }

        public SyntaxKind Kind { get; }

        public TextSpan Span { get; }

        public override string ToString() => Kind + Span.ToString();
    }
}
