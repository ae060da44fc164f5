using System.Collections.Generic;
using System.IO;
using System.Linq;
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

    /// <summary>An optfile a node names (<c>node.ssl_dist_optfile</c>, <c>-ssl_dist_optfile</c>), and what reading it gave.</summary>
    internal sealed record Optfile(NodeSetting Setting, FileReadResult Read);

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

        /// <summary>Reads the other files the node reads (cluster.hocon, acl.conf) through the scan's file source.</summary>
        public IConfigFileSource Files => _files;

        /// <summary>The distribution protocol, from emqx.conf (4.x/5.x key or 3.x node.proto_dist) or vm.args.</summary>
        public NodeSetting? ProtoDist =>
            FromEmqx("cluster.proto_dist") ?? FromEmqx("node.proto_dist") ?? FromVmArgs("-proto_dist", lastValue: false);

        /// <summary>The node's cookie: emqx.conf's node.cookie, else vm.args's -setcookie.</summary>
        public NodeSetting? Cookie => FromEmqx("node.cookie") ?? FromVmArgs("-setcookie", lastValue: true);

        /// <summary>
        /// Whether Erlang's TLS distribution finds options: the ssl_dist.conf EMQX points at by default, an
        /// optfile named by 4.x node.ssl_dist_optfile or vm.args -ssl_dist_optfile, or -ssl_dist_opt. An optfile
        /// outside the scanned tree was not read and is taken to be there: a wrong finding costs more than a missed one.
        /// </summary>
        public bool HasTlsDistOptions =>
            HasSslDistFile
            || Optfiles().Any(o => o.Read.Status is FileReadStatus.Read or FileReadStatus.OutsideScannedTree)
            || VmArgs?.Last("-ssl_dist_opt") != null;

        /// <summary>The optfiles the node names, each with what reading it gave.</summary>
        public IEnumerable<Optfile> Optfiles()
        {
            foreach (var setting in new[] { FromEmqx("node.ssl_dist_optfile"), FromVmArgs("-ssl_dist_optfile", lastValue: false) })
            {
                if (setting != null && EtcPaths.Resolve(setting.Value, Folder) is { } path)
                    yield return new Optfile(setting, _files.Read(path));
            }
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
