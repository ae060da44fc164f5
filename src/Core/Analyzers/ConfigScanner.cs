using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.Formats;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers
{
    /// <summary>What to scan.</summary>
    public sealed class ScanOptions
    {
        /// <summary>Creates scan options.</summary>
        /// <param name="baseDirectory">The folder paths in findings are relative to (where the tool runs).</param>
        /// <param name="files">Full paths of the candidate files; files that are not ConfigLint's are skipped without a finding.</param>
        /// <param name="source">Where every byte of configuration comes from: the host decides what may be read.</param>
        public ScanOptions(string baseDirectory, IReadOnlyList<string> files, IConfigFileSource source)
        {
            BaseDirectory = baseDirectory;
            Files = files;
            Source = source;
            ReportScope = new ReportScope(baseDirectory, files);
        }

        /// <summary>The folder paths in findings are relative to.</summary>
        public string BaseDirectory { get; }

        /// <summary>Full paths of the candidate files.</summary>
        public IReadOnlyList<string> Files { get; }

        /// <summary>
        /// Which findings are reported: by default those in <see cref="Files"/> (and what they include). The host
        /// decides it; a host that reads more files than it reports on (a language server with one open buffer) narrows it.
        /// </summary>
        public ReportScope ReportScope { get; init; }

        /// <summary>Answers every read and folder listing of the scan.</summary>
        public IConfigFileSource Source { get; }

        /// <summary>
        /// The severity of each rule per file: the .editorconfig and .globalconfig files the host found, and its
        /// <c>--select</c> and <c>--ignore</c>. By default every rule at its own severity.
        /// </summary>
        public Severity.SeverityConfiguration Severities { get; init; } = Severity.SeverityConfiguration.Default;

        /// <summary>
        /// How many files are loaded and judged at once: 1 (the default) keeps the scan on the calling thread; a host
        /// whose <see cref="Source"/> may be read from several threads at once passes its processor count. The result
        /// is the same for any value.
        /// </summary>
        public int MaxDegreeOfParallelism { get; init; } = 1;

        /// <summary>The rules to run: every rule, unless a test runs others (a rule with a bug, say).</summary>
        internal ImmutableArray<Rules.IRule> Rules { get; init; } = RuleCatalog.Registered;
    }

    /// <summary>How much a tool notification matters: an error makes the run's exit code 2.</summary>
    public enum ToolNotificationLevel
    {
        /// <summary>Something was deliberately not checked (a file outside the scanned tree).</summary>
        Note,
        /// <summary>Something could not be checked: a file ConfigLint was asked to check, or a rule that failed.</summary>
        Error,
    }

    /// <summary>
    /// A message about the run rather than about a configuration: a file that could not be read, one that was not
    /// checked, a rule that failed. It goes to standard error and to SARIF's tool execution notifications.
    /// </summary>
    public sealed class ToolNotification
    {
        internal ToolNotification(ToolNotificationLevel level, string displayPath, LinePosition? position, string message)
        {
            Level = level;
            DisplayPath = displayPath;
            Position = position;
            Message = message;
        }

        /// <summary>Note or error.</summary>
        public ToolNotificationLevel Level { get; }

        /// <summary>The file it is about, relative to the base directory, with forward slashes.</summary>
        public string DisplayPath { get; }

        /// <summary>The place in that file (the line naming an include), when there is one.</summary>
        public LinePosition? Position { get; }

        /// <summary>What happened, naming the file (never quoting its content).</summary>
        public string Message { get; }

        internal static ToolNotification Unreadable(string displayPath, string reason) =>
            new(ToolNotificationLevel.Error, displayPath, null, $"cannot read {displayPath}: {reason}");

        /// <summary>A file deliberately not read, named by <paramref name="shownPath"/>, from <paramref name="displayPath"/> (at <paramref name="position"/>, the line naming it).</summary>
        internal static ToolNotification NotChecked(string displayPath, LinePosition? position, string shownPath, string why) =>
            new(ToolNotificationLevel.Note, displayPath, position, $"not checked: {shownPath} is {why}");
    }

    /// <summary>The outcome of a scan.</summary>
    public sealed class ScanResult
    {
        internal ScanResult(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<string> analyzedFiles, ImmutableArray<ToolNotification> notifications)
        {
            Diagnostics = diagnostics;
            AnalyzedFiles = analyzedFiles;
            Notifications = notifications;
        }

        /// <summary>Every finding once, sorted by path, line, column and rule id.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>The files that were recognised and analyzed (display paths, sorted).</summary>
        public ImmutableArray<string> AnalyzedFiles { get; }

        /// <summary>Files that could not be read or were not checked, and rules that failed; sorted by path.</summary>
        public ImmutableArray<ToolNotification> Notifications { get; }

        /// <summary>Whether anything could not be checked (the run's exit code is then 2).</summary>
        public bool HasErrors => Notifications.Any(n => n.Level == ToolNotificationLevel.Error);
    }

    /// <summary>The resolved configuration of one EMQX file, for <c>--resolve</c>.</summary>
    public sealed class ResolvedFile
    {
        internal ResolvedFile(ConfigObject? root, ImmutableArray<Diagnostic> errors, ImmutableArray<ToolNotification> notifications = default, string? readAs = null, string? otherFormat = null)
        {
            Root = root;
            ReadAs = readAs;
            Errors = errors;
            Notifications = notifications.IsDefault ? ImmutableArray<ToolNotification>.Empty : notifications;
            OtherFormat = otherFormat;
        }

        /// <summary>What the file is when it is another format's (<c>an Erlang vm.args file</c>); then nothing was resolved.</summary>
        public string? OtherFormat { get; }

        /// <summary>The resolved configuration, or null when the file could not be read as its format.</summary>
        public ConfigObject? Root { get; }

        /// <summary>CL0001 findings for the file and its includes.</summary>
        public ImmutableArray<Diagnostic> Errors { get; }

        /// <summary>Includes that were not read (outside the scanned tree).</summary>
        public ImmutableArray<ToolNotification> Notifications { get; }

        /// <summary>The form the file was read in: "EMQX 4.x (key = value)" or "HOCON (EMQX 5)".</summary>
        public string? ReadAs { get; }
    }

    /// <summary>Runs every rule over a set of files.</summary>
    public static class ConfigScanner
    {
        /// <summary>Scans the files and returns every finding once, in a deterministic order.</summary>
        public static ScanResult Scan(ScanOptions options) => new Scan(options).Run();

        /// <summary>
        /// The finding located at <paramref name="fullPath"/>, same span: findings name files by display path (relative
        /// to the scan's base folder), and a host that shows them beside its own files (the C# compiler) needs full paths.
        /// </summary>
        public static Diagnostic AtPath(Diagnostic finding, string fullPath)
        {
            var location = finding.Location;
            return DiagnosticCopy.With(finding, location: Location.Create(fullPath, location.SourceSpan, location.GetLineSpan().Span));
        }

        /// <summary>Reads one EMQX file (HOCON with its includes, or the 4.x flat form) into its resolved configuration.</summary>
        /// <exception cref="System.IO.IOException">The file cannot be read; the message names it and says why.</exception>
        public static ResolvedFile Resolve(string fullPath, string baseDirectory, IConfigFileSource source)
        {
            var paths = new DisplayPaths(baseDirectory);
            var sink = new FindingSink(paths);
            var read = source.Read(fullPath);
            var file = read.File ?? throw new System.IO.IOException("cannot read " + paths.Display(fullPath) + ": " + read.Reason);
            var recognised = FileClassifier.Classify(read);
            if (OtherFormat(recognised, file) is { } otherFormat)
                return new ResolvedFile(null, ImmutableArray<Diagnostic>.Empty, otherFormat: otherFormat);
            // Classified as EMQX by name or content, the form is decided already; an unrecognised file is read as asked.
            var (format, loaded) = recognised is EmqxFileFormat emqx
                ? (emqx.Form, EmqxConfigLoader.Load(file, emqx.Form, source, mergeBaseHocon: false))
                : LoadInItsForm(file, source);
            foreach (var error in loaded.Errors)
                Rules.UnreadableConfig.Report(error, sink);
            var errors = DiagnosticOrder.Sort(sink.Diagnostics);
            return new ResolvedFile(errors.IsEmpty ? loaded.Model.Root : null, errors, sink.Notifications.ToImmutableArray(), EmqxFormDecision.Describe(format));
        }

        /// <summary>
        /// Loads a file whose form is not decided yet: as HOCON first, since deciding parses it as HOCON too and that
        /// parse is the loader's, so a large file is parsed in HOCON once, not twice; again in the 4.x form only when
        /// the decision says it is that.
        /// </summary>
        private static (EmqxFormat Format, LoadedEmqxConfig Loaded) LoadInItsForm(SourceFile file, IConfigFileSource source)
        {
            var asHocon = EmqxConfigLoader.Load(file, EmqxFormat.Hocon, source, mergeBaseHocon: false);
            var format = (asHocon.HoconTree is { } tree ? EmqxFormDecision.Decide(file, tree) : EmqxFormDecision.Decide(file)).Format;
            return format == EmqxFormat.Hocon ? (format, asHocon) : (format, EmqxConfigLoader.Load(file, format, source, mergeBaseHocon: false));
        }

        /// <summary>What a file recognised as another format is, or null: an unrecognised file is read as EMQX's, as asked.</summary>
        private static string? OtherFormat(ConfigFormat? format, SourceFile file) => format switch
        {
            EmqxFileFormat => null,
            { } other => other.Description,
            null when FileClassifier.OtherBrokerKey(file.Text) is { } other => $"a {other.Product} configuration (it sets {other.Key})",
            _ => null,
        };
    }
}
