using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ConfigLint.Parsers;
using ConfigLint.Parsers.Hocon;
using Xunit;

namespace ConfigLint.Tests.Hocon
{
    /// <summary>Every corpus file, whatever its format, parses without an exception and its tokens and trivia reproduce it.</summary>
    public sealed class CorpusFidelityTests
    {
        public static IEnumerable<object[]> CorpusFiles() =>
            Directory.EnumerateFiles(Path.Combine(TestPaths.Corpus, "emqx"), "*", SearchOption.AllDirectories)
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => new object[] { Path.GetRelativePath(TestPaths.Corpus, path) });

        [Theory]
        [MemberData(nameof(CorpusFiles))]
        public void TokensAndTriviaReproduceTheFile(string relativePath)
        {
            var fullPath = Path.Combine(TestPaths.Corpus, relativePath);
            var tree = HoconSyntaxTree.Parse(SourceFile.DecodeUtf8(fullPath, File.ReadAllBytes(fullPath)));

            var rebuilt = new StringBuilder();
            var position = 0;
            foreach (var token in tree.Tokens)
            {
                Assert.Equal(position, token.Span.Start);
                rebuilt.Append(tree.Text.ToString(token.Span));
                position = token.Span.End;
            }
            Assert.Equal(tree.Text.ToString(), rebuilt.ToString());
            Assert.Equal(tree.Text.Length, position);
        }
    }
}
