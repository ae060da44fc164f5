using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ConfigLint.Tests.Cli;
using Xunit;

namespace ConfigLint.Tests.Lsp
{
    /// <summary>`configlint lsp` as an editor runs it: a process speaking LSP over its standard input and output.</summary>
    public sealed class LanguageServerProcessTests
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

        private const string Insecure = "node.name = emqx@127.0.0.1\nnode.cookie = emqxsecretcookie\n";
        private const string Fixed = "node.name = emqx@127.0.0.1\nnode.cookie = Zx9vQ2mN8pL4rT7wK3jH6fB1cD5gS0aE\n";

        [Fact]
        public void Publishes_the_default_cookie_then_clears_it_when_fixed_and_exits_0_after_shutdown()
        {
            using var folder = new TempFolder();
            var path = Path.Combine(folder.Path, "emqx.conf");
            File.WriteAllText(path, Insecure);
            var uri = new Uri(path).AbsoluteUri;
            using var client = LspClient.Start(folder.Path);

            var init = client.Request("initialize", new JsonObject
            {
                ["processId"] = null,
                ["rootUri"] = new Uri(folder.Path).AbsoluteUri,
                ["capabilities"] = new JsonObject(),
            }, Timeout);
            Assert.Equal(1, (int)init!["capabilities"]!["textDocumentSync"]!["change"]!);
            client.Notify("initialized", new JsonObject());

            client.Notify("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "hocon", ["version"] = 1, ["text"] = Insecure },
            });
            var diagnostics = client.WaitForDiagnostics(uri, Timeout);
            var cookie = Assert.Single(diagnostics, d => (string?)d!["code"] == "CL1003")!;
            Assert.Equal(1, (int)cookie["range"]!["start"]!["line"]!);
            Assert.Equal(14, (int)cookie["range"]!["start"]!["character"]!);
            Assert.Equal(1, (int)cookie["range"]!["end"]!["line"]!);
            Assert.Equal(30, (int)cookie["range"]!["end"]!["character"]!);
            Assert.Equal(1, (int)cookie["severity"]!);
            Assert.Equal("configlint", (string?)cookie["source"]);
            Assert.StartsWith("https://", (string?)cookie["codeDescription"]!["href"]);
            Assert.Contains("#cl1003", (string?)cookie["codeDescription"]!["href"], StringComparison.OrdinalIgnoreCase);

            client.Notify("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
                ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = Fixed }),
            });
            var after = client.WaitForDiagnostics(uri, Timeout);
            Assert.DoesNotContain(after, d => (string?)d!["code"] == "CL1003");
            Assert.NotEmpty(after); // the other findings stay (plain-TCP distribution and RPC)

            client.Notify("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
            Assert.Empty(client.WaitForDiagnostics(uri, Timeout));

            Assert.Null(client.Request("shutdown", null, Timeout));
            client.Notify("exit", null);
            Assert.True(client.WaitForExit(Timeout, out var exitCode), "the server did not exit");
            Assert.Equal(0, exitCode);
        }

        [Fact]
        public void Exit_without_shutdown_exits_1()
        {
            using var folder = new TempFolder();
            using var client = LspClient.Start(folder.Path);
            client.Request("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() }, Timeout);
            client.Notify("exit", null);
            Assert.True(client.WaitForExit(Timeout, out var exitCode), "the server did not exit");
            Assert.Equal(1, exitCode);
        }

        [Fact]
        public void A_document_that_does_not_parse_gets_CL0001_and_the_server_goes_on()
        {
            using var folder = new TempFolder();
            var path = Path.Combine(folder.Path, "emqx.conf");
            var uri = new Uri(path).AbsoluteUri;
            using var client = LspClient.Start(folder.Path);
            client.Request("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = new Uri(folder.Path).AbsoluteUri, ["capabilities"] = new JsonObject() }, Timeout);
            client.Notify("initialized", new JsonObject());
            client.Notify("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "hocon", ["version"] = 1, ["text"] = "node {\n  cookie = \"abc\n" },
            });
            Assert.Contains(client.WaitForDiagnostics(uri, Timeout), d => (string?)d!["code"] == "CL0001");
            client.Notify("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
                ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = Insecure }),
            });
            Assert.Contains(client.WaitForDiagnostics(uri, Timeout), d => (string?)d!["code"] == "CL1003");
            Assert.Null(client.Request("shutdown", null, Timeout));
            client.Notify("exit", null);
            Assert.True(client.WaitForExit(Timeout, out var exitCode));
            Assert.Equal(0, exitCode);
        }
    }
}
