using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>Loads HOCON files as emqx/hocon does: includes read, duplicate keys merged, substitutions resolved.</summary>
    internal static class HoconLoader
    {
        /// <summary>
        /// Loads <paramref name="fullPaths"/> in order, each merged over the ones before (EMQX 5 reads
        /// base.hocon, then emqx.conf), and resolves substitutions over the merged whole. Never throws
        /// on file content; files that cannot be read are skipped. Includes and substitutions share one
        /// <see cref="ExpansionBudget"/>, so no file can make the result grow without bound.
        /// </summary>
        public static HoconResolution Load(IReadOnlyList<string> fullPaths, IConfigFileSource files)
        {
            var reader = new IncludeReader(files, new ExpansionBudget());
            var buildErrors = new List<ParseError>();
            var replaced = new Dictionary<ConfigValue, ConfigValue>();
            var builder = new RawTreeBuilder(reader, buildErrors, replaced);
            ConfigObject? root = null;
            ConfigObject Root(string filePath, SourceText text) =>
                root ??= new ConfigObject(new ConfigFields(0), new ValueSite(filePath, text, new TextSpan(0, 0), new TextSpan(0, 0)));
            foreach (var path in fullPaths)
            {
                var tree = reader.EnterTopLevel(path, (SourceFile file, TokenBuffer tokens, out ImmutableArray<KeyNode> rootKeys) =>
                    builder.TryAddTokens(Root(file.FullPath, file.Text), file, tokens, out rootKeys), out var built);
                if (tree == null)
                    continue;
                if (!built)
                    builder.AddFile(Root(tree.FilePath, tree.Text), tree);
                reader.Leave(tree);
            }
            var errors = new List<ParseError>();
            foreach (var tree in reader.Trees)
                errors.AddRange(tree.Errors);
            errors.AddRange(reader.Errors);
            errors.AddRange(buildErrors);
            var resolved = root == null ? null : SubstitutionResolver.Resolve(root, replaced, reader.Budget, errors);
            return new HoconResolution(resolved, errors.ToImmutableArray(), reader.Trees.ToImmutableArray());
        }
    }
}
