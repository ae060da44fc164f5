using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules
{
    /// <summary>CL0001: the parsers report problems as data; this turns each into a finding at its location.</summary>
    internal static class UnreadableConfig
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.UnreadableConfig,
            "unreadable-config",
            "Configuration file cannot be read",
            "{0}",
            DiagnosticSeverity.Error,
            cwe: "CWE-1286",
            securitySeverity: "5.0",
            why: """
                A file that EMQX cannot read stops the node from starting, and a file that ConfigLint cannot read is a
                file whose security settings nobody has checked. A syntax error, an `include required(...)` whose file
                is missing, an include cycle or a `${path}` substitution that names nothing all make the whole file
                unreadable to EMQX's HOCON reader, even when the rest of it is fine. ConfigLint also stops, with this
                finding at the place, where a file would make any reader hang or run out of memory: an include,
                `-args_file` or optfile that is a FIFO, a device or larger than `--max-file-size`; nesting deeper than
                256 levels; includes or substitutions that expand past their budget (64 times the configuration's own
                size); and what `erl` refuses when it reads Erlang terms (a leading byte-order mark, U+FFFE, U+FFFF).

                An EMQX file is read in one form: a `*.hocon` file as HOCON; otherwise the form (HOCON or the 4.x
                `key = value` lines) that reads it without a syntax error; if both or neither do, the form whose major
                version's keys it uses (`listener.…`, `zone.…`, `allow_anonymous` for 4.x; `listeners…`,
                `authentication`, `authorization…` for 5.x); otherwise the form with fewer lines in error, HOCON on a
                tie. Each line that does not fit the chosen form (prose, a 4.x line without `=`) is one CL0001, and
                every other line is still checked. A 4.x line that is one build-time placeholder
                (`{{ additional_configs }}` in EMQX's source templates) is a template line, not an error.
                """,
            howToFix: """
                Fix the problem at the reported position: the message says what was expected there and what was found.
                For a substitution, define the setting it names or make it optional with `${?path}`; for an include,
                create the file or make the include optional (`include "file"` instead of `include required("file")`).
                For an expansion past the budget, stop copying a value into itself (`a = ${a}${a}`) or including one
                file many times; for a byte-order mark, save the file as UTF-8 without one.
                """,
            new RuleExample("emqx.conf", "hocon", """
                node {
                  name = "emqx@10.0.0.1"
                  cookie = ${COOKIE}
                """),
            new RuleExample("emqx.conf", "hocon", """
                COOKIE = "c9f2d6b1e4a87f3d0b5e6a9c2d4f8e71"
                node {
                  name = "emqx@10.0.0.1"
                  cookie = ${COOKIE}
                }
                """));

        /// <summary>A finding at the error; a file deliberately not read (outside the scanned tree) is a note to the user instead.</summary>
        public static void Report(ParseError error, FindingSink sink)
        {
            if (error.Kind == ParseErrorKind.OutsideScannedTree)
                sink.Notify(ToolNotification.NotChecked(sink.Display(error.FilePath), error.LineSpan.Start, sink.DisplayOrFullPath(error.Found), error.Expected));
            else
                sink.At(Rule, error.FilePath, error.Text, error.Span, keyPath: error.Kind.ToString(), value: null, related: System.Array.Empty<Location>(), Describe(error));
        }

        // Messages describe by kind and never quote the file: the text at an error may be a secret.
        private static string Describe(ParseError error) => error.Kind switch
        {
            ParseErrorKind.Syntax => $"Syntax error: expected {error.Expected}, found {error.Found}.",
            ParseErrorKind.InvalidEncoding => $"The file is not {error.Expected} here.",
            ParseErrorKind.TooDeep => $"Nesting is too deep to read (expected {error.Expected}).",
            ParseErrorKind.UnresolvedSubstitution => "This substitution names a setting that is not defined anywhere in the configuration.",
            ParseErrorKind.SubstitutionCycle => "This substitution refers back to itself through other substitutions.",
            ParseErrorKind.Concatenation => $"Values of different types cannot be joined here (expected {error.Expected}, found {error.Found}).",
            ParseErrorKind.IncludeCycle => "This include leads back to a file that is already being read (include cycle).",
            ParseErrorKind.MissingInclude => "This required include names a file that does not exist or cannot be read.",
            ParseErrorKind.UnreadableInclude => $"The file named here cannot be read: {error.Found}.",
            ParseErrorKind.ExpansionLimit => $"Reading this expands the configuration beyond its budget ({error.Expected}); the rest is read without it.",
            _ => $"Cannot read the file here: expected {error.Expected}, found {error.Found}.",
        };
    }
}
