using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers;
using ConfigLint.Analyzers.Severity;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.CompilerAnalyzer
{
    /// <summary>The findings of one compilation's additional files, by the full path of the file they are in.</summary>
    internal sealed class CompilerScan
    {
        /// <summary>Set by the package's targets file: findings name files relative to the project.</summary>
        private const string ProjectDirectoryKey = "build_property.MSBuildProjectDirectory";

        /// <summary>A file the scan could not check (it could not be read, or a rule failed on it): the compiler's AD0001 for one file.</summary>
        internal static readonly DiagnosticDescriptor CouldNotCheck = new(
            "CL0000",
            "ConfigLint could not check a file",
            "{0}",
            category: "ConfigLint",
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        private readonly ImmutableDictionary<string, ImmutableArray<Diagnostic>> _findings;

        private CompilerScan(ImmutableDictionary<string, ImmutableArray<Diagnostic>> findings) => _findings = findings;

        public IEnumerable<Diagnostic> FindingsIn(string path) =>
            _findings.TryGetValue(ConfigPaths.Normalize(path), out var findings) ? findings : Enumerable.Empty<Diagnostic>();

        public static CompilerScan Run(AnalyzerOptions options)
        {
            var files = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
            foreach (var file in options.AdditionalFiles)
            {
                if (Path.IsPathRooted(file.Path))
                    files[ConfigPaths.Normalize(file.Path)] = file;
            }
            var configFiles = files
                .Where(file => IsAnalyzerConfig(file.Key) && file.Value.GetText() != null)
                .Select(file => new AnalyzerConfigFile(file.Key, file.Value.GetText()!.ToString()))
                .ToList();
            var baseDirectory = BaseDirectory(options, files.Keys);
            var result = ConfigScanner.Scan(new ScanOptions(baseDirectory, files.Keys.Where(path => !IsAnalyzerConfig(path)).ToList(), new AdditionalFileSource(files))
            {
                Severities = new SeverityConfiguration(configFiles),
            });
            var findings = result.Diagnostics
                .Where(finding => !finding.IsSuppressed)
                .Select(finding => ConfigScanner.AtPath(finding, ConfigPaths.Combine(baseDirectory, finding.Location.GetLineSpan().Path)))
                .Concat(result.Notifications
                    .Where(notification => notification.Level == ToolNotificationLevel.Error)
                    .Select(notification => Diagnostic.Create(CouldNotCheck, At(ConfigPaths.Combine(baseDirectory, notification.DisplayPath), notification.Position), notification.Message)));
            return new CompilerScan(findings
                .GroupBy(finding => finding.Location.GetLineSpan().Path, StringComparer.Ordinal)
                .ToImmutableDictionary(group => group.Key, group => group.ToImmutableArray(), StringComparer.Ordinal));
        }

        private static bool IsAnalyzerConfig(string path) =>
            Path.GetFileName(path) is ".editorconfig" or ".globalconfig";

        /// <summary>The project's folder, or where there is none (a compiler called by hand) the folder holding every additional file.</summary>
        private static string BaseDirectory(AnalyzerOptions options, IReadOnlyCollection<string> files)
        {
            if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ProjectDirectoryKey, out var project) && Path.IsPathRooted(project))
                return ConfigPaths.Normalize(project);
            var folders = files.Select(Path.GetDirectoryName).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var common = folders.FirstOrDefault();
            while (common != null && !folders.All(folder => IsWithin(folder, common)))
                common = Path.GetDirectoryName(common);
            return common ?? folders.FirstOrDefault() ?? Path.DirectorySeparatorChar.ToString();
        }

        private static bool IsWithin(string folder, string ancestor) =>
            folder == ancestor || folder.StartsWith(ancestor.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        private static Location At(string fullPath, LinePosition? position)
        {
            var at = position ?? new LinePosition(0, 0);
            return Location.Create(fullPath, default, new LinePositionSpan(at, at));
        }
    }
}
