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
    /// Each file is parsed once.
    /// </summary>
    internal sealed class IncludeReader
    {
        /// <summary>How many includes may nest; deeper is reported rather than followed.</summary>
        private const int MaxIncludeDepth = 32;

        private readonly IConfigFileSource _files;
        private readonly Dictionary<string, HoconSyntaxTree> _parsed = new Dictionary<string, HoconSyntaxTree>(StringComparer.Ordinal);
        private readonly List<HoconSyntaxTree> _stack = new List<HoconSyntaxTree>();
        private string _topFolder = "";

        public IncludeReader(IConfigFileSource files) => _files = files;

        /// <summary>Every file read, in read order.</summary>
        public List<HoconSyntaxTree> Trees { get; } = new List<HoconSyntaxTree>();

        /// <summary>Include errors (missing, cycles, too deep).</summary>
        public List<ParseError> Errors { get; } = new List<ParseError>();

        /// <summary>Reads a top-level file and enters it; null when it cannot be read.</summary>
        public HoconSyntaxTree? EnterTopLevel(string fullPath)
        {
            var tree = ReadAndParse(fullPath);
            if (tree == null)
                return null;
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
            foreach (var folder in new[] { FolderOf(from.FilePath), _topFolder })
            {
                var fullPath = Combine(folder, name);
                if (fullPath == null)
                    continue;
                if (_stack.Exists(open => string.Equals(open.FilePath, fullPath, StringComparison.Ordinal)))
                {
                    Report(ParseErrorKind.IncludeCycle, from, include, "a file not already being read", "an include cycle");
                    return null;
                }
                var tree = ReadAndParse(fullPath);
                if (tree != null)
                {
                    _stack.Add(tree);
                    return tree;
                }
            }
            if (include.IsRequired)
                Report(ParseErrorKind.MissingInclude, from, include, "an existing file", "no such file");
            return null;
        }

        /// <summary>Leaves the file entered last.</summary>
        public void Leave(HoconSyntaxTree tree) => _stack.Remove(tree);

        private HoconSyntaxTree? ReadAndParse(string fullPath)
        {
            if (_parsed.TryGetValue(fullPath, out var known))
                return known;
            var file = _files.TryRead(fullPath);
            if (file == null)
                return null;
            var tree = HoconSyntaxTree.Parse(file);
            _parsed[fullPath] = tree;
            Trees.Add(tree);
            return tree;
        }

        private void Report(ParseErrorKind kind, HoconSyntaxTree from, IncludeNode include, string expected, string found) =>
            Errors.Add(new ParseError(kind, from.FilePath, from.Text, include.Span, expected, found));

        private static string FolderOf(string fullPath) => Path.GetDirectoryName(fullPath) ?? "";

        /// <summary>The full path of <paramref name="name"/> in <paramref name="folder"/>, or null when it is not a valid path.</summary>
        private static string? Combine(string folder, string name)
        {
            if (name.Length == 0)
                return null;
            try
            {
                return Path.GetFullPath(Path.Combine(folder, name));
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                return null;
            }
        }
    }
}
