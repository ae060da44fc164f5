using System;
using System.Collections.Generic;
using System.IO;
using ConfigLint.Parsers;

namespace ConfigLint.Analyzers
{
    /// <summary>Reads each file of a scan once, and remembers the ones that could not be read.</summary>
    internal sealed class FileSystemSource : IConfigFileSource
    {
        private readonly Dictionary<string, SourceFile?> _cache = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _failures = new(StringComparer.Ordinal);

        /// <summary>I/O failures by full path (a missing file is not a failure: includes may be optional).</summary>
        public IReadOnlyDictionary<string, string> Failures => _failures;

        public SourceFile? TryRead(string fullPath)
        {
            fullPath = Path.GetFullPath(fullPath);
            if (_cache.TryGetValue(fullPath, out var cached))
                return cached;
            SourceFile? file = null;
            try
            {
                if (File.Exists(fullPath))
                    file = SourceFile.DecodeUtf8(fullPath, File.ReadAllBytes(fullPath));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _failures[fullPath] = e.Message;
            }
            _cache[fullPath] = file;
            return file;
        }

        /// <summary>The raw bytes of a file that decodes itself (clp.conf names its encoding), or null when it cannot be read.</summary>
        public byte[]? TryReadBytes(string fullPath)
        {
            fullPath = Path.GetFullPath(fullPath);
            try
            {
                if (File.Exists(fullPath))
                    return File.ReadAllBytes(fullPath);
                return null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _failures[fullPath] = e.Message;
                return null;
            }
        }
    }
}
