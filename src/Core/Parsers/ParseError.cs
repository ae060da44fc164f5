using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers
{
    /// <summary>
    /// What kind of problem kept a file from being read as its format. Public because a CL0001 finding's key path
    /// (<c>DiagnosticProperties.KeyPath</c>) is the kind's name.
    /// </summary>
    public enum ParseErrorKind
    {
        /// <summary>The text does not follow the format's grammar.</summary>
        Syntax,
        /// <summary>The bytes are not valid text in the file's encoding.</summary>
        InvalidEncoding,
        /// <summary>Nesting goes deeper than the parser follows.</summary>
        TooDeep,
        /// <summary>A <c>${path}</c> substitution names nothing.</summary>
        UnresolvedSubstitution,
        /// <summary>Substitutions refer to each other in a circle.</summary>
        SubstitutionCycle,
        /// <summary>Values of different types are concatenated (e.g. an array and an object).</summary>
        Concatenation,
        /// <summary>An include leads back to a file that is already being read.</summary>
        IncludeCycle,
        /// <summary>A required include names a file that does not exist.</summary>
        MissingInclude,
        /// <summary>An include, <c>-args_file</c> or optfile names a file that exists but cannot be read (see <see cref="ParseError.Found"/>).</summary>
        UnreadableInclude,
        /// <summary>Includes or substitutions expand beyond the budget of one node's configuration.</summary>
        ExpansionLimit,
        /// <summary>
        /// An include, <c>-args_file</c> or optfile names a file outside the scanned tree, which was not read: not a
        /// problem in the file, so it becomes a note for the user rather than a finding.
        /// </summary>
        OutsideScannedTree,
    }

    /// <summary>
    /// A problem found while reading a file, reported as data: parsers never throw on bad input.
    /// <see cref="Expected"/> and <see cref="Found"/> describe by kind ("a value", "end of file"),
    /// never by quoting the file, because the text at the error may be a secret.
    /// </summary>
    internal sealed class ParseError
    {
        /// <summary>Creates a parse error.</summary>
        public ParseError(ParseErrorKind kind, string filePath, SourceText text, TextSpan span, string expected, string found)
        {
            Kind = kind;
            FilePath = filePath;
            Text = text;
            Span = span;
            Expected = expected;
            Found = found;
        }

        /// <summary>What went wrong.</summary>
        public ParseErrorKind Kind { get; }

        /// <summary>The full path of the file the error is in.</summary>
        public string FilePath { get; }

        /// <summary>The text of that file, so the span can be turned into lines and columns.</summary>
        public SourceText Text { get; }

        /// <summary>Where the error is: the unexpected token, or the include or substitution that failed.</summary>
        public TextSpan Span { get; }

        /// <summary>What the reader expected, by kind (e.g. "a key", "'}'").</summary>
        public string Expected { get; }

        /// <summary>What it found instead, by kind (e.g. "end of file", "a number").</summary>
        public string Found { get; }

        /// <summary>
        /// Why a file named at <paramref name="span"/> (an include, <c>-args_file</c>, optfile) was not read: outside the
        /// scanned tree (<see cref="Expected"/> says how, <see cref="Found"/> is its path), missing (for a required one),
        /// or unreadable (<see cref="Found"/> is the reason).
        /// </summary>
        public static ParseError Refused(FileReadResult read, string filePath, SourceText text, TextSpan span) => read.Status switch
        {
            FileReadStatus.OutsideScannedTree => new ParseError(ParseErrorKind.OutsideScannedTree, filePath, text, span, read.Reason, read.FullPath),
            FileReadStatus.NotFound => new ParseError(ParseErrorKind.MissingInclude, filePath, text, span, "an existing file", "no such file"),
            _ => new ParseError(ParseErrorKind.UnreadableInclude, filePath, text, span, "a readable regular file", read.Reason),
        };

        /// <summary>The line and column span of <see cref="Span"/>.</summary>
        public LinePositionSpan LineSpan => Text.Lines.GetLinePositionSpan(Span);
    }
}
