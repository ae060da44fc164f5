using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ConfigLint.Tests.Properties
{
    /// <summary>Building blocks for generating valid documents.</summary>
    internal static class Generators
    {
        public const string Lower = "abcdefghijklmnopqrstuvwxyz";
        public const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        public const string Digits = "0123456789";

        /// <summary>A string of <paramref name="min"/> to <paramref name="max"/> characters drawn from the alphabet.</summary>
        public static Gen<string> StringOf(string alphabet, int min, int max) =>
            Gen.Choose(min, max).SelectMany(n => Gen.Elements(alphabet.ToCharArray()).ArrayOf(n)).Select(chars => new string(chars));

        /// <summary>A letter of the first alphabet, then up to <paramref name="max"/> of the second, never one of the excluded words.</summary>
        public static Gen<string> Name(string first, string rest, int max, params string[] excluded) =>
            (from head in Gen.Elements(first.ToCharArray())
             from tail in StringOf(rest, 0, max)
             select head + tail).Where(name => !excluded.Contains(name));

        /// <summary>Between <paramref name="min"/> and <paramref name="max"/> items.</summary>
        public static Gen<T[]> Several<T>(Gen<T> item, int min, int max) =>
            Gen.Choose(min, max).SelectMany(item.ArrayOf);

        /// <summary>The parts joined, each gap filled by its own draw of the separator.</summary>
        public static Gen<string> JoinWith(Gen<string> separator, IReadOnlyList<string> parts) =>
            separator.ArrayOf(System.Math.Max(parts.Count - 1, 0))
                .Select(gaps => string.Concat(parts.Select((part, i) => i == 0 ? part : gaps[i - 1] + part)));
    }
}
