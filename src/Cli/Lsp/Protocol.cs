using System.Collections.Generic;
using System.Text.Json.Serialization;

// The few Language Server Protocol messages `configlint lsp` exchanges, as small records (LSP 3.17 names; the
// serializer writes them camelCase and leaves out nulls).
namespace ConfigLint.Cli.Lsp
{
    internal sealed record InitializeParams(string? RootUri, string? RootPath, IReadOnlyList<WorkspaceFolder>? WorkspaceFolders);

    internal sealed record WorkspaceFolder(string Uri, string? Name);

    internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

    internal sealed record ServerCapabilities(TextDocumentSyncOptions TextDocumentSync);

    /// <summary>Change 1: every change sends the whole text.</summary>
    internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

    internal sealed record ServerInfo(string Name, string Version);

    internal sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

    internal sealed record TextDocumentIdentifier(string Uri);

    internal sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);

    internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

    internal sealed record TextDocumentContentChangeEvent(string Text, Range? Range);

    internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

    internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

    /// <summary>A 0-based line and a character offset in UTF-16 code units.</summary>
    internal sealed record Position(int Line, int Character);

    internal sealed record Range(Position Start, Position End);

    internal sealed record CodeDescription(string Href);

    internal sealed record LspDiagnostic(Range Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message);

    internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

    /// <summary>Type 1 error, 2 warning, 3 info, 4 log.</summary>
    internal sealed record LogMessageParams(int Type, string Message);

    internal static class LspSeverity
    {
        public const int Error = 1;
        public const int Warning = 2;
        public const int Information = 3;
        public const int Hint = 4;
    }
}
