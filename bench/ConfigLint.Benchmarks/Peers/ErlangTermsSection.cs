using System.Collections.Generic;
using System.Text;
using ConfigLint.Benchmarks.Table;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ErlangTerms;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Benchmarks.Peers
{
    /// <summary>
    /// Erlang terms: <see cref="ErlangTermParser.Parse"/> of a generated ~5 MB term file (already decoded, as the scan
    /// hands it over), with the floor beside it: <see cref="SourceText.From(byte[], int, Encoding?, SourceHashAlgorithm, bool, bool)"/>
    /// of the same bytes, decoding alone.
    /// </summary>
    internal sealed class ErlangTermsSection : ITableSection
    {
        private const int FileBytes = 5 * 1024 * 1024;
        private const double TargetMegabytesPerSecond = 50;

        public IEnumerable<Row> Rows()
        {
            var bytes = Encoding.UTF8.GetBytes(ErlangTermsGenerator.Generate(FileBytes));
            var file = SourceFile.DecodeUtf8("/bench/terms.config", bytes);
            var ours = Measure.Run(() => ErlangTermParser.Parse(file));
            var floor = Measure.Run(() => SourceText.From(bytes, bytes.Length, Encoding.UTF8));
            var throughput = ours.MegabytesPerSecond(bytes.Length);
            yield return new Row(
                $"Erlang terms parse, generated {Row.Megabytes(bytes.Length)}",
                Row.Throughput(ours, bytes.Length) + ", " + Row.Allocated(ours, bytes.Length),
                "floor SourceText.From (decoding): " + Row.Throughput(floor, bytes.Length),
                Row.Times(throughput / floor.MegabytesPerSecond(bytes.Length)) + " the floor",
                "≥ 50 MB/s",
                throughput >= TargetMegabytesPerSecond);
        }
    }
}
