using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>
    /// Fixture tests are data: every config file under tests/fixtures has a `.expected` file beside it (same name,
    /// last extension `.conf`/`.hocon`/`.args`, or a release template's `.src`/`.eex`/`.template`, or an Erlang `.config`, replaced) with one line per finding: `CL1003 4:12` for the file itself, or
    /// `CL1003 other/file.hocon:4:12` for a finding in a file it includes, followed by the severity when it is not
    /// the rule's default (`CL2005 4:38 note`), then `suppressed` when a suppression comment suppressed it. `#` lines are comments; an empty file means the fixture must be
    /// clean. Each file is scanned alone, as a pre-commit hook passes it.
    /// </summary>
    public class FixtureTests
    {
        private static readonly string[] ConfigExtensions = { ".conf", ".hocon", ".args", ".src", ".eex", ".template", ".config" };

        public static IEnumerable<object[]> Fixtures() =>
            Directory.EnumerateFiles(TestPaths.Fixtures, "*", SearchOption.AllDirectories)
                .Where(f => ConfigExtensions.Contains(Path.GetExtension(f)))
                .Select(f => Path.GetRelativePath(TestPaths.Fixtures, f).Replace('\\', '/'))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new object[] { f });

        [Theory]
        [MemberData(nameof(Fixtures))]
        public void Fixture_produces_exactly_the_expected_findings(string fixture)
        {
            var path = Path.Combine(TestPaths.Fixtures, fixture);
            var expectedPath = Path.ChangeExtension(path, ".expected");
            Assert.True(File.Exists(expectedPath), $"{fixture} has no {Path.GetFileName(expectedPath)} beside it");

            // Run from the fixtures root, as a pre-commit hook runs from the repository root: a fixture's sibling
            // folders (the other nodes of a cluster) are inside it.
            var result = ConfigScanner.Scan(TestScans.Options(TestPaths.Fixtures, new[] { path }));

            var expected = File.ReadAllLines(expectedPath)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .ToList();
            var actual = result.Diagnostics.Select(d => Describe(d, fixture)).ToList();
            Assert.Equal(expected, actual);
        }

        /// <param name="diagnostic">A finding.</param>
        /// <param name="fixture">The scanned file, as a path relative to the folder the scan ran in.</param>
        internal static string Describe(Diagnostic diagnostic, string fixture)
        {
            var span = diagnostic.Location.GetLineSpan();
            var fixtureFolder = Path.GetDirectoryName(fixture);
            var fromFixtureFolder = string.IsNullOrEmpty(fixtureFolder) ? span.Path : Path.GetRelativePath(fixtureFolder, span.Path).Replace('\\', '/');
            var position = $"{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";
            var where = span.Path == fixture ? position : $"{fromFixtureFolder}:{position}";
            var severity = diagnostic.Severity == diagnostic.Descriptor.DefaultSeverity ? "" : " " + RuleMarkdown.SeverityName(diagnostic.Severity);
            var suppressed = diagnostic.IsSuppressed ? " suppressed" : "";
            return $"{diagnostic.Id} {where}{severity}{suppressed}";
        }
    }
}
