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
        // The files parsed, by full path; made only once there are enough to search (a load of one file needs none).
        private Dictionary<string, HoconSyntaxTree>? _parsedByPath;
        private const int UnindexedTreeCount = 8;
        private readonly List<HoconSyntaxTree> _stack = new List<HoconSyntaxTree>();
        // The folder of the top-level file being read: found only when one of its includes is read.
        private string _topPath = "";
        private string? _topFolder;
        private List<ParseError>? _errors;

        public IncludeReader(IConfigFileSource files, ExpansionBudget budget)
        {
            _files = files;
            Budget = budget;
        }

        public ExpansionBudget Budget { get; }

        /// <summary>Every file read, in read order.</summary>
        public List<HoconSyntaxTree> Trees { get; } = new List<HoconSyntaxTree>();

        /// <summary>Include errors (missing, unreadable, outside the tree, cycles, too deep, over the budget).</summary>
        public IReadOnlyList<ParseError> Errors => (IReadOnlyList<ParseError>?)_errors ?? Array.Empty<ParseError>();

        /// <summary>
        /// Reads a top-level file and enters it; null when it cannot be read. A file not read before is offered to
        /// <paramref name="build"/> (<see cref="HoconSyntaxTree.Parse"/>); <paramref name="built"/>: whether that built it.
        /// </summary>
        public HoconSyntaxTree? EnterTopLevel(string fullPath, IDirectBuild build, out bool built)
        {
            built = false;
            var read = _files.Read(fullPath);
            if (read.File == null)
                return null;
            Budget.TryReadFile(read.File.Text.Length, out _);
            var known = FindParsed(fullPath);
            var tree = known ?? Parse(read.File, build);
            built = known == null && tree.BuiltDirectly;
            _topPath = fullPath;
            _topFolder = null;
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
            foreach (var folder in new[] { FolderOf(from.FilePath), _topFolder ??= FolderOf(_topPath) })
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
                var tree = FindParsed(fullPath);
                var withinBudget = tree != null
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
                AddError(ParseError.Refused(refused, from.FilePath, from.Text, include.Span));
            else if (include.IsRequired)
                Report(ParseErrorKind.MissingInclude, from, include, "an existing file", "no such file");
            return null;
        }

        /// <summary>Leaves the file entered last.</summary>
        public void Leave(HoconSyntaxTree tree) => _stack.Remove(tree);

        private HoconSyntaxTree Parse(SourceFile file, IDirectBuild? build)
        {
            var tree = HoconSyntaxTree.Parse(file, build);
            Trees.Add(tree);
            if (_parsedByPath != null)
                _parsedByPath[file.FullPath] = tree;
            else if (Trees.Count > UnindexedTreeCount)
            {
                _parsedByPath = new Dictionary<string, HoconSyntaxTree>(StringComparer.Ordinal);
                foreach (var parsed in Trees)
                    _parsedByPath[parsed.FilePath] = parsed;
            }
            return tree;
        }

        private HoconSyntaxTree? FindParsed(string fullPath)
        {
            if (_parsedByPath != null)
                return _parsedByPath.TryGetValue(fullPath, out var indexed) ? indexed : null;
            foreach (var tree in Trees)
            {
                if (string.Equals(tree.FilePath, fullPath, StringComparison.Ordinal))
                    return tree;
            }
            return null;
        }

        private void Report(ParseErrorKind kind, HoconSyntaxTree from, IncludeNode include, string expected, string found) =>
            AddError(new ParseError(kind, from.FilePath, from.Text, include.Span, expected, found));

        private void AddError(ParseError error) => (_errors ??= new List<ParseError>()).Add(error);

        private static string FolderOf(string fullPath) => Path.GetDirectoryName(fullPath) ?? "";
    }
}
