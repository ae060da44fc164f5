using System.Globalization;

namespace ConfigLint.Benchmarks.Table
{
    /// <summary>
    /// One line of the performance table: the work, ConfigLint's figure, the peer's or the floor's, their ratio, the
    /// target and whether it is met. bench/run prints the in-process rows and the whole-process rows (bench/process/*.sh
    /// print theirs in the same Markdown form) as one table.
    /// </summary>
    internal sealed record Row(string Work, string Ours, string Other, string Ratio, string Target, bool Met)
    {
        public string Markdown() => $"| {Work} | {Ours} | {Other} | {Ratio} | {Target} | {(Met ? "yes" : "**no**")} |";

        public static string Ms(Sample sample) => sample.Median.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

        public static string Throughput(Sample sample, long bytes) =>
            $"{Ms(sample)} = {sample.MegabytesPerSecond(bytes).ToString("0.#", CultureInfo.InvariantCulture)} MB/s";

        public static string Times(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + " ×";

        /// <summary>What one run allocated, and how many times the input's size that is.</summary>
        public static string Allocated(Sample sample, long inputBytes) =>
            $"{Megabytes(sample.AllocatedBytes)} allocated ({(sample.AllocatedBytes / (double)inputBytes).ToString("0.#", CultureInfo.InvariantCulture)} × the file)";

        public static string Megabytes(long bytes) => (bytes / 1e6).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
    }

    /// <summary>A group of rows measured together (side by side, in one process).</summary>
    internal interface ITableSection
    {
        System.Collections.Generic.IEnumerable<Row> Rows();
    }
}
