using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ConfigLint.Benchmarks
{
    /// <summary>A file that is very deep or very wide in one way, of a given size (levels, siblings or repeats).</summary>
    public enum LargeInput
    {
        ClpConfNestedElements,
        ClpConfSiblingPasswords,
        HoconNestedObjects,
        HoconNestedArrays,
        HoconSiblingSeeds,
        HoconMalformedSubstitutionsOnOneLine,
        ErlangNestedLists,
        ErlangNestedTuples,
        ErlangNestedMaps,
        ErlangChainedTailLists,
        FlatFormKeySegments,
        VmArgsUnclosedPlaceholdersOnOneLine,
    }

    /// <summary>The generated files of <see cref="LargeInput"/>: each input's file name and text, the same every run.</summary>
    internal static class LargeInputs
    {
        private const string ClpConfStart = "<?xml version=\"1.0\" encoding=\"ASCII\"?>\n<root><all/><cluster>\n";
        private const string ClpConfEnd = "</cluster></root>\n";
        private const string NodeName = "node.name = \"emqx@10.0.0.1\"\n";
        private const string SslDistFirstTerm = "[{server, [{certfile, \"a\"}]}].\n";

        public static (string FileName, string Text) Generate(LargeInput input, int size) => input switch
        {
            LargeInput.ClpConfNestedElements => ("clp.conf", ClpConfStart + Repeat("<a>", size) + Repeat("</a>", size) + ClpConfEnd),
            LargeInput.ClpConfSiblingPasswords => ("clp.conf", ClpConfStart + Repeat("<passwd>p</passwd>\n", size) + ClpConfEnd),
            LargeInput.HoconNestedObjects => ("emqx.conf", NodeName + Repeat("a {\n", size) + Repeat("}\n", size)),
            LargeInput.HoconNestedArrays => ("emqx.conf", NodeName + "x = " + Repeat("[", size) + Repeat("]", size) + "\n"),
            LargeInput.HoconSiblingSeeds => ("emqx.conf", NodeName + "cluster.static.seeds = [\n" + string.Concat(Enumerable.Range(0, size).Select(Seed)) + "]\n"),
            LargeInput.HoconMalformedSubstitutionsOnOneLine => ("emqx.conf", NodeName + "x = " + Repeat("${", size) + "\n"),
            LargeInput.ErlangNestedLists => ("ssl_dist.conf", SslDistFirstTerm + Repeat("[", size) + Repeat("]", size) + ".\n"),
            LargeInput.ErlangNestedTuples => ("ssl_dist.conf", SslDistFirstTerm + Repeat("{", size) + Repeat("}", size) + ".\n"),
            LargeInput.ErlangNestedMaps => ("ssl_dist.conf", SslDistFirstTerm + Repeat("#{a => ", size) + "1" + Repeat("}", size) + ".\n"),
            LargeInput.ErlangChainedTailLists => ("ssl_dist.conf", SslDistFirstTerm + Repeat("[a|", size) + "[]" + Repeat("]", size) + ".\n"),
            LargeInput.FlatFormKeySegments => ("emqx.conf", "node.name = emqx@10.0.0.1\n" + string.Join(".", Enumerable.Repeat("a", size)) + " = 1\n"),
            LargeInput.VmArgsUnclosedPlaceholdersOnOneLine => ("vm.args", "-name emqx@10.0.0.1\n-pa " + Repeat("{{ ", size) + "\n"),
            _ => throw new ArgumentOutOfRangeException(nameof(input)),
        };

        private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

        private static string Seed(int i) =>
            string.Format(CultureInfo.InvariantCulture, "\"emqx{0}@10.{1}.{2}.{3}\",\n", i, i / 65536, i / 256 % 256, i % 256);
    }
}
