using System;
using System.IO;
using ConfigLint.Parsers;

namespace ConfigLint.Benchmarks
{
    /// <summary>The shared corpus (../shared/corpus beside the checkout) and the files the benchmarks read from it.</summary>
    internal static class Corpus
    {
        public static string Root { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpus"));

        /// <summary>The largest EMQX 5 HOCON file of the corpus (a lightbend/config sample emqx/hocon tests with).</summary>
        public static string LargestHocon => File("emqx/v5/hocon/sample-configs/test04.conf");

        /// <summary>The last 4.x emqx.conf, in the cuttlefish flat form.</summary>
        public static string Cuttlefish44 => File("emqx/v4/emqx-v4.4.19.emqx.conf");

        public static string SslDist => File("emqx/ssl_dist/emqx-v5.8.9.ssl_dist.conf");

        /// <summary>The largest clp.conf of the corpus.</summary>
        public static string ClpConf => File("ecx/neoface_watch.clp.conf");

        public static SourceFile Read(string fullPath) => SourceFile.DecodeUtf8(fullPath, System.IO.File.ReadAllBytes(fullPath));

        private static string File(string relativePath)
        {
            var path = Path.Combine(Root, relativePath);
            return System.IO.File.Exists(path) ? path : throw new FileNotFoundException("corpus file missing (is ../shared beside the checkout?)", path);
        }

        // BenchmarkDotNet runs each benchmark from a generated project under bin/, so the checkout is found upwards.
        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "ConfigLint.sln")))
                    return dir.FullName;
            }
            throw new InvalidOperationException("ConfigLint.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
