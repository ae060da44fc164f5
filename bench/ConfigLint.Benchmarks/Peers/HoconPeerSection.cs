using System.IO;
using System.Text;
using System.Text.Json;
using ConfigLint.Benchmarks.Table;
using ConfigLint.Parsers;
using ConfigLint.Parsers.Hocon;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Benchmarks.Peers
{
    /// <summary>
    /// Target 1 of issue 15: ConfigLint's HOCON parse + resolve (what <c>configlint --resolve</c> runs, over a file
    /// already decoded in memory) against Akka.NET's <c>ConfigurationFactory.ParseString</c> on the same text, with
    /// the floors beside it: decoding alone (<c>SourceText.From</c> of the bytes) and <c>JsonDocument.Parse</c> of the
    /// same configuration written as JSON. Then the same ratio on EMQX 5.8.9's shipped emqx.conf.
    /// </summary>
    internal sealed class HoconPeerSection : ITableSection
    {
        private const int GeneratedBytes = 5_000_000;

        // apps/emqx_conf/etc/emqx_conf.conf is what the 5.8.9 release ships as etc/emqx.conf (SOURCES.md).
        private static string ShippedEmqxConf => Path.Combine(Corpus.Root, "emqx", "v5", "emqx-v5.8.9.emqx_conf.conf");

        public System.Collections.Generic.IEnumerable<Row> Rows()
        {
            var (hocon, json) = EmqxHoconGenerator.Generate(GeneratedBytes);
            var bytes = Encoding.UTF8.GetBytes(hocon);
            var jsonBytes = Encoding.UTF8.GetBytes(json);
            var file = SourceFile.DecodeUtf8("/generated/emqx.conf", bytes);
            var files = new InMemoryFiles(file);
            var paths = new[] { file.FullPath };

            var ours = Measure.Run(() => HoconLoader.Load(paths, files), budgetSeconds: 6);
            var akka = Measure.Run(() => Akka.Configuration.ConfigurationFactory.ParseString(hocon), budgetSeconds: 6);
            var decoding = Measure.Run(() => SourceText.From(bytes, bytes.Length), budgetSeconds: 2);
            var jsonDocument = Measure.Run(() => { using var document = JsonDocument.Parse(jsonBytes); return document.RootElement.ValueKind; }, budgetSeconds: 3);

            var size = bytes.Length;
            var work = $"HOCON parse + resolve, generated EMQX file ({Row.Megabytes(size)}), in process";
            var versusAkka = akka.Median / ours.Median;
            yield return new Row(work, Row.Throughput(ours, size), "Akka.NET 1.5.74: " + Row.Throughput(akka, size),
                Row.Times(versusAkka), "≥ 10 × Akka", versusAkka >= 10);
            var allocationRatio = (double)ours.AllocatedBytes / size;
            yield return new Row("… allocation per run", Row.Megabytes(ours.AllocatedBytes), "file: " + Row.Megabytes(size),
                Row.Times(allocationRatio) + " the file", "≤ 8 × the file", allocationRatio <= 8);
            yield return new Row("… floor: JsonDocument.Parse of the same configuration as JSON", Row.Throughput(ours, size),
                $"JsonDocument: {Row.Throughput(jsonDocument, jsonBytes.Length)} ({Row.Megabytes(jsonBytes.Length)} of JSON)",
                Row.Times(ours.MegabytesPerSecond(size) / jsonDocument.MegabytesPerSecond(jsonBytes.Length)), "≥ 0.25 × JsonDocument",
                ours.MegabytesPerSecond(size) >= 0.25 * jsonDocument.MegabytesPerSecond(jsonBytes.Length));
            yield return new Row("… floor: SourceText.From of the bytes (decoding alone)", Row.Throughput(ours, size),
                "decoding: " + Row.Throughput(decoding, size),
                Row.Times(ours.MegabytesPerSecond(size) / decoding.MegabytesPerSecond(size)), "(floor, no target)", true);

            var shippedBytes = File.ReadAllBytes(ShippedEmqxConf);
            var shippedText = Encoding.UTF8.GetString(shippedBytes);
            var shipped = SourceFile.DecodeUtf8(ShippedEmqxConf, shippedBytes);
            var shippedFiles = new InMemoryFiles(shipped);
            var shippedPaths = new[] { shipped.FullPath };
            // One load takes microseconds: each timed run is a batch, long enough for the timer and for tiered JIT to settle.
            var oursShipped = Measure.Run(() => Repeat(ShippedBatch, () => HoconLoader.Load(shippedPaths, shippedFiles)), budgetSeconds: 2);
            var akkaShipped = Measure.Run(() => Repeat(ShippedBatch, () => Akka.Configuration.ConfigurationFactory.ParseString(shippedText)), budgetSeconds: 2);
            var shippedRatio = akkaShipped.Median / oursShipped.Median;
            yield return new Row($"HOCON parse + resolve, EMQX 5.8.9 shipped emqx.conf ({shippedBytes.Length} bytes)",
                Microseconds(oursShipped), "Akka.NET 1.5.74: " + Microseconds(akkaShipped), Row.Times(shippedRatio), "≥ 10 × Akka", shippedRatio >= 10);
        }

        private const int ShippedBatch = 2000;

        private static object? Repeat(int times, System.Func<object?> work)
        {
            object? last = null;
            for (var i = 0; i < times; i++)
                last = work();
            return last;
        }

        // One load of the shipped file: a batch's median over its size, in microseconds (below Row.Ms's precision).
        private static string Microseconds(Sample batch) =>
            (batch.Median.TotalMilliseconds * 1000 / ShippedBatch).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " µs";
    }
}
