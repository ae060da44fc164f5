using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers.Severity;

namespace ConfigLint.Cli
{
    /// <summary>
    /// Finds the analyzer config files of a scan as the .NET SDK finds a project's: every <c>.editorconfig</c> from
    /// each scanned file's folder up to the filesystem root, stopping after one that says <c>root = true</c>, and
    /// every <c>.globalconfig</c> in the folder ConfigLint runs in and its parents (the SDK looks above the project;
    /// for ConfigLint the folder it runs in is the project, so which files a pre-commit call passes never changes
    /// which global config applies). They are the tool's own settings, so they are read even outside the scanned tree.
    /// </summary>
    internal static class AnalyzerConfigDiscovery
    {
        private const string EditorConfigName = ".editorconfig";
        private const string GlobalConfigName = ".globalconfig";

        public static IReadOnlyList<AnalyzerConfigFile> Find(string currentDirectory, IEnumerable<string> files)
        {
            var found = new Dictionary<string, AnalyzerConfigFile?>(StringComparer.Ordinal);
            foreach (var folder in files.Select(Path.GetDirectoryName).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                foreach (var above in FoldersUp(folder))
                {
                    var path = Path.Combine(above, EditorConfigName);
                    if (!found.TryGetValue(path, out var config))
                        found[path] = config = Read(path);
                    if (config?.IsRoot == true)
                        break;
                }
            }
            foreach (var above in FoldersUp(Path.GetFullPath(currentDirectory)))
            {
                var path = Path.Combine(above, GlobalConfigName);
                found[path] = Read(path);
            }
            return found.Values.OfType<AnalyzerConfigFile>().OrderBy(f => f.FullPath, StringComparer.Ordinal).ToList();
        }

        private static IEnumerable<string> FoldersUp(string folder)
        {
            for (var current = folder; current != null; current = Path.GetDirectoryName(current))
                yield return current;
        }

        private static AnalyzerConfigFile? Read(string path)
        {
            try
            {
                return File.Exists(path) ? new AnalyzerConfigFile(path, File.ReadAllText(path)) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
