using System;

namespace ConfigLint.Parsers
{
    /// <summary>Whether a file could be read, and if not, why.</summary>
    public enum FileReadStatus
    {
        /// <summary>The content was read.</summary>
        Read,
        /// <summary>Nothing exists at the path (an optional include may name such a file).</summary>
        NotFound,
        /// <summary>The file lies outside the scanned tree (an absolute path names the target machine, not this one).</summary>
        OutsideScannedTree,
        /// <summary>A folder, FIFO, device or socket: reading it could block or never end.</summary>
        NotRegularFile,
        /// <summary>Larger than the size limit.</summary>
        TooLarge,
        /// <summary>The path itself is not valid (a NUL character, say).</summary>
        InvalidPath,
        /// <summary>The operating system refused or failed the read (permissions, I/O error, a symbolic link loop).</summary>
        Failed,
    }

    /// <summary>What an <see cref="IConfigFileSource"/> answers for one path: the content, or the reason it cannot be had.</summary>
    public sealed class FileReadResult
    {
        private SourceFile? _file;

        private FileReadResult(string fullPath, FileReadStatus status, string reason, byte[]? bytes, SourceFile? file)
        {
            FullPath = fullPath;
            Status = status;
            Reason = reason;
            Bytes = bytes;
            _file = file;
        }

        /// <summary>A file read as bytes; its text is decoded as UTF-8 when first asked for.</summary>
        public static FileReadResult FromBytes(string fullPath, byte[] bytes) =>
            new(fullPath, FileReadStatus.Read, "", bytes ?? throw new ArgumentNullException(nameof(bytes)), null);

        /// <summary>A file whose text the host already has (an editor buffer, a compiler's additional file).</summary>
        public static FileReadResult FromText(SourceFile file) =>
            new(file.FullPath, FileReadStatus.Read, "", null, file);

        /// <summary>A path that cannot be read, with a reason fit to show a user (it never quotes the file's content).</summary>
        public static FileReadResult Refused(string fullPath, FileReadStatus status, string reason) =>
            status == FileReadStatus.Read
                ? throw new ArgumentException("a refusal needs a status other than Read", nameof(status))
                : new FileReadResult(fullPath, status, reason, null, null);

        /// <summary>The path asked for.</summary>
        public string FullPath { get; }

        /// <summary>Whether the content was read, or why not.</summary>
        public FileReadStatus Status { get; }

        /// <summary>Why the file cannot be read; empty when it was.</summary>
        public string Reason { get; }

        /// <summary>Whether the content was read.</summary>
        public bool IsRead => Status == FileReadStatus.Read;

        /// <summary>The raw bytes, for formats that name their own encoding (clp.conf); null when the host gave text.</summary>
        public byte[]? Bytes { get; }

        /// <summary>The text decoded as UTF-8 (decoded once), or null when the file was not read.</summary>
        public SourceFile? File => _file ??= Bytes == null ? null : SourceFile.DecodeUtf8(FullPath, Bytes);
    }
}
