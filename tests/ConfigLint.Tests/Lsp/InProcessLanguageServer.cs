using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using ConfigLint.Cli;
using ConfigLint.Cli.Lsp;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace ConfigLint.Tests.Lsp
{
    /// <summary>The language server in-process over a pair of pipes, with a client that records what it publishes and logs.</summary>
    internal sealed class InProcessLanguageServer : IAsyncDisposable
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

        private InProcessLanguageServer(JsonRpc rpc, ClientTarget client, Task<int> server)
        {
            Rpc = rpc;
            Client = client;
            Server = server;
        }

        public JsonRpc Rpc { get; }
        public ClientTarget Client { get; }
        public Task<int> Server { get; }

        public static async Task<InProcessLanguageServer> Start(string folder, LintEngine engine)
        {
            var (clientStream, serverStream) = FullDuplexStream.CreatePair();
            var environment = new ToolEnvironment(TextWriter.Null, TextWriter.Null, folder, engine);
            var server = Task.Run(() => LspCommand.Serve(serverStream, serverStream, environment));
            var client = new ClientTarget();
            var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, new SystemTextJsonFormatter()));
            rpc.AddLocalRpcTarget(client);
            rpc.StartListening();
            await rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = (int?)null, rootUri = new Uri(folder).AbsoluteUri, capabilities = new { } });
            await rpc.NotifyWithParameterObjectAsync("initialized", new { });
            return new InProcessLanguageServer(rpc, client, server);
        }

        public string Open(string path, string text)
        {
            var uri = new Uri(path).AbsoluteUri;
            Rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "hocon", version = 1, text } }).GetAwaiter().GetResult();
            return uri;
        }

        public void Close(string uri) =>
            Rpc.NotifyWithParameterObjectAsync("textDocument/didClose", new { textDocument = new { uri } }).GetAwaiter().GetResult();

        public async Task<int> ShutDown()
        {
            await Rpc.InvokeWithParameterObjectAsync<JsonElement>("shutdown");
            await Rpc.NotifyAsync("exit");
            return await Server.WaitAsync(Timeout);
        }

        public ValueTask DisposeAsync()
        {
            Rpc.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>The client side: what the server logged and published.</summary>
    public sealed class ClientTarget
    {
        public BlockingCollection<JsonElement> Logs { get; } = new();
        private readonly BlockingCollection<JsonElement> published = new();

        [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
        public void LogMessage(JsonElement parameters) => Logs.Add(parameters.Clone());

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JsonElement parameters) => published.Add(parameters.Clone());

        /// <summary>The diagnostics of the next publication for <paramref name="uri"/>.</summary>
        public Task<JsonElement> Diagnostics(string uri) => Task.Run(() =>
        {
            while (true)
            {
                var next = published.Take(InProcessLanguageServer.Timeout);
                if (next.GetProperty("uri").GetString() == uri)
                    return next.GetProperty("diagnostics");
            }
        });
    }
}
