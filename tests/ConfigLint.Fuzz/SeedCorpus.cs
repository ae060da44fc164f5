using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConfigLint.Fuzz
{
    /// <summary>A real configuration file that mutations start from.</summary>
    public sealed record Seed(string Path, byte[] Bytes)
    {
        public override string ToString() => Path;
    }

    /// <summary>
    /// The seed files of each format: the shared corpus (../shared/corpus beside the checkout) and the repository's own
    /// test fixtures, which add Erlang term and vm.args files the corpus has few of.
    /// </summary>
    public sealed class SeedCorpus
    {
        private SeedCorpus(string corpus, string fixtures)
        {
            Hocon = Load(Path.Combine(corpus, "emqx", "v5"), Path.Combine(fixtures, "emqx"))
                .Where(s => !s.Path.EndsWith(".md", StringComparison.Ordinal) && !s.Path.EndsWith(".expected", StringComparison.Ordinal)).ToList();
            Cuttlefish = Load(Path.Combine(corpus, "emqx", "v4"))
                .Concat(Load(Path.Combine(corpus, "emqx", "v5")).Where(s => s.Path.EndsWith(".cuttlefish.conf", StringComparison.Ordinal))).ToList();
            ErlangTerms = Load(Path.Combine(corpus, "emqx", "ssl_dist"), Path.Combine(fixtures, "ssl_dist"))
                .Where(s => s.Path.EndsWith(".conf", StringComparison.Ordinal)).ToList();
            VmArgs = Load(Path.Combine(corpus, "emqx", "vm_args"), Path.Combine(fixtures, "vm_args"))
                .Where(s => s.Path.Contains(".vm.args", StringComparison.Ordinal)).ToList();
            ClpConf = Load(Path.Combine(corpus, "ecx"), Path.Combine(fixtures, "ecx"))
                .Where(s => s.Path.EndsWith(".conf", StringComparison.Ordinal)).ToList();
            foreach (var (name, seeds) in new[] { ("HOCON", Hocon), ("4.x", Cuttlefish), ("Erlang term", ErlangTerms), ("vm.args", VmArgs), ("clp.conf", ClpConf) })
            {
                if (seeds.Count == 0)
                    throw new InvalidOperationException($"No {name} seed files under {corpus} or {fixtures}.");
            }
        }

        public IReadOnlyList<Seed> Hocon { get; }

        public IReadOnlyList<Seed> Cuttlefish { get; }

        public IReadOnlyList<Seed> ErlangTerms { get; }

        public IReadOnlyList<Seed> VmArgs { get; }

        public IReadOnlyList<Seed> ClpConf { get; }

        /// <summary>The seeds under a repository checkout: its tests/fixtures and the corpus in ../shared beside it.</summary>
        public static SeedCorpus FromRepository(string repositoryRoot) =>
            new(Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "corpus")), Path.Combine(repositoryRoot, "tests", "fixtures"));

        /// <summary>The checkout this program was built in (the folder above its output that holds ConfigLint.sln).</summary>
        public static string FindRepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ConfigLint.sln")))
                    return dir.FullName;
            }
            throw new InvalidOperationException("ConfigLint.sln not found above " + AppContext.BaseDirectory);
        }

        /// <summary>Every file under the folders (those that exist), in a fixed order so a seed gives the same run everywhere.</summary>
        private static IEnumerable<Seed> Load(params string[] folders) =>
            folders.Where(Directory.Exists)
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => new Seed(path, File.ReadAllBytes(path)));
    }
}
