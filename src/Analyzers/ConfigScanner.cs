using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers
{
    /// <summary>What to scan.</summary>
    public sealed class ScanOptions
    {
        /// <summary>Creates scan options.</summary>
        /// <param name="baseDirectory">The folder paths in findings are relative to (where the tool runs).</param>
        /// <param name="files">Full paths of the candidate files; files that are not ConfigLint's are skipped without a finding.</param>
        public ScanOptions(string baseDirectory, IReadOnlyList<string> files)
        {
            BaseDirectory = baseDirectory;
            Files = files;
        }

        /// <summary>The folder paths in findings are relative to.</summary>
        public string BaseDirectory { get; }

        /// <summary>Full paths of the candidate files. Findings are reported only for these (and what they include).</summary>
        public IReadOnlyList<string> Files { get; }
    }

    /// <summary>A file the scan could not read at all (I/O error), for tool notifications.</summary>
    public sealed class UnreadableFile
    {
        internal UnreadableFile(string displayPath, string reason)
        {
            DisplayPath = displayPath;
            Reason = reason;
        }

        /// <summary>The file, relative to the base directory, with forward slashes.</summary>
        public string DisplayPath { get; }

        /// <summary>Why it could not be read.</summary>
        public string Reason { get; }
    }

    /// <summary>The outcome of a scan.</summary>
    public sealed class ScanResult
    {
        internal ScanResult(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<string> analyzedFiles, ImmutableArray<UnreadableFile> unreadableFiles)
        {
            Diagnostics = diagnostics;
            AnalyzedFiles = analyzedFiles;
            UnreadableFiles = unreadableFiles;
        }

        /// <summary>Every finding once, sorted by path, line, column and rule id.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>The files that were recognised and analyzed (display paths, sorted).</summary>
        public ImmutableArray<string> AnalyzedFiles { get; }

        /// <summary>Files that could not be read.</summary>
        public ImmutableArray<UnreadableFile> UnreadableFiles { get; }
    }

    /// <summary>The resolved configuration of one EMQX file, for <c>--resolve</c>.</summary>
    public sealed class ResolvedFile
    {
        internal ResolvedFile(ConfigObject? root, ImmutableArray<Diagnostic> errors)
        {
            Root = root;
            Errors = errors;
        }

        /// <summary>The resolved configuration, or null when the file could not be read as its format.</summary>
        public ConfigObject? Root { get; }

        /// <summary>CL0001 findings for the file and its includes.</summary>
        public ImmutableArray<Diagnostic> Errors { get; }
    }

    /// <summary>Runs every rule over a set of files.</summary>
    public static class ConfigScanner
    {
        /// <summary>Scans the files and returns every finding once, in a deterministic order.</summary>
        public static ScanResult Scan(ScanOptions options) => new Scan(options).Run();

        /// <summary>Reads one EMQX file (HOCON with its includes, or the 4.x flat form) into its resolved configuration.</summary>
        public static ResolvedFile Resolve(string fullPath, string baseDirectory)
        {
            var paths = new DisplayPaths(baseDirectory);
            var source = new FileSystemSource();
            var sink = new FindingSink(paths);
            var file = source.TryRead(fullPath);
            if (file == null)
                throw new System.IO.FileNotFoundException("Cannot read " + paths.Display(fullPath), fullPath);
            var format = FileClassifier.IsFlatForm(file.Text) ? Emqx.EmqxFormat.Flat : Emqx.EmqxFormat.Hocon;
            var loaded = EmqxConfigLoader.Load(file, format, source, mergeBaseHocon: false);
            foreach (var error in loaded.Errors)
                Rules.UnreadableConfig.Report(error, sink);
            var errors = DiagnosticOrder.Sort(sink.Diagnostics);
            return new ResolvedFile(errors.IsEmpty ? loaded.Config.Root : null, errors);
        }
    }
}
