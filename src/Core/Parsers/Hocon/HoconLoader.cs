using System.Collections.Generic;
using System.Collections.Immutable;

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
            var builder = new RawTreeBuilder(reader);
            // By index: enumerating the list through its interface would box an enumerator.
            for (var i = 0; i < fullPaths.Count; i++)
            {
                var tree = reader.EnterTopLevel(fullPaths[i], builder, out var built);
                if (tree == null)
                    continue;
                if (!built)
                    builder.AddTopLevel(tree);
                reader.Leave(tree);
            }
            var errors = new List<ParseError>();
            foreach (var tree in reader.Trees)
            {
                // By element: AddRange would box the immutable array.
                foreach (var error in tree.Errors)
                    errors.Add(error);
            }
            AddAll(errors, reader.Errors);
            AddAll(errors, builder.Errors);
            // A tree without pending values is its own resolution: resolving it would change nothing and report nothing.
            var resolved = builder.Root == null || !builder.HasPendingValues
                ? builder.Root
                : SubstitutionResolver.Resolve(builder.Root, builder.Replaced, reader.Budget, errors);
            return new HoconResolution(resolved, errors.ToImmutableArray(), reader.Trees.ToImmutableArray());
        }

        private static void AddAll(List<ParseError> errors, IReadOnlyList<ParseError>? more)
        {
            if (more == null)
                return;
            for (var i = 0; i < more.Count; i++)
                errors.Add(more[i]);
        }
    }
}
