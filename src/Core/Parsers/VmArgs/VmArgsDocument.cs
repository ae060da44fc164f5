using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.VmArgs
{
    /// <summary>A word of a vm.args line: a flag or one of its values, unquoted, with where it is written.</summary>
    internal sealed class VmArgsWord
    {
        internal VmArgsWord(string text, TextSpan span)
        {
            Text = text;
            Span = span;
        }

        /// <summary>The word without its quotes.</summary>
        public string Text { get; }

        /// <summary>Where the word is written, quotes included.</summary>
        public TextSpan Span { get; }
    }

    /// <summary>
    /// One emulator flag (<c>-name</c>, <c>+P</c>, <c>-kernel</c>) with the values that follow it on its line,
    /// e.g. <c>-kernel inet_dist_listen_min 6369</c>.
    /// </summary>
    internal sealed class VmArgsFlag
    {
        internal VmArgsFlag(VmArgsWord name, ImmutableArray<VmArgsWord> values)
        {
            Name = name;
            Values = values;
        }

        /// <summary>The flag itself, with its leading <c>-</c> or <c>+</c>.</summary>
        public VmArgsWord Name { get; }

        /// <summary>The words after it up to the next flag or the end of the line.</summary>
        public ImmutableArray<VmArgsWord> Values { get; }
    }

    /// <summary>An Erlang <c>vm.args</c> file: one or more flags per line, <c>#</c> comments.</summary>
    internal sealed class VmArgsDocument
    {
        internal VmArgsDocument(SourceFile file, ImmutableArray<VmArgsFlag> flags, ImmutableArray<ParseError> errors)
        {
            File = file;
            Flags = flags;
            Errors = errors;
        }

        /// <summary>The file that was read.</summary>
        public SourceFile File { get; }

        /// <summary>Every flag in file order.</summary>
        public ImmutableArray<VmArgsFlag> Flags { get; }

        /// <summary>Words that belong to no flag, unterminated quotes, and the file's decoding errors.</summary>
        public ImmutableArray<ParseError> Errors { get; }
    }
}
