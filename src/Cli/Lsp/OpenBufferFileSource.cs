using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Cli.Lsp
{
    /// <summary>
    /// The file source of one analysis in the language server: a file open in the editor reads as its buffer (saved
    /// or not, and listed in its folder even when never saved); every other read and listing goes to the disk, with
    /// the CLI's tree and size limits. The buffers are a snapshot, so an analysis never sees a half-applied change.
    /// </summary>
    internal sealed class OpenBufferFileSource : IConfigFileSource
    {
        private readonly IReadOnlyDictionary<string, string> _buffers;
        private readonly IConfigFileSource _disk;
        private readonly long _maxFileSize;

        /// <param name="buffers">Full normalized path → the editor's text.</param>
        public OpenBufferFileSource(IReadOnlyDictionary<string, string> buffers, IConfigFileSource disk, long maxFileSize)
        {
            _buffers = buffers;
            _disk = disk;
            _maxFileSize = maxFileSize;
        }

        public FileReadResult Read(string fullPath)
        {
            if (Buffer(fullPath) is not { } key)
                return _disk.Read(fullPath);
            var text = _buffers[key];
            // The limit counts bytes as on disk (UTF-8), as the CLI's does.
            if (text.Length > _maxFileSize || Encoding.UTF8.GetByteCount(text) > _maxFileSize)
                return DiskFileSource.TooLarge(key, _maxFileSize);
            return FileReadResult.FromText(new SourceFile(key, SourceText.From(text)));
        }

        public IReadOnlyList<string> Files(string folderFullPath)
        {
            var files = _disk.Files(folderFullPath);
            if (!ConfigPaths.IsValid(folderFullPath))
                return files;
            var folder = Path.TrimEndingDirectorySeparator(ConfigPaths.Normalize(folderFullPath));
            var unsaved = _buffers.Keys.Where(b => Path.GetDirectoryName(b) == folder && !files.Contains(b, StringComparer.Ordinal)).ToList();
            return unsaved.Count == 0 ? files : files.Concat(unsaved).OrderBy(p => p, StringComparer.Ordinal).ToList();
        }

        public IReadOnlyList<string> Folders(string folderFullPath) => _disk.Folders(folderFullPath);

        private string? Buffer(string fullPath)
        {
            if (!ConfigPaths.IsValid(fullPath))
                return null;
            var key = ConfigPaths.Normalize(fullPath);
            return _buffers.ContainsKey(key) ? key : null;
        }
    }
}
