using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;

namespace ConfigLint.CompilerAnalyzer
{
    /// <summary>
    /// The project's additional files as the only files there are: the compiler has read them, and an analyzer may
    /// read nothing else. Cross-file rules find peers and includes among them; for the analysis any other file does
    /// not exist (an unlisted acl.conf is EMQX's shipped one, as when the command line finds none).
    /// </summary>
    internal sealed class AdditionalFileSource : IConfigFileSource
    {
        private readonly ImmutableDictionary<string, Lazy<FileReadResult>> _files;
        private readonly ImmutableArray<string> _paths;

        /// <param name="files">Normalized full path → the compiler's additional file there.</param>
        public AdditionalFileSource(IReadOnlyDictionary<string, AdditionalText> files)
        {
            _files = files.ToImmutableDictionary(
                file => file.Key,
                file => new Lazy<FileReadResult>(() => Read(file.Key, file.Value)),
                StringComparer.Ordinal);
            _paths = files.Keys.OrderBy(path => path, StringComparer.Ordinal).ToImmutableArray();
        }

        public FileReadResult Read(string fullPath) =>
            _files.TryGetValue(ConfigPaths.Normalize(fullPath), out var read)
                ? read.Value
                : FileReadResult.Refused(fullPath, FileReadStatus.NotFound, "not one of the project's AdditionalFiles");

        public IReadOnlyList<string> Files(string folderFullPath)
        {
            var folder = Folder(folderFullPath);
            return _paths.Where(path => Path.GetDirectoryName(path) == folder).ToList();
        }

        public IReadOnlyList<string> Folders(string folderFullPath)
        {
            var prefix = Folder(folderFullPath) + Path.DirectorySeparatorChar;
            return _paths
                .Where(path => path.StartsWith(prefix, StringComparison.Ordinal) && path.IndexOf(Path.DirectorySeparatorChar, prefix.Length) > 0)
                .Select(path => path.Substring(0, path.IndexOf(Path.DirectorySeparatorChar, prefix.Length)))
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }

        private static string Folder(string folderFullPath) =>
            ConfigPaths.Normalize(folderFullPath).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);

        private static FileReadResult Read(string fullPath, AdditionalText file) =>
            file.GetText() is { } text
                ? FileReadResult.FromText(new SourceFile(fullPath, text))
                : FileReadResult.Refused(fullPath, FileReadStatus.Failed, "the compiler could not read it");
    }
}
