using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers.Knowledge;
using ConfigLint.Parsers;
using ConfigLint.Parsers.VmArgs;

namespace ConfigLint.Analyzers.ErlangDist
{
    /// <summary>A vm.args flag with the file it is written in (it may come from an -args_file include).</summary>
    internal sealed class VmArgsEntry
    {
        public VmArgsEntry(VmArgsFlag flag, SourceFile file)
        {
            Flag = flag;
            File = file;
        }

        public VmArgsFlag Flag { get; }

        public SourceFile File { get; }

        public string Name => Flag.Name.Text;

        public VmArgsWord? FirstValue => Flag.Values.IsEmpty ? null : Flag.Values[0];

        /// <summary>
        /// Whether the flag is written in a relx template (vm.args.src), which relx's start script renders into the
        /// vm.args erlexec reads each time it starts the node, replacing every <c>${VAR}</c> (relx 4.x extended_bin).
        /// </summary>
        public bool IsInRelxTemplate => File.FullPath.EndsWith(".src", StringComparison.Ordinal);
    }

    /// <summary>A node's emulator arguments: a vm.args file with every <c>-args_file</c> it pulls in, in order.</summary>
    internal sealed class VmArgsConfig
    {
        // erl follows -args_file recursively; a limit keeps a pathological chain from running away.
        private const int MaximumIncludeDepth = 32;

        private VmArgsConfig(SourceFile file, ImmutableArray<VmArgsEntry> entries, ImmutableArray<ParseError> errors, ImmutableArray<string> filesRead)
        {
            File = file;
            Entries = entries;
            Errors = errors;
            FilesRead = filesRead;
        }

        public SourceFile File { get; }

        public ImmutableArray<VmArgsEntry> Entries { get; }

        public ImmutableArray<ParseError> Errors { get; }

        public ImmutableArray<string> FilesRead { get; }

        /// <summary>The flag that takes effect: erl lets a later occurrence override an earlier one.</summary>
        public VmArgsEntry? Last(string name) => Entries.LastOrDefault(e => e.Name == name);

        public IEnumerable<VmArgsEntry> All(string name) => Entries.Where(e => e.Name == name);

        /// <summary>
        /// The flag that names the node, which makes it a distributed node: <c>-name</c> or <c>-sname</c> with a value,
        /// or the <c>{{node_name}}</c> line of CouchDB's and BigCouch's templates, which their build renders to
        /// <c>-name couchdb@127.0.0.1</c> (CouchDB's configure). Null for a node that is not distributed by its vm.args.
        /// </summary>
        public VmArgsEntry? NodeName => Entries.FirstOrDefault(e => (e.Name is "-name" or "-sname" && e.FirstValue != null) || Placeholders.IsMustache(e.Name, "node_name"));

        public static VmArgsConfig Load(SourceFile file, IConfigFileSource source)
        {
            var reader = new ArgsFileReader(source);
            reader.Read(file);
            return new VmArgsConfig(file, reader.Entries.ToImmutable(), reader.Errors.ToImmutable(), reader.FilesRead.Distinct(StringComparer.Ordinal).ToImmutableArray());
        }

        /// <summary>
        /// Follows <c>-args_file</c> in place, each file parsed once; every time a file's flags are added is charged to
        /// an <see cref="ExpansionBudget"/>, so files that each name the next twice cannot multiply without end.
        /// </summary>
        private sealed class ArgsFileReader
        {
            private readonly IConfigFileSource _source;
            private readonly ExpansionBudget _budget = new();
            private readonly Dictionary<string, VmArgsDocument> _parsed = new(StringComparer.Ordinal);
            private readonly Stack<string> _including = new();

            public ArgsFileReader(IConfigFileSource source) => _source = source;

            public ImmutableArray<VmArgsEntry>.Builder Entries { get; } = ImmutableArray.CreateBuilder<VmArgsEntry>();

            public ImmutableArray<ParseError>.Builder Errors { get; } = ImmutableArray.CreateBuilder<ParseError>();

            public List<string> FilesRead { get; } = new();

            public void Read(SourceFile file)
            {
                _budget.TryReadFile(file.Text.Length, out _);
                ReadParsed(Parse(file));
            }

            private VmArgsDocument Parse(SourceFile file)
            {
                var document = VmArgsParser.Parse(file);
                _parsed[file.FullPath] = document;
                Errors.AddRange(document.Errors);
                return document;
            }

            private void ReadParsed(VmArgsDocument document)
            {
                var file = document.File;
                FilesRead.Add(file.FullPath);
                _including.Push(file.FullPath);
                foreach (var flag in document.Flags)
                {
                    if (flag.Name.Text == "-args_file" && !flag.Values.IsEmpty)
                        Include(file, flag.Values[0]);
                    else
                        Entries.Add(new VmArgsEntry(flag, file));
                }
                _including.Pop();
            }

            private void Include(SourceFile file, VmArgsWord target)
            {
                // A relative -args_file is taken relative to the file naming it (erl itself uses its working directory).
                var path = ConfigPaths.Combine(Path.GetDirectoryName(file.FullPath) ?? "", target.Text);
                var read = _source.Read(path);
                if (read.File == null)
                    Errors.Add(ParseError.Refused(read, file.FullPath, file.Text, target.Span));
                else if (_including.Contains(path, StringComparer.Ordinal))
                    Error(ParseErrorKind.IncludeCycle, file, target, "a file not already being read", "an include cycle");
                else if (_including.Count >= MaximumIncludeDepth)
                    Error(ParseErrorKind.TooDeep, file, target, $"at most {MaximumIncludeDepth} nested -args_file includes", "more");
                else if (!_budget.IsExhausted)
                {
                    var known = _parsed.TryGetValue(path, out var document);
                    var withinBudget = known ? _budget.TryExpand(read.File.Text.Length, out var crossed) : _budget.TryReadFile(read.File.Text.Length, out crossed);
                    if (withinBudget)
                        ReadParsed(document ?? Parse(read.File));
                    else if (crossed != null)
                        Error(ParseErrorKind.ExpansionLimit, file, target, crossed, "more");
                }
            }

            private void Error(ParseErrorKind kind, SourceFile file, VmArgsWord at, string expected, string found) =>
                Errors.Add(new ParseError(kind, file.FullPath, file.Text, at.Span, expected, found));
        }
    }
}
