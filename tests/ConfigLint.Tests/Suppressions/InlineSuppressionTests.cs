using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ConfigLint.Analyzers;
using ConfigLint.Analyzers.Suppressions;
using ConfigLint.Cli;
using ConfigLint.Parsers;
using ConfigLint.Tests.Cli;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Suppressions
{
    /// <summary>Suppression comments as hosts see them: the API's suppressed diagnostics, SARIF, text and the exit code (fixtures cover each form per format).</summary>
    public sealed class InlineSuppressionTests : System.IDisposable
    {
        private const string Cookie = "s3cr3t";

        private readonly TempFolder _temp = new();

        public void Dispose() => _temp.Dispose();

        private static ToolRun Run(string currentDirectory, params string[] args) =>
            ToolRun.Capture((output, error) => Program.Run(args, output, error, currentDirectory));

        [Fact]
        public void A_suppressed_finding_stays_in_the_result_with_the_comments_reason_as_justification()
        {
            var path = _temp.File("emqx.conf", $"node {{\n  name = \"emqx@10.0.0.1\"\n  # configlint-disable-next-line CL1003 -- test cluster\n  cookie = \"{Cookie}\"\n}}\n");

            var cookieFinding = TestScans.Scan(_temp.Path, path).Diagnostics.Single(d => d.Id == "CL1003");

            Assert.True(cookieFinding.IsSuppressed);
            Assert.Equal("test cluster", cookieFinding.Properties[DiagnosticProperties.SuppressionJustification]);
            Assert.Equal("node.cookie", cookieFinding.Properties[DiagnosticProperties.KeyPath]);
            Assert.False(cookieFinding.Properties.ContainsKey(DiagnosticProperties.Value));
            Assert.Equal("https://github.com/configlint/configlint/blob/main/rules.md#cl1003-weak-erlang-cookie", cookieFinding.Descriptor.HelpLinkUri);
            Assert.Equal(new LinePosition(3, 11), cookieFinding.Location.GetLineSpan().StartLinePosition);
        }

        [Fact]
        public void The_justification_is_the_users_text_and_never_the_finding_or_the_secret()
        {
            var path = _temp.File("emqx.conf", $"node {{\n  name = \"emqx@10.0.0.1\"\n  cookie = \"{Cookie}\" # configlint-disable-line CL1003 -- rotated at deploy\n}}\n");

            var result = TestScans.Scan(_temp.Path, path);
            var cookieFinding = result.Diagnostics.Single(d => d.Id == "CL1003");
            var sarif = Run(_temp.Path, "--format", "sarif", "emqx.conf").Output;

            Assert.Equal("rotated at deploy", cookieFinding.Properties[DiagnosticProperties.SuppressionJustification]);
            Assert.Contains("\"justification\": \"rotated at deploy\"", sarif);
            Assert.DoesNotContain(Cookie, sarif);
            Assert.All(result.Diagnostics, d => Assert.DoesNotContain(Cookie, d.GetMessage() + string.Join(" ", d.Properties.Values)));
        }

        [Fact]
        public void Exit_code_is_0_and_nothing_is_printed_when_the_only_finding_is_suppressed()
        {
            var run = Run(TestPaths.Fixtures, "vm_args/suppressions/next-line.vm.args");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Output);
        }

        [Fact]
        public void A_suppression_without_reason_suppresses_but_its_CL0002_fails_the_run_at_the_default_level()
        {
            var run = Run(TestPaths.Fixtures, "vm_args/suppressions/file-without-reason.vm.args");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(
                "vm_args/suppressions/file-without-reason.vm.args:1:3: warning CL0002: This configlint-disable-file comment gives no reason: add one after ' -- ' (in XML ' - ') so a reviewer can judge it.\n",
                run.Output);
            Assert.Equal(0, Run(TestPaths.Fixtures, "--fail-level", "error", "vm_args/suppressions/file-without-reason.vm.args").ExitCode);
        }

        [Fact]
        public async Task Sarif_gives_suppressed_results_an_in_source_suppression_and_stays_valid()
        {
            var output = Path.Combine(_temp.Path, "suppressions.sarif");

            Run(TestPaths.Fixtures, "--format", "sarif", "--output", output, "emqx/suppressions", "vm_args/suppressions", "ssl_dist/suppressions", "ecx/suppressions");

            await Sarif.SarifSchemaTests.AssertValid(File.ReadAllBytes(output));
            using var sarif = JsonDocument.Parse(File.ReadAllText(output));
            var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
            var suppressions = results.Where(r => r.TryGetProperty("suppressions", out _)).Select(r => r.GetProperty("suppressions").EnumerateArray().Single()).ToList();
            Assert.NotEmpty(suppressions);
            Assert.All(suppressions, s => Assert.Equal("inSource", s.GetProperty("kind").GetString()));
            Assert.Contains(suppressions, s => s.TryGetProperty("justification", out var j) && j.GetString() == "WebUI reachable only from the management VLAN");
            // Without a reason there is no justification to give.
            Assert.Equal(2, suppressions.Count(s => !s.TryGetProperty("justification", out _)));
            Assert.DoesNotContain(results, r => r.TryGetProperty("suppressions", out _) && r.GetProperty("ruleId").GetString() is "CL0002" or "CL0003");
        }

        [Fact]
        public void In_a_file_that_cannot_be_read_whole_only_unknown_rules_are_called_unused()
        {
            var path = _temp.File("emqx.conf", "# configlint-disable-next-line CL1003, CL9999 -- stale\nnode {\n  name = \"emqx@10.0.0.1\"\n");

            var unused = TestScans.Scan(_temp.Path, path).Diagnostics.Where(d => d.Id == "CL0003").Select(d => d.GetMessage()).ToList();

            Assert.Equal(new[] { "'CL9999' is not a ConfigLint rule id or name, so this comment suppresses nothing for it (--list-rules shows them)." }, unused);
        }

        [Fact]
        public void A_finding_in_an_included_file_is_suppressed_by_a_comment_in_that_file()
        {
            _temp.File("etc/cookie.hocon", $"# configlint-disable-next-line weak-erlang-cookie -- test cluster\nnode.cookie = \"{Cookie}\"\n");
            var main = _temp.File("etc/emqx.conf", "node.name = \"emqx@10.0.0.1\"\ninclude \"cookie.hocon\"\n");

            var cookieFinding = TestScans.Scan(_temp.Path, main, _temp.FullPath("etc/cookie.hocon")).Diagnostics.Single(d => d.Id == "CL1003");

            Assert.Equal("etc/cookie.hocon", cookieFinding.Location.GetLineSpan().Path);
            Assert.True(cookieFinding.IsSuppressed);
        }

        [Fact]
        public void Comments_are_honoured_when_the_source_keeps_no_file_it_read()
        {
            _temp.File("etc/cookie.hocon", $"# configlint-disable-next-line weak-erlang-cookie -- test cluster\nnode.cookie = \"{Cookie}\"\n");
            var main = _temp.File("etc/emqx.conf", "node.name = \"emqx@10.0.0.1\"\ninclude \"cookie.hocon\"\n");
            var files = new[] { main, _temp.FullPath("etc/cookie.hocon") };

            var result = ConfigScanner.Scan(new ScanOptions(_temp.Path, files, new ForgetfulSource(TestScans.DiskSource(_temp.Path, files))));

            Assert.True(result.Diagnostics.Single(d => d.Id == "CL1003").IsSuppressed);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CL0003");
        }

        /// <summary>A source that keeps nothing: every read of a path is a new result, decoded again.</summary>
        private sealed class ForgetfulSource : IConfigFileSource
        {
            private readonly IConfigFileSource _disk;

            public ForgetfulSource(IConfigFileSource disk) => _disk = disk;

            public FileReadResult Read(string fullPath)
            {
                var read = _disk.Read(fullPath);
                return read.Bytes is { } bytes ? FileReadResult.FromBytes(read.FullPath, bytes) : read;
            }

            public IReadOnlyList<string> Files(string folderFullPath) => _disk.Files(folderFullPath);

            public IReadOnlyList<string> Folders(string folderFullPath) => _disk.Folders(folderFullPath);
        }

        [Theory]
        [InlineData("# configlint-disable-next-line CL1003 -- why", new[] { "CL1003" }, "why")]
        [InlineData("## configlint-disable-next-line cl1003,Weak-Erlang-Cookie --why", new[] { "cl1003", "Weak-Erlang-Cookie" }, "why")]
        [InlineData("# configlint-disable-file CL1003 , CL1004", new[] { "CL1003", "CL1004" }, null)]
        [InlineData("# configlint-disable-line CL1003 --", new[] { "CL1003" }, null)]
        [InlineData("// configlint-disable-line dist-plaintext - in XML style", new[] { "dist-plaintext" }, "in XML style")]
        public void Names_and_reason_are_read_from_the_comment(string comment, string[] names, string? reason)
        {
            var suppression = SuppressionComment.Read("emqx.conf", SourceText.From(comment + "\n"), CommentSyntax.Hocon).Single();

            Assert.Equal(names, suppression.Names);
            Assert.Equal(reason, suppression.Reason);
            Assert.Equal(new LinePosition(0, comment.IndexOf("configlint", System.StringComparison.Ordinal)), suppression.Location.GetLineSpan().StartLinePosition);
        }

        [Theory]
        [InlineData("a = \"# configlint-disable-file CL1003\"\n")]
        [InlineData("a = \"\"\"\n# configlint-disable-file CL1003\n\"\"\"\n")]
        [InlineData("# a comment that only mentions configlint\n")]
        public void Text_in_strings_and_other_comments_is_no_suppression(string hocon) =>
            Assert.Empty(SuppressionComment.Read("emqx.conf", SourceText.From(hocon), CommentSyntax.Hocon));

        [Theory]
        [InlineData("{a, \"% configlint-disable-file CL2001\"}.\n")]
        [InlineData("{a, '% configlint-disable-file CL2001'}.\n")]
        [InlineData("{a, $%}. {b, \"\\\"% configlint-disable-file CL2001\"}.\n")]
        public void Erlang_strings_atoms_and_characters_hold_no_comment(string terms) =>
            Assert.Empty(SuppressionComment.Read("ssl_dist.conf", SourceText.From(terms), CommentSyntax.ErlangTerms));

        [Fact]
        public void An_Erlang_comment_after_a_character_literal_is_read()
        {
            var suppression = SuppressionComment.Read("ssl_dist.conf", SourceText.From("{a, $%}. % configlint-disable-line CL2001 -- why\r\n"), CommentSyntax.ErlangTerms).Single();

            Assert.Equal("why", suppression.Reason);
        }
    }
}
