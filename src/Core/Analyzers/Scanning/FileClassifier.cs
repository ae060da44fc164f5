using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers.Cluster;
using ConfigLint.Analyzers.Formats;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers
{
    /// <summary>
    /// Decides which files are ConfigLint's. A file that is not (a sysctl.conf, a README) is skipped without a
    /// finding, so the tool can be pointed at a whole repository.
    /// </summary>
    internal static class FileClassifier
    {
        /// <summary>How much of a file recognising it by content looks at.</summary>
        public const int ContentSniffLength = 64 * 1024;

        public static bool IsEmqxFileName(string fileName) =>
            IsMainFileName(fileName)
            || (fileName.StartsWith("emqx_", StringComparison.Ordinal) && fileName.EndsWith(".conf", StringComparison.Ordinal))
            || (fileName.StartsWith("emqx-", StringComparison.Ordinal) && fileName.EndsWith(".conf", StringComparison.Ordinal))
            || fileName.EndsWith(".hocon", StringComparison.Ordinal);

        /// <summary>A node's main configuration by name; a file that sets node.name is one too.</summary>
        public static bool IsMainFileName(string fileName) =>
            IsNamed(fileName, NodeSite.EmqxMainFileName);

        // "emqx.conf" or "<anything>.emqx.conf": the name, or a prefixed variant of it (prod.emqx.conf, node1.vm.args).
        public static bool IsNamed(string fileName, string name) =>
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
            return ConfigFormats.All.Any(format => format.MayBe(rendered));
        }

        /// <summary>
        /// The format a file is in, or null when it is none of ConfigLint's: each format is asked by the name of the
        /// file it renders (and the content that name calls for); then a <c>*.conf</c> no other product's is asked
        /// about by its content alone.
        /// </summary>
        public static ConfigFormat? Classify(FileReadResult read)
        {
            var name = RenderedName(Path.GetFileName(read.FullPath));
            foreach (var format in ConfigFormats.All)
            {
                if (format.ClaimByName(name, read) is { } claimed)
                    return claimed;
            }
            var file = read.File!;
            if (!name.EndsWith(".conf", StringComparison.Ordinal) || OtherBrokerKey(file.Text) != null)
                return null;
            foreach (var format in ConfigFormats.All)
            {
                if (format.ClaimByContent(file) is { } recognised)
                    return recognised;
            }
            return null;
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

        /// <summary>The first character that is not white space, a byte-order mark or (with a comment character) in a comment line.</summary>
        public static char? FirstSignificantChar(SourceText text, char? comment) =>
            SignificantIndex(text, 0, comment) is { } index ? text[index] : null;

        /// <summary>Where, from <paramref name="start"/> on, the first such character is; null when there is none.</summary>
        public static int? SignificantIndex(SourceText text, int start, char? comment)
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
    }
}
