using System;
using System.Diagnostics.CodeAnalysis;
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
        internal const string NeedsReflection =
            "StreamJsonRpc binds the server's methods and (de)serializes their parameters by reflection.";

        private const string SupportedSwitch = "ConfigLint.LanguageServer.IsSupported";

        /// <summary>
        /// False in the Native AOT build (<c>-p:ConfigLintNativeAot=true</c>), which sets the switch so the compiler
        /// drops the language server: its reflection-bound JSON-RPC cannot be compiled ahead of time.
        /// </summary>
        [FeatureSwitchDefinition(SupportedSwitch)]
        internal static bool IsSupported => !AppContext.TryGetSwitch(SupportedSwitch, out var supported) || supported;

        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Not compiled into the Native AOT build: IsSupported is false there.")]
        [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Not compiled into the Native AOT build: IsSupported is false there.")]
        public static int Run(ToolEnvironment environment)
        {
            if (!IsSupported)
            {
                environment.Error.WriteLine("configlint: the language server needs the JIT build; this one is Native AOT (packed with ConfigLintNativeAot=true)");
                return ExitCodes.Error;
            }
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            return Serve(input, output, environment).GetAwaiter().GetResult();
        }

        /// <summary>Serves one client on the two streams until it exits or goes away; the exit code.</summary>
        [RequiresUnreferencedCode(NeedsReflection)]
        [RequiresDynamicCode(NeedsReflection)]
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
