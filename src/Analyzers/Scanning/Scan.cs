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
    /// cluster rules over a model of every node.
    /// </summary>
    internal sealed class Scan
    {
        private readonly ScanOptions _options;
        private readonly DisplayPaths _paths;
        private readonly FileSystemSource _source = new();
        private readonly FindingSink _sink;
        private readonly List<UnreadableFile> _unreadable = new();
        private readonly List<string> _analyzed = new();
        // Every file is loaded once per scan, whether it was named, is a node's neighbour, or a cluster peer.
        private readonly Dictionary<string, LoadedEmqxConfig> _emqx = new(StringComparer.Ordinal);
        private readonly Dictionary<string, VmArgsConfig> _vmArgs = new(StringComparer.Ordinal);

        public Scan(ScanOptions options)
        {
            _options = options;
            _paths = new DisplayPaths(options.BaseDirectory);
            _sink = new FindingSink(_paths);
        }

        public ScanResult Run()
        {
            var candidates = _options.Files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
            var loaded = Load(candidates);
            // A fragment that a node configuration of this scan includes is judged in that context, not again alone.
            // Only a node configuration's includes count: fragments that include each other (a cycle) would otherwise
            // drop each other, and be judged only when pre-commit happens to pass them in separate calls.
            var readThroughOthers = new HashSet<string>(loaded.Emqx.Where(l => l.Config.IsMain).SelectMany(l => l.FilesRead.Where(f => f != l.Config.MainFile.FullPath)), StringComparer.Ordinal);
            var emqx = loaded.Emqx.Where(l => l.Config.IsMain || !readThroughOthers.Contains(l.Config.MainFile.FullPath)).ToList();

            foreach (var unit in emqx)
                Analyze(unit.Errors, unit.Config, AllRules.Instances.OfType<IEmqxRule>(), (r, c) => r.Analyze(c, _sink));
            foreach (var sslDist in loaded.SslDist)
                Analyze(sslDist.Errors, sslDist, AllRules.Instances.OfType<ISslDistRule>(), (r, c) => r.Analyze(c, _sink));
            foreach (var vmArgs in loaded.VmArgs)
                Analyze(vmArgs.Errors, vmArgs, AllRules.Instances.OfType<IVmArgsRule>(), (r, c) => r.Analyze(c, _sink));

            var model = BuildClusterModel(emqx, loaded.VmArgs, candidates);
            foreach (var rule in AllRules.Instances.OfType<IClusterRule>())
                rule.Analyze(model, _sink);

            // A call reports on its own files only, so pre-commit's parallel calls over parts of a file list add up
            // to what one call over all of them gives. Two exceptions go with the file that reads them: a file
            // outside the base folder (an include from elsewhere), which can never be passed on its own, and CL0001,
            // since a named file that cannot be read because of what it includes must say so.
            var reportable = new HashSet<string>(candidates.Select(_paths.Display), StringComparer.Ordinal);
            var reported = _sink.Diagnostics.Where(d => d.Location.GetLineSpan().Path is var p
                && (reportable.Contains(p) || p.StartsWith("../", StringComparison.Ordinal) || d.Id == UnreadableConfig.Rule.Id));
            return new ScanResult(
                DiagnosticOrder.Sort(reported),
                _analyzed.Distinct().OrderBy(p => p, StringComparer.Ordinal).ToImmutableArray(),
                _unreadable.OrderBy(u => u.DisplayPath, StringComparer.Ordinal).ToImmutableArray());
        }

        private void Analyze<TConfig, TRule>(ImmutableArray<ParseError> errors, TConfig config, IEnumerable<TRule> rules, Action<TRule, TConfig> analyze)
        {
            foreach (var error in errors)
                UnreadableConfig.Report(error, _sink);
            foreach (var rule in rules)
                analyze(rule, config);
        }

        /// <summary>The candidate files that are ConfigLint's, each loaded once and sorted by format.</summary>
        private sealed class LoadedFiles
        {
            public List<LoadedEmqxConfig> Emqx { get; } = new();
            public List<SslDistConfig> SslDist { get; } = new();
            public List<VmArgsConfig> VmArgs { get; } = new();
        }

        private LoadedFiles Load(IEnumerable<string> files)
        {
            var loaded = new LoadedFiles();
            var emqxRoots = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in files)
            {
                var name = Path.GetFileName(path);
                if (!FileClassifier.MayBeConfigLints(name))
                    continue;
                // A clp.conf names its own encoding: read it once, as bytes.
                if (ClpConfRecognizer.IsClpConfName(name))
                {
                    AnalyzeClpConf(path, _source.TryReadBytes(path));
                    continue;
                }
                var file = _source.TryRead(path);
                if (file == null)
                {
                    ReportUnreadable(path);
                    continue;
                }
                var kind = FileClassifier.Classify(file);
                if (kind == ConfigKind.NotConfigLints)
                    continue;
                _analyzed.Add(_paths.Display(path));
                switch (kind)
                {
                    case ConfigKind.SslDist:
                        loaded.SslDist.Add(SslDistConfig.Read(file, _source));
                        break;
                    case ConfigKind.VmArgs:
                        loaded.VmArgs.Add(LoadVmArgs(file));
                        break;
                    case ConfigKind.ClpConf:
                        // Told by content (a template with another name): read again as bytes for its encoding.
                        AnalyzeClpConf(path, _source.TryReadBytes(path));
                        break;
                    default:
                        foreach (var unit in EmqxUnits(file, kind))
                        {
                            if (emqxRoots.Add(unit.Config.MainFile.FullPath))
                                loaded.Emqx.Add(unit);
                        }
                        break;
                }
            }
            return loaded;
        }

        /// <summary>A clp.conf is a whole cluster in one file: judged on its own, never a peer of anything.</summary>
        private void AnalyzeClpConf(string path, byte[]? bytes)
        {
            if (bytes == null)
            {
                ReportUnreadable(path);
                return;
            }
            _analyzed.Add(_paths.Display(path));
            ClpConfAnalysis.Run(path, bytes, _sink);
        }

        private void ReportUnreadable(string path) =>
            _unreadable.Add(new UnreadableFile(_paths.Display(path), _source.Failures.TryGetValue(Path.GetFullPath(path), out var why) ? why : "the file does not exist"));

        /// <summary>
        /// What an EMQX file is judged as: a main configuration as itself; a fragment that a main configuration in its
        /// folder includes or merges (base.hocon under emqx.conf) as part of that node, however the files were
        /// passed, so a pre-commit call with only the fragment gets the findings a whole-repository scan gives it;
        /// any other fragment on its own.
        /// </summary>
        private IEnumerable<LoadedEmqxConfig> EmqxUnits(SourceFile file, ConfigKind kind)
        {
            var alone = LoadEmqx(file, kind);
            if (alone.Config.IsMain)
                return new[] { alone };
            var includers = SafeNodeFiles(NodeSite.FolderOf(file.FullPath))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(MainConfigAt)
                .OfType<LoadedEmqxConfig>()
                .Where(main => main.FilesRead.Contains(file.FullPath))
                .ToList();
            return includers.Count > 0 ? includers : new[] { alone };
        }

        /// <summary>The EMQX configuration at a path that was not named (a neighbour or a peer), or null.</summary>
        private LoadedEmqxConfig? MainConfigAt(string path)
        {
            var file = _source.TryRead(path);
            var kind = file == null ? ConfigKind.NotConfigLints : FileClassifier.Classify(file);
            return kind is ConfigKind.EmqxHocon or ConfigKind.EmqxFlat ? LoadEmqx(file!, kind) : null;
        }

        private LoadedEmqxConfig LoadEmqx(SourceFile file, ConfigKind kind)
        {
            if (!_emqx.TryGetValue(file.FullPath, out var loaded))
                _emqx[file.FullPath] = loaded = EmqxConfigLoader.Load(file, kind == ConfigKind.EmqxFlat ? EmqxFormat.Flat : EmqxFormat.Hocon, _source, mergeBaseHocon: true);
            return loaded;
        }

        private VmArgsConfig LoadVmArgs(SourceFile file)
        {
            if (!_vmArgs.TryGetValue(file.FullPath, out var loaded))
                _vmArgs[file.FullPath] = loaded = VmArgsConfig.Load(file, _source);
            return loaded;
        }

        /// <summary>
        /// Node sites pair each scanned main configuration or vm.args with the other files EMQX reads from the same
        /// folder. The cluster model holds those nodes plus the node configurations of the scanned files' folders
        /// and their sibling folders, which are read to find cluster peers but never reported.
        /// </summary>
        private ClusterModel BuildClusterModel(List<LoadedEmqxConfig> emqx, List<VmArgsConfig> vmArgs, List<string> candidates)
        {
            var reported = new HashSet<string>(candidates, StringComparer.Ordinal);
            var mains = emqx.Where(u => u.Config.IsMain).Select(u => u.Config).ToList();
            var sites = mains.Select(c => Site(c, VmArgsBeside(c.MainFile.FullPath)))
                .Concat(vmArgs.Where(v => !mains.Any(m => NodeSite.FolderOf(m.MainFile.FullPath) == NodeSite.FolderOf(v.File.FullPath)))
                    .Select(v => Site(EmqxBeside(v.File.FullPath), v)))
                .ToList();

            // A node already among the sites (named, or read for a fragment it includes) is not its own peer.
            var siteMains = new HashSet<string>(sites.Select(s => s.Emqx?.MainFile.FullPath).OfType<string>(), StringComparer.Ordinal);
            var peerFiles = PeerCandidates(sites.Select(s => s.Folder)).Where(p => !siteMains.Contains(p));
            var peers = peerFiles.Select(MainConfigAt).OfType<LoadedEmqxConfig>().Where(p => p.Config.IsMain)
                .Select(p => Site(p.Config, VmArgsBeside(p.Config.MainFile.FullPath)));
            var nodes = sites.Concat(peers)
                .Select(s => ClusterNode.From(s, s.Emqx != null && reported.Contains(s.Emqx.MainFile.FullPath)))
                .OfType<ClusterNode>();
            return ClusterModel.Build(sites, nodes, reported.Contains);
        }

        private NodeSite Site(EmqxConfig? emqx, VmArgsConfig? vmArgs)
        {
            var folder = NodeSite.FolderOf((emqx?.MainFile ?? vmArgs!.File).FullPath);
            return new NodeSite(folder, emqx, vmArgs, _source.TryRead(Path.Combine(folder, NodeSite.SslDistFileName)) != null, _source);
        }

        /// <summary>The vm.args EMQX reads from the same etc folder, if there is one.</summary>
        private VmArgsConfig? VmArgsBeside(string fullPath) =>
            _source.TryRead(Path.Combine(NodeSite.FolderOf(fullPath), NodeSite.VmArgsFileName)) is { } file ? LoadVmArgs(file) : null;

        private EmqxConfig? EmqxBeside(string fullPath) => MainConfigAt(Path.Combine(NodeSite.FolderOf(fullPath), NodeSite.EmqxMainFileName))?.Config;

        /// <summary>
        /// Node configurations beside the scanned nodes: in their folders and in sibling folders, but never above the
        /// folder ConfigLint runs in (a file at a repository's root has no siblings in other repositories).
        /// </summary>
        private IEnumerable<string> PeerCandidates(IEnumerable<string> nodeFolders)
        {
            var baseFolder = Path.GetFullPath(_options.BaseDirectory).TrimEnd(Path.DirectorySeparatorChar);
            var folders = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var folder in nodeFolders.Distinct())
            {
                folders.Add(folder);
                var parent = Path.GetDirectoryName(folder);
                if (parent == null || !(parent + Path.DirectorySeparatorChar).StartsWith(baseFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !Directory.Exists(parent))
                    continue;
                foreach (var sibling in SafeSubfolders(parent))
                    folders.Add(sibling);
            }
            return folders.SelectMany(SafeNodeFiles).OrderBy(p => p, StringComparer.Ordinal);
        }

        private static IEnumerable<string> SafeSubfolders(string folder)
        {
            try { return Directory.GetDirectories(folder); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Array.Empty<string>(); }
        }

        private static IEnumerable<string> SafeNodeFiles(string folder)
        {
            try { return Directory.GetFiles(folder).Where(f => FileClassifier.IsMainFileName(Path.GetFileName(f))); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Array.Empty<string>(); }
        }
    }
}
