using System;
using System.IO;
using System.Linq;

namespace ConfigLint.Fuzz
{
    /// <summary>
    /// An input on disk: its files under their names, and <see cref="NotesFileName"/> saying which target runs it, which
    /// files it is pointed at and how they were made. The current input and every reproducer are such folders.
    /// </summary>
    public static class InputFolder
    {
        /// <summary>Not a name any target reads, so the notes never become part of the input.</summary>
        public const string NotesFileName = "input.txt";

        private const string TargetLine = "target: ";
        private const string NamedLine = "named: ";

        /// <summary>Replaces the folder's content with the input and its notes.</summary>
        public static void Write(string folder, FuzzTarget target, FuzzInput input, string origin)
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
            foreach (var file in input.Files)
            {
                var path = Path.Combine(folder, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }
            File.WriteAllText(Path.Combine(folder, NotesFileName),
                TargetLine + target.Name + "\n" + NamedLine + string.Join(" ", input.Named) + "\n" + origin + "\n\n" + input.Description + "\n");
        }

        /// <summary>Adds what went wrong to the notes.</summary>
        public static void AppendFailure(string folder, string signature, string details) =>
            File.AppendAllText(Path.Combine(folder, NotesFileName), "\nsignature: " + signature + "\n" + details + "\n");

        /// <summary>The signature recorded in a reproducer's notes.</summary>
        public static string? ReadSignature(string folder) =>
            NotesLine(folder, "signature: ");

        /// <summary>Reads an input folder back: the target's name and the input.</summary>
        public static (string Target, FuzzInput Input) Read(string folder)
        {
            var target = NotesLine(folder, TargetLine) ?? throw new InvalidDataException($"{Path.Combine(folder, NotesFileName)} names no target.");
            var named = (NotesLine(folder, NamedLine) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(relative => relative != NotesFileName)
                .OrderBy(relative => relative, StringComparer.Ordinal)
                .Select(relative => new InputFile(relative, File.ReadAllBytes(Path.Combine(folder, relative))))
                .ToList();
            return (target, new FuzzInput(files, named, "replayed from " + folder));
        }

        private static string? NotesLine(string folder, string prefix)
        {
            var notes = Path.Combine(folder, NotesFileName);
            return File.Exists(notes)
                ? File.ReadLines(notes).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?.Substring(prefix.Length)
                : null;
        }
    }
}
