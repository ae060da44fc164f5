using System;
using System.Collections.Generic;

namespace ConfigLint.Benchmarks.Table
{
    /// <summary><c>table</c>: every in-process comparison, printed as Markdown rows (bench/run adds the header and the whole-process rows).</summary>
    internal static class TableCommand
    {
        /// <summary>Each section once; a new comparison adds one line here.</summary>
        private static IEnumerable<ITableSection> Sections() => new ITableSection[]
        {
            new Peers.HoconPeerSection(),
            new Peers.ClpConfSection(),
            new Peers.ErlangTermsSection(),
        };

        public static int Run()
        {
            var unmet = 0;
            foreach (var section in Sections())
            {
                foreach (var row in section.Rows())
                {
                    Console.WriteLine(row.Markdown());
                    if (!row.Met)
                        unmet++;
                }
            }
            return unmet == 0 ? 0 : 1;
        }
    }
}
