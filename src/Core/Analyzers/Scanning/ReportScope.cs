using System;
using System.Collections.Generic;
using System.Linq;
using ConfigLint.Analyzers.Rules;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers
{
    /// <summary>
    /// Which findings a scan reports, decided by its host: those in the files it was given to report on. Rules judge
    /// without asking; the scan applies this once to what they found. A call reports on its own files only, so
    /// pre-commit's parallel calls over parts of a file list add up to what one call over all of them gives. Two
    /// exceptions go with the file that reads them: a file outside the base folder (an include from elsewhere), which
    /// can never be passed on its own, and CL0001, since a named file that cannot be read because of what it includes
    /// must say so.
    /// </summary>
    public sealed class ReportScope
    {
        private readonly HashSet<string> _files;
        private readonly HashSet<string> _displayPaths;

        /// <summary>Reports on <paramref name="files"/> (full paths), shown relative to <paramref name="baseDirectory"/>.</summary>
        public ReportScope(string baseDirectory, IEnumerable<string> files)
        {
            var paths = new DisplayPaths(baseDirectory);
            _files = new HashSet<string>(files.Select(ConfigPaths.Normalize), StringComparer.Ordinal);
            _displayPaths = new HashSet<string>(_files.Select(paths.Display), StringComparer.Ordinal);
        }

        /// <summary>
        /// Whether the host gave this file (a full path) to report on. A node whose main configuration it was is
        /// judged; the other nodes of the model are read only to find its cluster.
        /// </summary>
        public bool Names(string fullPath) => _files.Contains(fullPath);

        /// <summary>Whether findings in the file at <paramref name="displayPath"/> are reported.</summary>
        public bool Reports(string displayPath) =>
            _displayPaths.Contains(displayPath) || displayPath.StartsWith("../", StringComparison.Ordinal);

        internal bool Reports(Diagnostic diagnostic) =>
            diagnostic.Id == UnreadableConfig.Rule.Id || Reports(diagnostic.Location.GetLineSpan().Path);
    }
}
