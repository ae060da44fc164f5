using System.Collections.Generic;
using ConfigLint.Parsers;

namespace ConfigLint.Benchmarks
{
    /// <summary>Files decoded once in setup, so parse benchmarks measure parsing and not the disk.</summary>
    internal sealed class InMemoryFiles : IConfigFileSource
    {
        private readonly Dictionary<string, SourceFile> files = new();

        public InMemoryFiles(params SourceFile[] files)
        {
            foreach (var file in files)
                this.files[file.FullPath] = file;
        }

        public SourceFile? TryRead(string fullPath) => files.TryGetValue(fullPath, out var file) ? file : null;
    }
}
