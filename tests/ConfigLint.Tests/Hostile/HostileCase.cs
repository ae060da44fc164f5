using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using ConfigLint.Tests.Cli;

namespace ConfigLint.Tests.Hostile
{
    /// <summary>
    /// One row of README's "Bad input" table: files laid out in a folder of their own, and exactly what
    /// <c>configlint PATH…</c> (by default <c>.</c>) run in that folder must print and return. Node files sit one
    /// folder down, so a case's nodes never take another case's folders for cluster peers when all cases share one tree.
    /// </summary>
    internal sealed record HostileCase(string Name, Action<HostileFolder> Lay, string[] Output, string[] Error, int ExitCode, string[]? Paths = null)
    {
        public override string ToString() => Name;
    }

    /// <summary>A case's folder: writes text or bytes, FIFOs and links below it.</summary>
    internal sealed class HostileFolder
    {
        public HostileFolder(string path) => Path = path;

        public string Path { get; }

        public string FullPath(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

        public void Text(string relative, string text) => Bytes(relative, Encoding.UTF8.GetBytes(text));

        public void Bytes(string relative, byte[] bytes)
        {
            var path = FullPath(relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }

        /// <summary>Copies a fixture folder of tests/fixtures/hostile to <paramref name="relative"/>.</summary>
        public void Fixture(string fixture, string relative)
        {
            var source = System.IO.Path.Combine(TestPaths.Fixtures, "hostile", fixture);
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
                Bytes(relative + "/" + System.IO.Path.GetRelativePath(source, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }

        public void Link(string relative, string target)
        {
            var path = FullPath(relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.CreateSymbolicLink(path, target);
        }

        /// <summary>A named pipe: opening it for reading blocks until something writes to it.</summary>
        public void Fifo(string relative)
        {
            var path = FullPath(relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", new[] { path }) { UseShellExecute = false })!;
            mkfifo.WaitForExit();
            if (mkfifo.ExitCode != 0)
                throw new IOException("mkfifo failed for " + path);
        }
    }
}
