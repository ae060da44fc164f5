namespace ConfigLint.Parsers.Hocon
{
    /// <summary>The kinds of HOCON tokens, as emqx/hocon's scanner (hocon_scanner.xrl) distinguishes them.</summary>
    internal enum SyntaxKind
    {
        // Trivia: skipped by emqx/hocon, kept here so the tree reproduces the file.
        Whitespace,
        Newline,
        Comment,

        OpenBrace,
        CloseBrace,
        OpenBracket,
        CloseBracket,
        Comma,
        Colon,
        Equals,

        /// <summary>A letter followed by letters, digits and <c>_ . @ % - |</c>; also <c>include</c>.</summary>
        UnquotedString,
        QuotedString,
        TripleQuotedString,
        /// <summary>A duration, byte size or percentage (<c>15s</c>, <c>1MB</c>, <c>80%</c>): emqx/hocon keeps it a string.</summary>
        UnitString,
        Integer,
        Float,
        True,
        False,
        Null,
        /// <summary><c>${path}</c> or <c>${?path}</c>.</summary>
        Substitution,
        /// <summary><c>required("file")</c>, one token as in emqx/hocon.</summary>
        RequiredInclude,
        /// <summary>Characters no token starts with; the lexer has reported them.</summary>
        Bad,
        EndOfFile,
    }

    internal static class SyntaxKindFacts
    {
        public static bool IsTrivia(this SyntaxKind kind) =>
            kind == SyntaxKind.Whitespace || kind == SyntaxKind.Newline || kind == SyntaxKind.Comment;

        /// <summary>Strings and substitutions: emqx/hocon concatenates runs of these.</summary>
        public static bool IsStringLike(this SyntaxKind kind) =>
            kind == SyntaxKind.UnquotedString || kind == SyntaxKind.QuotedString || kind == SyntaxKind.TripleQuotedString
            || kind == SyntaxKind.UnitString || kind == SyntaxKind.Substitution || kind == SyntaxKind.Bad;

        /// <summary>Numbers, booleans and null: a value of one token that emqx/hocon never concatenates.</summary>
        public static bool IsSingleTokenValue(this SyntaxKind kind) =>
            kind == SyntaxKind.Integer || kind == SyntaxKind.Float || kind == SyntaxKind.True
            || kind == SyntaxKind.False || kind == SyntaxKind.Null;

        public static bool CanBeKey(this SyntaxKind kind) =>
            kind == SyntaxKind.UnquotedString || kind == SyntaxKind.QuotedString;

        /// <summary>How an error message names the token, never quoting its text (it may be a secret).</summary>
        public static string Describe(this SyntaxKind kind)
        {
            switch (kind)
            {
                case SyntaxKind.Newline: return "a newline";
                case SyntaxKind.OpenBrace: return "'{'";
                case SyntaxKind.CloseBrace: return "'}'";
                case SyntaxKind.OpenBracket: return "'['";
                case SyntaxKind.CloseBracket: return "']'";
                case SyntaxKind.Comma: return "','";
                case SyntaxKind.Colon: return "':'";
                case SyntaxKind.Equals: return "'='";
                case SyntaxKind.UnquotedString: return "an unquoted string";
                case SyntaxKind.QuotedString: return "a quoted string";
                case SyntaxKind.TripleQuotedString: return "a triple-quoted string";
                case SyntaxKind.UnitString: return "a duration or size";
                case SyntaxKind.Integer: return "an integer";
                case SyntaxKind.Float: return "a float";
                case SyntaxKind.True:
                case SyntaxKind.False: return "a boolean";
                case SyntaxKind.Null: return "null";
                case SyntaxKind.Substitution: return "a substitution";
                case SyntaxKind.RequiredInclude: return "'required(...)'";
                case SyntaxKind.Bad: return "an invalid character";
                case SyntaxKind.EndOfFile: return "end of file";
                default: return "trivia";
            }
        }
    }
}
