using BenchmarkDotNet.Running;

namespace ConfigLint.Benchmarks
{
    internal static class Program
    {
        // `-- --filter '*'` runs everything; `--job short` is the few-minute run the README's figures come from.
        private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
