using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConfigLint.Cli
{
    /// <summary>
    /// What the user left out of a scan, as a walk from the PATH arguments sees it: <c>.git</c>, what .gitignore
    /// files ignore (those of the walked folders and of the folders above them up to the repository root), and what
    /// <c>--exclude</c> matches. The walk that finds the candidate files and the folder listings that find cluster
    /// peers both ask it, so an excluded <c>vendor/emqx.conf</c> is neither scanned nor anyone's peer.
    /// </summary>
    internal sealed class Exclusions
    {
        private readonly string currentDirectory;
        private readonly IgnoreRules excludes;
        // Where walks start: the current folder, each folder named, and the folder of each file named. Above one, no
        // .gitignore hides what is below it, as a folder named explicitly is walked even when ignored.
        private readonly HashSet<string> walkRoots;
        private readonly Dictionary<string, IgnoreStack> folderIgnores = new(StringComparer.Ordinal);
        private readonly Dictionary<string, bool> hiddenFolders = new(StringComparer.Ordinal);

        public Exclusions(string currentDirectory, IReadOnlyList<string> paths, IReadOnlyList<string> excludePatterns)
        {
            this.currentDirectory = currentDirectory;
            excludes = new IgnoreRules(currentDirectory, excludePatterns);
            walkRoots = new HashSet<string>(
                paths.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p, currentDirectory)))
                    .Select(p => Directory.Exists(p) ? p : Path.GetDirectoryName(p) ?? p)
                    .Append(Path.TrimEndingDirectorySeparator(Path.GetFullPath(currentDirectory))),
                StringComparer.Ordinal);
        }

        /// <summary>Whether a walk skips an entry of a folder it walks, <paramref name="ignores"/> being that folder's .gitignore files.</summary>
        public bool Skips(string fullPath, bool isDirectory, IgnoreStack ignores) =>
            (isDirectory && Path.GetFileName(fullPath) == ".git")
            || excludes.Decide(fullPath, isDirectory) == true
            || ignores.IsIgnored(fullPath, isDirectory);

        /// <summary>
        /// Whether a listed entry is hidden: a walk from the nearest walk root above it would skip it or a folder on
        /// the way. An entry below no walk root is left to the scanned tree's limits.
        /// </summary>
        public bool Hides(string fullPath, bool isDirectory)
        {
            var folder = Path.GetDirectoryName(fullPath);
            return folder != null && IsBelowWalkRoot(folder) && (IsHiddenFolder(folder) || Skips(fullPath, isDirectory, IgnoresIn(folder)));
        }

        /// <summary>
        /// A PATH was not reached by walking, so its folders (below the current folder) were never checked:
        /// <c>--exclude vendor</c> must still drop <c>vendor/emqx.conf</c>. The current folder itself is never
        /// excluded, or <c>--exclude '.*'</c> would match its "." and drop everything.
        /// </summary>
        public bool IsExcludedWithParents(string fullPath, bool isDirectory)
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

        private bool IsHiddenFolder(string folder)
        {
            if (!hiddenFolders.TryGetValue(folder, out var hidden))
                hiddenFolders[folder] = hidden = walkRoots.Contains(folder) ? IsExcludedWithParents(folder, isDirectory: true) : Hides(folder, isDirectory: true);
            return hidden;
        }

        private bool IsBelowWalkRoot(string folder)
        {
            for (var above = folder; above != null; above = Path.GetDirectoryName(above))
            {
                if (walkRoots.Contains(above))
                    return true;
            }
            return false;
        }

        /// <summary>
        /// The .gitignore files that apply to the entries of a folder below a walk root, shallowest first, as the walk
        /// from the outermost walk root above it gathers them.
        /// </summary>
        private IgnoreStack IgnoresIn(string folder)
        {
            if (!folderIgnores.TryGetValue(folder, out var ignores))
            {
                var parent = Path.GetDirectoryName(folder);
                var above = parent == null || (walkRoots.Contains(folder) && !IsBelowWalkRoot(parent)) ? GitIgnoresAbove(folder) : IgnoresIn(parent);
                folderIgnores[folder] = ignores = above.With(IgnoreRules.LoadGitIgnore(folder));
            }
            return ignores;
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
        public static IgnoreStack GitIgnoresAbove(string directory)
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
