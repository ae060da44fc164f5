using System;
using System.IO;
using System.Runtime.InteropServices;

namespace ConfigLint.Cli
{
    internal enum FileEntryKind
    {
        Missing,
        Regular,
        Folder,
        Fifo,
        Device,
        Socket,
        Other,
    }

    /// <summary>
    /// What kind of file a path names (following links) and its size, asked before opening it: opening a FIFO for
    /// reading blocks until someone writes to it, and a device such as /dev/zero never ends. .NET has no public
    /// file-type API, so on Unix this asks the runtime's own native layer (System.Native, the library .NET's file
    /// APIs call), whose file status record keeps the type in its mode field on every Unix .NET runs on.
    /// </summary>
    internal readonly struct FileEntry
    {
        private FileEntry(FileEntryKind kind, long size)
        {
            Kind = kind;
            Size = size;
        }

        public FileEntryKind Kind { get; }

        public long Size { get; }

        public static FileEntry Of(string fullPath) =>
            OperatingSystem.IsWindows() ? OfWindowsPath(fullPath) : OfUnixPath(fullPath);

        public string Describe() => Kind switch
        {
            FileEntryKind.Folder => "a folder",
            FileEntryKind.Fifo => "a FIFO",
            FileEntryKind.Device => "a device",
            FileEntryKind.Socket => "a socket",
            _ => "a special file",
        };

        private static FileEntry OfWindowsPath(string fullPath)
        {
            var info = new FileInfo(fullPath);
            if (Directory.Exists(fullPath))
                return new FileEntry(FileEntryKind.Folder, 0);
            if (!info.Exists)
                return new FileEntry(FileEntryKind.Missing, 0);
            return info.Attributes.HasFlag(FileAttributes.Device) ? new FileEntry(FileEntryKind.Device, 0) : new FileEntry(FileEntryKind.Regular, info.Length);
        }

        // System.Native's FileStatus: int Flags, int Mode, uint Uid, uint Gid, long Size, then times and ids. The
        // buffer is larger than the record so a runtime that appends fields cannot write past it.
        private const int ModeOffset = 4;
        private const int SizeOffset = 16;
        private const int StatusBufferLength = 512;
        private const int TypeMask = 0xF000;

        private static FileEntry OfUnixPath(string fullPath)
        {
            var status = new byte[StatusBufferLength];
            if (Stat(fullPath, status) != 0)
                return new FileEntry(File.Exists(fullPath) || Directory.Exists(fullPath) ? FileEntryKind.Other : FileEntryKind.Missing, 0);
            var kind = (BitConverter.ToInt32(status, ModeOffset) & TypeMask) switch
            {
                0x8000 => FileEntryKind.Regular,
                0x4000 => FileEntryKind.Folder,
                0x1000 => FileEntryKind.Fifo,
                0x2000 or 0x6000 => FileEntryKind.Device,
                0xC000 => FileEntryKind.Socket,
                _ => FileEntryKind.Other,
            };
            return new FileEntry(kind, BitConverter.ToInt64(status, SizeOffset));
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false)]
        private static extern int Stat(string path, [Out] byte[] status);
    }
}
