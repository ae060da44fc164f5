using System.IO;
using ConfigLint.Parsers;

namespace ConfigLint.Tests.Hocon
{
    /// <summary>Serves files from disk, as the CLI will.</summary>
    internal sealed class DiskFileSource : IConfigFileSource
    {
        public SourceFile? TryRead(string fullPath) =>
            File.Exists(fullPath) ? SourceFile.DecodeUtf8(fullPath, File.ReadAllBytes(fullPath)) : null;
    }
}
