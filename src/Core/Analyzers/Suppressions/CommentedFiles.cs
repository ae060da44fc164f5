using System;
using System.Collections.Generic;
using System.Linq;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.ErlangDist;
using ConfigLint.Analyzers.Formats;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ClpConf;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers.Suppressions
{
    /// <summary>The suppression comments of the files a scan loaded, in the comment syntax of the format each was read as.</summary>
    internal static class CommentedFiles
    {
        /// <summary>
        /// The comments of the files one configuration read, taken as soon as it is loaded: a scan keeps these short
        /// lists to the end, not the files' texts.
        /// </summary>
        /// <param name="loaded">A configuration the scan loaded (a named file, a neighbour or a peer).</param>
        /// <param name="source">The scan's file source, for a vm.args' -args_file (its model keeps only the path).</param>
        /// <param name="display">The display path of a full path, as findings carry it.</param>
        public static IReadOnlyList<CommentedFile> Of(LoadedConfig loaded, IConfigFileSource source, Func<string, string> display)
        {
            var files = new List<CommentedFile>();
            void Add(string fullPath, SourceText text, CommentSyntax syntax)
            {
                var shown = display(fullPath);
                files.Add(new CommentedFile(shown, SuppressionComment.Read(shown, text, syntax).ToList(), loaded.Errors.IsEmpty));
            }
            // A clp.conf's text is decoded by its own reader (its encoding is its own), so each file's text is the model's
            // where the model keeps it; an -args_file is read again through the source. No tuples of the three: LINQ over
            // value types is compiled when the process starts, and a pre-commit run is mostly start-up.
            switch (loaded)
            {
                case LoadedEmqxConfig emqx:
                    foreach (var file in emqx.FileTexts)
                        Add(file.FullPath, file.Text, emqx.Model.Format == EmqxFormat.Flat ? CommentSyntax.Flat : CommentSyntax.Hocon);
                    break;
                case LoadedConfig<VmArgsConfig> vmArgs:
                    foreach (var path in vmArgs.Model.FilesRead)
                    {
                        if (source.Read(path).File is { } file)
                            Add(file.FullPath, file.Text, CommentSyntax.VmArgs);
                    }
                    break;
                case LoadedConfig<SslDistConfig> sslDist:
                    Add(sslDist.Model.File.FullPath, sslDist.Model.File.Text, CommentSyntax.ErlangTerms);
                    break;
                case LoadedConfig<ClpConfDocument> clp:
                    Add(clp.Model.File.FullPath, clp.Model.File.Text, CommentSyntax.Xml);
                    break;
            }
            return files;
        }

        /// <summary>Each file once: as the first configuration (in the order given) that read it saw it, read whole only when every one that read it was.</summary>
        public static IEnumerable<CommentedFile> Merge(IEnumerable<CommentedFile> files) =>
            files.GroupBy(f => f.DisplayPath, StringComparer.Ordinal)
                .Select(g => new CommentedFile(g.Key, g.First().Comments, g.All(f => f.IsReadWhole)));
    }
}
