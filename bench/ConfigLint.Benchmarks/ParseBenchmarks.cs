using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using ConfigLint.Parsers;
using ConfigLint.Parsers.Cuttlefish;
using ConfigLint.Parsers.ErlangTerms;
using ConfigLint.Parsers.Hocon;

namespace ConfigLint.Benchmarks
{
    /// <summary>
    /// Each format's parser on one file already in memory (decoding is not measured). The parser trees are internal
    /// to the core, so a benchmark returns its tree as an object (BenchmarkDotNet still consumes it).
    /// </summary>
    [MemoryDiagnoser]
    public class ParseBenchmarks
    {
        private const int GeneratedHoconBytes = 5 * 1024 * 1024;

        private SourceFile largestHocon = null!;
        private SourceFile generatedHocon = null!;
        private SourceFile cuttlefish = null!;
        private SourceFile sslDist = null!;

        [GlobalSetup]
        public void ReadFiles()
        {
            largestHocon = Corpus.Read(Corpus.LargestHocon);
            cuttlefish = Corpus.Read(Corpus.Cuttlefish44);
            sslDist = Corpus.Read(Corpus.SslDist);
            var generatedPath = Path.Combine(Path.GetTempPath(), "configlint-benchmark", "generated.conf");
            generatedHocon = SourceFile.DecodeUtf8(generatedPath, Encoding.UTF8.GetBytes(GeneratedHocon.Text(GeneratedHoconBytes)));
        }

        [Benchmark(Description = "HOCON parse+resolve, largest corpus file (18 KB)")]
        public object HoconLargestCorpusFile() => LoadHocon(largestHocon);

        [Benchmark(Description = "HOCON parse+resolve, generated (5 MB)")]
        public object HoconGenerated5MB() => LoadHocon(generatedHocon);

        [Benchmark(Description = "Cuttlefish parse, emqx.conf 4.4.19 (80 KB)")]
        public object Cuttlefish44() => CuttlefishParser.Parse(cuttlefish);

        [Benchmark(Description = "Erlang terms parse, ssl_dist.conf 5.8.9")]
        public object ErlangTerms() => ErlangTermParser.Parse(sslDist);

        private static HoconResolution LoadHocon(SourceFile file) => HoconLoader.Load(new[] { file.FullPath }, new InMemoryFiles(file));
    }
}
