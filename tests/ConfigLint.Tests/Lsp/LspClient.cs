using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace ConfigLint.Tests.Lsp
{
    /// <summary>
    /// A minimal LSP client for tests: starts the built <c>configlint lsp</c> as a process and speaks JSON-RPC with
    /// Content-Length framing over its standard input and output, written and read here byte by byte.
    /// </summary>
    internal sealed class LspClient : IDisposable
    {
        private readonly Process _process;
        private readonly Stream _input;
        private readonly BlockingCollection<JsonObject> _received = new();
        private readonly List<JsonObject> _seen = new();
        private readonly StringBuilder _error = new();
        private readonly Task _reader;
        private int _nextId;

        private LspClient(Process process)
        {
            _process = process;
            _input = process.StandardInput.BaseStream;
            _reader = Task.Run(() => ReadAll(process.StandardOutput.BaseStream));
            process.ErrorDataReceived += (_, e) => { lock (_error) _error.AppendLine(e.Data); };
            process.BeginErrorReadLine();
        }

        /// <summary>The built tool beside the tests (the CLI project is referenced, so its apphost is copied here).</summary>
        public static string ToolPath => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "configlint.exe" : "configlint");

        public static LspClient Start(string workingDirectory)
        {
            var start = new ProcessStartInfo(ToolPath)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("lsp");
            return new LspClient(Process.Start(start)!);
        }

        public string StandardError { get { lock (_error) return _error.ToString(); } }

        /// <summary>Sends a request and waits for its response (notifications arriving meanwhile are kept).</summary>
        public JsonNode? Request(string method, JsonNode? parameters, TimeSpan timeout)
        {
            var id = Interlocked.Increment(ref _nextId);
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
            var response = WaitFor(m => m["id"] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && (int)v == id && m["method"] == null, timeout, "the response to " + method);
            if (response["error"] is { } error)
                throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
            return response["result"];
        }

        public void Notify(string method, JsonNode? parameters) =>
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        /// <summary>The first message received (earlier ones not yet consumed included) that matches, consuming it.</summary>
        public JsonObject WaitFor(Func<JsonObject, bool> match, TimeSpan timeout, string what)
        {
            var deadline = DateTime.UtcNow + timeout;
            lock (_seen)
            {
                var earlier = _seen.FirstOrDefault(match);
                if (earlier != null)
                {
                    _seen.Remove(earlier);
                    return earlier;
                }
            }
            while (true)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !_received.TryTake(out var message, left))
                    throw new TimeoutException($"no {what} in {timeout}; standard error: {StandardError}");
                if (match(message))
                    return message;
                lock (_seen)
                    _seen.Add(message);
            }
        }

        /// <summary>The next publishDiagnostics for <paramref name="uri"/>: its diagnostics.</summary>
        public JsonArray WaitForDiagnostics(string uri, TimeSpan timeout) =>
            WaitFor(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == uri, timeout, "diagnostics for " + uri)["params"]!["diagnostics"]!.AsArray();

        /// <summary>The messages seen but not consumed.</summary>
        public IReadOnlyList<JsonObject> Unconsumed { get { lock (_seen) return _seen.ToList(); } }

        public bool WaitForExit(TimeSpan timeout, out int exitCode)
        {
            var exited = _process.WaitForExit(timeout);
            exitCode = exited ? _process.ExitCode : -1;
            return exited;
        }

        private void Send(JsonObject message)
        {
            var body = Encoding.UTF8.GetBytes(message.ToJsonString());
            var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            lock (_input)
            {
                _input.Write(header);
                _input.Write(body);
                _input.Flush();
            }
        }

        private void ReadAll(Stream output)
        {
            try
            {
                while (ReadMessage(output) is { } message)
                    _received.Add(message);
            }
            finally
            {
                _received.CompleteAdding();
            }
        }

        private static JsonObject? ReadMessage(Stream output)
        {
            int length = -1;
            while (true)
            {
                var line = ReadHeaderLine(output);
                if (line == null)
                    return null;
                if (line.Length == 0)
                    break;
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    length = int.Parse(line.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
            var body = new byte[length];
            output.ReadExactly(body);
            return JsonNode.Parse(body)!.AsObject();
        }

        private static string? ReadHeaderLine(Stream output)
        {
            var line = new StringBuilder();
            while (true)
            {
                int b = output.ReadByte();
                if (b < 0)
                    return null;
                if (b == '\n')
                    return line.ToString().TrimEnd('\r');
                line.Append((char)b);
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            _process.Dispose();
        }
    }
}
