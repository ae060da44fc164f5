using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace ConfigLint.Cli.Lsp
{
    /// <summary>
    /// <c>configlint lsp</c>: the language server over standard input and output (LSP's Content-Length framing,
    /// JSON-RPC by StreamJsonRpc). Exits 0 after <c>shutdown</c> then <c>exit</c>, 1 when the client exits without
    /// <c>shutdown</c> or closes the stream.
    /// </summary>
    internal static class LspCommand
    {
        public static int Run(ToolEnvironment environment)
        {
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            var formatter = new SystemTextJsonFormatter();
            formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            formatter.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
            formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter));
            var server = new LanguageServer(rpc, environment.CurrentDirectory, environment.Engine);
            rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { DisposeOnDisconnect = false });
            rpc.StartListening();
            return server.WaitForExit().GetAwaiter().GetResult();
        }
    }
}
