using BenchmarkDotNet.Running;

namespace ConfigLint.Benchmarks
{
    internal static class Program
    {
        // `-- table` prints the comparisons bench/run shows; `generate-hocon` writes the generated file; `-- --filter '*' --job short` runs the BenchmarkDotNet suite.
        private static int Main(string[] args)
        {
            if (args.Length == 1 && args[0] == "table")
                return Table.TableCommand.Run();
            // `generate-hocon BYTES HOCON_OUT JSON_OUT`: the generated EMQX-style file, for whole-process comparisons.
            if (args.Length == 4 && args[0] == "generate-hocon")
            {
                var (hocon, json) = EmqxHoconGenerator.Generate(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
                System.IO.File.WriteAllText(args[2], hocon);
                System.IO.File.WriteAllText(args[3], json);
                return 0;
            }
            // `generate-clp BYTES OUT` and `generate-terms BYTES OUT`: the generated clp.conf and Erlang term files.
            if (args.Length == 3 && args[0] is "generate-clp" or "generate-terms")
            {
                var bytes = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
                System.IO.File.WriteAllText(args[2], args[0] == "generate-clp" ? ClpConfGenerator.Generate(bytes) : ErlangTermsGenerator.Generate(bytes));
                return 0;
            }
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
