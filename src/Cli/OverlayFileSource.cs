using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Cli
{
    /// <summary>
    /// Texts the host holds in memory — standard input for <c>--stdin-filename PATH -</c>, the language server's open
    /// buffers — read in place of the files at their paths, and listed in their folders whether saved or not; every
    /// other read and listing goes to the disk source, with its tree and size limits, so cross-file rules see the
    /// files around them as they are. The texts are a snapshot: an analysis never sees a half-applied change.
    /// </summary>
    internal sealed class OverlayFileSource : IConfigFileSource
    {
        private readonly IReadOnlyDictionary<string, FileReadResult> _overlays;
        private readonly IConfigFileSource _disk;

        /// <param name="overlays">Normalized full path → what reading it gives.</param>
        /// <param name="disk">Answers everything else.</param>
        private OverlayFileSource(IReadOnlyDictionary<string, FileReadResult> overlays, IConfigFileSource disk)
        {
            _overlays = overlays;
            _disk = disk;
        }

        /// <summary>Standard input (at most <paramref name="maxFileSize"/> bytes, like any file) read as <paramref name="fullPath"/>.</summary>
        public static OverlayFileSource ForStandardInput(string fullPath, Stream input, long maxFileSize, IConfigFileSource disk)
        {
            var bytes = DiskFileSource.ReadAtMost(input, maxFileSize);
            var read = bytes == null ? DiskFileSource.TooLarge(fullPath, maxFileSize) : FileReadResult.FromBytes(fullPath, bytes);
            return new OverlayFileSource(new Dictionary<string, FileReadResult> { [fullPath] = read }, disk);
        }

        /// <summary>The editor's buffers (normalized full path → text), each held to <paramref name="maxFileSize"/> bytes of UTF-8, as on disk.</summary>
        public static OverlayFileSource ForBuffers(IReadOnlyDictionary<string, string> buffers, IConfigFileSource disk, long maxFileSize) =>
            new(buffers.ToDictionary(
                    buffer => buffer.Key,
                    buffer => buffer.Value.Length > maxFileSize || Encoding.UTF8.GetByteCount(buffer.Value) > maxFileSize
                        ? DiskFileSource.TooLarge(buffer.Key, maxFileSize)
                        : FileReadResult.FromText(new SourceFile(buffer.Key, SourceText.From(buffer.Value))),
                    StringComparer.Ordinal),
                disk);

        public FileReadResult Read(string fullPath) =>
            ConfigPaths.IsValid(fullPath) && _overlays.TryGetValue(ConfigPaths.Normalize(fullPath), out var read) ? read : _disk.Read(fullPath);

        public IReadOnlyList<string> Files(string folderFullPath)
        {
            var files = _disk.Files(folderFullPath);
            if (!ConfigPaths.IsValid(folderFullPath))
                return files;
            var folder = Path.TrimEndingDirectorySeparator(ConfigPaths.Normalize(folderFullPath));
            var unsaved = _overlays.Keys.Where(path => Path.GetDirectoryName(path) == folder && !files.Contains(path, StringComparer.Ordinal)).ToList();
            return unsaved.Count == 0 ? files : files.Concat(unsaved).OrderBy(p => p, StringComparer.Ordinal).ToList();
        }

        public IReadOnlyList<string> Folders(string folderFullPath) => _disk.Folders(folderFullPath);
    }
}
