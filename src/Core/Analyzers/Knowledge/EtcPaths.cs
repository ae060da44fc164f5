using System.IO;

namespace ConfigLint.Analyzers.Knowledge
{
    /// <summary>
    /// Resolves a file path written in a node's configuration the way the node would see it: EMQX's build
    /// placeholders for its etc folder stand for the folder the configuration is in, and a relative path is
    /// taken from that folder too (EMQX runs with its install root as working directory, where etc/ sits).
    /// </summary>
    internal static class EtcPaths
    {
        /// <summary>The full path, or null when the path still holds a placeholder ConfigLint cannot know.</summary>
        public static string? Resolve(string path, string configFolder)
        {
            var trimmed = path.Trim();
            var placeholder = Placeholders.EtcFolderAt(trimmed);
            var resolved = placeholder > 0 ? configFolder.Replace('\\', '/') + trimmed.Substring(placeholder) : trimmed;
            if (resolved.Contains("{{") || resolved.Contains("${"))
                return null;
            if (resolved.StartsWith("etc/", System.StringComparison.Ordinal) && Path.GetFileName(configFolder) == "etc")
                resolved = resolved.Substring("etc/".Length);
            return ConfigLint.Parsers.ConfigPaths.Combine(configFolder, resolved);
        }
    }
}
