using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ErlangTerms;
using Xunit;

namespace ConfigLint.Tests.ErlangTerms
{
    /// <summary>
    /// The conformance bar: every snippet of <see cref="ConsultSnippets"/>, every tests/fixtures/ssl_dist/*.conf,
    /// every tests/fixtures/hostile/*/ssl_dist.conf and every corpus ssl_dist file is read by the installed Erlang's
    /// <c>file:consult/1</c> (one VM for all) and by <see cref="ErlangTermParser"/>: both must accept or both refuse,
    /// accepted files must give identical terms, and where erl names the line of its error we must report an error there.
    /// </summary>
    public sealed class ConsultDifferentialTests
    {
        /// <summary>Inputs where this parser knowingly differs from file:consult/1, and why.</summary>
        private static readonly Dictionary<string, (Difference Kind, string Reason)> KnownDifferences = new Dictionary<string, (Difference, string)>
        {
            ["snippet:variable before syntax error"] = (Difference.ErrorLine,
                "erl_parse reads a variable as an expression and fails at a later token; we stop at the variable, an earlier line of the same term"),
            ["snippet:no final dot after multi-line string"] = (Difference.ErrorLine,
                "erl puts a missing final '.' on the line where the last token starts; we put it right after the last token, which ends a line later"),
            ["snippet:binary type specifier"] = (Difference.Unsupported,
                "binary segment types (/utf8, /binary, /float...) are not read: no ssl_dist.conf uses them, so we report an error"),
            ["snippet:bitstring"] = (Difference.Unsupported,
                "ErlangBinary holds whole bytes; a bitstring is reported as an error"),
        };

        private enum Difference
        {
            /// <summary>Both refuse the input; our error is on another line.</summary>
            ErrorLine,
            /// <summary>Erlang accepts the input; we refuse a feature we do not read.</summary>
            Unsupported,
        }

        private static readonly Lazy<Dictionary<string, ConsultResult>> ErlangResults = new Lazy<Dictionary<string, ConsultResult>>(ConsultAll);

        public static IEnumerable<object[]> Cases() => AllInputs().Select(input => new object[] { input.Name });

        [SkippableTheory]
        [MemberData(nameof(Cases))]
        public void ReadsLikeFileConsult(string name)
        {
            Skip.If(ErlangConsult.UnavailableReason != null, ErlangConsult.UnavailableReason);
            var input = AllInputs().Single(i => i.Name == name);
            var erlang = ErlangResults.Value[name];
            var ours = ErlangTermParser.Parse(SourceFile.DecodeUtf8(input.Path ?? name, input.Bytes));
            var description = $"erl: {erlang}; ours: {Describe(ours)}";

            if (KnownDifferences.TryGetValue(name, out var known))
            {
                // Still a difference of the kind described, so the list stays true.
                Assert.NotEmpty(ours.Errors);
                Assert.True(known.Kind == Difference.Unsupported ? erlang.Accepted : !erlang.Accepted, description);
                return;
            }
            if (erlang.Accepted)
            {
                Assert.True(ours.Errors.IsEmpty, description);
                Assert.Equal(erlang.Terms, CanonicalTerms.Write(ours.Terms));
                return;
            }
            Assert.False(ours.Errors.IsEmpty, description);
            if (erlang.ErrorLine is int line)
                Assert.True(ours.Errors.Any(e => ErrorLine(e, erlang.IsBadTerm) == line), description);
        }

        [Fact]
        public void CoversEnoughInputs()
        {
            Assert.True(ConsultSnippets.All.Count >= 40, "at least 40 snippets");
            Assert.Contains(AllInputs(), input => input.Name.StartsWith("corpus:", StringComparison.Ordinal));
            foreach (var name in KnownDifferences.Keys)
                Assert.Contains(AllInputs(), input => input.Name == name);
        }

        /// <summary>
        /// The line to compare with erl's: for "bad term" erl names the line where the term starts (the whole
        /// expression failed to normalise), so that of the term holding our error; otherwise our error's own line.
        /// </summary>
        private static int ErrorLine(ParseError error, bool badTerm)
        {
            var offset = error.Span.Start;
            if (badTerm)
            {
                var tokens = Lexer.Lex(error.Text, error.Text.ToString(), error.FilePath, startsWithByteOrderMark: false, new List<ParseError>());
                var lastDot = tokens.LastOrDefault(t => t.Kind == TokenKind.Dot && t.Span.End <= offset);
                offset = tokens.First(t => t.Span.Start >= lastDot.Span.End).Span.Start;
            }
            return error.Text.Lines.GetLinePosition(offset).Line + 1;
        }

        private static string Describe(ErlangTermDocument document) =>
            document.Errors.IsEmpty
                ? "ok " + CanonicalTerms.Write(document.Terms)
                : string.Join("; ", document.Errors.Select(e => $"{e.Kind} {e.LineSpan.Start.Line + 1}:{e.LineSpan.Start.Character + 1} expected {e.Expected} found {e.Found}"));

        private sealed record Input(string Name, byte[] Bytes, string? Path);

        private static IEnumerable<Input> AllInputs()
        {
            foreach (var snippet in ConsultSnippets.All)
                yield return new Input("snippet:" + snippet.Key, Encoding.UTF8.GetBytes(snippet.Value), null);
            var folders = new[]
            {
                ("fixture:", Path.Combine(TestPaths.Fixtures, "ssl_dist"), "*.conf", SearchOption.TopDirectoryOnly),
                ("fixture:hostile/", Path.Combine(TestPaths.Fixtures, "hostile"), "ssl_dist.conf", SearchOption.AllDirectories),
                ("corpus:", Path.Combine(TestPaths.Corpus, "emqx", "ssl_dist"), "*.conf", SearchOption.TopDirectoryOnly),
            };
            foreach (var (prefix, folder, pattern, depth) in folders)
            {
                if (!Directory.Exists(folder))
                    continue;
                foreach (var path in Directory.EnumerateFiles(folder, pattern, depth).OrderBy(p => p, StringComparer.Ordinal))
                    yield return new Input(prefix + System.IO.Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllBytes(path), path);
            }
        }

        /// <summary>Writes the snippets to a temporary folder and consults them all, with the files, in one VM.</summary>
        private static Dictionary<string, ConsultResult> ConsultAll()
        {
            var inputs = AllInputs().ToList();
            var folder = Directory.CreateTempSubdirectory("configlint-consult-").FullName;
            try
            {
                var paths = inputs.Select((input, i) =>
                {
                    if (input.Path != null)
                        return input.Path;
                    var path = System.IO.Path.Combine(folder, i + ".conf");
                    File.WriteAllBytes(path, input.Bytes);
                    return path;
                }).ToList();
                var results = ErlangConsult.Run(paths);
                return inputs.Select((input, i) => (input.Name, Result: results[i])).ToDictionary(x => x.Name, x => x.Result);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
