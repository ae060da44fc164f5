using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Parsers;

namespace ConfigLint.Analyzers.Cluster
{
    /// <summary>What the cluster rules need to know of one node's main configuration.</summary>
    internal sealed class ClusterNode
    {
        // When nothing sets node.name, EMQX runs as emqx@127.0.0.1.
        private const string DefaultNodeName = "emqx@127.0.0.1";

        private const string DefaultClusterName = "emqxcl";

        // gen_rpc's fixed port when discovery is manual.
        public const int ManualRpcDefaultPort = 5369;

        private static readonly string[] RpcServerPortKeys =
            { "rpc.server_port", "rpc.tcp_server_port", "rpc.ssl_server_port", "rpc.enable_ssl" };

        private ClusterNode(NodeSite site, EmqxConfig config, NodeName name, bool isReported)
        {
            Site = site;
            Config = config;
            Name = name;
            IsReported = isReported;
        }

        public NodeSite Site { get; }

        public EmqxConfig Config { get; }

        public NodeName Name { get; }

        /// <summary>Whether the scan's <see cref="ReportScope"/> names its main configuration; false for nodes read only to build the cluster.</summary>
        public bool IsReported { get; }

        public string Folder => Path.GetDirectoryName(Config.MainFile.FullPath) ?? "";

        public ConfigValue? NameValue => Config.Get("node.name");

        /// <summary>
        /// <c>cluster.name</c> when it was chosen: EMQX's default <c>emqxcl</c> (4.4.19 emqx.schema, 5.8.9
        /// emqx_conf_schema) is kept by unrelated deployments alike, so it says nothing about which nodes belong together.
        /// </summary>
        public string? ChosenClusterName =>
            Config.GetText("cluster.name")?.Trim() is { Length: > 0 } name && name != DefaultClusterName ? name : null;

        /// <summary>
        /// EMQX 5 and the 4.2+ shipped configurations use stateless discovery; EMQX 4 before 4.2 had only the
        /// fixed port, so a 4.x file that does not say is taken as manual.
        /// </summary>
        public bool IsStateless
        {
            get
            {
                var mode = Config.GetText("rpc.port_discovery")?.Trim();
                return mode == null ? Config.Format == EmqxFormat.Hocon : string.Equals(mode, "stateless", StringComparison.OrdinalIgnoreCase);
            }
        }

        /// <summary>The first RPC server port setting that holds a number, with its key.</summary>
        public (string Key, ConfigValue Value, int Port)? ConfiguredRpcPort
        {
            get
            {
                foreach (var key in RpcServerPortKeys)
                {
                    if (Config.Get(key) is ConfigValue value && int.TryParse(Config.GetText(key)?.Trim(), out var port))
                        return (key, value, port);
                }
                return null;
            }
        }

        /// <summary>The port the node's RPC server really listens on.</summary>
        public int EffectiveRpcPort => IsStateless ? Name.StatelessRpcPort : ConfiguredRpcPort?.Port ?? ManualRpcDefaultPort;

        /// <summary>The seed node names of static discovery, each with where it is written.</summary>
        public IReadOnlyList<Seed> Seeds => Seed.Read(Config);

        public static ClusterNode? From(NodeSite site, bool isReported)
        {
            if (site.Emqx is not { IsMain: true } config)
                return null;
            var nameText = config.GetText("node.name") ?? DefaultNodeName;
            return NodeName.TryParse(nameText, out var name) ? new ClusterNode(site, config, name, isReported) : null;
        }
    }
}
