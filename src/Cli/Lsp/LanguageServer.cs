using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConfigLint.Analyzers;
using ConfigLint.Analyzers.Severity;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;
using StreamJsonRpc;

namespace ConfigLint.Cli.Lsp
{
    /// <summary>
    /// The language server: keeps the open documents, analyses each one (debounced, off the reader loop, one analysis
    /// at a time) with the CLI's scanner, file limits and .editorconfig severities, and publishes its findings.
    /// </summary>
    [RequiresUnreferencedCode(LspCommand.NeedsReflection)]
    [RequiresDynamicCode(LspCommand.NeedsReflection)]
    internal sealed class LanguageServer
    {
        /// <summary>How long a document must stay unchanged before it is analysed.</summary>
        public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);

        private readonly JsonRpc _rpc;
        private readonly LintEngine _engine;
        private readonly object _lock = new();
        private readonly Dictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
        private readonly SemaphoreSlim _analysisGate = new(1, 1);
        private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private string _root;
        private bool _shutdownRequested;

        public LanguageServer(JsonRpc rpc, string currentDirectory, LintEngine engine)
        {
            _rpc = rpc;
            _engine = engine;
            _root = currentDirectory;
        }

        /// <summary>The exit code: 0 after shutdown and exit, 1 on exit without shutdown or when the client goes away.</summary>
        public async Task<int> WaitForExit()
        {
            var finished = await Task.WhenAny(_exit.Task, _rpc.Completion).ConfigureAwait(false);
            return finished == _exit.Task ? await _exit.Task.ConfigureAwait(false) : 1;
        }

        [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
        public InitializeResult Initialize(InitializeParams parameters)
        {
            var root = parameters.WorkspaceFolders?.FirstOrDefault()?.Uri ?? parameters.RootUri;
            if (root != null && PathOf(root) is { } rootPath && Directory.Exists(rootPath))
                _root = rootPath;
            else if (parameters.RootPath is { Length: > 0 } path && Directory.Exists(path))
                _root = Path.GetFullPath(path);
            return new InitializeResult(
                new ServerCapabilities(new TextDocumentSyncOptions(OpenClose: true, Change: 1)),
                new ServerInfo("configlint", ToolEnvironment.ToolVersion));
        }

        [JsonRpcMethod("initialized")]
        public void Initialized()
        {
        }

        [JsonRpcMethod("shutdown")]
        public object? Shutdown()
        {
            _shutdownRequested = true;
            return null;
        }

        [JsonRpcMethod("exit")]
        public void Exit() => _exit.TrySetResult(_shutdownRequested ? 0 : 1);

        [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
        public void DidOpen(DidOpenTextDocumentParams parameters)
        {
            var item = parameters.TextDocument;
            if (PathOf(item.Uri) is not { } path)
                return;
            lock (_lock)
            {
                _documents.TryGetValue(item.Uri, out var previous);
                previous?.Pending?.Cancel();
                _documents[item.Uri] = new OpenDocument(item.Uri, path, item.Version, item.Text);
            }
            ScheduleAround(item.Uri, TimeSpan.Zero);
        }

        [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
        public void DidChange(DidChangeTextDocumentParams parameters)
        {
            // Full synchronisation: the last change holds the whole text.
            var change = parameters.ContentChanges?.LastOrDefault();
            if (change == null)
                return;
            lock (_lock)
            {
                if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var document))
                    return;
                document.Text = change.Text;
                document.Version = parameters.TextDocument.Version ?? document.Version + 1;
            }
            ScheduleAround(parameters.TextDocument.Uri, Debounce);
        }

        [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
        public void DidClose(DidCloseTextDocumentParams parameters)
        {
            var uri = parameters.TextDocument.Uri;
            bool wasOpen;
            lock (_lock)
            {
                wasOpen = _documents.Remove(uri, out var document);
                document?.Pending?.Cancel();
            }
            _ = Task.Run(async () =>
            {
                await _analysisGate.WaitAsync().ConfigureAwait(false);
                try
                {
                    await Publish(new PublishDiagnosticsParams(uri, null, Array.Empty<LspDiagnostic>())).ConfigureAwait(false);
                }
                finally
                {
                    _analysisGate.Release();
                }
            });
            // The other documents now read its saved file instead.
            if (wasOpen)
                ScheduleAround(null, Debounce);
        }

        /// <summary>
        /// Analyses the document and, as cross-file rules may judge them with it (the nodes of a cluster live in sibling
        /// folders), the other open documents too, after the same debounce.
        /// </summary>
        private void ScheduleAround(string? uri, TimeSpan delay)
        {
            List<OpenDocument> affected;
            lock (_lock)
                affected = _documents.Values.ToList();
            foreach (var document in affected)
                Schedule(document, document.Uri == uri ? delay : Debounce);
        }

        private void Schedule(OpenDocument document, TimeSpan delay)
        {
            var pending = new CancellationTokenSource();
            int version;
            lock (_lock)
            {
                document.Pending?.Cancel();
                document.Pending = pending;
                version = document.Version;
            }
            _ = Task.Run(async () =>
            {
                try
                {
                    if (delay > TimeSpan.Zero)
                        await Task.Delay(delay, pending.Token).ConfigureAwait(false);
                    await _analysisGate.WaitAsync(pending.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                try
                {
                    await Analyse(document, version, pending.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The last guard (the scan isolates rule faults itself); the exception's message could quote a secret.
                    await Log(MessageType.Error, $"configlint: internal error analysing {document.Path} ({e.GetType().Name}); please report it").ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
                finally
                {
                    _analysisGate.Release();
                }
            });
        }

        private async Task Analyse(OpenDocument document, int version, CancellationToken cancellation)
        {
            Dictionary<string, string> buffers;
            lock (_lock)
            {
                if (cancellation.IsCancellationRequested || !IsCurrent(document, version))
                    return;
                buffers = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var open in _documents.Values)
                    buffers[open.Path] = open.Text;
            }
            var result = _engine.Scan(Options(document.Path, buffers));
            foreach (var notification in result.Notifications)
            {
                var type = notification.Level == ToolNotificationLevel.Error ? MessageType.Error : MessageType.Log;
                await Log(type, "configlint: " + notification.DisplayPath + (notification.Position is { } p ? $":{p.Line + 1}:{p.Character + 1}" : "") + ": " + notification.Message).ConfigureAwait(false);
            }
            var diagnostics = result.Diagnostics
                .Where(d => !d.IsSuppressed && IsIn(d, document.Path))
                .Select(ToLsp)
                .ToList();
            lock (_lock)
            {
                // A newer text or a close supersedes this analysis.
                if (cancellation.IsCancellationRequested || !IsCurrent(document, version))
                    return;
            }
            await Publish(new PublishDiagnosticsParams(document.Uri, version, diagnostics)).ConfigureAwait(false);
        }

        private bool IsCurrent(OpenDocument document, int version) =>
            _documents.TryGetValue(document.Uri, out var open) && ReferenceEquals(open, document) && document.Version == version;

        /// <summary>As the CLI scans a file named on its command line, with the workspace as the folder it runs in.</summary>
        private ScanOptions Options(string path, IReadOnlyDictionary<string, string> buffers)
        {
            var named = new[] { path };
            var disk = new DiskFileSource(ScannedTree.RootsFor(_root, named), DiskFileSource.DefaultMaxFileSize, new Exclusions(_root, named, Array.Empty<string>()));
            var source = OverlayFileSource.ForBuffers(buffers, disk, DiskFileSource.DefaultMaxFileSize);
            return new ScanOptions(_root, named, source)
            {
                Severities = new SeverityConfiguration(AnalyzerConfigDiscovery.Find(_root, named)),
            };
        }

        private bool IsIn(Diagnostic diagnostic, string path)
        {
            if (!diagnostic.Location.IsInSource && diagnostic.Location.Kind != LocationKind.ExternalFile)
                return false;
            var file = diagnostic.Location.GetLineSpan().Path;
            return file.Length > 0 && ConfigPaths.IsValid(file) && ConfigPaths.Normalize(Path.GetFullPath(file, _root)) == path;
        }

        private static LspDiagnostic ToLsp(Diagnostic diagnostic)
        {
            var span = diagnostic.Location.GetLineSpan();
            var help = diagnostic.Descriptor.HelpLinkUri;
            return new LspDiagnostic(
                new Range(new Position(span.StartLinePosition.Line, span.StartLinePosition.Character), new Position(span.EndLinePosition.Line, span.EndLinePosition.Character)),
                diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => LspSeverity.Error,
                    DiagnosticSeverity.Warning => LspSeverity.Warning,
                    DiagnosticSeverity.Info => LspSeverity.Information,
                    _ => LspSeverity.Hint,
                },
                diagnostic.Id,
                string.IsNullOrEmpty(help) ? null : new CodeDescription(help),
                "configlint",
                diagnostic.GetMessage(CultureInfo.InvariantCulture));
        }

        private Task Publish(PublishDiagnosticsParams parameters) =>
            Send("textDocument/publishDiagnostics", parameters);

        private Task Log(int type, string message) =>
            Send("window/logMessage", new LogMessageParams(type, message));

        private async Task Send(string method, object parameters)
        {
            try
            {
                await _rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or IOException)
            {
                // The client went away; WaitForExit ends the server.
            }
        }

        /// <summary>The local path of a file: URI, or null for other schemes.</summary>
        private static string? PathOf(string uri)
        {
            if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
                return null;
            var path = parsed.LocalPath;
            return ConfigPaths.IsValid(path) ? ConfigPaths.Normalize(Path.GetFullPath(path)) : null;
        }

        private static class MessageType
        {
            public const int Error = 1;
            public const int Log = 4;
        }

        private sealed class OpenDocument
        {
            public OpenDocument(string uri, string path, int version, string text)
            {
                Uri = uri;
                Path = path;
                Version = version;
                Text = text;
            }

            public string Uri { get; }
            public string Path { get; }
            public int Version { get; set; }
            public string Text { get; set; }
            public CancellationTokenSource? Pending { get; set; }
        }
    }
}
