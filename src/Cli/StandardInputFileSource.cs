using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Parsers;

namespace ConfigLint.Cli
{
    /// <summary>
    /// The file source of <c>--stdin-filename PATH -</c>: PATH reads as standard input's text (and is listed in its
    /// folder, saved or not); every other read and listing goes to the disk, so cross-file rules see the files
    /// beside PATH as they are.
    /// </summary>
    internal sealed class StandardInputFileSource : IConfigFileSource
    {
        private readonly string _fullPath;
        private readonly string _folder;
        private readonly FileReadResult _input;
        private readonly IConfigFileSource _disk;

        private StandardInputFileSource(string fullPath, FileReadResult input, IConfigFileSource disk)
        {
            _fullPath = fullPath;
            _folder = Path.GetDirectoryName(fullPath) ?? fullPath;
            _input = input;
            _disk = disk;
        }

        /// <summary>Reads standard input (at most <paramref name="maxFileSize"/> bytes, like any file) as <paramref name="fullPath"/>.</summary>
        public static StandardInputFileSource Read(string fullPath, Stream input, long maxFileSize, IConfigFileSource disk)
        {
            var bytes = DiskFileSource.ReadAtMost(input, maxFileSize);
            var result = bytes == null ? DiskFileSource.TooLarge(fullPath, maxFileSize) : FileReadResult.FromBytes(fullPath, bytes);
            return new StandardInputFileSource(fullPath, result, disk);
        }

        public FileReadResult Read(string fullPath) =>
            IsInput(fullPath) ? _input : _disk.Read(fullPath);

        public IReadOnlyList<string> Files(string folderFullPath)
        {
            var files = _disk.Files(folderFullPath);
            if (!IsFolder(folderFullPath) || files.Any(IsInput))
                return files;
            return files.Append(_fullPath).OrderBy(p => p, StringComparer.Ordinal).ToList();
        }

        public IReadOnlyList<string> Folders(string folderFullPath) => _disk.Folders(folderFullPath);

        private bool IsInput(string fullPath) =>
            ConfigPaths.IsValid(fullPath) && ConfigPaths.Normalize(fullPath) == _fullPath;

        private bool IsFolder(string folderFullPath) =>
            ConfigPaths.IsValid(folderFullPath) && Path.TrimEndingDirectorySeparator(ConfigPaths.Normalize(folderFullPath)) == _folder;
    }
}
