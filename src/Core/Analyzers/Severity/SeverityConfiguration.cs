using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Severity
{
    /// <summary>An <c>.editorconfig</c> or <c>.globalconfig</c> file the host read: its full path and text.</summary>
    public sealed class AnalyzerConfigFile
    {
        /// <summary>A config file; <paramref name="fullPath"/> decides the folder its sections apply under.</summary>
        public AnalyzerConfigFile(string fullPath, string text)
        {
            FullPath = fullPath;
            Text = text;
        }

        /// <summary>The file's full path.</summary>
        public string FullPath { get; }

        /// <summary>The file's text.</summary>
        public string Text { get; }

        /// <summary>
        /// Whether Roslyn reads it as <c>root = true</c> (its own flag is internal): then no config above it applies
        /// to a file beside it. Asked of Roslyn with a config above that sets a key for every file.
        /// </summary>
        public bool IsRoot => _isRoot ??= ReadsAsRoot();

        private bool? _isRoot;

        private bool ReadsAsRoot()
        {
            var folder = Path.GetDirectoryName(FullPath)!;
            if (Path.GetDirectoryName(folder) is not { } parent)
                return true;
            const string probe = "configlint_root_probe";
            var set = AnalyzerConfigSet.Create(new[]
            {
                AnalyzerConfig.Parse(Text, FullPath),
                AnalyzerConfig.Parse("[*]\n" + probe + " = 1\n", Path.Combine(parent, ".editorconfig")),
            });
            return !set.GetOptionsForSourcePath(Path.Combine(folder, "probe")).AnalyzerOptions.ContainsKey(probe);
        }
    }

    /// <summary>
    /// Where the severities of a scan come from: the analyzer config files (read by Roslyn's own
    /// <see cref="Microsoft.CodeAnalysis.AnalyzerConfigSet"/>, applied per file as the C# compiler applies them) and
    /// the rules the command line selects or ignores, which win over any file as <c>/nowarn</c> does in the compiler.
    /// </summary>
    public sealed class SeverityConfiguration
    {
        /// <summary>The rules' own severities: no config file, every rule.</summary>
        public static SeverityConfiguration Default { get; } = new(Array.Empty<AnalyzerConfigFile>());

        /// <param name="configFiles">The .editorconfig and .globalconfig files that apply to the scanned files.</param>
        /// <param name="selected">Rule ids to run (<c>--select</c>); null runs every rule.</param>
        /// <param name="ignored">Rule ids never to report (<c>--ignore</c>).</param>
        public SeverityConfiguration(IReadOnlyList<AnalyzerConfigFile> configFiles, IEnumerable<string>? selected = null, IEnumerable<string>? ignored = null)
        {
            ConfigFiles = configFiles;
            Selected = selected == null ? null : new HashSet<string>(selected, StringComparer.OrdinalIgnoreCase);
            Ignored = new HashSet<string>(ignored ?? Enumerable.Empty<string>(), StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The config files, as the host found them.</summary>
        public IReadOnlyList<AnalyzerConfigFile> ConfigFiles { get; }

        /// <summary>The rule ids of <c>--select</c>, or null.</summary>
        public IReadOnlyCollection<string>? Selected { get; }

        /// <summary>The rule ids of <c>--ignore</c>.</summary>
        public IReadOnlyCollection<string> Ignored { get; }
    }
}
