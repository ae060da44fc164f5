using System.IO;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.ErlangDist;
using ConfigLint.Analyzers.Knowledge;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers.Cluster
{
    /// <summary>A setting of a node together with the file and span it is written at.</summary>
    internal sealed class NodeSetting
    {
        public NodeSetting(string value, string filePath, SourceText text, TextSpan span)
        {
            Value = value;
            FilePath = filePath;
            Text = text;
            Span = span;
        }

        public string Value { get; }

        public string FilePath { get; }

        public SourceText Text { get; }

        public TextSpan Span { get; }
    }

    /// <summary>
    /// What one node is configured with: its EMQX main configuration and the vm.args and ssl_dist.conf EMQX
    /// reads from the same etc folder. Either of the first two may be missing (a plain Erlang node has only vm.args).
    /// </summary>
    internal sealed class NodeSite
    {
        /// <summary>EMQX's default -ssl_dist_optfile: etc/ssl_dist.conf beside emqx.conf.</summary>
        public const string SslDistFileName = "ssl_dist.conf";

        /// <summary>The emulator arguments EMQX (and any release) reads from its etc folder.</summary>
        public const string VmArgsFileName = "vm.args";

        /// <summary>A node's main EMQX configuration.</summary>
        public const string EmqxMainFileName = "emqx.conf";

        public NodeSite(string folder, EmqxConfig? emqx, VmArgsConfig? vmArgs, bool hasSslDistFile, IConfigFileSource files)
        {
            Folder = folder;
            Emqx = emqx;
            VmArgs = vmArgs;
            HasSslDistFile = hasSslDistFile;
            _files = files;
        }

        private readonly IConfigFileSource _files;

        public string Folder { get; }

        public EmqxConfig? Emqx { get; }

        public VmArgsConfig? VmArgs { get; }

        public bool HasSslDistFile { get; }

        /// <summary>The distribution protocol, from emqx.conf (4.x/5.x key or 3.x node.proto_dist) or vm.args.</summary>
        public NodeSetting? ProtoDist =>
            FromEmqx("cluster.proto_dist") ?? FromEmqx("node.proto_dist") ?? FromVmArgs("-proto_dist", lastValue: false);

        /// <summary>The node's cookie: emqx.conf's node.cookie, else vm.args's -setcookie.</summary>
        public NodeSetting? Cookie => FromEmqx("node.cookie") ?? FromVmArgs("-setcookie", lastValue: true);

        /// <summary>
        /// Whether Erlang's TLS distribution finds options: the ssl_dist.conf EMQX points at by default, an
        /// optfile named by 4.x node.ssl_dist_optfile or vm.args -ssl_dist_optfile that exists, or -ssl_dist_opt.
        /// </summary>
        public bool HasTlsDistOptions =>
            HasSslDistFile
            || Exists(FromEmqx("node.ssl_dist_optfile"))
            || Exists(FromVmArgs("-ssl_dist_optfile", lastValue: false))
            || VmArgs?.Last("-ssl_dist_opt") != null;

        private bool Exists(NodeSetting? optfile)
        {
            var path = optfile == null ? null : EtcPaths.Resolve(optfile.Value, Folder);
            return path != null && _files.TryRead(path) != null;
        }

        private NodeSetting? FromEmqx(string key) =>
            Emqx?.Get(key) is ConfigScalar scalar
                ? new NodeSetting(scalar.Text.Trim(), scalar.Origin.FilePath, scalar.Origin.Text, scalar.Origin.ValueSpan)
                : null;

        private NodeSetting? FromVmArgs(string flag, bool lastValue)
        {
            if (VmArgs?.Last(flag) is not { Flag.Values.IsEmpty: false } entry)
                return null;
            var word = lastValue ? entry.Flag.Values[entry.Flag.Values.Length - 1] : entry.Flag.Values[0];
            return new NodeSetting(word.Text, entry.File.FullPath, entry.File.Text, word.Span);
        }

        public static string FolderOf(string fullPath) => Path.GetDirectoryName(fullPath) ?? "";
    }
}
