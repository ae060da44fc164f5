using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
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

        public static VmArgsConfig Load(SourceFile file, IConfigFileSource source)
        {
            var entries = ImmutableArray.CreateBuilder<VmArgsEntry>();
            var errors = ImmutableArray.CreateBuilder<ParseError>();
            var filesRead = ImmutableArray.CreateBuilder<string>();
            Read(file, source, new Stack<string>(), entries, errors, filesRead);
            return new VmArgsConfig(file, entries.ToImmutable(), errors.ToImmutable(), filesRead.ToImmutable());
        }

        private static void Read(SourceFile file, IConfigFileSource source, Stack<string> including, ImmutableArray<VmArgsEntry>.Builder entries, ImmutableArray<ParseError>.Builder errors, ImmutableArray<string>.Builder filesRead)
        {
            var document = VmArgsParser.Parse(file);
            errors.AddRange(document.Errors);
            filesRead.Add(file.FullPath);
            including.Push(file.FullPath);
            foreach (var flag in document.Flags)
            {
                if (flag.Name.Text != "-args_file" || flag.Values.IsEmpty)
                {
                    entries.Add(new VmArgsEntry(flag, file));
                    continue;
                }
                var target = flag.Values[0];
                // A relative -args_file is taken relative to the file naming it (erl itself uses its working directory).
                var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file.FullPath) ?? "", target.Text));
                var included = source.TryRead(path);
                if (included == null)
                    errors.Add(new ParseError(ParseErrorKind.MissingInclude, file.FullPath, file.Text, target.Span, "a readable file", "no such file"));
                else if (including.Contains(path, StringComparer.Ordinal))
                    errors.Add(new ParseError(ParseErrorKind.IncludeCycle, file.FullPath, file.Text, target.Span, "a file not already being read", "an include cycle"));
                else if (including.Count >= MaximumIncludeDepth)
                    errors.Add(new ParseError(ParseErrorKind.TooDeep, file.FullPath, file.Text, target.Span, $"at most {MaximumIncludeDepth} nested -args_file includes", "more"));
                else
                    Read(included, source, including, entries, errors, filesRead);
            }
            including.Pop();
        }
    }
}
