// TEMPORARY: replaced by the real HOCON parser on merge.
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>stub</summary>
    public sealed class HoconSyntaxTree
    {
        /// <summary>stub</summary>
        public string FilePath { get; } = "";
        /// <summary>stub</summary>
        public ImmutableArray<ParseError> Errors { get; }
        /// <summary>stub</summary>
        public IEnumerable<string> RootKeyNames { get; } = new string[0];
        /// <summary>stub</summary>
        public static HoconSyntaxTree Parse(SourceFile file) => throw new System.NotImplementedException();
    }
    /// <summary>stub</summary>
    public sealed class HoconResolution
    {
        /// <summary>stub</summary>
        public ConfigObject? Root { get; }
        /// <summary>stub</summary>
        public ImmutableArray<ParseError> Errors { get; }
        /// <summary>stub</summary>
        public ImmutableArray<HoconSyntaxTree> Trees { get; }
    }
    /// <summary>stub</summary>
    public static class HoconLoader
    {
        /// <summary>stub</summary>
        public static HoconResolution Load(IReadOnlyList<string> fullPaths, IConfigFileSource files) => throw new System.NotImplementedException();
    }
}
