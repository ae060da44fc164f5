using System;
using System.Collections.Generic;
using ConfigLint.Parsers;

namespace ConfigLint.Benchmarks
{
    /// <summary>Files decoded once in setup, so parse benchmarks measure parsing and not the disk.</summary>
    internal sealed class InMemoryFiles : IConfigFileSource
    {
        private readonly Dictionary<string, FileReadResult> files = new();

        public InMemoryFiles(params SourceFile[] files)
        {
            foreach (var file in files)
                this.files[file.FullPath] = FileReadResult.FromText(file);
        }

        public FileReadResult Read(string fullPath) =>
            files.TryGetValue(fullPath, out var file) ? file : FileReadResult.Refused(fullPath, FileReadStatus.NotFound, "not in memory");

        public IReadOnlyList<string> Files(string folderFullPath) => Array.Empty<string>();

        public IReadOnlyList<string> Folders(string folderFullPath) => Array.Empty<string>();
    }
}
