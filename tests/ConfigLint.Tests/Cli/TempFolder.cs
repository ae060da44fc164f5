using System;
using System.IO;

namespace ConfigLint.Tests.Cli
{
    /// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "configlint-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        /// <summary>Writes a file ('/'-separated path below the folder), creating its folders; returns its full path.</summary>
        public string File(string relativePath, string content = "")
        {
            var fullPath = FullPath(relativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
            System.IO.File.WriteAllText(fullPath, content);
            return fullPath;
        }

        /// <summary>Creates a folder; returns its full path.</summary>
        public string Folder(string relativePath) => Directory.CreateDirectory(FullPath(relativePath)).FullName;

        public string FullPath(string relativePath) => System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
