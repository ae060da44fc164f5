using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
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
            return Serve(input, output, environment).GetAwaiter().GetResult();
        }

        /// <summary>Serves one client on the two streams until it exits or goes away; the exit code.</summary>
        public static async Task<int> Serve(Stream input, Stream output, ToolEnvironment environment)
        {
            var formatter = new SystemTextJsonFormatter();
            formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            formatter.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
            formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter));
            var server = new LanguageServer(rpc, environment.CurrentDirectory, environment.Engine);
            rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { DisposeOnDisconnect = false });
            rpc.StartListening();
            return await server.WaitForExit().ConfigureAwait(false);
        }
    }
}
