using System.IO;
using BenchmarkDotNet.Attributes;
using ConfigLint.Analyzers;
using ConfigLint.Cli;

namespace ConfigLint.Benchmarks
{
    /// <summary>
    /// Whole scans of one very deep or very wide file at two sizes ten times apart: every input must take about ten
    /// times as long at the larger size (linear time), and end in a result or a located CL0001, never a crash.
    /// </summary>
    [MemoryDiagnoser]
    public class LargeInputBenchmarks
    {
        private string folder = null!;
        private string path = null!;

        [ParamsAllValues]
        public LargeInput Input { get; set; }

        [Params(10_000, 100_000)]
        public int Size { get; set; }

        [GlobalSetup]
        public void WriteFile()
        {
            var (fileName, text) = LargeInputs.Generate(Input, Size);
            folder = Directory.CreateTempSubdirectory("configlint-benchmark-").FullName;
            path = Path.Combine(folder, fileName);
            File.WriteAllText(path, text);
        }

        [GlobalCleanup]
        public void DeleteFile() => Directory.Delete(folder, recursive: true);

        [Benchmark(Description = "Scan one generated file")]
        public ScanResult Scan() =>
            ConfigScanner.Scan(new ScanOptions(folder, new[] { path }, new DiskFileSource(new[] { folder }, DiskFileSource.DefaultMaxFileSize)));
    }
}
