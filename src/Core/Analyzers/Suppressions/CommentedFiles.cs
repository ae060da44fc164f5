using System;
using System.Collections.Generic;
using System.Linq;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.ErlangDist;
using ConfigLint.Analyzers.Formats;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ClpConf;

namespace ConfigLint.Analyzers.Suppressions
{
    /// <summary>The files a scan loaded, each once, in the comment syntax of the format it was read as.</summary>
    internal static class CommentedFiles
    {
        /// <param name="loaded">Every configuration the scan loaded (named files, neighbours and peers).</param>
        /// <param name="source">The scan's file source, which answers a second read of a path with the first result.</param>
        /// <param name="display">The display path of a full path, as findings carry it.</param>
        public static IEnumerable<CommentedFile> Of(IEnumerable<LoadedConfig> loaded, IConfigFileSource source, Func<string, string> display)
        {
            var files = loaded.SelectMany(config => FilesOf(config, source).Select(f => (f.File, f.Syntax, config.Errors.IsEmpty))).ToList();
            return files
                .GroupBy(f => f.File.FullPath, StringComparer.Ordinal)
                .Select(g => new CommentedFile(display(g.Key), g.First().File.Text, g.First().Syntax, g.All(f => f.IsEmpty)));
        }

        // A clp.conf's text is decoded by its own reader (its encoding is its own), so each file's text is the model's
        // where the model keeps it; an include or -args_file is read again through the source, which has it already.
        private static IEnumerable<(SourceFile File, CommentSyntax Syntax)> FilesOf(LoadedConfig loaded, IConfigFileSource source) => loaded switch
        {
            LoadedEmqxConfig emqx => Read(emqx.FilesRead, source, emqx.Model.Format == EmqxFormat.Flat ? CommentSyntax.Flat : CommentSyntax.Hocon),
            LoadedConfig<VmArgsConfig> vmArgs => Read(vmArgs.Model.FilesRead, source, CommentSyntax.VmArgs),
            LoadedConfig<SslDistConfig> sslDist => new[] { (sslDist.Model.File, CommentSyntax.ErlangTerms) },
            LoadedConfig<ClpConfDocument> clp => new[] { (clp.Model.File, CommentSyntax.Xml) },
            _ => Array.Empty<(SourceFile, CommentSyntax)>(),
        };

        private static IEnumerable<(SourceFile File, CommentSyntax Syntax)> Read(IEnumerable<string> paths, IConfigFileSource source, CommentSyntax syntax) =>
            paths.Select(path => source.Read(path).File).OfType<SourceFile>().Select(file => (file, syntax));
    }
}
