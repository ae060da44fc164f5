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

        private HoconSyntaxTree(string filePath, SourceText text, ObjectNode root, ImmutableArray<ParseError> errors)
        {
            FilePath = filePath;
            Text = text;
            Root = root;
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

        /// <summary>The root object (with or without braces in the file).</summary>
        internal ObjectNode Root { get; }

        /// <summary>The first path segment of each top-level field (also inside a root <c>{ }</c>), in order, repeats included.</summary>
        public ImmutableArray<string> RootKeyNames
        {
            get
            {
                var names = ImmutableArray.CreateBuilder<string>();
                foreach (var member in Root.Members)
                {
                    if (member is FieldNode fieldNode && fieldNode.Key.SegmentCount > 0)
                        names.Add(TokenValues.SegmentName(Text, fieldNode.Key.Token, fieldNode.Key.Segment(Text, 0)));
                }
                return names.ToImmutable();
            }
        }

        /// <summary>Parses a decoded file; its decoding errors come first in <see cref="Errors"/>.</summary>
        public static HoconSyntaxTree Parse(SourceFile file)
        {
            var errors = new List<ParseError>(file.DecodingErrors);
            ObjectNode root;
            using (var tokens = Lexer.LexSignificant(file.Text, file.FullPath, errors))
                root = Parser.Parse(file.Text, file.FullPath, tokens, errors);
            return new HoconSyntaxTree(file.FullPath, file.Text, root, errors.ToImmutableArray());
        }
    }
}
