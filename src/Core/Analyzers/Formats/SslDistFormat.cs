using System;
using ConfigLint.Analyzers.Cluster;
using ConfigLint.Analyzers.ErlangDist;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ErlangTerms;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers.Formats
{
    /// <summary>
    /// Erlang distribution TLS options (<c>-ssl_dist_optfile</c>): ssl_dist.conf by name, a <c>*.config</c> whose
    /// first term is distribution options, or any other <c>*.conf</c> holding them.
    /// </summary>
    internal sealed class SslDistFormat : ConfigFormat<SslDistConfig>
    {
        public static readonly SslDistFormat Instance = new();

        // Erlang term files; only those holding distribution options are ConfigLint's.
        private const string ErlangConfigSuffix = ".config";

        private SslDistFormat()
        {
        }

        public override string Description => "an Erlang distribution TLS configuration (ssl_dist.conf)";

        public override bool MayBe(string renderedName) =>
            renderedName.EndsWith(".conf", StringComparison.Ordinal) || renderedName.EndsWith(ErlangConfigSuffix, StringComparison.Ordinal);

        /// <summary>A sys.config or app.config is judged by the opening of its first term alone, never parsed; one that does not open as distribution options is no format's.</summary>
        public override ConfigFormat? ClaimByName(string renderedName, FileReadResult read)
        {
            if (FileClassifier.IsNamed(renderedName, NodeSite.SslDistFileName))
                return this;
            if (renderedName.EndsWith(ErlangConfigSuffix, StringComparison.Ordinal) && OpensWithDistSide(read.File!.Text) && HoldsSslDistOptions(read.File))
                return this;
            return null;
        }

        // An Erlang term file starts (after comments) with a term: ssl_dist options start with '['.
        public override ConfigFormat? ClaimByContent(SourceFile file) =>
            FileClassifier.FirstSignificantChar(file.Text, comment: '%') == '[' && HoldsSslDistOptions(file) ? this : null;

        protected override LoadedConfig<SslDistConfig> Read(FileReadResult read, IConfigFileSource source, FindingSink sink)
        {
            var config = SslDistConfig.Read(read.File!, source);
            return new LoadedConfig<SslDistConfig>(config.File.FullPath, config.Errors, config);
        }

        // Recognised by its terms as if it had no byte-order mark: erl refuses one, which the reader then reports.
        private static bool HoldsSslDistOptions(SourceFile file) =>
            SslDistConfig.LooksLikeSslDist(ErlangTermParser.Parse(new SourceFile(file.FullPath, file.Text)));

        /// <summary>Whether the text opens with "[{server" or "[{client" (comments and white space aside): all a distribution option file needs to be told from any other.</summary>
        private static bool OpensWithDistSide(SourceText text)
        {
            var list = FileClassifier.SignificantIndex(text, 0, '%');
            var tuple = list is { } l && text[l] == '[' ? FileClassifier.SignificantIndex(text, l + 1, '%') : null;
            var key = tuple is { } t && text[t] == '{' ? FileClassifier.SignificantIndex(text, t + 1, '%') : null;
            return key is { } k && (IsAtomAt(text, k, "server") || IsAtomAt(text, k, "client"));
        }

        private static bool IsAtomAt(SourceText text, int start, string atom)
        {
            var end = start + atom.Length;
            return end <= text.Length
                && text.ToString(new TextSpan(start, atom.Length)) == atom
                && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '_' || text[end] == '@'));
        }
    }
}
