using System.Collections.Generic;
using System.IO;

namespace ConfigLint.Cli
{
    /// <summary>One line of a .gitignore file (or one <c>--exclude</c> value), already parsed.</summary>
    internal sealed class IgnorePattern
    {
        private readonly GlobPattern glob;
        private readonly bool matchesNameOnly;
        private readonly bool directoryOnly;

        private IgnorePattern(GlobPattern glob, bool negated, bool matchesNameOnly, bool directoryOnly)
        {
            this.glob = glob;
            Negated = negated;
            this.matchesNameOnly = matchesNameOnly;
            this.directoryOnly = directoryOnly;
        }

        /// <summary>A leading '!': a match re-includes what an earlier pattern ignored.</summary>
        public bool Negated { get; }

        /// <summary>The pattern on a gitignore line, or null for a blank line or a comment.</summary>
        public static IgnorePattern? Parse(string line)
        {
            if (line.StartsWith('#'))
                return null;
            int end = line.Length;
            while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
                end--;
            var text = line.Substring(0, end);

            bool negated = text.StartsWith('!');
            if (negated)
                text = text.Substring(1);
            bool directoryOnly = text.EndsWith('/');
            if (directoryOnly)
                text = text.TrimEnd('/');
            if (text.Length == 0)
                return null;

            // git: a pattern with a '/' at the start or in the middle is relative to the .gitignore's folder;
            // one without matches a name at any depth.
            bool anchored = text.Contains('/');
            if (text.StartsWith('/'))
                text = text.Substring(1);
            return new IgnorePattern(new GlobPattern(text), negated, matchesNameOnly: !anchored, directoryOnly);
        }

        /// <summary>Whether the pattern matches a path relative to its base folder ('/'-separated).</summary>
        public bool Matches(string relativePath, bool isDirectory)
        {
            if (directoryOnly && !isDirectory)
                return false;
            var subject = matchesNameOnly ? relativePath.Substring(relativePath.LastIndexOf('/') + 1) : relativePath;
            return glob.IsMatch(subject);
        }
    }

    /// <summary>The patterns of one .gitignore file, or of all <c>--exclude</c> options, with the folder they are relative to.</summary>
    internal sealed class IgnoreRules
    {
        private readonly IReadOnlyList<IgnorePattern> patterns;

        public IgnoreRules(string baseDirectory, IEnumerable<string> lines)
        {
            BaseDirectory = baseDirectory;
            var parsed = new List<IgnorePattern>();
            foreach (var line in lines)
            {
                if (IgnorePattern.Parse(line) is { } pattern)
                    parsed.Add(pattern);
            }
            patterns = parsed;
        }

        /// <summary>The folder the patterns are relative to.</summary>
        public string BaseDirectory { get; }

        /// <summary>The rules of <c>directory/.gitignore</c>, or null when there is no such regular file (a FIFO would block the walk).</summary>
        public static IgnoreRules? LoadGitIgnore(string directory)
        {
            var file = Path.Combine(directory, ".gitignore");
            return FileEntry.Of(file) is { Kind: FileEntryKind.Regular, Size: <= DiskFileSource.DefaultMaxFileSize }
                ? new IgnoreRules(directory, File.ReadAllLines(file))
                : null;
        }

        /// <summary>
        /// True when the last matching pattern ignores the path, false when it re-includes it (a '!' pattern),
        /// null when no pattern matches, so a shallower .gitignore decides.
        /// </summary>
        public bool? Decide(string fullPath, bool isDirectory)
        {
            if (patterns.Count == 0)
                return null;
            var relativePath = PathText.Relative(BaseDirectory, fullPath);
            for (int i = patterns.Count - 1; i >= 0; i--)
            {
                if (patterns[i].Matches(relativePath, isDirectory))
                    return !patterns[i].Negated;
            }
            return null;
        }
    }
}
