using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ConfigLint.Parsers;
using ConfigLint.Parsers.Hocon;
using Xunit;

namespace ConfigLint.Tests.Hocon
{
    /// <summary>
    /// Loads every corpus file that has an emqx/hocon reference result and compares: the same
    /// resolved JSON where the reference loaded the file, an error (on the reported line, when one
    /// is given) where it refused it.
    /// </summary>
    public sealed class ReferenceDifferentialTests
    {
        private static string ReferenceRoot => Path.Combine(TestPaths.Corpus, "emqx", "reference", "v5");

        private static string CorpusRoot => Path.Combine(TestPaths.Corpus, "emqx", "v5");

        /// <summary>Files where this parser knowingly differs from emqx/hocon, with the reason.</summary>
        private static readonly Dictionary<string, string> KnownDifferences = new Dictionary<string, string>
        {
        };

        public static IEnumerable<object[]> ReferenceFiles() =>
            Directory.EnumerateFiles(ReferenceRoot, "*.json", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(ReferenceRoot, path).Replace('\\', '/'))
                .Select(relative => relative.Substring(0, relative.Length - ".json".Length))
                .Where(relative => !KnownDifferences.ContainsKey(relative))
                .OrderBy(relative => relative, StringComparer.Ordinal)
                .Select(relative => new object[] { relative });

        [Theory]
        [MemberData(nameof(ReferenceFiles))]
        public void LoadsLikeEmqxHocon(string relativePath)
        {
            var fullPath = Path.Combine(CorpusRoot, relativePath);
            var reference = JsonNode.Parse(File.ReadAllText(Path.Combine(ReferenceRoot, relativePath + ".json")))!.AsObject();
            var result = HoconLoader.Load(new[] { fullPath }, TestScans.DiskSource(CorpusRoot, new[] { fullPath }));

            if (reference.TryGetPropertyValue("ok", out var expected))
            {
                // An include outside the scanned tree (test08's absolute one) is a note for the user, not an error.
                var errors = result.Errors.Where(e => e.Kind != ParseErrorKind.OutsideScannedTree).ToImmutableArray();
                Assert.True(errors.IsEmpty, "unexpected errors: " + Describe(errors));
                var actual = JsonNode.Parse(ConfigJson.Write(result.Root!, _ => false));
                var difference = JsonDifference(expected, actual, "$");
                Assert.True(difference == null, difference);
                return;
            }

            Assert.False(result.Errors.IsEmpty, "expected an error like " + reference["error"]);
            if (reference.TryGetPropertyValue("line", out var line))
            {
                var expectedLine = line!.GetValue<int>();
                Assert.True(result.Errors.Any(e => e.LineSpan.Start.Line + 1 == expectedLine),
                    "no error on line " + expectedLine + ": " + Describe(result.Errors));
            }
        }

        [Fact]
        public void KnownDifferencesNameReferenceFiles()
        {
            foreach (var relative in KnownDifferences.Keys)
                Assert.True(File.Exists(Path.Combine(ReferenceRoot, relative + ".json")), relative);
        }

        private static string Describe(IEnumerable<ParseError> errors) =>
            string.Join("; ", errors.Select(e => $"{e.Kind} {Path.GetFileName(e.FilePath)}:{e.LineSpan.Start.Line + 1}:{e.LineSpan.Start.Character + 1} expected {e.Expected} found {e.Found}"));

        /// <summary>Where two JSON trees differ (numbers by lexeme), or null.</summary>
        private static string? JsonDifference(JsonNode? expected, JsonNode? actual, string path)
        {
            switch (expected)
            {
                case null:
                    return actual == null ? null : path + ": expected null";
                case JsonObject expectedObject:
                    if (actual is not JsonObject actualObject)
                        return path + ": expected an object";
                    var keys = expectedObject.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
                    var actualKeys = actualObject.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
                    if (!keys.SequenceEqual(actualKeys))
                        return path + ": keys [" + string.Join(",", keys) + "] != [" + string.Join(",", actualKeys) + "]";
                    foreach (var key in keys)
                    {
                        var difference = JsonDifference(expectedObject[key], actualObject[key], path + "." + key);
                        if (difference != null)
                            return difference;
                    }
                    return null;
                case JsonArray expectedArray:
                    if (actual is not JsonArray actualArray || actualArray.Count != expectedArray.Count)
                        return path + ": expected an array of " + expectedArray.Count + ", got " + actual?.ToJsonString();
                    for (var i = 0; i < expectedArray.Count; i++)
                    {
                        var difference = JsonDifference(expectedArray[i], actualArray[i], path + "[" + i + "]");
                        if (difference != null)
                            return difference;
                    }
                    return null;
                default:
                    var expectedText = expected.ToJsonString();
                    var actualText = actual?.ToJsonString();
                    return expectedText == actualText ? null : path + ": expected " + expectedText + ", got " + actualText;
            }
        }
    }
}
