namespace ConfigLint.Analyzers.Suppressions
{
    /// <summary>How suppression comments work, for rules.md (generated from the catalog with the rules).</summary>
    internal static class SuppressionDocumentation
    {
        public const string Markdown = """
            ## Suppressing a finding

            A comment in the file's own syntax silences a finding on purpose, with a reason a reviewer can read:

            | Format | Comment |
            |---|---|
            | EMQX HOCON (5.x) | `# configlint-disable-next-line CL1003 -- reason` (or `//`) |
            | EMQX 4.x `key = value` | `# configlint-disable-next-line CL1003 -- reason`, on a line of its own |
            | vm.args | `# configlint-disable-next-line CL1004 -- reason` |
            | ssl_dist.conf, `*.config` | `% configlint-disable-next-line CL2001 -- reason` |
            | clp.conf (XML) | `<!-- configlint-disable-next-line CL3001 - reason -->` |

            - `configlint-disable-next-line` covers findings that start on the next line, `configlint-disable-line`
              (at the end of a line) findings on its own line, and `configlint-disable-file`, anywhere in the file,
              every finding in that file.
            - Name the rules by id in any case (`CL1003`, `cl1003`) or by name (`weak-erlang-cookie`), several separated
              by commas: `# configlint-disable-next-line CL1003, dist-plaintext -- test cluster`.
            - The reason follows ` -- `. An XML comment cannot hold `--`, so in clp.conf a lone ` - ` introduces it.
              In the EMQX 4.x form only a whole line starting with `#` is a comment (after a value, `#` is part of the
              value), so use `configlint-disable-next-line` there. A `#` inside a quoted HOCON string, or a `%` inside an
              Erlang string, is not a comment.
            - A suppressed finding is not printed as a text line and never counts for the exit code; SARIF keeps it
              with `"suppressions": [{"kind": "inSource", "justification": "<reason>"}]`, and hosts see it as a Roslyn
              diagnostic with `IsSuppressed` set and the reason in its `suppressionJustification` property.
            - A suppression without a reason still suppresses, but is [CL0002](#cl0002-suppression-without-reason); one
              that suppresses nothing, or names an unknown rule, is [CL0003](#cl0003-unused-suppression). Both are
              warnings, so a stale suppression fails a run at the default `--fail-level`.

            A finding about a setting that is missing is reported at the nearest block that exists, so the comment goes
            on the line before that block:

            ```hocon
            # configlint-disable-next-line rpc-plaintext -- the nodes share one host; RPC never leaves it
            rpc {
              port_discovery = manual
            }
            ```

            When no such block exists the finding is at line 1, column 1 of the file, and only `configlint-disable-file`
            reaches it:

            ```hocon
            # configlint-disable-file CL1004 -- distribution runs over the cluster's private IPsec link
            node {
              name = "emqx@10.0.0.1"
              cookie = "Zq8vT3nW6yB1kD4fH7jL0pS2uX5aC9eG"
            }
            ```
            """;
    }
}
