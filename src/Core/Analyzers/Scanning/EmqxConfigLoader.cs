using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.Formats;
using ConfigLint.Parsers;
using ConfigLint.Parsers.Hocon;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers
{
    /// <summary>An EMQX configuration as loaded: the model rules read, the errors met, every file read for it.</summary>
    internal sealed class LoadedEmqxConfig : LoadedConfig<EmqxConfig>
    {
        public LoadedEmqxConfig(EmqxConfig config, ImmutableArray<ParseError> errors, IReadOnlyList<SourceFile> filesRead, HoconSyntaxTree? hoconTree = null)
            : base(config.MainFile.FullPath, errors, config)
        {
            FileTexts = filesRead;
            FilesRead = filesRead.Select(f => f.FullPath).ToImmutableArray();
            HoconTree = hoconTree;
        }

        /// <summary>The file's own HOCON syntax tree when it was read as HOCON (and could be read), else null.</summary>
        public HoconSyntaxTree? HoconTree { get; }

        /// <summary>Full paths of the file, its includes and (for a 5.x main configuration) base.hocon.</summary>
        public ImmutableArray<string> FilesRead { get; }

        /// <summary>The texts of <see cref="FilesRead"/> as they were read, in the same order (their suppression comments are read from these, not read again).</summary>
        public IReadOnlyList<SourceFile> FileTexts { get; }
    }

    /// <summary>Loads an EMQX file as the node would read it.</summary>
    internal static class EmqxConfigLoader
    {
        /// <summary>EMQX 5 reads etc/base.hocon first and emqx.conf over it.</summary>
        public const string BaseHoconName = "base.hocon";

        /// <param name="file">The file to load.</param>
        /// <param name="format">Its form, as <see cref="EmqxFormDecision"/> decided it.</param>
        /// <param name="source">Reads includes (and base.hocon) through the scan's cache.</param>
        /// <param name="mergeBaseHocon">Whether a 5.x main configuration gets the base.hocon beside it merged under it.</param>
        public static LoadedEmqxConfig Load(SourceFile file, EmqxFormat format, IConfigFileSource source, bool mergeBaseHocon)
        {
            var isMainByName = FileClassifier.IsMainFileName(Path.GetFileName(file.FullPath));
            if (format == EmqxFormat.Flat)
            {
                var document = EmqxFormDecision.FlatParseOf(file);
                var flat = document.ToFlatMap();
                var isMain = isMainByName || flat.ContainsKey("node.name");
                var config = new EmqxConfig(file, format, isMain, document.Errors.IsEmpty, document.ToConfigObject(), flat);
                return new LoadedEmqxConfig(config, document.Errors, new[] { file });
            }

            var layers = new List<string>();
            var basePath = Path.Combine(Path.GetDirectoryName(file.FullPath) ?? "", BaseHoconName);
            var baseRead = mergeBaseHocon && isMainByName ? source.Read(basePath) : null;
            if (baseRead?.IsRead == true)
                layers.Add(basePath);
            layers.Add(file.FullPath);
            var resolution = HoconLoader.Load(layers, source);
            var errors = resolution.Errors;
            // EMQX reads base.hocon unasked: one that cannot be read is reported at the start of emqx.conf.
            if (baseRead is { IsRead: false, Status: not FileReadStatus.NotFound })
                errors = errors.Insert(0, ParseError.Refused(baseRead, file.FullPath, file.Text, new TextSpan(0, 0)));
            var root = resolution.Root ?? new ConfigObject(new Dictionary<string, ConfigValue>(), new ConfigOrigin(file.FullPath, file.Text, default, default));
            var hoconConfig = new EmqxConfig(file, format, IsNodeConfiguration(isMainByName, root), errors.IsEmpty, root, flat: null);
            return new LoadedEmqxConfig(
                hoconConfig,
                errors,
                FilesOf(resolution.Trees),
                resolution.Trees.FirstOrDefault(t => t.FilePath == file.FullPath));
        }

        /// <summary>Each file the trees were read from, once, in the order first read.</summary>
        private static List<SourceFile> FilesOf(IReadOnlyList<HoconSyntaxTree> trees)
        {
            var files = new List<SourceFile>();
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var tree in trees)
            {
                if (seen.Add(tree.FilePath))
                    files.Add(new SourceFile(tree.FilePath, tree.Text));
            }
            return files;
        }

        /// <summary>
        /// Whether an EMQX 5 file is a node's whole configuration, judged for what it leaves to defaults: it sets
        /// <c>node.name</c>, or it has the main file's name and sets something of <c>node</c> (with base.hocon and its
        /// includes). EMQX 5 requires <c>node.cookie</c> (emqx_conf_schema, 5.8.9), so an emqx.conf with no node
        /// settings at all is a fragment (EMQX's source tree merges apps/*/etc/emqx.conf into the release's) or leans
        /// on environment variables ConfigLint cannot see; either way its defaults are not the node's.
        /// </summary>
        private static bool IsNodeConfiguration(bool isMainByName, ConfigObject root) =>
            root.Find("node.name") != null || (isMainByName && root.Find("node") is ConfigObject);

    }
}
