using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Reporting;

namespace ConfigLint.Cli
{
    /// <summary>Rows of text columns, each column but the last padded to its widest cell (<c>--list-rules</c>, <c>--print-config</c>).</summary>
    internal static class AlignedTable
    {
        private const string ColumnGap = "  ";

        /// <summary>Writes the rows; the last column, which may hold a path, is escaped for the terminal.</summary>
        public static void Write(TextWriter writer, IReadOnlyList<string[]> rows)
        {
            if (rows.Count == 0)
                return;
            var padded = rows[0].Length - 1;
            var widths = Enumerable.Range(0, padded).Select(column => rows.Max(row => row[column].Length)).ToArray();
            foreach (var row in rows)
            {
                for (var column = 0; column < padded; column++)
                    writer.Write(row[column].PadRight(widths[column]) + ColumnGap);
                writer.WriteLine(TerminalText.Escape(row[padded]));
            }
        }
    }
}
