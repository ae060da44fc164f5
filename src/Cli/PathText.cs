using System.IO;

namespace ConfigLint.Cli
{
    /// <summary>Paths as ConfigLint shows and matches them: relative, with forward slashes on every OS.</summary>
    internal static class PathText
    {
        public static string Relative(string baseDirectory, string fullPath) =>
            Path.GetRelativePath(baseDirectory, fullPath).Replace('\\', '/');
    }
}
