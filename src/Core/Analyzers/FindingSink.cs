using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers
{
    /// <summary>
    /// Collects findings as Roslyn diagnostics. It is the one place that attaches the properties later
    /// outputs rely on (<see cref="DiagnosticProperties"/>: the config key path, the value only when the key is not a
    /// secret, and the form an EMQX file was read in). One sink is used by one thread at a time; work on other threads
    /// writes to a <see cref="Bucket"/> each, merged back in a fixed order so the output does not depend on the threads.
    /// </summary>
    internal sealed class FindingSink
    {
        private readonly DisplayPaths _paths;
        private readonly List<Diagnostic> _diagnostics = new();
        private readonly List<ToolNotification> _notifications = new();
        // Shared by a sink and its buckets: a file loaded on one thread may be reported on by another.
        private readonly ConcurrentDictionary<string, string> _emqxFormByDisplayPath;

        public FindingSink(DisplayPaths paths)
            : this(paths, new ConcurrentDictionary<string, string>(System.StringComparer.Ordinal))
        {
        }

        private FindingSink(DisplayPaths paths, ConcurrentDictionary<string, string> emqxFormByDisplayPath)
        {
            _paths = paths;
            _emqxFormByDisplayPath = emqxFormByDisplayPath;
        }

        /// <summary>An empty sink for one piece of work on another thread, sharing what this sink knows of files; see <see cref="Merge"/>.</summary>
        public FindingSink Bucket() => new(_paths, _emqxFormByDisplayPath);

        /// <summary>Appends what a bucket collected, after what this sink holds.</summary>
        public void Merge(FindingSink bucket)
        {
            _diagnostics.AddRange(bucket._diagnostics);
            _notifications.AddRange(bucket._notifications);
        }

        public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

        /// <summary>What the run could not or did not check, beside the findings.</summary>
        public IReadOnlyList<ToolNotification> Notifications => _notifications;

        public void Notify(ToolNotification notification) => _notifications.Add(notification);

        /// <summary>Records the form an EMQX file was read in; every later finding in that file carries it.</summary>
        /// <remarks>
        /// Only HOCON includes files, so a file read in both forms is read as HOCON by the configuration including it,
        /// where it is judged: HOCON wins, whichever thread loaded the file first.
        /// </remarks>
        public void RecordEmqxForm(string fullPath, Emqx.EmqxFormat format)
        {
            var form = EmqxFormDecision.Describe(format);
            var hocon = EmqxFormDecision.Describe(Emqx.EmqxFormat.Hocon);
            _emqxFormByDisplayPath.AddOrUpdate(_paths.Display(fullPath), form, (_, recorded) => recorded == hocon ? recorded : form);
        }

        /// <summary>Reports at the value of a definition (what the operator must change).</summary>
        public void AtValue(RuleDefinition rule, ConfigValue value, string keyPath, params object[] messageArgs) =>
            Report(rule, Location(value.Origin.FilePath, value.Origin.Text, value.Origin.ValueSpan), keyPath, (value as ConfigScalar)?.Text, messageArgs);

        /// <summary>Reports at the value of a definition with a severity other than the rule's default.</summary>
        public void AtValue(RuleDefinition rule, DiagnosticSeverity severity, ConfigValue value, string keyPath, params object[] messageArgs) =>
            Report(rule, Location(value.Origin.FilePath, value.Origin.Text, value.Origin.ValueSpan), keyPath, (value as ConfigScalar)?.Text, messageArgs, severity: severity);

        /// <summary>Reports at a key (for a missing setting: the key of the nearest parent block).</summary>
        public void AtKey(RuleDefinition rule, ConfigOrigin origin, string keyPath, params object[] messageArgs) =>
            Report(rule, Location(origin.FilePath, origin.Text, origin.KeySpan), keyPath, null, messageArgs);

        /// <summary>Reports at a span, with related locations in other files.</summary>
        public void At(RuleDefinition rule, string filePath, SourceText text, TextSpan span, string keyPath, string? value, IEnumerable<Location> related, params object[] messageArgs) =>
            Report(rule, Location(filePath, text, span), keyPath, value, messageArgs, related);

        /// <summary>Reports at a span of a file that has no resolved-value model (Erlang terms, vm.args).</summary>
        public void At(RuleDefinition rule, SourceFile file, TextSpan span, string keyPath, string? value, params object[] messageArgs) =>
            Report(rule, Location(file.FullPath, file.Text, span), keyPath, value, messageArgs);

        /// <summary>Reports with a severity other than the rule's default (a weaker form of the same problem).</summary>
        public void At(RuleDefinition rule, DiagnosticSeverity severity, SourceFile file, TextSpan span, string keyPath, string? value, params object[] messageArgs) =>
            Report(rule, Location(file.FullPath, file.Text, span), keyPath, value, messageArgs, severity: severity);

        /// <summary>The path shown for a file in findings and messages.</summary>
        public string Display(string fullPath) => _paths.Display(fullPath);

        /// <summary>The shown path of a file below the base folder, else its full path (a file outside the tree is named as the configuration names it).</summary>
        public string DisplayOrFullPath(string fullPath) => _paths.Display(fullPath) is var shown && !shown.StartsWith("../", System.StringComparison.Ordinal) ? shown : fullPath;

        public Location Location(string fullPath, SourceText text, TextSpan span) =>
            Microsoft.CodeAnalysis.Location.Create(_paths.Display(fullPath), span, text.Lines.GetLinePositionSpan(span));

        private void Report(RuleDefinition rule, Location location, string keyPath, string? value, object[] messageArgs, IEnumerable<Location>? related = null, DiagnosticSeverity? severity = null)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.KeyPath, keyPath);
            var lastSegment = keyPath.Substring(keyPath.LastIndexOf('.') + 1);
            if (value != null && !SecretKeys.IsSecret(lastSegment))
                properties = properties.Add(DiagnosticProperties.Value, value);
            if (_emqxFormByDisplayPath.TryGetValue(location.GetLineSpan().Path, out var form))
                properties = properties.Add(DiagnosticProperties.EmqxForm, form);
            _diagnostics.Add(Diagnostic.Create(rule.Descriptor, location, severity ?? rule.Descriptor.DefaultSeverity, related, properties, messageArgs));
        }
    }
}
