namespace ConfigLint.Cli
{
    /// <summary>The <c>--help</c> text; README.md shows the same reference.</summary>
    internal static class HelpText
    {
        public const string Usage =
@"Usage: configlint [options] [PATH...]

Checks EMQX (emqx.conf), Erlang distribution (ssl_dist.conf, vm.args) and EXPRESSCLUSTER (clp.conf)
configuration files for security problems.

  PATH...                          files or folders (recursed); default: the current folder.
                                   Files ignored by .gitignore are skipped unless named explicitly.
  --format text|sarif|json|github  text: path:line:col: severity CLxxxx: message (the default,
                                   unless --output names a .sarif or .sarif.json file); json: one
                                   versioned object; github: GitHub Actions annotations
  --output FILE                    write to FILE instead of standard output
  --quiet, -q                      print the findings only, without the summary on standard error
  --color auto|always|never        colour text findings (auto: on a terminal unless NO_COLOR is set,
                                   or when FORCE_COLOR is set)
  --stdin-filename PATH -          lint standard input as PATH; the files beside PATH are read from disk
  --category NAME                  SARIF analysis category (automationDetails.id NAME/; default configlint)
  --watch                          keep running: rescan on every change, rewrite --output (in the
                                   --format asked), print findings that appear (+) or go away (-)
                                   as text; Ctrl+C stops
  --sarif-portable                 leave the absolute %SRCROOT% base out of SARIF (for uploads)
  --fail-level error|warning|note|none
                                   the least severe finding that fails the run (default warning)
  --exclude GLOB                   skip matching paths (repeatable; gitignore syntax, relative to the
                                   current folder; a pattern without '/' matches a name at any depth)
  --select ID|NAME,...             run only these rules (ids in any case, or rule names)
  --ignore ID|NAME,...             never report these rules
  --max-file-size BYTES            skip (and report) files larger than this; K, M, G suffixes (default 16M)
  --write-baseline FILE            record today's findings in FILE (SARIF) instead of reporting them
  --baseline FILE                  match findings to FILE by content, not line: only new ones are
                                   printed (ending in [new]) and fail the run
  --resolve FILE                   print the resolved configuration of one EMQX file, with its includes,
                                   as JSON (secrets masked)
  --print-config FILE              every rule's effective severity for FILE and where it was set
                                   (.editorconfig, .globalconfig, --select, --ignore or default)
  --list-rules                     list the rules
  --explain CLxxxx|NAME            show one rule's documentation (id in any case, or rule name)
  --help                           show this help
  --version                        show the version

configlint lsp                     run the language server on standard input and output (LSP, for editors)

Exit codes:
  0  no finding at or above the fail level (--baseline: no new one)
  1  findings at or above the fail level (--baseline: new ones; --resolve: the file could not be read)
  2  usage or I/O error, a file that could not be read, or an internal error in a rule
     (message on standard error; every finding is still written)
";
    }
}
