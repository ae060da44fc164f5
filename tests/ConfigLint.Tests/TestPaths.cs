using System;
using System.IO;

namespace ConfigLint.Tests
{
    /// <summary>Where the checkout, its fixtures and the read-only shared corpus are.</summary>
    internal static class TestPaths
    {
        public static string RepositoryRoot { get; } = FindRepositoryRoot();

        public static string Fixtures => Path.Combine(RepositoryRoot, "tests", "fixtures");

        /// <summary>../shared beside the checkout (CI lays a copy there too).</summary>
        public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

        public static string Corpus => Path.Combine(Shared, "corpus");

        private static string FindRepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ConfigLint.sln")))
                    return dir.FullName;
            }
            throw new InvalidOperationException("ConfigLint.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
