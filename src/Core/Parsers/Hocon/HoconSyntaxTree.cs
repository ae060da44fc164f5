using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>
    /// A HOCON file parsed as emqx/hocon reads it, keeping every character: tokens and trivia
    /// (whitespace, newlines, comments) together cover the text exactly. Parsing never throws;
    /// problems are in <see cref="Errors"/>.
    /// </summary>
    internal sealed class HoconSyntaxTree
    {
        private ImmutableArray<SyntaxToken> _tokens;
        private ObjectNode? _root;
        // The top-level keys of a file whose values were built without a syntax tree (default otherwise).
        private readonly ImmutableArray<KeyNode> _rootKeys;

        private HoconSyntaxTree(string filePath, SourceText text, ObjectNode? root, ImmutableArray<KeyNode> rootKeys, ImmutableArray<ParseError> errors)
        {
            FilePath = filePath;
            Text = text;
            _root = root;
            _rootKeys = rootKeys;
            Errors = errors;
        }

        /// <summary>The full path of the file.</summary>
        public string FilePath { get; }

        /// <summary>The file's text.</summary>
        public SourceText Text { get; }

        /// <summary>The file's decoding errors and syntax errors, in order of position within each.</summary>
        public ImmutableArray<ParseError> Errors { get; }

        /// <summary>
        /// Every token and trivia in order, ending with an empty end-of-file token. Lexed again when first asked for:
        /// loading needs only the tree, and keeping every trivia token of a large file would cost more than the file.
        /// </summary>
        internal ImmutableArray<SyntaxToken> Tokens
        {
            get
            {
                if (_tokens.IsDefault)
                    _tokens = Lexer.Lex(Text, FilePath, new List<ParseError>());
                return _tokens;
            }
        }

        /// <summary>
        /// The root object (with or without braces in the file). Parsed again when first asked for if the file's values
        /// were built without a syntax tree: the loader needs it then only for a file included or listed a second time.
        /// </summary>
        internal ObjectNode Root
        {
            get
            {
                if (_root == null)
                {
                    using var tokens = Lexer.LexSignificant(Text, FilePath, new List<ParseError>());
                    _root = Parser.Parse(Text, FilePath, tokens, new List<ParseError>());
                }
                return _root;
            }
        }

        /// <summary>Whether the file's values were built straight from its tokens, with no syntax tree made.</summary>
        internal bool BuiltDirectly => !_rootKeys.IsDefault;

        /// <summary>The first path segment of each top-level field (also inside a root <c>{ }</c>), in order, repeats included.</summary>
        public ImmutableArray<string> RootKeyNames
        {
            get
            {
                var names = ImmutableArray.CreateBuilder<string>();
                if (BuiltDirectly)
                {
                    foreach (var key in _rootKeys)
                        AddFirstSegment(names, key);
                }
                else
                {
                    foreach (var member in Root.Members)
                    {
                        if (member is FieldNode fieldNode)
                            AddFirstSegment(names, fieldNode.Key);
                    }
                }
                return names.ToImmutable();
            }
        }

        private void AddFirstSegment(ImmutableArray<string>.Builder names, KeyNode key)
        {
            if (key.SegmentCount > 0)
                names.Add(TokenValues.SegmentName(Text, key.Token, key.Segment(Text, 0)));
        }

        /// <summary>
        /// Parses a decoded file; its decoding errors come first in <see cref="Errors"/>. A file the lexer finds no
        /// error in is offered to <paramref name="build"/> first: the syntax tree of a 5 MB file is a third of what
        /// loading it allocates.
        /// </summary>
        internal static HoconSyntaxTree Parse(SourceFile file, IDirectBuild? build = null)
        {
            var errors = new List<ParseError>();
            // By element: the list's constructor would box the immutable array.
            foreach (var decodingError in file.DecodingErrors)
                errors.Add(decodingError);
            using var tokens = Lexer.LexSignificant(file.Text, file.FullPath, errors);
            if (build != null && errors.Count == file.DecodingErrors.Length && build.TryBuild(file, tokens, out var rootKeys))
                return new HoconSyntaxTree(file.FullPath, file.Text, null, rootKeys, errors.ToImmutableArray());
            var root = Parser.Parse(file.Text, file.FullPath, tokens, errors);
            return new HoconSyntaxTree(file.FullPath, file.Text, root, default, errors.ToImmutableArray());
        }
    }

    /// <summary>Builds a file's values straight from its tokens, with no syntax tree made (<see cref="RawTreeBuilder"/>).</summary>
    internal interface IDirectBuild
    {
        /// <summary>
        /// Builds a file's values straight from its tokens when it can (no syntax errors, no includes); false when it
        /// cannot, having changed nothing. <paramref name="rootKeys"/>: the key of each top-level field, in order.
        /// </summary>
        bool TryBuild(SourceFile file, TokenBuffer tokens, out ImmutableArray<KeyNode> rootKeys);
    }
}
