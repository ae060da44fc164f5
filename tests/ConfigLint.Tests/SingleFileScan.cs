using System.Collections.Immutable;
using ConfigLint.Analyzers;
using ConfigLint.Tests.Cli;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Tests
{
    /// <summary>Scans one generated file as the tool would: written under its name to a fresh folder, which is deleted afterwards.</summary>
    internal static class SingleFileScan
    {
        public static ImmutableArray<Diagnostic> Run(string fileName, string content)
        {
            using var folder = new TempFolder();
            var path = folder.File(fileName, content);
            return TestScans.Scan(folder.Path, path).Diagnostics;
        }
    }
}
