using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers.Cluster;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.ErlangDist;
using ConfigLint.Analyzers.Rules;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ClpConf;

namespace ConfigLint.Analyzers
{
    /// <summary>
    /// One scan: classify the candidate files, load each configuration once, run the per-file rules, then the
    /// cluster rules over a model of every node. Whatever goes wrong with one file stays with that file: a file
    /// that cannot be read is a notification, a fault inside a rule is a notification naming the rule and file,
    /// and every other file and rule still runs.
    /// </summary>
    internal sealed class Scan
    {
        private readonly ScanOptions _options;
        private readonly DisplayPaths _paths;
        private readonly IConfigFileSource _source;
        private readonly FindingSink _sink;
        private readonly List<string> _analyzed = new();
        // Every file is loaded once per scan, whether it was named, is a node's neighbour, or a cluster peer.
        private readonly Dictionary<string, LoadedEmqxConfig?> _emqx = new(StringComparer.Ordinal);
        private readonly Dictionary<string, VmArgsConfig?> _vmArgs = new(StringComparer.Ordinal);

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
            var readThroughOthers = new HashSet<string>(loaded.Emqx.Where(l => l.Config.IsMain).SelectMany(l => l.FilesRead.Where(f => f != l.Config.MainFile.FullPath)), StringComparer.Ordinal);
            var emqx = loaded.Emqx.Where(l => l.Config.IsMain || !readThroughOthers.Contains(l.Config.MainFile.FullPath)).ToList();

            foreach (var unit in emqx)
                Analyze(unit.Errors, unit.Config, unit.Config.MainFile.FullPath, _options.Rules.OfType<IEmqxRule>(), (r, c) => r.Analyze(c, _sink));
            foreach (var sslDist in loaded.SslDist)
                Analyze(sslDist.Errors, sslDist, sslDist.File.FullPath, _options.Rules.OfType<ISslDistRule>(), (r, c) => r.Analyze(c, _sink));
            foreach (var vmArgs in loaded.VmArgs)
                Analyze(vmArgs.Errors, vmArgs, vmArgs.File.FullPath, _options.Rules.OfType<IVmArgsRule>(), (r, c) => r.Analyze(c, _sink));
            foreach (var clpConf in loaded.ClpConf)
                Analyze(clpConf.Errors, clpConf, clpConf.File.FullPath, ClpConfRules(clpConf), (r, c) => r.Analyze(c, _sink));

            AnalyzeCluster(emqx, loaded.VmArgs);

            var scope = _options.ReportScope;
            var notifications = _sink.Notifications.Where(n => scope.Reports(n.DisplayPath))
                .GroupBy(n => (n.DisplayPath, n.Position, n.Message)).Select(g => g.First())
                .OrderBy(n => n.DisplayPath, StringComparer.Ordinal).ThenBy(n => n.Position?.Line).ThenBy(n => n.Position?.Character).ThenBy(n => n.Message, StringComparer.Ordinal);
            return new ScanResult(
                DiagnosticOrder.Sort(_sink.Diagnostics.Where(scope.Reports)),
                _analyzed.Distinct().OrderBy(p => p, StringComparer.Ordinal).ToImmutableArray(),
                notifications.ToImmutableArray());
        }

        private void Analyze<TConfig, TRule>(ImmutableArray<ParseError> errors, TConfig config, string fullPath, IEnumerable<TRule> rules, Action<TRule, TConfig> analyze)
            where TRule : IRule
        {
            foreach (var error in errors)
                UnreadableConfig.Report(error, _sink);
            foreach (var rule in rules)
                Isolated(fullPath, rule.Definition, () => analyze(rule, config));
        }

        /// <summary>Every clp.conf ECX writes has &lt;root&gt; as its document element; another XML file named clp.conf is not judged.</summary>
        private IEnumerable<IClpConfRule> ClpConfRules(ClpConfDocument document) =>
            document.Root?.Name == "root" ? _options.Rules.OfType<IClpConfRule>() : Enumerable.Empty<IClpConfRule>();

        /// <summary>
        /// Runs one step of the analysis so that a fault in it (a bug) ends only that step: it becomes a notification
        /// naming the rule (or the reading of the file) and the file, and the exit code says the run was incomplete.
        /// The exception's message is left out: it may quote the file, and the file may hold a secret.
        /// </summary>
        private T? Isolated<T>(string fullPath, RuleDefinition? rule, Func<T> step)
        {
            try
            {
                return step();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var what = rule == null ? "reading" : $"rule {rule.Id} ({rule.Name})";
                var where = e.TargetSite is { } site ? $" in {site.DeclaringType?.Name}.{site.Name}" : "";
                _sink.Notify(new ToolNotification(ToolNotificationLevel.Error, _paths.Display(fullPath), null,
                    $"internal error: {what} failed on {_paths.Display(fullPath)} ({e.GetType().Name}{where}); the other rules and files were still checked"));
                return default;
            }
        }

        private void Isolated(string fullPath, RuleDefinition? rule, Action step) =>
            Isolated<bool>(fullPath, rule, () =>
            {
                step();
                return true;
            });

        /// <summary>The candidate files that are ConfigLint's, each loaded once and sorted by format.</summary>
        private sealed class LoadedFiles
        {
            public List<LoadedEmqxConfig> Emqx { get; } = new();
            public List<SslDistConfig> SslDist { get; } = new();
            public List<VmArgsConfig> VmArgs { get; } = new();
            public List<ClpConfDocument> ClpConf { get; } = new();
        }

        private LoadedFiles Load(IEnumerable<string> files)
        {
            var loaded = new LoadedFiles();
            var emqxRoots = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in files)
            {
                if (!FileClassifier.MayBeConfigLints(Path.GetFileName(path)))
                    continue;
                var read = _source.Read(path);
                if (!read.IsRead)
                {
                    ReportUnreadable(read);
                    continue;
                }
                Isolated(path, rule: null, () => Load(read, loaded, emqxRoots));
            }
            return loaded;
        }

        private void Load(FileReadResult read, LoadedFiles loaded, HashSet<string> emqxRoots)
        {
            var path = read.FullPath;
            // A clp.conf names its own encoding: decoded from its bytes, not as UTF-8.
            var kind = ClpConfRecognizer.IsClpConfName(FileClassifier.RenderedName(Path.GetFileName(path))) ? ConfigKind.ClpConf : FileClassifier.Classify(read.File!);
            if (kind == ConfigKind.NotConfigLints)
                return;
            _analyzed.Add(_paths.Display(path));
            switch (kind)
            {
                case ConfigKind.SslDist:
                    loaded.SslDist.Add(SslDistConfig.Read(read.File!, _source));
                    break;
                case ConfigKind.VmArgs:
                    loaded.VmArgs.Add(LoadVmArgs(read.File!)!);
                    break;
                case ConfigKind.ClpConf:
                    loaded.ClpConf.Add(ClpConfParser.Parse(read.Bytes is { } bytes ? ClpConfDecoder.Decode(path, bytes) : read.File!));
                    break;
                default:
                    foreach (var unit in EmqxUnits(read.File!, kind))
                    {
                        if (emqxRoots.Add(unit.Config.MainFile.FullPath))
                            loaded.Emqx.Add(unit);
                    }
                    break;
            }
        }

        /// <summary>A named file that cannot be read could not be checked (an error); one outside the scanned tree was deliberately not read (a note).</summary>
        private void ReportUnreadable(FileReadResult read)
        {
            var displayPath = _paths.Display(read.FullPath);
            _sink.Notify(read.Status == FileReadStatus.OutsideScannedTree
                ? ToolNotification.NotChecked(displayPath, position: null, displayPath, read.Reason)
                : ToolNotification.Unreadable(displayPath, read.Reason));
        }

        /// <summary>
        /// What an EMQX file is judged as: a main configuration as itself; a fragment that a main configuration in its
        /// folder includes or merges (base.hocon under emqx.conf) as part of that node, however the files were
        /// passed, so a pre-commit call with only the fragment gets the findings a whole-repository scan gives it;
        /// any other fragment on its own.
        /// </summary>
        private IEnumerable<LoadedEmqxConfig> EmqxUnits(SourceFile file, ConfigKind kind)
        {
            var alone = LoadEmqx(file, kind)!;
            if (alone.Config.IsMain)
                return new[] { alone };
            var includers = NodeFiles(NodeSite.FolderOf(file.FullPath))
                .Select(MainConfigAt)
                .OfType<LoadedEmqxConfig>()
                .Where(main => main.FilesRead.Contains(file.FullPath))
                .ToList();
            return includers.Count > 0 ? includers : new[] { alone };
        }

        /// <summary>The EMQX configuration at a path that was not named (a neighbour or a peer), or null when there is none or it cannot be read.</summary>
        private LoadedEmqxConfig? MainConfigAt(string path)
        {
            var file = _source.Read(path).File;
            var kind = file == null ? ConfigKind.NotConfigLints : Isolated(path, rule: null, () => FileClassifier.Classify(file));
            return kind is ConfigKind.EmqxHocon or ConfigKind.EmqxFlat ? LoadEmqx(file!, kind) : null;
        }

        /// <summary>The file loaded once; null when loading it failed (that failure is a notification).</summary>
        private LoadedEmqxConfig? LoadEmqx(SourceFile file, ConfigKind kind)
        {
            if (_emqx.TryGetValue(file.FullPath, out var loaded))
                return loaded;
            var format = kind == ConfigKind.EmqxFlat ? EmqxFormat.Flat : EmqxFormat.Hocon;
            _emqx[file.FullPath] = loaded = Isolated(file.FullPath, rule: null, () => EmqxConfigLoader.Load(file, format, _source, mergeBaseHocon: true));
            // Its includes and base.hocon are HOCON too.
            foreach (var read in loaded?.FilesRead ?? ImmutableArray<string>.Empty)
                _sink.RecordEmqxForm(read, format);
            return loaded;
        }

        private VmArgsConfig? LoadVmArgs(SourceFile file)
        {
            if (!_vmArgs.TryGetValue(file.FullPath, out var loaded))
                _vmArgs[file.FullPath] = loaded = Isolated(file.FullPath, rule: null, () => VmArgsConfig.Load(file, _source));
            return loaded;
        }

        /// <summary>
        /// Node sites pair each scanned main configuration or vm.args with the other files EMQX reads from the same
        /// folder. The cluster model holds those nodes plus the node configurations of the scanned files' folders
        /// and their sibling folders, which are read to find cluster peers but never reported. A peer that is
        /// broken or unreadable is left out of the model.
        /// </summary>
        private void AnalyzeCluster(List<LoadedEmqxConfig> emqx, List<VmArgsConfig> vmArgs)
        {
            var mains = emqx.Where(u => u.Config.IsMain).Select(u => u.Config).ToList();
            var mainFolders = new HashSet<string>(mains.Select(m => NodeSite.FolderOf(m.MainFile.FullPath)), StringComparer.Ordinal);
            var sites = mains.Select(c => Site(c, VmArgsBeside(c.MainFile.FullPath)))
                .Concat(vmArgs.Where(v => !mainFolders.Contains(NodeSite.FolderOf(v.File.FullPath)))
                    .Select(v => Site(EmqxBeside(v.File.FullPath), v)))
                .ToList();
            foreach (var site in sites)
                ReportOptfileProblems(site);

            // A node already among the sites (named, or read for a fragment it includes) is not its own peer.
            var siteMains = new HashSet<string>(sites.Select(s => s.Emqx?.MainFile.FullPath).OfType<string>(), StringComparer.Ordinal);
            var peerFiles = PeerCandidates(sites.Select(s => s.Folder)).Where(p => !siteMains.Contains(p));
            var peers = peerFiles.Select(MainConfigAt).OfType<LoadedEmqxConfig>().Where(p => p.Config.IsMain && p.Errors.IsEmpty)
                .Select(p => Site(p.Config, VmArgsBeside(p.Config.MainFile.FullPath)));
            var nodes = sites.Concat(peers)
                .Select(s => ClusterNode.From(s, s.Emqx != null && _options.ReportScope.Names(s.Emqx.MainFile.FullPath)))
                .OfType<ClusterNode>();
            var model = ClusterModel.Build(sites, nodes);
            foreach (var rule in _options.Rules.OfType<IClusterRule>())
                Isolated(_options.BaseDirectory, rule.Definition, () => rule.Analyze(model, _sink));
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
            return FileClassifier.VmArgsNames().Select(name => _source.Read(Path.Combine(folder, name)).File).FirstOrDefault(f => f != null) is { } file
                ? LoadVmArgs(file)
                : null;
        }

        private EmqxConfig? EmqxBeside(string fullPath) => MainConfigAt(Path.Combine(NodeSite.FolderOf(fullPath), NodeSite.EmqxMainFileName))?.Config;

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
