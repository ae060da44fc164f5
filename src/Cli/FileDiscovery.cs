using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConfigLint.Cli
{
    /// <summary>
    /// Turns the PATH arguments into the sorted list of candidate files. Folders are walked like git sees them:
    /// <c>.git</c> is skipped, .gitignore files apply to their folder and below (those above a walked folder up to
    /// the repository root too), and ignored folders are not entered. Files named explicitly are taken even when
    /// ignored, because a pre-commit hook passes exactly the files it wants. <c>--exclude</c> applies to both.
    /// </summary>
    internal sealed class FileDiscovery
    {
        private readonly string currentDirectory;
        private readonly IgnoreRules excludes;
        private readonly SortedSet<string> found = new(StringComparer.Ordinal);

        private FileDiscovery(string currentDirectory, IReadOnlyList<string> excludePatterns)
        {
            this.currentDirectory = currentDirectory;
            excludes = new IgnoreRules(currentDirectory, excludePatterns);
        }

        /// <summary>Full paths of the candidate files, sorted ordinally and without repeats.</summary>
        /// <exception cref="UsageException">A PATH names nothing.</exception>
        public static IReadOnlyList<string> Find(IReadOnlyList<string> paths, IReadOnlyList<string> excludePatterns, string currentDirectory)
        {
            var discovery = new FileDiscovery(currentDirectory, excludePatterns);
            foreach (var path in paths.Count == 0 ? new[] { "." } : paths)
                discovery.Add(path);
            return discovery.found.ToList();
        }

        private void Add(string path)
        {
            var fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, currentDirectory));
            if (File.Exists(fullPath))
            {
                if (!IsExcludedWithParents(fullPath, isDirectory: false))
                    found.Add(fullPath);
            }
            else if (Directory.Exists(fullPath))
            {
                if (!IsExcludedWithParents(fullPath, isDirectory: true))
                    Walk(new DirectoryInfo(fullPath), GitIgnoresAbove(fullPath));
            }
            else
            {
                throw new UsageException($"no such file or folder: {path}");
            }
        }

        private void Walk(DirectoryInfo directory, IgnoreStack ignores)
        {
            ignores = ignores.With(IgnoreRules.LoadGitIgnore(directory.FullName));
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                bool isDirectory = entry is DirectoryInfo;
                if (isDirectory && (entry.Name == ".git" || entry.Attributes.HasFlag(FileAttributes.ReparsePoint)))
                    continue; // git does not follow folder links either, and they can loop
                if (excludes.Decide(entry.FullName, isDirectory) == true || ignores.IsIgnored(entry.FullName, isDirectory))
                    continue;
                if (isDirectory)
                    Walk((DirectoryInfo)entry, ignores);
                else
                    found.Add(entry.FullName);
            }
        }

        /// <summary>
        /// An explicit PATH was not reached by walking, so its folders (below the current folder) were never
        /// checked: <c>--exclude vendor</c> must still drop <c>vendor/emqx.conf</c>. The current folder itself is
        /// never excluded, or <c>--exclude '.*'</c> would match its "." and drop everything.
        /// </summary>
        private bool IsExcludedWithParents(string fullPath, bool isDirectory)
        {
            if (PathText.Relative(currentDirectory, fullPath) != "." && excludes.Decide(fullPath, isDirectory) == true)
                return true;
            for (var parent = Path.GetDirectoryName(fullPath); parent != null && IsBelowCurrentDirectory(parent); parent = Path.GetDirectoryName(parent))
            {
                if (excludes.Decide(parent, isDirectory: true) == true)
                    return true;
            }
            return false;
        }

        private bool IsBelowCurrentDirectory(string fullPath)
        {
            var relative = PathText.Relative(currentDirectory, fullPath);
            return relative != "." && relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
        }

        /// <summary>
        /// The .gitignore files of the folders above <paramref name="directory"/> up to the repository root (the
        /// nearest folder holding <c>.git</c>), shallowest first; none outside a repository, as git would apply none.
        /// </summary>
        private static IgnoreStack GitIgnoresAbove(string directory)
        {
            var folders = new Stack<string>();
            for (var folder = directory; !IsRepositoryRoot(folder);)
            {
                folder = Path.GetDirectoryName(folder);
                if (folder == null)
                    return IgnoreStack.Empty;
                folders.Push(folder);
            }
            var stack = IgnoreStack.Empty;
            foreach (var folder in folders)
                stack = stack.With(IgnoreRules.LoadGitIgnore(folder));
            return stack;
        }

        // A worktree or submodule has a .git file instead of a folder.
        private static bool IsRepositoryRoot(string directory) =>
            Directory.Exists(Path.Combine(directory, ".git")) || File.Exists(Path.Combine(directory, ".git"));
    }
}
