using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>Loads HOCON files as emqx/hocon does: includes read, duplicate keys merged, substitutions resolved.</summary>
    public static class HoconLoader
    {
        /// <summary>
        /// Loads <paramref name="fullPaths"/> in order, each merged over the ones before (EMQX 5 reads
        /// base.hocon, then emqx.conf), and resolves substitutions over the merged whole. Never throws
        /// on file content; files that cannot be read are skipped.
        /// </summary>
        public static HoconResolution Load(IReadOnlyList<string> fullPaths, IConfigFileSource files)
        {
            var reader = new IncludeReader(files);
            var builder = new RawTreeBuilder(reader);
            RawObject? root = null;
            foreach (var path in fullPaths)
            {
                var tree = reader.EnterTopLevel(path);
                if (tree == null)
                    continue;
                root ??= new RawObject(new ConfigOrigin(tree.FilePath, tree.Text, new TextSpan(0, 0), new TextSpan(0, 0)));
                builder.AddFile(root, tree, new List<string>());
                reader.Leave(tree);
            }
            var errors = new List<ParseError>();
            foreach (var tree in reader.Trees)
                errors.AddRange(tree.Errors);
            errors.AddRange(reader.Errors);
            var resolved = root == null ? null : SubstitutionResolver.Resolve(root, errors);
            return new HoconResolution(resolved, errors.ToImmutableArray(), reader.Trees.ToImmutableArray());
        }
    }
}
