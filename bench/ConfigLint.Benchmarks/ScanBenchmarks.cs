using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ConfigLint.Analyzers;
using ConfigLint.Cli;

namespace ConfigLint.Benchmarks
{
    /// <summary>Whole scans from disk, as the tool runs them: classify, decode, parse, every rule, the cluster model.</summary>
    [MemoryDiagnoser]
    public class ScanBenchmarks
    {
        private string[] corpusFiles = null!;

        [GlobalSetup]
        public void ListCorpus() =>
            corpusFiles = Directory.GetFiles(Corpus.Root, "*", SearchOption.AllDirectories).OrderBy(f => f, System.StringComparer.Ordinal).ToArray();

        [Benchmark(Description = "Scan one clp.conf (14 KB)")]
        public ScanResult ClpConf() => Scan(Corpus.ClpConf);

        [Benchmark(Description = "Scan the whole corpus (../shared/corpus)")]
        public ScanResult WholeCorpus() => Scan(corpusFiles);

        private static ScanResult Scan(params string[] files) =>
            ConfigScanner.Scan(new ScanOptions(Corpus.Root, files, new DiskFileSource(new[] { Corpus.Root }, DiskFileSource.DefaultMaxFileSize)));
    }
}
