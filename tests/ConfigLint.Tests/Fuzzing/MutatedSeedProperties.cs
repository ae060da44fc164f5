using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Fuzz;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit;

namespace ConfigLint.Tests.Fuzzing
{
    /// <summary>
    /// Every seed file of every parser, mutated (bits flipped, structural text inserted, slices deleted, copied or
    /// repeated, the file cut short), parses without an exception and with every error and span inside its text.
    /// </summary>
    public sealed class MutatedSeedProperties
    {
        /// <summary>Per seed file: about 7,000 parses in all, a few seconds.</summary>
        private const int MutationsPerSeed = 24;

        /// <summary>Shallow repeats: the fuzz driver goes deep; here a failing case should shrink quickly.</summary>
        private const int MaxRepeat = 64;

        private static readonly Lazy<IReadOnlyList<ParserTarget>> Targets = new(() =>
            FuzzTarget.All(SeedCorpus.FromRepository(TestPaths.RepositoryRoot)).OfType<ParserTarget>().ToList());

        public static IEnumerable<object[]> ParserSeeds() =>
            Targets.Value.SelectMany(target => target.Seeds.Select((seed, index) =>
                new object[] { target.Name, index, Path.GetFileName(seed.Path) }));

        [Theory]
        [MemberData(nameof(ParserSeeds))]
        public void Mutated_seed_parses_without_exception_and_with_every_span_inside_the_text(string target, int seedIndex, string seedName)
        {
            var parser = Targets.Value.Single(t => t.Name == target);
            var seed = parser.Seeds[seedIndex];
            Assert.Equal(seedName, Path.GetFileName(seed.Path));
            var property = Prop.ForAll(MutationLists(), mutations => parser.Check(Mutations.Apply(seed.Bytes, mutations)));
            // Fixed per seed file, so every run of the suite tries the same inputs: the fuzz driver is what explores.
            var replay = new Replay(new Rnd((ulong)seedIndex + 1, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None);
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(MutationsPerSeed).WithQuietOnSuccess(true).WithReplay(replay), property);
        }

        /// <summary>One to eight mutations; shrinking drops mutations, then shortens their slices and repeats.</summary>
        private static Arbitrary<Mutation[]> MutationLists()
        {
            var kinds = Enum.GetValues<MutationKind>();
            var mutation =
                from kind in Gen.Elements(kinds)
                from position in Gen.Choose(0, int.MaxValue)
                from length in Gen.Choose(1, 256)
                from argument in kind switch
                {
                    MutationKind.FlipBits => Gen.Choose(1, 255),
                    MutationKind.InsertToken => Gen.Choose(0, Mutations.StructuralTokens.Count - 1),
                    MutationKind.InsertByte => Gen.Choose(0, 255),
                    MutationKind.RepeatSlice => Gen.Choose(2, MaxRepeat),
                    _ => Gen.Choose(0, int.MaxValue),
                }
                select new Mutation(kind, position, length, argument);
            var lists = Gen.Choose(1, 8).SelectMany(count => mutation.ArrayOf(count));
            return Arb.From(lists, Shrink);
        }

        private static IEnumerable<Mutation[]> Shrink(Mutation[] mutations)
        {
            for (var i = 0; i < mutations.Length && mutations.Length > 1; i++)
                yield return mutations.Where((_, j) => j != i).ToArray();
            for (var i = 0; i < mutations.Length; i++)
            {
                var m = mutations[i];
                if (m.Length > 1)
                    yield return Replace(mutations, i, m with { Length = m.Length / 2 });
                if (m.Kind == MutationKind.RepeatSlice && m.Argument > 2)
                    yield return Replace(mutations, i, m with { Argument = m.Argument / 2 + 1 });
            }
        }

        private static Mutation[] Replace(Mutation[] mutations, int index, Mutation replacement)
        {
            var copy = (Mutation[])mutations.Clone();
            copy[index] = replacement;
            return copy;
        }
    }
}
