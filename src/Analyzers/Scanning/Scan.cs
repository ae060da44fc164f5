using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers.Cluster;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.Rules;
using ConfigLint.Analyzers.Rules.Emqx;
using ConfigLint.Parsers;

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

        public Scan(ScanOptions options)
        {
            _options = options;
            _paths = new DisplayPaths(options.BaseDirectory);
            _sink = new FindingSink(_paths);
        }

        public ScanResult Run()
        {
            var candidates = _options.Files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
            var loaded = LoadUnits(candidates, reportUnreadable: true);
            // A fragment that another configuration of this scan includes is judged in that context, not again alone.
            var readThroughOthers = new HashSet<string>(loaded.SelectMany(l => l.FilesRead.Where(f => f != l.Config.MainFile.FullPath)), StringComparer.Ordinal);
            var units = loaded.Where(l => l.Config.IsMain || !readThroughOthers.Contains(l.Config.MainFile.FullPath)).ToList();

            foreach (var unit in units)
            {
                foreach (var error in unit.Errors)
                    UnreadableConfig.Report(error, _sink);
                foreach (var rule in EmqxRules.All)
                    rule.Analyze(unit.Config, _sink);
            }
            PortNodeMismatch.Analyze(BuildClusterModel(units, candidates), _sink);

            return new ScanResult(
                DiagnosticOrder.Sort(_sink.Diagnostics),
                _analyzed.Distinct().OrderBy(p => p, StringComparer.Ordinal).ToImmutableArray(),
                _unreadable.OrderBy(u => u.DisplayPath, StringComparer.Ordinal).ToImmutableArray());
        }

        private List<LoadedEmqxConfig> LoadUnits(IEnumerable<string> files, bool reportUnreadable)
        {
            var units = new List<LoadedEmqxConfig>();
            var unitRoots = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in files)
            {
                var file = _source.TryRead(path);
                if (file == null)
                {
                    if (reportUnreadable)
                        _unreadable.Add(new UnreadableFile(_paths.Display(path), _source.Failures.TryGetValue(path, out var why) ? why : "the file does not exist"));
                    continue;
                }
                var kind = FileClassifier.Classify(file);
                if (kind == ConfigKind.NotConfigLints)
                    continue;
                if (reportUnreadable)
                    _analyzed.Add(_paths.Display(path));
                if (kind == ConfigKind.ClpConf)
                {
                    // A clp.conf is a whole cluster in one file: judged on its own, never a peer of anything.
                    if (reportUnreadable)
                        ClpConfAnalysis.Run(path, _source, _sink);
                    continue;
                }
                var root = UnitRoot(file, kind, out var rootKind);
                if (unitRoots.Add(root.FullPath))
                    units.Add(EmqxConfigLoader.Load(root, rootKind == ConfigKind.EmqxFlat ? EmqxFormat.Flat : EmqxFormat.Hocon, _source, mergeBaseHocon: true));
            }
            return units;
        }

        /// <summary>
        /// base.hocon is read under the emqx.conf beside it, so whichever of the two is named, the node's
        /// merged configuration is what gets judged (and findings do not depend on which files were passed).
        /// </summary>
        private SourceFile UnitRoot(SourceFile file, ConfigKind kind, out ConfigKind rootKind)
        {
            rootKind = kind;
            if (Path.GetFileName(file.FullPath) != EmqxConfigLoader.BaseHoconName)
                return file;
            var main = _source.TryRead(Path.Combine(Path.GetDirectoryName(file.FullPath) ?? "", "emqx.conf"));
            if (main == null)
                return file;
            rootKind = FileClassifier.Classify(main);
            return rootKind == ConfigKind.EmqxHocon ? main : file;
        }

        /// <summary>
        /// The cluster model holds every scanned node, plus the node configurations of the scanned files'
        /// folders and their sibling folders, which are read to find cluster peers but never reported.
        /// </summary>
        private ClusterModel BuildClusterModel(List<LoadedEmqxConfig> units, List<string> candidates)
        {
            var reported = new HashSet<string>(units.Select(u => u.Config.MainFile.FullPath), StringComparer.Ordinal);
            var peers = LoadUnits(PeerCandidates(candidates).Where(p => !reported.Contains(p)), reportUnreadable: false);
            var nodes = units.Select(u => ClusterNode.From(u.Config, isReported: true))
                .Concat(peers.Where(p => !reported.Contains(p.Config.MainFile.FullPath)).Select(p => ClusterNode.From(p.Config, isReported: false)))
                .OfType<ClusterNode>();
            return ClusterModel.Build(nodes);
        }

        private static IEnumerable<string> PeerCandidates(IEnumerable<string> candidates)
        {
            var folders = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var folder in candidates.Select(Path.GetDirectoryName).OfType<string>().Distinct())
            {
                folders.Add(folder);
                var parent = Path.GetDirectoryName(folder);
                if (parent == null || !Directory.Exists(parent))
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
