using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Parsers;

namespace ConfigLint.Cli
{
    /// <summary>
    /// The file source of a scan on disk: regular files only (a FIFO or device could block or
    /// never end), up to a size limit, and only inside the scanned tree — judged on the path as written (an absolute
    /// include names the target machine, not this one) and again after following symbolic links. Its folder listings,
    /// by which the scan finds cluster peers and the node a fragment belongs to, leave out what .gitignore and
    /// <c>--exclude</c> leave out of the scan. A file read by name is read even when ignored: a named file, an include,
    /// an optfile, a certificate, or a file EMQX reads beside its configuration (vm.args, ssl_dist.conf, base.hocon)
    /// is part of the node asked about, and judging the node without it could give a wrong finding. A scan reads it from
    /// several threads at once. A path read again gets the same result object while any reader still holds the first
    /// (so threads loading one include share one decoding); once none does, it is read from disk again, so a scan of a
    /// large tree does not keep every file's text to its end. A refusal is the same result for the whole scan.
    /// </summary>
    internal sealed class DiskFileSource : IConfigFileSource
    {
        /// <summary>The default of <c>--max-file-size</c>: far above any real configuration.</summary>
        public const long DefaultMaxFileSize = 16 * 1024 * 1024;

        private const int MaxPathLength = 4096;

        private readonly ScannedTree _tree;
        private readonly long _maxFileSize;
        private readonly Exclusions? _exclusions;
        // A refusal is kept for the whole scan (it is small); a file's content only while a reader holds its result: the
        // scan takes what it needs of a file (its model, its suppression comments) as it loads it, and keeping every
        // file's bytes and decoded text to the end was most of its memory. Readers at once still share one result.
        private readonly Dictionary<string, WeakReference<FileReadResult>> _reads = new(StringComparer.Ordinal);
        private readonly Dictionary<string, FileReadResult> _refusals = new(StringComparer.Ordinal);
        // The exclusions cache each folder's ignore files as they are asked about, one thread at a time.
        private readonly object _listing = new();
        // Each folder listed once per scan: every fragment in a folder asks for the folder's node configurations.
        private readonly Dictionary<(string Folder, bool IsDirectory), IReadOnlyList<string>> _listings = new();

        /// <param name="treeRoots">The folders whose files may be read.</param>
        /// <param name="maxFileSize">The size limit.</param>
        /// <param name="exclusions">What listings leave out; null to list everything (<c>--resolve</c> lists nothing).</param>
        public DiskFileSource(IEnumerable<string> treeRoots, long maxFileSize, Exclusions? exclusions = null)
        {
            _tree = new ScannedTree(treeRoots);
            _maxFileSize = maxFileSize;
            _exclusions = exclusions;
        }

        public FileReadResult Read(string fullPath)
        {
            if (Cached(fullPath) is { } cached)
                return cached;
            // Read outside the lock, so threads read different files at once.
            var read = ReadUncached(fullPath);
            lock (_reads)
            {
                // Another thread may have read the path meanwhile: the first result stays the one every reader gets.
                if (CachedLocked(fullPath) is { } first)
                    return first;
                if (read.IsRead)
                    _reads[fullPath] = new WeakReference<FileReadResult>(read);
                else
                    _refusals[fullPath] = read;
                return read;
            }
        }

        private FileReadResult? Cached(string fullPath)
        {
            lock (_reads)
                return CachedLocked(fullPath);
        }

        private FileReadResult? CachedLocked(string fullPath) =>
            _refusals.TryGetValue(fullPath, out var refused) ? refused
            : _reads.TryGetValue(fullPath, out var weak) && weak.TryGetTarget(out var read) ? read
            : null;

        public IReadOnlyList<string> Files(string folderFullPath) =>
            List(folderFullPath, isDirectory: false, folder => Directory.GetFiles(folder));

        public IReadOnlyList<string> Folders(string folderFullPath) =>
            List(folderFullPath, isDirectory: true, folder => Directory.GetDirectories(folder).Where(d => !new DirectoryInfo(d).Attributes.HasFlag(FileAttributes.ReparsePoint)));

        private IReadOnlyList<string> List(string folder, bool isDirectory, Func<string, IEnumerable<string>> list)
        {
            if (!ConfigPaths.IsValid(folder) || !_tree.Contains(ConfigPaths.Normalize(folder)))
                return Array.Empty<string>();
            try
            {
                lock (_listing)
                {
                    if (_listings.TryGetValue((folder, isDirectory), out var listed))
                        return listed;
                    listed = list(folder).Where(p => _exclusions?.Hides(p, isDirectory) != true).OrderBy(p => p, StringComparer.Ordinal).ToList();
                    _listings[(folder, isDirectory)] = listed;
                    return listed;
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return Array.Empty<string>();
            }
        }

        private FileReadResult ReadUncached(string path)
        {
            if (!ConfigPaths.IsValid(path))
                return FileReadResult.Refused(path, FileReadStatus.InvalidPath, "the path is not valid (it holds a NUL or another character no file name can)");
            // Linux's PATH_MAX: no longer path can be opened, and following links part by part through one costs its square.
            if (path.Length > MaxPathLength)
                return FileReadResult.Refused(path, FileReadStatus.InvalidPath, $"the path is longer than {MaxPathLength} characters");
            var fullPath = ConfigPaths.Normalize(path);
            if (!_tree.Contains(fullPath))
                return FileReadResult.Refused(path, FileReadStatus.OutsideScannedTree, "outside the scanned tree");
            try
            {
                var target = SymbolicLinks.Resolve(fullPath);
                if (target == null)
                    return FileReadResult.Refused(path, FileReadStatus.Failed, "too many levels of symbolic links");
                if (!_tree.Contains(target))
                    return FileReadResult.Refused(path, FileReadStatus.OutsideScannedTree, "a symbolic link to outside the scanned tree");
                var entry = FileEntry.Of(target);
                if (entry.Kind == FileEntryKind.Missing)
                    return FileReadResult.Refused(path, FileReadStatus.NotFound, "the file does not exist");
                if (entry.Kind != FileEntryKind.Regular)
                    return FileReadResult.Refused(path, FileReadStatus.NotRegularFile, "not a regular file (" + entry.Describe() + ")");
                if (entry.Size > _maxFileSize)
                    return TooLarge(path);
                var bytes = ReadAtMost(target, entry.Size, _maxFileSize);
                return bytes == null ? TooLarge(path) : FileReadResult.FromBytes(fullPath, bytes);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return FileReadResult.Refused(path, FileReadStatus.Failed, e.Message);
            }
        }

        private FileReadResult TooLarge(string path) => TooLarge(path, _maxFileSize);

        public static FileReadResult TooLarge(string path, long maxFileSize) =>
            FileReadResult.Refused(path, FileReadStatus.TooLarge, $"larger than the limit of {maxFileSize} bytes (--max-file-size)");

        /// <summary>
        /// The file's bytes, or null when it holds more than <paramref name="limit"/> (it may have grown since it was
        /// looked at). Read into an array of the size the file had when looked at: a
        /// scan reads thousands of files, and a copying buffer per read was most of what the scan allocated.
        /// </summary>
        private static byte[]? ReadAtMost(string path, long size, long limit)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            var bytes = new byte[size];
            var length = 0;
            int read;
            while (length < bytes.Length && (read = stream.Read(bytes, length, bytes.Length - length)) > 0)
                length += read;
            if (length < bytes.Length)
                return bytes.AsSpan(0, length).ToArray(); // it shrank meanwhile
            if (stream.ReadByte() < 0)
                return bytes;
            // Larger than it said (it grew, or a kernel file that reports no size): read as any stream is, from the start.
            stream.Position = 0;
            return ReadAtMost(stream, limit);
        }

        /// <summary>The stream's bytes to its end, or null when it holds more than <paramref name="limit"/>.</summary>
        public static byte[]? ReadAtMost(Stream stream, long limit)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                    return null;
            }
            return buffer.ToArray();
        }
    }
}
