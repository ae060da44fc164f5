using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers;
using ConfigLint.Cli;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Tests.Cli
{
    /// <summary>
    /// Stands in for the scanner, resolver and rule catalog so the command line is tested without real rules:
    /// it returns the findings it is given and records what the tool asked for.
    /// </summary>
    internal sealed class FakeAnalysis
    {
        public static readonly RuleDefinition ErrorRule = Rule("CL9001", "fake-error", DiagnosticSeverity.Error);
        public static readonly RuleDefinition WarningRule = Rule("CL9002", "fake-warning", DiagnosticSeverity.Warning);
        public static readonly RuleDefinition NoteRule = Rule("CL9003", "fake-note-with-a-long-name", DiagnosticSeverity.Info);

        public List<Diagnostic> Findings { get; } = new();

        public List<ToolNotification> Notifications { get; } = new();

        /// <summary>What <c>--resolve</c> gets back.</summary>
        public ResolvedFile Resolved { get; set; } = new(null, ImmutableArray<Diagnostic>.Empty);

        /// <summary>The options of the last scan, or null when none ran.</summary>
        public ScanOptions? LastScan { get; private set; }

        public string? LastResolvedPath { get; private set; }

        public LintEngine Engine => new(
            options =>
            {
                LastScan = options;
                // Every candidate counts as analysed, so the summary line has files to count.
                return new ScanResult(Findings.ToImmutableArray(), DisplayPaths(options).ToImmutableArray(), Notifications.ToImmutableArray());
            },
            (fullPath, _, _) =>
            {
                LastResolvedPath = fullPath;
                return Resolved;
            },
            () => new[] { ErrorRule, WarningRule, NoteRule });

        /// <summary>Runs the tool in <paramref name="currentDirectory"/> with this fake behind it.</summary>
        public ToolRun Run(string currentDirectory, params string[] args) =>
            ToolRun.Capture((output, error) => Program.Run(args, new ToolEnvironment(output, error, currentDirectory, Engine)));

        /// <summary>The candidate files of the last scan, relative to its base folder.</summary>
        public IReadOnlyList<string> ScannedFiles() => DisplayPaths(LastScan!).ToList();

        private static IEnumerable<string> DisplayPaths(ScanOptions options) =>
            options.Files.Select(f => Path.GetRelativePath(options.BaseDirectory, f).Replace('\\', '/'));

        /// <summary>A finding of <paramref name="rule"/>, at its default severity unless one is given.</summary>
        public static Diagnostic Finding(RuleDefinition rule, string displayPath, int line = 1, int column = 1, DiagnosticSeverity? severity = null)
        {
            var position = new LinePosition(line - 1, column - 1);
            var location = Location.Create(displayPath, new TextSpan(0, 1), new LinePositionSpan(position, position));
            return Diagnostic.Create(rule.Descriptor, location, severity ?? rule.Descriptor.DefaultSeverity, null, null);
        }

        private static RuleDefinition Rule(string id, string name, DiagnosticSeverity severity) => new(
            id,
            name,
            title: $"Fake {name} rule",
            messageFormat: "fake finding of " + name,
            severity,
            cwe: "CWE-1",
            securitySeverity: "5.0",
            why: "Because tests need it.",
            howToFix: "Nothing to fix.",
            new RuleExample("emqx.conf", "hocon", "bad = 1"),
            new RuleExample("emqx.conf", "hocon", "bad = 0"));
    }
}
