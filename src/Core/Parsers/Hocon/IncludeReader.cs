using System;
using System.Collections.Generic;
using System.IO;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>
    /// Reads and parses files for the loader and for includes, as emqx/hocon finds them: an include
    /// names a file relative to the including file's folder, then to the top-level file's folder
    /// (the include_dirs EMQX passes). A missing plain include is ignored, a missing
    /// <c>required(...)</c> one is an error, and an include of a file already being read is a cycle.
    /// Each file is parsed once; every time its content is added again is charged to the budget.
    /// </summary>
    internal sealed class IncludeReader
    {
        /// <summary>How many includes may nest; deeper is reported rather than followed.</summary>
        private const int MaxIncludeDepth = 32;

        private readonly IConfigFileSource _files;
        private readonly Dictionary<string, HoconSyntaxTree> _parsed = new Dictionary<string, HoconSyntaxTree>(StringComparer.Ordinal);
        private readonly List<HoconSyntaxTree> _stack = new List<HoconSyntaxTree>();
        private string _topFolder = "";

        public IncludeReader(IConfigFileSource files, ExpansionBudget budget)
        {
            _files = files;
            Budget = budget;
        }

        public ExpansionBudget Budget { get; }

        /// <summary>Every file read, in read order.</summary>
        public List<HoconSyntaxTree> Trees { get; } = new List<HoconSyntaxTree>();

        /// <summary>Include errors (missing, unreadable, outside the tree, cycles, too deep, over the budget).</summary>
        public List<ParseError> Errors { get; } = new List<ParseError>();

        /// <summary>
        /// Reads a top-level file and enters it; null when it cannot be read. A file not read before is offered to
        /// <paramref name="build"/> (<see cref="HoconSyntaxTree.Parse"/>); <paramref name="built"/>: whether that built it.
        /// </summary>
        public HoconSyntaxTree? EnterTopLevel(string fullPath, HoconSyntaxTree.DirectBuild build, out bool built)
        {
            built = false;
            var read = _files.Read(fullPath);
            if (read.File == null)
                return null;
            Budget.TryReadFile(read.File.Text.Length, out _);
            var tree = _parsed.TryGetValue(fullPath, out var known) ? known : Parse(read.File, build);
            built = known == null && tree.BuiltDirectly;
            _topFolder = FolderOf(fullPath);
            _stack.Add(tree);
            return tree;
        }

        /// <summary>Reads and enters the file an include names, or reports why not and returns null.</summary>
        public HoconSyntaxTree? Read(HoconSyntaxTree from, IncludeNode include)
        {
            var name = TokenValues.IncludeFileName(from.Text, include);
            if (_stack.Count > MaxIncludeDepth)
            {
                Report(ParseErrorKind.TooDeep, from, include, "at most " + MaxIncludeDepth + " nested includes", "deeper includes");
                return null;
            }
            if (name.Length == 0 || Budget.IsExhausted)
                return null;
            FileReadResult? refused = null;
            foreach (var folder in new[] { FolderOf(from.FilePath), _topFolder })
            {
                var fullPath = ConfigPaths.Combine(folder, name);
                if (_stack.Exists(open => string.Equals(open.FilePath, fullPath, StringComparison.Ordinal)))
                {
                    Report(ParseErrorKind.IncludeCycle, from, include, "a file not already being read", "an include cycle");
                    return null;
                }
                var read = _files.Read(fullPath);
                if (read.File == null)
                {
                    if (read.Status != FileReadStatus.NotFound)
                        refused ??= read;
                    continue;
                }
                // A file read before is added again: that copy is what the budget counts.
                var withinBudget = _parsed.TryGetValue(fullPath, out var tree)
                    ? Budget.TryExpand(tree.Text.Length, out var crossed)
                    : Budget.TryReadFile(read.File.Text.Length, out crossed);
                if (!withinBudget)
                {
                    if (crossed != null)
                        Report(ParseErrorKind.ExpansionLimit, from, include, crossed, "more");
                    return null;
                }
                tree ??= Parse(read.File, build: null);
                _stack.Add(tree);
                return tree;
            }
            if (refused != null)
                Errors.Add(ParseError.Refused(refused, from.FilePath, from.Text, include.Span));
            else if (include.IsRequired)
                Report(ParseErrorKind.MissingInclude, from, include, "an existing file", "no such file");
            return null;
        }

        /// <summary>Leaves the file entered last.</summary>
        public void Leave(HoconSyntaxTree tree) => _stack.Remove(tree);

        private HoconSyntaxTree Parse(SourceFile file, HoconSyntaxTree.DirectBuild? build)
        {
            var tree = HoconSyntaxTree.Parse(file, build);
            _parsed[file.FullPath] = tree;
            Trees.Add(tree);
            return tree;
        }

        private void Report(ParseErrorKind kind, HoconSyntaxTree from, IncludeNode include, string expected, string found) =>
            Errors.Add(new ParseError(kind, from.FilePath, from.Text, include.Span, expected, found));

        private static string FolderOf(string fullPath) => Path.GetDirectoryName(fullPath) ?? "";
    }
}
