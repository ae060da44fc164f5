using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers.Severity
{
    /// <summary>A rule's effective severity for one file and where it was set, for <c>--print-config</c>.</summary>
    public sealed class RuleSeverity
    {
        internal RuleSeverity(RuleDefinition rule, string severity, string origin)
        {
            Rule = rule;
            Severity = severity;
            Origin = origin;
        }

        /// <summary>The rule.</summary>
        public RuleDefinition Rule { get; }

        /// <summary><c>error</c>, <c>warning</c> or <c>note</c> as findings show it; <c>silent</c> (shown nowhere) or <c>none</c> (the rule is off).</summary>
        public string Severity { get; }

        /// <summary>
        /// <c>default</c>, <c>--select</c>, <c>--ignore</c>, or the config file (shown relative to the base folder), the
        /// section that set it and the key: <c>deploy/.editorconfig [*.conf] dotnet_diagnostic.CL1004.severity</c>.
        /// </summary>
        public string Origin { get; }
    }

    /// <summary>
    /// Each finding's effective severity, decided as the C# compiler decides an analyzer diagnostic's: the command
    /// line first (<c>--ignore</c>, and <c>--select</c> leaving the other rules out, as <c>/nowarn</c>), then
    /// <c>dotnet_diagnostic.ID.severity</c> from the file's .editorconfig sections and .globalconfig named sections
    /// (Roslyn's <see cref="AnalyzerConfigSet"/> applies globs, <c>root = true</c> and nearest-wins), then from the
    /// .globalconfig's global section, and only when none of those names the rule the bulk settings
    /// <c>dotnet_analyzer_diagnostic.category-Security.severity</c> and <c>dotnet_analyzer_diagnostic.severity</c>.
    /// <c>none</c> removes the finding, <c>silent</c> makes it hidden, <c>default</c> keeps the rule's own severity.
    /// </summary>
    public sealed class SeverityResolver
    {
        private const string DiagnosticKeyPrefix = "dotnet_diagnostic.";
        private const string SeverityKeySuffix = ".severity";
        private const string BulkKey = "dotnet_analyzer_diagnostic.severity";
        private const string GlobalConfigName = ".globalconfig";

        private readonly SeverityConfiguration _configuration;
        private readonly string _baseDirectory;
        private readonly DisplayPaths _paths;
        // Null when no config file applies (the common run): building Roslyn's set then costs start-up for nothing.
        private readonly AnalyzerConfigSet? _set;
        private readonly ImmutableArray<Diagnostic> _setDiagnostics;
        private readonly Dictionary<AnalyzerConfigFile, AnalyzerConfigSet> _alone = new();

        /// <summary>Reads the config files (with Roslyn's parser) for files shown relative to <paramref name="baseDirectory"/>.</summary>
        public SeverityResolver(SeverityConfiguration configuration, string baseDirectory)
        {
            _configuration = configuration;
            _paths = new DisplayPaths(baseDirectory);
            _baseDirectory = baseDirectory;
            if (configuration.ConfigFiles.Count > 0)
                _set = AnalyzerConfigSet.Create(configuration.ConfigFiles.Select(Parse).ToList(), out _setDiagnostics);
        }

        /// <summary>Every rule's effective severity for the file at <paramref name="fullPath"/>, in id order.</summary>
        public IReadOnlyList<RuleSeverity> Explain(string fullPath) =>
            RuleCatalog.All.Select(rule =>
            {
                var setting = Resolve(rule.Descriptor, fullPath);
                var severity = setting.Report switch
                {
                    ReportDiagnostic.Suppress => "none",
                    ReportDiagnostic.Hidden => "silent",
                    ReportDiagnostic.Default => RuleMarkdown.SeverityName(rule.Descriptor.DefaultSeverity),
                    var report => RuleMarkdown.SeverityName(SeverityOf(report)),
                };
                return new RuleSeverity(rule, severity, setting.Origin ?? ConfigOrigin(fullPath, setting.Key!));
            }).ToList();

        /// <summary>The findings at their effective severities: a rule set to <c>none</c> reports nothing.</summary>
        internal IEnumerable<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                var report = Resolve(diagnostic.Descriptor, ConfigPaths.Combine(_baseDirectory, diagnostic.Location.GetLineSpan().Path)).Report;
                if (report == ReportDiagnostic.Suppress)
                    continue;
                yield return report == ReportDiagnostic.Default ? diagnostic : DiagnosticCopy.With(diagnostic, SeverityOf(report));
            }
        }

        /// <summary>
        /// What Roslyn reported about the config files for the analyzed files (a severity it does not know, global
        /// configs in conflict), each once: the compiler warns about these, and the setting is ignored.
        /// </summary>
        internal IEnumerable<ToolNotification> Notifications(IEnumerable<string> analyzedDisplayPaths) =>
            _set is not { } set
                ? Enumerable.Empty<ToolNotification>()
                : analyzedDisplayPaths
                    .SelectMany(path => set.GetOptionsForSourcePath(ConfigPaths.Combine(_baseDirectory, path)).Diagnostics.Select(d => (path, d)))
                    .Concat(_setDiagnostics.Concat(set.GlobalConfigOptions.Diagnostics).Select(d => (path: "", d)))
                    .GroupBy(p => p.d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                    .Select(g => new ToolNotification(ToolNotificationLevel.Note, g.First().path, null, "ignored: " + g.Key));

        private Setting Resolve(DiagnosticDescriptor descriptor, string fullPath)
        {
            var id = descriptor.Id;
            if (_configuration.Ignored.Contains(id))
                return new Setting(ReportDiagnostic.Suppress, origin: "--ignore");
            if (_configuration.Selected is { } selected && !selected.Contains(id))
                return new Setting(ReportDiagnostic.Suppress, origin: "--select");
            if (_set is not { } set)
                return DefaultSetting;
            var options = set.GetOptionsForSourcePath(fullPath);
            var key = DiagnosticKeyPrefix + id + SeverityKeySuffix;
            if (options.TreeOptions.TryGetValue(id, out var report) || set.GlobalConfigOptions.TreeOptions.TryGetValue(id, out report))
                return new Setting(report, key: key);
            // Bulk configuration applies only to a rule no option names, the category's key before the general one.
            foreach (var bulkKey in new[] { "dotnet_analyzer_diagnostic.category-" + descriptor.Category + SeverityKeySuffix, BulkKey })
            {
                if (options.AnalyzerOptions.TryGetValue(bulkKey, out var value) && TryParseSeverity(value, out report))
                    return new Setting(report, key: bulkKey);
            }
            return DefaultSetting;
        }

        private static Setting DefaultSetting => new(ReportDiagnostic.Default, origin: "default");

        /// <summary>
        /// The config file that set <paramref name="key"/> for the file, and its section: the nearest .editorconfig
        /// setting it on its own wins (Roslyn applies the nearest last), then a .globalconfig.
        /// </summary>
        private string ConfigOrigin(string fullPath, string key)
        {
            bool Sets(AnalyzerConfigOptionsResult options) =>
                key.StartsWith(DiagnosticKeyPrefix, StringComparison.Ordinal)
                    ? options.TreeOptions.ContainsKey(key.Substring(DiagnosticKeyPrefix.Length, key.Length - DiagnosticKeyPrefix.Length - SeverityKeySuffix.Length))
                    : options.AnalyzerOptions.ContainsKey(key);

            var editorConfigs = _configuration.ConfigFiles
                .Where(f => !IsGlobal(f) && fullPath.StartsWith(Path.GetDirectoryName(f.FullPath)!.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .OrderByDescending(f => f.FullPath.Length);
            foreach (var file in editorConfigs)
            {
                if (Sets(Alone(file).GetOptionsForSourcePath(fullPath)))
                    return $"{_paths.Display(file.FullPath)} {Section(file, fullPath, Sets)} {key}";
                if (file.IsRoot)
                    break;
            }
            foreach (var file in _configuration.ConfigFiles.Where(IsGlobal))
            {
                var alone = Alone(file);
                if (Sets(alone.GlobalConfigOptions))
                    return $"{_paths.Display(file.FullPath)} (global section) {key}";
                if (Sets(alone.GetOptionsForSourcePath(fullPath)))
                    return $"{_paths.Display(file.FullPath)} [{fullPath}] {key}";
            }
            return key;
        }

        /// <summary>
        /// The header of the last section of <paramref name="file"/> that sets the key for the file: the shortest tail
        /// of the file that still sets it starts there (lines before a header belong to no section), as Roslyn reads it.
        /// </summary>
        private static string Section(AnalyzerConfigFile file, string fullPath, Func<AnalyzerConfigOptionsResult, bool> sets)
        {
            var text = SourceText.From(file.Text);
            for (int line = text.Lines.Count - 1; line >= 0; line--)
            {
                var tail = text.GetSubText(TextSpan.FromBounds(text.Lines[line].Start, text.Length)).ToString();
                if (sets(AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(tail, file.FullPath) }).GetOptionsForSourcePath(fullPath)))
                    return text.Lines[line].ToString().Trim();
            }
            return "";
        }

        private AnalyzerConfigSet Alone(AnalyzerConfigFile file)
        {
            if (!_alone.TryGetValue(file, out var set))
                _alone[file] = set = AnalyzerConfigSet.Create(new[] { Parse(file) });
            return set;
        }

        private static AnalyzerConfig Parse(AnalyzerConfigFile file) => AnalyzerConfig.Parse(file.Text, file.FullPath);

        private static bool IsGlobal(AnalyzerConfigFile file) =>
            string.Equals(Path.GetFileName(file.FullPath), GlobalConfigName, StringComparison.OrdinalIgnoreCase);

        /// <summary>The values Roslyn's compiler takes for a bulk severity key (its own parser is internal).</summary>
        private static bool TryParseSeverity(string value, out ReportDiagnostic severity)
        {
            severity = value.ToLowerInvariant() switch
            {
                "default" => ReportDiagnostic.Default,
                "error" => ReportDiagnostic.Error,
                "warning" => ReportDiagnostic.Warn,
                "suggestion" => ReportDiagnostic.Info,
                "silent" or "refactoring" => ReportDiagnostic.Hidden,
                "none" => ReportDiagnostic.Suppress,
                _ => (ReportDiagnostic)(-1),
            };
            return severity != (ReportDiagnostic)(-1);
        }

        private static DiagnosticSeverity SeverityOf(ReportDiagnostic report) => report switch
        {
            ReportDiagnostic.Error => DiagnosticSeverity.Error,
            ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
            ReportDiagnostic.Info => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        };

        /// <summary>A severity and where it came from: an origin of its own, or the config key that set it.</summary>
        private readonly struct Setting
        {
            public Setting(ReportDiagnostic report, string? origin = null, string? key = null)
            {
                Report = report;
                Origin = origin;
                Key = key;
            }

            public ReportDiagnostic Report { get; }

            public string? Origin { get; }

            public string? Key { get; }
        }
    }
}
