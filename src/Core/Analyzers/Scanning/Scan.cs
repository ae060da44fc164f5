using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers.Cluster;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.ErlangDist;
using ConfigLint.Analyzers.Formats;
using ConfigLint.Analyzers.Rules;
using ConfigLint.Analyzers.Severity;
using ConfigLint.Analyzers.Suppressions;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers
{
    /// <summary>
    /// One scan: classify the candidate files, load each configuration once, run the per-file rules, then the
    /// cluster rules over a model of every node. Whatever goes wrong with one file stays with that file: a file
    /// that cannot be read is a notification, a fault inside a rule is a notification naming the rule and file,
    /// and every other file and rule still runs. Files are loaded and judged on up to
    /// <see cref="ScanOptions.MaxDegreeOfParallelism"/> threads, each writing to its own bucket of findings, merged in
    /// the files' order; so are the cluster model's nodes, then the cluster rules run on one thread.
    /// </summary>
    internal sealed class Scan
    {
        private readonly ScanOptions _options;
        private readonly DisplayPaths _paths;
        private readonly IConfigFileSource _source;
        private readonly FindingSink _sink;
        private readonly ConcurrentBag<string> _analyzed = new();
        // Every file is loaded once per scan, whether it was named, is a node's neighbour, or a cluster peer, by the
        // first thread to ask; what loading it reported waits in its own bucket, merged in path order at the end.
        // The suppression comments of the files a load read are taken with it, so no text is kept for them to the end.
        private readonly ConcurrentDictionary<string, Lazy<LoadedFile>> _loaded = new(StringComparer.Ordinal);
        // Each file is classified (which may parse it in both EMQX forms) once, though every fragment in a folder asks
        // about the folder's main configurations; a fault is kept too, and reported to each asker.
        private readonly ConcurrentDictionary<string, Lazy<ConfigFormat?>> _formats = new(StringComparer.Ordinal);

        public Scan(ScanOptions options)
        {
            _options = options;
            _paths = new DisplayPaths(options.BaseDirectory);
            _source = options.Source;
            _sink = new FindingSink(_paths);
        }

        public ScanResult Run()
        {
            var candidates = _options.Files.Select(ConfigPaths.Normalize).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
            var loaded = Load(candidates);
            // A fragment that a node configuration of this scan includes is judged in that context, not again alone.
            // Only a node configuration's includes count: fragments that include each other (a cycle) would otherwise
            // drop each other, and be judged only when pre-commit happens to pass them in separate calls.
            var readThroughOthers = new HashSet<string>(loaded.OfType<LoadedEmqxConfig>().Where(l => l.Model.IsMain).SelectMany(l => l.FilesRead.Where(f => f != l.FullPath)), StringComparer.Ordinal);
            var judged = loaded.Where(l => l is not LoadedEmqxConfig { Model.IsMain: false } || !readThroughOthers.Contains(l.FullPath)).ToList();

            InOrder.ForEach(judged, _options.MaxDegreeOfParallelism, _sink, Analyze);

            AnalyzeCluster(judged.OfType<LoadedEmqxConfig>().ToList(), judged.OfType<LoadedConfig<VmArgsConfig>>().Select(v => v.Model).ToList());
            foreach (var load in LoadsInPathOrder())
                _sink.Merge(load.Reported);

            var scope = _options.ReportScope;
            var notifications = DiagnosticOrder.Sort(_sink.Notifications.Where(n => scope.Reports(n.DisplayPath)));
            var analyzed = _analyzed.Distinct().OrderBy(p => p, StringComparer.Ordinal).ToImmutableArray();
            // Effective severities first (a rule set to none reports nothing, so its suppressions are unused), then the
            // suppression comments, whose CL0002 and CL0003 take their severities too; a silent finding is shown nowhere.
            var severities = new SeverityResolver(_options.Severities, _options.BaseDirectory);
            var reported = severities.Apply(WithSuppressions(severities.Apply(_sink.Diagnostics).ToList()));
            return new ScanResult(
                DiagnosticOrder.Sort(reported.Where(d => d.Severity != DiagnosticSeverity.Hidden).Where(scope.Reports)),
                analyzed,
                notifications.Concat(severities.Notifications(analyzed)).ToImmutableArray());
        }

        /// <summary>The findings with the files' suppression comments applied, and CL0002/CL0003 about those comments.</summary>
        private IEnumerable<Diagnostic> WithSuppressions(IReadOnlyList<Diagnostic> findings)
        {
            var rulesRun = new HashSet<string>(_options.Rules.Select(r => r.Definition.Id).Append(UnreadableConfig.Rule.Id), StringComparer.Ordinal);
            var files = CommentedFiles.Merge(LoadsInPathOrder().SelectMany(load => load.Comments));
            var catalog = _options.Rules == RuleCatalog.Registered ? RuleCatalog.All : RuleCatalog.Of(_options.Rules);
            return InlineSuppressions.Apply(findings, files, rulesRun, catalog);
        }

        private IEnumerable<LoadedFile> LoadsInPathOrder()
        {
            var paths = new List<string>(_loaded.Keys);
            paths.Sort(StringComparer.Ordinal);
            foreach (var path in paths)
                yield return _loaded[path].Value;
        }

        /// <summary>One file loaded: the configuration (null when loading failed), what loading it reported, and the suppression comments of the files it read.</summary>
        private sealed record LoadedFile(LoadedConfig? Config, FindingSink Reported, IReadOnlyList<CommentedFile> Comments);

        private void Analyze(LoadedConfig file, FindingSink sink)
        {
            foreach (var error in file.Errors)
                UnreadableConfig.Report(error, sink);
            foreach (var rule in _options.Rules)
            {
                if (file.IsJudgedBy(rule))
                    Isolated(file.FullPath, rule.Definition, sink, () => file.Run(rule, sink));
            }
        }

        /// <summary>
        /// Runs one step of the analysis so that a fault in it (a bug) ends only that step: it becomes a notification
        /// naming the rule (or the reading of the file) and the file, and the exit code says the run was incomplete.
        /// The exception's message is left out: it may quote the file, and the file may hold a secret.
        /// </summary>
        private T? Isolated<T>(string fullPath, RuleDefinition? rule, FindingSink sink, Func<T> step)
        {
            try
            {
                return step();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var what = rule == null ? "reading" : $"rule {rule.Id} ({rule.Name})";
                sink.Notify(new ToolNotification(ToolNotificationLevel.Error, _paths.Display(fullPath), null,
                    $"internal error: {what} failed on {_paths.Display(fullPath)} ({e.GetType().Name}{ThrownIn(e)}); the other rules and files were still checked"));
                return default;
            }
        }

        /// <summary>" in Type.Method" for the method that threw, when the runtime still knows it.</summary>
#if NET
        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026",
            Justification = "Only names the method in the report: in a trimmed (Native AOT) build its metadata may be gone, TargetSite is then null and the report names the exception type alone.")]
#endif
        private static string ThrownIn(Exception e) =>
            e.TargetSite is { } site ? $" in {site.DeclaringType?.Name}.{site.Name}" : "";

        private void Isolated(string fullPath, RuleDefinition? rule, FindingSink sink, Action step) =>
            Isolated<bool>(fullPath, rule, sink, () =>
            {
                step();
                return true;
            });

        /// <summary>The candidate files that are ConfigLint's, each loaded once (an EMQX fragment as the node configurations including it).</summary>
        private List<LoadedConfig> Load(IReadOnlyList<string> files)
        {
            var loaded = new List<LoadedConfig>();
            var judged = new HashSet<string>(StringComparer.Ordinal);
            foreach (var unit in InOrder.Map(files, _options.MaxDegreeOfParallelism, _sink, CandidateUnits).SelectMany(units => units))
            {
                if (judged.Add(unit.FullPath))
                    loaded.Add(unit);
            }
            return loaded;
        }

        /// <summary>What one candidate file is judged as; nothing when it is not ConfigLint's or cannot be read (that is reported).</summary>
        private IReadOnlyList<LoadedConfig> CandidateUnits(string path, FindingSink sink)
        {
            if (!FileClassifier.MayBeConfigLints(Path.GetFileName(path)))
                return Array.Empty<LoadedConfig>();
            var read = _source.Read(path);
            if (!read.IsRead)
            {
                ReportUnreadable(read, sink);
                return Array.Empty<LoadedConfig>();
            }
            return Isolated(path, rule: null, sink, () => Units(read, sink)) ?? Array.Empty<LoadedConfig>();
        }

        /// <summary>What a candidate file is judged as: nothing when it is no format's, else the file as its format loads it (see <see cref="EmqxUnits"/>).</summary>
        private IReadOnlyList<LoadedConfig> Units(FileReadResult read, FindingSink sink)
        {
            if (ClassifyOnce(read) is not { } format)
                return Array.Empty<LoadedConfig>();
            _analyzed.Add(_paths.Display(read.FullPath));
            return LoadOnce(read, format) switch
            {
                null => Array.Empty<LoadedConfig>(),
                LoadedEmqxConfig { Model.IsMain: false } fragment => EmqxUnits(fragment, sink),
                var alone => new[] { alone },
            };
        }

        /// <summary>A named file that cannot be read could not be checked (an error); one outside the scanned tree was deliberately not read (a note).</summary>
        private void ReportUnreadable(FileReadResult read, FindingSink sink)
        {
            var displayPath = _paths.Display(read.FullPath);
            sink.Notify(read.Status == FileReadStatus.OutsideScannedTree
                ? ToolNotification.NotChecked(displayPath, position: null, displayPath, read.Reason)
                : ToolNotification.Unreadable(displayPath, read.Reason));
        }

        /// <summary>
        /// What an EMQX fragment is judged as: part of each main configuration in its folder that includes or merges it
        /// (base.hocon under emqx.conf), however the files were passed, so a pre-commit call with only the fragment
        /// gets the findings a whole-repository scan gives it; a fragment no main configuration includes on its own.
        /// </summary>
        private IReadOnlyList<LoadedConfig> EmqxUnits(LoadedEmqxConfig fragment, FindingSink sink)
        {
            var includers = NodeFiles(NodeSite.FolderOf(fragment.FullPath))
                .Select(path => MainConfigAt(path, sink))
                .OfType<LoadedEmqxConfig>()
                .Where(main => main.FilesRead.Contains(fragment.FullPath))
                .ToList();
            return includers.Count > 0 ? includers : new[] { fragment };
        }

        /// <summary>The EMQX configuration at a path that was not named (a neighbour or a peer), or null when there is none or it cannot be read.</summary>
        private LoadedEmqxConfig? MainConfigAt(string path, FindingSink sink)
        {
            // Asked once per fragment in the folder: a file loaded already is not read again (the source keeps no text).
            if (_loaded.TryGetValue(path, out var load) && load.IsValueCreated)
                return load.Value.Config as LoadedEmqxConfig;
            var read = _source.Read(path);
            var format = read.IsRead ? Isolated(path, rule: null, sink, () => ClassifyOnce(read)) : null;
            return format is EmqxFileFormat ? LoadOnce(read, format) as LoadedEmqxConfig : null;
        }

        private ConfigFormat? ClassifyOnce(FileReadResult read) =>
            _formats.GetOrAdd(read.FullPath, _ => new Lazy<ConfigFormat?>(() => FileClassifier.Classify(read))).Value;

        /// <summary>The file loaded once, in the format it was recognised as; null when loading it failed (that failure is a notification).</summary>
        private LoadedConfig? LoadOnce(FileReadResult read, ConfigFormat format) =>
            _loaded.GetOrAdd(read.FullPath, path => new Lazy<LoadedFile>(() =>
            {
                var reported = _sink.Bucket();
                var config = Isolated(path, rule: null, reported, () => format.Load(read, _source, reported));
                return new LoadedFile(config, reported, config == null ? Array.Empty<CommentedFile>() : CommentedFiles.Of(config, _source, _paths.Display));
            })).Value.Config;

        /// <summary>
        /// Node sites pair each scanned main configuration or vm.args with the other files EMQX reads from the same
        /// folder. The cluster model holds those nodes plus the node configurations of the scanned files' folders
        /// and their sibling folders, which are read to find cluster peers but never reported. A peer that is
        /// broken or unreadable is left out of the model.
        /// </summary>
        private void AnalyzeCluster(List<LoadedEmqxConfig> emqx, List<VmArgsConfig> vmArgs)
        {
            // Each site's and peer's neighbours (vm.args, ssl_dist.conf, the emqx.conf beside a lone vm.args) are read,
            // and each node built, on the scan's threads: on one, they were most of this phase.
            var degree = _options.MaxDegreeOfParallelism;
            var mains = emqx.Where(u => u.Model.IsMain).Select(u => u.Model).ToList();
            var mainFolders = new HashSet<string>(mains.Select(m => NodeSite.FolderOf(m.MainFile.FullPath)), StringComparer.Ordinal);
            var loneVmArgs = vmArgs.Where(v => !mainFolders.Contains(NodeSite.FolderOf(v.File.FullPath))).ToList();
            var sites = InOrder.Map(mains, degree, _sink, (main, _) => Site(main, VmArgsBeside(main.MainFile.FullPath)))
                .Concat(InOrder.Map(loneVmArgs, degree, _sink, (args, sink) => Site(EmqxBeside(args.File.FullPath, sink), args)))
                .ToList();
            foreach (var site in sites)
                ReportOptfileProblems(site);

            // A node already among the sites (named, or read for a fragment it includes) is not its own peer.
            var siteMains = new HashSet<string>(sites.Select(s => s.Emqx?.MainFile.FullPath).OfType<string>(), StringComparer.Ordinal);
            var peerFiles = PeerCandidates(sites.Select(s => s.Folder)).Where(p => !siteMains.Contains(p)).ToList();
            var peers = InOrder.Map(peerFiles, degree, _sink, (path, sink) =>
                MainConfigAt(path, sink) is { Model.IsMain: true, Errors.IsEmpty: true } peer ? Site(peer.Model, VmArgsBeside(peer.FullPath)) : null);
            var nodes = InOrder.Map(sites.Concat(peers.OfType<NodeSite>()).ToList(), degree, _sink,
                (site, _) => ClusterNode.From(site, site.Emqx != null && _options.ReportScope.Names(site.Emqx.MainFile.FullPath)));
            var model = ClusterModel.Build(sites, nodes.OfType<ClusterNode>());
            foreach (var rule in _options.Rules.OfType<IClusterRule>())
                Isolated(_options.BaseDirectory, rule.Definition, _sink, () => rule.Analyze(model, _sink));
        }

        /// <summary>An optfile the node needs that cannot be read is CL0001 at the setting naming it; one outside the tree is a note.</summary>
        private void ReportOptfileProblems(NodeSite site)
        {
            foreach (var (setting, read) in site.Optfiles())
            {
                if (read.Status is FileReadStatus.Read or FileReadStatus.NotFound)
                    continue;
                UnreadableConfig.Report(ParseError.Refused(read, setting.FilePath, setting.Text, setting.Span), _sink);
            }
        }

        private NodeSite Site(EmqxConfig? emqx, VmArgsConfig? vmArgs)
        {
            var folder = NodeSite.FolderOf((emqx?.MainFile ?? vmArgs!.File).FullPath);
            return new NodeSite(folder, emqx, vmArgs, _source.Read(Path.Combine(folder, NodeSite.SslDistFileName)).IsRead, _source);
        }

        /// <summary>
        /// The vm.args EMQX reads from the same etc folder, if there is one; in a source tree, the vm.args.src or
        /// vm.args.eex the release renders into it.
        /// </summary>
        private VmArgsConfig? VmArgsBeside(string fullPath)
        {
            var folder = NodeSite.FolderOf(fullPath);
            return FileClassifier.VmArgsNames().Select(name => _source.Read(Path.Combine(folder, name))).FirstOrDefault(read => read.IsRead) is { } read
                ? (LoadOnce(read, VmArgsFormat.Instance) as LoadedConfig<VmArgsConfig>)?.Model
                : null;
        }

        private EmqxConfig? EmqxBeside(string fullPath, FindingSink sink) => MainConfigAt(Path.Combine(NodeSite.FolderOf(fullPath), NodeSite.EmqxMainFileName), sink)?.Model;

        /// <summary>
        /// Node configurations beside the scanned nodes: in their folders and in sibling folders, but never above the
        /// folder ConfigLint runs in (a file at a repository's root has no siblings in other repositories).
        /// </summary>
        private IEnumerable<string> PeerCandidates(IEnumerable<string> nodeFolders)
        {
            var baseFolder = ConfigPaths.Normalize(_options.BaseDirectory).TrimEnd(Path.DirectorySeparatorChar);
            var folders = new SortedSet<string>(nodeFolders, StringComparer.Ordinal);
            // Each parent listed once: a thousand node folders side by side are one listing, not a thousand.
            var parents = folders.Select(Path.GetDirectoryName).OfType<string>()
                .Where(parent => (parent + Path.DirectorySeparatorChar).StartsWith(baseFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal).ToList();
            foreach (var parent in parents)
                folders.UnionWith(_source.Folders(parent));
            return folders.SelectMany(NodeFiles).OrderBy(p => p, StringComparer.Ordinal);
        }

        private IEnumerable<string> NodeFiles(string folder) =>
            _source.Files(folder).Where(f => FileClassifier.IsMainFileName(Path.GetFileName(f)));
    }
}
