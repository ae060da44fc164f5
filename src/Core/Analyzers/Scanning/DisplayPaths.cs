using System;
using System.IO;

namespace ConfigLint.Analyzers
{
    /// <summary>
    /// Turns full paths into the paths shown in findings: relative to where the tool runs, with forward slashes
    /// (what GitHub code scanning and a pre-commit hook expect, on every OS).
    /// </summary>
    internal sealed class DisplayPaths
    {
        private readonly string _base;

        public DisplayPaths(string baseDirectory) =>
            _base = Path.GetFullPath(baseDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;

        public string Display(string fullPath)
        {
            var full = ConfigLint.Parsers.ConfigPaths.Normalize(fullPath);
            var relative = full.StartsWith(_base, PathComparison) ? full.Substring(_base.Length) : RelativeAbove(full);
            return relative.Replace('\\', '/');
        }

        // Path.GetRelativePath is missing from netstandard2.0; files outside the base get ../ segments.
        // A path no URI can hold (a NUL, say) is shown as it is.
        private string RelativeAbove(string full)
        {
            if (!Uri.TryCreate(_base, UriKind.Absolute, out var baseUri) || !Uri.TryCreate(full, UriKind.Absolute, out var fullUri))
                return full;
            return Uri.UnescapeDataString(baseUri.MakeRelativeUri(fullUri).ToString());
        }

        private static StringComparison PathComparison =>
            Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
    }
}
