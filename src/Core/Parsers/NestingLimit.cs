using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers
{
    /// <summary>
    /// How deep every parser follows nesting: objects, arrays and key segments (HOCON, the 4.x flat form), terms
    /// (Erlang) and elements (clp.conf). Real files nest less than 10 deep; the limit keeps code that walks a tree
    /// recursively safe and is reported, never a crash.
    /// </summary>
    internal static class NestingLimit
    {
        public const int MaxDepth = 256;

        /// <summary>The error for nesting beyond <see cref="MaxDepth"/>, at the first thing too deep.</summary>
        public static ParseError TooDeep(string filePath, SourceText text, TextSpan at) =>
            new(ParseErrorKind.TooDeep, filePath, text, at, "at most " + MaxDepth + " levels of nesting", "deeper nesting");
    }
}
