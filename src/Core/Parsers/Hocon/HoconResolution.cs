using System.Collections.Immutable;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>The result of loading HOCON files: the resolved configuration, every file read, and every problem found.</summary>
    internal sealed class HoconResolution
    {
        internal HoconResolution(ConfigObject? root, ImmutableArray<ParseError> errors, ImmutableArray<HoconSyntaxTree> trees)
        {
            Root = root;
            Errors = errors;
            Trees = trees;
        }

        /// <summary>The merged, resolved configuration; null only when no file could be read.</summary>
        public ConfigObject? Root { get; }

        /// <summary>The syntax errors of every file read, then include and resolution errors.</summary>
        public ImmutableArray<ParseError> Errors { get; }

        /// <summary>Every file read, included ones too, in read order.</summary>
        public ImmutableArray<HoconSyntaxTree> Trees { get; }
    }
}
