using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace ConfigLint.Cli
{
    /// <summary>
    /// Turns the PATH arguments into the sorted list of candidate files. Folders are walked like git sees them:
    /// <c>.git</c> is skipped, .gitignore files apply to their folder and below (those above a walked folder up to
    /// the repository root too), and ignored folders are not entered. Files named explicitly are taken even when
    /// ignored, because a pre-commit hook passes exactly the files it wants. <c>--exclude</c> applies to both.
    /// <see cref="Exclusions"/> holds these rules; the file source's folder listings apply them too. Sibling folders
    /// are walked on several threads at once (listing 10,000 files is a tenth of a second of a run that is otherwise
    /// spread over every core); the list is sorted at the end, so the order the walks finish in does not matter.
    /// </summary>
    internal sealed class FileDiscovery
    {
        private readonly string currentDirectory;
        private readonly Exclusions exclusions;
        private readonly ConcurrentQueue<string> found = new();

        private FileDiscovery(string currentDirectory, Exclusions exclusions)
        {
            this.currentDirectory = currentDirectory;
            this.exclusions = exclusions;
        }

        /// <summary>Full paths of the candidate files, sorted ordinally and without repeats.</summary>
        /// <exception cref="UsageException">A PATH names nothing.</exception>
        public static IReadOnlyList<string> Find(IReadOnlyList<string> paths, IReadOnlyList<string> excludePatterns, string currentDirectory)
        {
            var discovery = new FileDiscovery(currentDirectory, new Exclusions(currentDirectory, paths, excludePatterns));
            foreach (var path in paths.Count == 0 ? new[] { "." } : paths)
                discovery.Add(path);
            return discovery.found.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
        }

        private void Add(string path)
        {
            var fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, currentDirectory));
            if (File.Exists(fullPath))
            {
                if (!exclusions.IsExcludedWithParents(fullPath, isDirectory: false))
                    found.Enqueue(fullPath);
            }
            else if (Directory.Exists(fullPath))
            {
                if (!exclusions.IsExcludedWithParents(fullPath, isDirectory: true))
                    WalkTree(new DirectoryInfo(fullPath), Exclusions.GitIgnoresAbove(fullPath));
            }
            else
            {
                throw new UsageException($"no such file or folder: {path}");
            }
        }

        /// <summary>Walks a folder and everything below it; a folder that cannot be listed fails the run as it would on one thread.</summary>
        private void WalkTree(DirectoryInfo directory, IgnoreStack ignores)
        {
            try
            {
                Walk(directory, ignores);
            }
            catch (AggregateException e)
            {
                ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
            }
        }

        private void Walk(DirectoryInfo directory, IgnoreStack ignores)
        {
            ignores = ignores.With(IgnoreRules.LoadGitIgnore(directory.FullName));
            var folders = new List<DirectoryInfo>();
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                bool isDirectory = entry is DirectoryInfo;
                if (isDirectory && entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                    continue; // git does not follow folder links either, and they can loop
                if (exclusions.Skips(entry.FullName, isDirectory, ignores))
                    continue;
                if (isDirectory)
                    folders.Add((DirectoryInfo)entry);
                else
                    found.Enqueue(entry.FullName);
            }
            Parallel.ForEach(folders, folder => Walk(folder, ignores));
        }
    }
}
