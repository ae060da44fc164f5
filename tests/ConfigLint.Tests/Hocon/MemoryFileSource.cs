using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Tests.Hocon
{
    /// <summary>Serves files from memory for focused tests; a path can also be made to refuse with a given status.</summary>
    internal sealed class MemoryFileSource : IConfigFileSource
    {
        private readonly Dictionary<string, FileReadResult> _files = new(StringComparer.Ordinal);

        public MemoryFileSource Add(string fullPath, string text)
        {
            _files[fullPath] = FileReadResult.FromText(new SourceFile(fullPath, SourceText.From(text)));
            return this;
        }

        public MemoryFileSource Refuse(string fullPath, FileReadStatus status, string reason)
        {
            _files[fullPath] = FileReadResult.Refused(fullPath, status, reason);
            return this;
        }

        public FileReadResult Read(string fullPath) =>
            _files.TryGetValue(fullPath, out var read) ? read : FileReadResult.Refused(fullPath, FileReadStatus.NotFound, "the file does not exist");

        public IReadOnlyList<string> Files(string folderFullPath) =>
            _files.Keys.Where(p => Path.GetDirectoryName(p) == folderFullPath).OrderBy(p => p, StringComparer.Ordinal).ToList();

        public IReadOnlyList<string> Folders(string folderFullPath) => Array.Empty<string>();
    }
}
