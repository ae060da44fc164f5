namespace ConfigLint.Parsers.ErlangTerms
{
    /// <summary>The tokens of erl_scan that a term file can contain; operators the term grammar never accepts are <see cref="OtherSymbol"/>.</summary>
    internal enum TokenKind
    {
        Atom,
        QuotedAtom,
        Variable,
        ReservedWord,
        Fun,
        String,
        Char,
        Integer,
        Float,
        /// <summary>A '.' followed by whitespace, '%' or the end of the file: the end of a term.</summary>
        Dot,
        /// <summary>A '.' followed by anything else (a record field access to Erlang).</summary>
        Period,
        OpenBrace,
        CloseBrace,
        OpenBracket,
        CloseBracket,
        OpenParen,
        CloseParen,
        Comma,
        Bar,
        DoubleBar,
        Hash,
        OpenBinary,
        CloseBinary,
        MapArrow,
        MapExact,
        Colon,
        Slash,
        Minus,
        Plus,
        OtherSymbol,
        /// <summary>Text the scanner rejected; the lexer has already reported it.</summary>
        Bad,
        EndOfFile,
    }

    internal static class TokenKindDescriptions
    {
        /// <summary>What a token is, by kind only: the text itself may be a secret.</summary>
        public static string Describe(this TokenKind kind) => kind switch
        {
            TokenKind.Atom or TokenKind.QuotedAtom => "an atom",
            TokenKind.Variable => "a variable",
            TokenKind.ReservedWord => "a reserved word",
            TokenKind.Fun => "'fun'",
            TokenKind.String => "a string",
            TokenKind.Char => "a character literal",
            TokenKind.Integer => "an integer",
            TokenKind.Float => "a float",
            TokenKind.Dot or TokenKind.Period => "'.'",
            TokenKind.OpenBrace => "'{'",
            TokenKind.CloseBrace => "'}'",
            TokenKind.OpenBracket => "'['",
            TokenKind.CloseBracket => "']'",
            TokenKind.OpenParen => "'('",
            TokenKind.CloseParen => "')'",
            TokenKind.Comma => "','",
            TokenKind.Bar => "'|'",
            TokenKind.DoubleBar => "'||'",
            TokenKind.Hash => "'#'",
            TokenKind.OpenBinary => "'<<'",
            TokenKind.CloseBinary => "'>>'",
            TokenKind.MapArrow => "'=>'",
            TokenKind.MapExact => "':='",
            TokenKind.Colon => "':'",
            TokenKind.Slash => "'/'",
            TokenKind.Minus => "'-'",
            TokenKind.Plus => "'+'",
            TokenKind.EndOfFile => "end of file",
            _ => "a symbol",
        };
    }
}
