using System;
using System.Diagnostics;
using System.Linq;

namespace ConfigLint.Benchmarks.Table
{
    /// <summary>One measured piece of work: the median wall time of its runs and what one run allocated.</summary>
    internal sealed record Sample(TimeSpan Median, long AllocatedBytes)
    {
        /// <summary>Throughput over <paramref name="bytes"/> of input, in MB/s (10^6 bytes).</summary>
        public double MegabytesPerSecond(long bytes) => bytes / 1e6 / Median.TotalSeconds;
    }

    /// <summary>
    /// A small timing loop for the table (BenchmarkDotNet's runs take too long for a table of every figure): warm-up
    /// runs, then timed runs until both a run count and a time budget are reached; median time, allocation of one run.
    /// On a noisy 2-core machine only medians measured side by side in one process, and their ratios, are compared.
    /// </summary>
    internal static class Measure
    {
        public static Sample Run(Func<object?> work, int minimumRuns = 5, double budgetSeconds = 3)
        {
            for (var i = 0; i < 2; i++)
                GC.KeepAlive(work());
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(work());
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            var times = new System.Collections.Generic.List<double>();
            var total = Stopwatch.StartNew();
            while (times.Count < minimumRuns || (total.Elapsed.TotalSeconds < budgetSeconds && times.Count < 200))
            {
                var run = Stopwatch.StartNew();
                GC.KeepAlive(work());
                times.Add(run.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[times.Count / 2 - 1] + times[times.Count / 2]) / 2;
            return new Sample(TimeSpan.FromMilliseconds(median), allocated);
        }
    }
}
