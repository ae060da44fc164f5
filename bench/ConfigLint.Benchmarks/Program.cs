using BenchmarkDotNet.Running;

namespace ConfigLint.Benchmarks
{
    internal static class Program
    {
        // `-- table` prints the comparisons bench/run shows; `-- --filter '*' --job short` runs the BenchmarkDotNet suite.
        private static int Main(string[] args)
        {
            if (args.Length == 1 && args[0] == "table")
                return Table.TableCommand.Run();
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
