using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConfigLint.Cli;
using ConfigLint.Cli.Lsp;
using ConfigLint.Tests.Cli;
using Nerdbank.Streams;
using StreamJsonRpc;
using Xunit;

namespace ConfigLint.Tests.Lsp
{
    /// <summary>The server in-process over a pair of pipes: faults are logged and it goes on; suppressions, severities and open buffers.</summary>
    public sealed class LanguageServerInProcessTests
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

        [Fact]
        public async Task A_fault_inside_a_rule_is_logged_and_the_findings_are_still_published()
        {
            using var folder = new TempFolder();
            var engine = new LintEngine(
                options => ConfigLint.Analyzers.ConfigScanner.Scan(new ConfigLint.Analyzers.ScanOptions(options.BaseDirectory, options.Files, options.Source)
                {
                    Severities = options.Severities,
                    Rules = ConfigLint.Analyzers.RuleCatalog.Registered.Insert(0, new ThrowingRule()),
                }),
                ConfigLint.Analyzers.ConfigScanner.Resolve,
                () => ConfigLint.Analyzers.RuleCatalog.All);
            await using var session = await InProcessLanguageServer.Start(folder.Path, engine);
            var uri = session.Open(Path.Combine(folder.Path, "emqx.conf"), "node.name = emqx@10.0.0.1\nnode.cookie = emqxsecretcookie\n");

            var diagnostics = await session.Client.Diagnostics(uri);
            Assert.Contains(diagnostics.EnumerateArray(), d => d.GetProperty("code").GetString() == "CL1003");
            var log = session.Client.Logs.Take(Timeout);
            Assert.Equal(1, log.GetProperty("type").GetInt32());
            Assert.Contains("CL9001", log.GetProperty("message").GetString());
            Assert.DoesNotContain("emqxsecretcookie", log.GetProperty("message").GetString());
            Assert.Equal(0, await session.ShutDown());
        }

        [Fact]
        public async Task An_analysis_that_throws_is_logged_and_the_next_change_is_analysed()
        {
            using var folder = new TempFolder();
            int calls = 0;
            var engine = new LintEngine(
                options => Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("secret") : LintEngine.Default.Scan(options),
                ConfigLint.Analyzers.ConfigScanner.Resolve,
                () => ConfigLint.Analyzers.RuleCatalog.All);
            await using var session = await InProcessLanguageServer.Start(folder.Path, engine);
            var text = "node.name = emqx@10.0.0.1\nnode.cookie = emqxsecretcookie\n";
            var uri = session.Open(Path.Combine(folder.Path, "emqx.conf"), text);

            var log = session.Client.Logs.Take(Timeout);
            Assert.Equal("configlint: internal error analysing " + Path.Combine(folder.Path, "emqx.conf") + " (InvalidOperationException); please report it", log.GetProperty("message").GetString());
            await session.Rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new
            {
                textDocument = new { uri, version = 2 },
                contentChanges = new[] { new { text } },
            });
            var diagnostics = await session.Client.Diagnostics(uri);
            Assert.Contains(diagnostics.EnumerateArray(), d => d.GetProperty("code").GetString() == "CL1003");
            Assert.Equal(0, await session.ShutDown());
        }

        [Fact]
        public async Task Suppressed_findings_are_not_published_and_editorconfig_sets_the_severity()
        {
            using var folder = new TempFolder();
            folder.File(".editorconfig", "root = true\n[*.conf]\ndotnet_diagnostic.CL1004.severity = suggestion\n");
            await using var session = await InProcessLanguageServer.Start(folder.Path, LintEngine.Default);
            var uri = session.Open(Path.Combine(folder.Path, "emqx.conf"),
                "node.name = emqx@10.0.0.1\n## configlint-disable-next-line CL1003 -- local test cluster\nnode.cookie = emqxsecretcookie\n");

            var diagnostics = (await session.Client.Diagnostics(uri)).EnumerateArray().ToList();
            Assert.DoesNotContain(diagnostics, d => d.GetProperty("code").GetString() == "CL1003");
            var distribution = Assert.Single(diagnostics, d => d.GetProperty("code").GetString() == "CL1004");
            Assert.Equal(3, distribution.GetProperty("severity").GetInt32());
            Assert.Equal(0, await session.ShutDown());
        }

        [Fact]
        public async Task Cross_file_rules_read_the_open_buffer_before_the_saved_file()
        {
            using var folder = new TempFolder();
            var fixture = Path.Combine(TestPaths.Fixtures, "cluster", "cookie-mismatch");
            foreach (var file in Directory.GetFiles(fixture, "*.conf", SearchOption.AllDirectories))
                folder.File(Path.GetRelativePath(fixture, file), File.ReadAllText(file));
            var node1 = folder.FullPath("node1/emqx.conf");
            var node2 = folder.FullPath("node2/emqx.conf");
            var node2Text = File.ReadAllText(node2);
            await using var session = await InProcessLanguageServer.Start(folder.Path, LintEngine.Default);

            // Saved, the two nodes' cookies differ: CL2008 on node2's cookie (3:12, as the fixture expects).
            var uri2 = session.Open(node2, node2Text);
            var mismatch = Assert.Single((await session.Client.Diagnostics(uri2)).EnumerateArray(), d => d.GetProperty("code").GetString() == "CL2008");
            Assert.Equal(2, mismatch.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
            Assert.Equal(11, mismatch.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
            session.Close(uri2);
            await session.Client.Diagnostics(uri2);

            // node1 open with node2's cookie, unsaved: node2 is judged against the buffer, not the saved file.
            var cookie = System.Text.RegularExpressions.Regex.Match(node2Text, "cookie = \"([0-9a-f]+)\"").Groups[1].Value;
            var node1Text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(node1), "cookie = \"[^\"]*\"", "cookie = \"" + cookie + "\"");
            var uri1 = session.Open(node1, node1Text);
            Assert.DoesNotContain((await session.Client.Diagnostics(uri1)).EnumerateArray(), d => d.GetProperty("code").GetString() == "CL2008");
            session.Open(node2, node2Text);
            Assert.DoesNotContain((await session.Client.Diagnostics(uri2)).EnumerateArray(), d => d.GetProperty("code").GetString() == "CL2008");
            Assert.Equal(0, await session.ShutDown());
        }

        /// <summary>A rule with a bug: it throws, with a secret in the exception's message.</summary>
        private sealed class ThrowingRule : ConfigLint.Analyzers.Rules.IEmqxRule
        {
            public ConfigLint.Analyzers.RuleDefinition Definition => FakeAnalysis.ErrorRule;

            public void Analyze(ConfigLint.Analyzers.Emqx.EmqxConfig config, ConfigLint.Analyzers.FindingSink sink) =>
                throw new InvalidOperationException("cookie " + config.GetText("node.cookie"));
        }
    }

    internal static class BlockingCollectionExtensions
    {
        public static T Take<T>(this BlockingCollection<T> collection, TimeSpan timeout) =>
            collection.TryTake(out var item, timeout) ? item : throw new TimeoutException("nothing received in " + timeout);
    }
}
