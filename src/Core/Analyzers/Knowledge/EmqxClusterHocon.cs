using System.Collections.Generic;
using System.IO;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Parsers;
using ConfigLint.Parsers.Hocon;

namespace ConfigLint.Analyzers.Knowledge
{
    /// <summary>
    /// EMQX 5.1+ keeps what the dashboard and the HTTP API change (authenticators, authorization sources, listeners)
    /// in <c>cluster.hocon</c> under the node's data folder, and reads it between base.hocon and emqx.conf
    /// (emqx_config:do_parse_hocon, checked against 5.8.9). Where it lies: <c>node.data_dir</c>/configs/cluster.hocon
    /// (emqx_conf_schema:tr_cluster_hocon_file). A relative data_dir (EMQX ships <c>data</c>) is taken from the install
    /// root, the folder above etc/ (or the configuration's own folder when it is not in an etc folder); an absolute
    /// one cannot be mapped into a source tree, so the usual layout, <c>data</c> under the install root, is looked at.
    /// </summary>
    internal static class EmqxClusterHocon
    {
        private const string DefaultDataDir = "data";

        /// <summary>Where the node keeps cluster.hocon, as the scanned tree would hold it.</summary>
        public static string PathFor(EmqxConfig config)
        {
            var folder = Path.GetDirectoryName(config.MainFile.FullPath) ?? "";
            var installRoot = Path.GetFileName(folder) == "etc" ? Path.GetDirectoryName(folder) ?? folder : folder;
            var dataDir = config.GetText("node.data_dir")?.Trim() is { Length: > 0 } configured && !Path.IsPathRooted(configured) && !configured.Contains("${") && !configured.Contains("{{")
                ? configured
                : DefaultDataDir;
            return ConfigPaths.Combine(installRoot, Path.Combine(dataDir, "configs", "cluster.hocon"));
        }

        /// <summary>
        /// The main configuration as the node reads it, with the cluster.hocon of the scanned tree under it; the
        /// configuration itself when the tree holds no cluster.hocon (or it lies outside the scanned tree); null when
        /// cluster.hocon is there but cannot be read or parsed, so what it holds is unknown.
        /// </summary>
        public static EmqxConfig? WithClusterHocon(EmqxConfig config, IConfigFileSource files)
        {
            var clusterHocon = PathFor(config);
            var read = files.Read(clusterHocon);
            if (read.Status is FileReadStatus.NotFound or FileReadStatus.OutsideScannedTree)
                return config;
            if (!read.IsRead)
                return null;
            var layers = new List<string>();
            var baseHocon = Path.Combine(Path.GetDirectoryName(config.MainFile.FullPath) ?? "", EmqxConfigLoader.BaseHoconName);
            if (files.Read(baseHocon).IsRead)
                layers.Add(baseHocon);
            layers.Add(clusterHocon);
            layers.Add(config.MainFile.FullPath);
            var resolution = HoconLoader.Load(layers, files);
            return resolution.Errors.IsEmpty && resolution.Root != null
                ? new EmqxConfig(config.MainFile, EmqxFormat.Hocon, config.IsMain, config.IsComplete, resolution.Root, flat: null)
                : null;
        }
    }
}
