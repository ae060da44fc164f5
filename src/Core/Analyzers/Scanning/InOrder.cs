using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace ConfigLint.Analyzers
{
    /// <summary>Work over a list spread across threads, its results kept in the list's order whatever thread finished first.</summary>
    internal static class InOrder
    {
        /// <summary>
        /// Each item's result, at the item's index; at most <paramref name="degree"/> items at a time (1: on this thread,
        /// one after the other). Each call gets its own <see cref="FindingSink.Bucket"/> of <paramref name="sink"/>,
        /// merged back in the list's order, so what the work reports comes out the same for any degree.
        /// </summary>
        public static TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, int degree, FindingSink sink, Func<TItem, FindingSink, TResult> work)
        {
            var results = new TResult[items.Count];
            var buckets = new FindingSink[items.Count];
            void Run(int index)
            {
                buckets[index] = sink.Bucket();
                results[index] = work(items[index], buckets[index]);
            }
            // One item (a pre-commit run on one file) is done on this thread: starting the thread pool would cost more
            // than the item.
            if (degree <= 1 || items.Count <= 1)
            {
                for (var index = 0; index < items.Count; index++)
                    Run(index);
            }
            else
            {
                Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = degree }, Run);
            }
            foreach (var bucket in buckets)
                sink.Merge(bucket);
            return results;
        }

        /// <summary>The work done on each item, as <see cref="Map"/> does it.</summary>
        public static void ForEach<TItem>(IReadOnlyList<TItem> items, int degree, FindingSink sink, Action<TItem, FindingSink> work) =>
            Map(items, degree, sink, (item, bucket) =>
            {
                work(item, bucket);
                return true;
            });
    }
}
