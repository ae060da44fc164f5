using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConfigLint.Analyzers.Cluster;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.ErlangDist;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ClpConf;
using ConfigLint.Parsers.Cuttlefish;
using ConfigLint.Parsers.ErlangTerms;
using ConfigLint.Parsers.Hocon;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers
{
    /// <summary>Which of ConfigLint's formats a file is in, or none.</summary>
    internal enum ConfigKind
    {
        NotConfigLints,
        EmqxHocon,
        EmqxFlat,
        SslDist,
        VmArgs,
        ClpConf,
    }

    /// <summary>
    /// Decides which files are ConfigLint's. A file that is not (a sysctl.conf, a README) is skipped without a
    /// finding, so the tool can be pointed at a whole repository.
    /// </summary>
    internal static class FileClassifier
    {
        // EMQX's top-level configuration roots across 2.x–5.x; two of them in one *.conf mark an EMQX file.
        private static readonly HashSet<string> EmqxRoots = new(StringComparer.Ordinal)
        {
            "node", "cluster", "rpc", "dashboard", "listeners", "listener", "authorization", "authentication", "mqtt",
            "zone", "zones", "management", "allow_anonymous", "acl_nomatch", "broker", "bridges", "rule_engine",
            "gateway", "log",
        };

        private const int ContentSniffLength = 64 * 1024;

        public static bool IsEmqxFileName(string fileName) =>
            IsMainFileName(fileName)
            || (fileName.StartsWith("emqx_", StringComparison.Ordinal) && fileName.EndsWith(".conf", StringComparison.Ordinal))
            || (fileName.StartsWith("emqx-", StringComparison.Ordinal) && fileName.EndsWith(".conf", StringComparison.Ordinal))
            || fileName.EndsWith(".hocon", StringComparison.Ordinal);

        /// <summary>A node's main configuration by name; a file that sets node.name is one too.</summary>
        public static bool IsMainFileName(string fileName) =>
            IsNamed(fileName, NodeSite.EmqxMainFileName);

        // "emqx.conf" or "<anything>.emqx.conf": the name, or a prefixed variant of it (prod.emqx.conf, node1.vm.args).
        private static bool IsNamed(string fileName, string name) =>
            fileName == name || fileName.EndsWith("." + name, StringComparison.Ordinal);

        // Release tools render these into the file named without the suffix: relx vm.args.src, Mix vm.args.eex.
        private static readonly string[] VmArgsTemplateSuffixes = { ".src", ".eex" };

        private const string TemplateSuffix = ".template";

        /// <summary>The names a node's vm.args may have in its folder: the rendered file first, then its templates.</summary>
        public static IEnumerable<string> VmArgsNames()
        {
            yield return NodeSite.VmArgsFileName;
            foreach (var suffix in VmArgsTemplateSuffixes)
                yield return NodeSite.VmArgsFileName + suffix;
        }

        // Erlang term files; only those holding distribution options are ConfigLint's.
        private const string ErlangConfigSuffix = ".config";

        /// <summary>
        /// The name of the file a release template renders (vm.args for vm.args.src or vm.args.eex, inet_tls.conf for
        /// inet_tls.conf.template); any other name is itself. A template is judged as the file it renders.
        /// </summary>
        public static string RenderedName(string fileName)
        {
            if (fileName.EndsWith(".conf" + TemplateSuffix, StringComparison.Ordinal))
                return fileName.Substring(0, fileName.Length - TemplateSuffix.Length);
            foreach (var suffix in VmArgsTemplateSuffixes)
            {
                if (!fileName.EndsWith(suffix, StringComparison.Ordinal))
                    continue;
                var rendered = fileName.Substring(0, fileName.Length - suffix.Length);
                if (IsNamed(rendered, NodeSite.VmArgsFileName))
                    return rendered;
            }
            return fileName;
        }

        /// <summary>
        /// Whether a file of this name can be ConfigLint's at all. Anything else (sources, images, READMEs) is
        /// skipped without being read, so pointing the tool at a whole repository costs little.
        /// </summary>
        public static bool MayBeConfigLints(string fileName)
        {
            var rendered = RenderedName(fileName);
            return rendered.EndsWith(".conf", StringComparison.Ordinal)
                || rendered.EndsWith(".hocon", StringComparison.Ordinal)
                || rendered.EndsWith(ErlangConfigSuffix, StringComparison.Ordinal)
                || IsNamed(rendered, NodeSite.VmArgsFileName);
        }

        /// <summary>
        /// Classifies a file by the name of the file it renders, then (for other *.conf files) by its content (EMQX: its
        /// first 64 KB). A *.config file is ConfigLint's only when it holds distribution options.
        /// </summary>
        public static ConfigKind Classify(SourceFile file)
        {
            var name = RenderedName(Path.GetFileName(file.FullPath));
            if (IsNamed(name, NodeSite.SslDistFileName))
                return ConfigKind.SslDist;
            if (IsNamed(name, NodeSite.VmArgsFileName))
                return ConfigKind.VmArgs;
            // A sys.config or app.config is judged by the opening of its first term alone, never parsed.
            if (name.EndsWith(ErlangConfigSuffix, StringComparison.Ordinal))
                return OpensWithDistSide(file.Text) && HoldsSslDistOptions(file) ? ConfigKind.SslDist : ConfigKind.NotConfigLints;
            // ECX: clp.conf by name, or any other *.conf whose XML is a clp.conf (templates such as sss4mariadb.conf).
            if (ClpConfRecognizer.IsClpConfName(name) || (name.EndsWith(".conf", StringComparison.Ordinal) && FirstSignificantChar(file.Text, comment: null) == '<' && ClpConfRecognizer.HasClpConfContent(file.Text.ToString())))
                return ConfigKind.ClpConf;
            if (IsEmqxFileName(name))
                return KindOf(EmqxFormDecision.Decide(file).Format);
            if (!name.EndsWith(".conf", StringComparison.Ordinal) || OtherBrokerKey(file.Text) != null)
                return ConfigKind.NotConfigLints;
            return ClassifyByContent(file);
        }

        // Keys only other Erlang products' cuttlefish files set; theirs also use roots EMQX has (log, listeners, management).
        private static readonly (string Marker, string Product)[] OtherBrokerMarkers =
        {
            ("default_user", "RabbitMQ"), ("default_pass", "RabbitMQ"), ("loopback_users", "RabbitMQ"), ("cluster_formation.", "RabbitMQ"),
            ("listener.vmq.", "VerneMQ"), ("riak_control", "Riak"), ("distributed_cookie", "VerneMQ or Riak"), ("nodename", "VerneMQ or Riak"),
        };

        /// <summary>
        /// The first key (in the first 64 KB) that marks a RabbitMQ, VerneMQ or Riak configuration, with its product;
        /// null when there is none. Only the key is returned, never a value.
        /// </summary>
        public static (string Key, string Product)? OtherBrokerKey(SourceText text)
        {
            foreach (var key in KeyMarkers.LeadingKeys(text, ContentSniffLength))
            {
                foreach (var (marker, product) in OtherBrokerMarkers)
                {
                    if (KeyMarkers.Matches(key, marker))
                        return (key, product);
                }
            }
            return null;
        }

        private static ConfigKind ClassifyByContent(SourceFile file)
        {
            if (LooksLikeErlangTerms(file.Text) && HoldsSslDistOptions(file))
                return ConfigKind.SslDist;
            var truncated = file.Text.Length > ContentSniffLength;
            var head = truncated
                ? new SourceFile(file.FullPath, file.Text.GetSubText(new TextSpan(0, CutAtLineEnd(file.Text, ContentSniffLength))))
                : file;
            // Only an EMQX file by name may have a line that does not read: another *.conf must read cleanly.
            var form = EmqxFormDecision.Decide(head);
            return (truncated || form.ReadsWithoutErrors) && CountEmqxRoots(form.RootKeys) >= 2 ? KindOf(form.Format) : ConfigKind.NotConfigLints;
        }

        private static ConfigKind KindOf(EmqxFormat format) => format == EmqxFormat.Flat ? ConfigKind.EmqxFlat : ConfigKind.EmqxHocon;

        // Recognised by its terms as if it had no byte-order mark: erl refuses one, which the reader then reports.
        private static bool HoldsSslDistOptions(SourceFile file) =>
            SslDistConfig.LooksLikeSslDist(ErlangTermParser.Parse(new SourceFile(file.FullPath, file.Text)));

        // An Erlang term file starts (after comments) with a term: ssl_dist options start with '['.
        private static bool LooksLikeErlangTerms(SourceText text) => FirstSignificantChar(text, comment: '%') == '[';

        /// <summary>Whether the text opens with "[{server" or "[{client" (comments and white space aside): all a distribution option file needs to be told from any other.</summary>
        private static bool OpensWithDistSide(SourceText text)
        {
            var list = SignificantIndex(text, 0, '%');
            var tuple = list is { } l && text[l] == '[' ? SignificantIndex(text, l + 1, '%') : null;
            var key = tuple is { } t && text[t] == '{' ? SignificantIndex(text, t + 1, '%') : null;
            return key is { } k && (IsAtomAt(text, k, "server") || IsAtomAt(text, k, "client"));
        }

        private static bool IsAtomAt(SourceText text, int start, string atom)
        {
            var end = start + atom.Length;
            return end <= text.Length
                && text.ToString(new TextSpan(start, atom.Length)) == atom
                && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '_' || text[end] == '@'));
        }

        /// <summary>The first character that is not white space, a byte-order mark or (with a comment character) in a comment line.</summary>
        private static char? FirstSignificantChar(SourceText text, char? comment) =>
            SignificantIndex(text, 0, comment) is { } index ? text[index] : null;

        /// <summary>Where, from <paramref name="start"/> on, the first such character is; null when there is none.</summary>
        private static int? SignificantIndex(SourceText text, int start, char? comment)
        {
            var inComment = false;
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n')
                    inComment = false;
                else if (!inComment && c == comment)
                    inComment = true;
                else if (!inComment && !char.IsWhiteSpace(c) && c != '\uFEFF')
                    return i;
            }
            return null;
        }

        private static int CountEmqxRoots(IEnumerable<string> rootKeys) => rootKeys.Where(EmqxRoots.Contains).Distinct().Count();

        private static int CutAtLineEnd(SourceText text, int length) => text.Lines.GetLineFromPosition(length).Start;
    }
}
