using System.Collections.Generic;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Tests.Hocon
{
    /// <summary>Serves files from memory for focused tests.</summary>
    internal sealed class MemoryFileSource : IConfigFileSource
    {
        private readonly Dictionary<string, string> _files = new Dictionary<string, string>();

        public MemoryFileSource Add(string fullPath, string text)
        {
            _files[fullPath] = text;
            return this;
        }

        public SourceFile? TryRead(string fullPath) =>
            _files.TryGetValue(fullPath, out var text) ? new SourceFile(fullPath, SourceText.From(text)) : null;
    }
}
