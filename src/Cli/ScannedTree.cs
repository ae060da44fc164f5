using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConfigLint.Cli
{
    /// <summary>
    /// The folders whose files ConfigLint may read: where it runs (for pre-commit, the repository root), each folder
    /// given as a PATH, and the folder of a file given as a PATH outside those. Each root counts as written and with
    /// its symbolic links followed, so a tree under a linked folder (macOS's /tmp) still contains its own files.
    /// </summary>
    internal sealed class ScannedTree
    {
        private readonly List<string> _roots;

        public ScannedTree(IEnumerable<string> roots)
        {
            _roots = roots
                .SelectMany(root => new[] { Path.GetFullPath(root), SymbolicLinks.Resolve(Path.GetFullPath(root)) })
                .OfType<string>()
                .Select(root => Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar)
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>The tree of a scan: the current folder, each folder named, and the folder of each file named outside them.</summary>
        public static IReadOnlyList<string> RootsFor(string currentDirectory, IEnumerable<string> namedPaths)
        {
            var roots = new List<string> { Path.GetFullPath(currentDirectory) };
            var files = new List<string>();
            foreach (var path in namedPaths.Select(p => Path.GetFullPath(p, currentDirectory)))
            {
                if (Directory.Exists(path))
                    roots.Add(path);
                else
                    files.Add(path);
            }
            var folders = new ScannedTree(roots);
            roots.AddRange(files.Where(f => !folders.Contains(f)).Select(f => Path.GetDirectoryName(f) ?? f));
            return roots;
        }

        /// <summary>Whether a full path lies in one of the roots (or is one).</summary>
        public bool Contains(string fullPath)
        {
            var asFolder = Path.TrimEndingDirectorySeparator(fullPath) + Path.DirectorySeparatorChar;
            return _roots.Exists(root => asFolder.StartsWith(root, StringComparison.Ordinal));
        }
    }

    /// <summary>Follows symbolic links in every part of a path, as the operating system would, with the same loop limit.</summary>
    internal static class SymbolicLinks
    {
        // Linux's MAXSYMLINKS: past it, open(2) fails with ELOOP.
        private const int MaxHops = 40;

        /// <summary>The path with every link followed, or null when links loop (or chain further than the system allows).</summary>
        public static string? Resolve(string fullPath)
        {
            var root = Path.GetPathRoot(fullPath) ?? "";
            var pending = new Stack<string>(Parts(fullPath.Substring(root.Length)).Reverse());
            var resolved = root;
            var hops = 0;
            while (pending.Count > 0)
            {
                var part = pending.Pop();
                if (part == ".")
                    continue;
                if (part == "..")
                {
                    resolved = Path.GetDirectoryName(resolved) ?? resolved;
                    continue;
                }
                var next = Path.Combine(resolved, part);
                var target = new FileInfo(next).LinkTarget;
                if (target == null)
                {
                    resolved = next;
                    continue;
                }
                if (++hops > MaxHops)
                    return null;
                // The link's target replaces this part: an absolute one restarts from its root.
                foreach (var targetPart in Parts(target).Reverse())
                    pending.Push(targetPart);
                if (Path.IsPathRooted(target))
                    resolved = Path.GetPathRoot(target) ?? resolved;
            }
            return resolved;
        }

        private static IEnumerable<string> Parts(string path) =>
            path.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
    }
}
