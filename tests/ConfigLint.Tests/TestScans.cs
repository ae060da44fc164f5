using System.Collections.Generic;
using ConfigLint.Analyzers;
using ConfigLint.Cli;

namespace ConfigLint.Tests
{
    /// <summary>Scans as the command line runs them: files on disk, read through the CLI's file source.</summary>
    internal static class TestScans
    {
        /// <summary>Options for scanning <paramref name="files"/> from <paramref name="baseDirectory"/>, the tree being that folder and the files' own.</summary>
        public static ScanOptions Options(string baseDirectory, IReadOnlyList<string> files) =>
            new(baseDirectory, files, DiskSource(baseDirectory, files));

        public static DiskFileSource DiskSource(string baseDirectory, IReadOnlyList<string> files) =>
            new(ScannedTree.RootsFor(baseDirectory, files), DiskFileSource.DefaultMaxFileSize);

        public static ScanResult Scan(string baseDirectory, params string[] files) => ConfigScanner.Scan(Options(baseDirectory, files));
    }
}
