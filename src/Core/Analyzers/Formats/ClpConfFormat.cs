using System;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ClpConf;

namespace ConfigLint.Analyzers.Formats
{
    /// <summary>An EXPRESSCLUSTER clp.conf: by name, or any other <c>*.conf</c> whose XML is a clp.conf (templates such as sss4mariadb.conf).</summary>
    internal sealed class ClpConfFormat : ConfigFormat<ClpConfDocument>
    {
        public static readonly ClpConfFormat Instance = new();

        private ClpConfFormat()
        {
        }

        public override string Description => "an EXPRESSCLUSTER configuration (clp.conf)";

        public override bool MayBe(string renderedName) => renderedName.EndsWith(".conf", StringComparison.Ordinal);

        public override ConfigFormat? ClaimByName(string renderedName, FileReadResult read) =>
            ClpConfRecognizer.IsClpConfName(renderedName)
            || (MayBe(renderedName) && FileClassifier.FirstSignificantChar(read.File!.Text, comment: null) == '<' && ClpConfRecognizer.HasClpConfContent(read.File.Text.ToString()))
                ? this
                : null;

        /// <summary>
        /// A clp.conf names its own encoding: decoded from its bytes, not as UTF-8. Every clp.conf ECX writes has
        /// &lt;root&gt; as its document element; another XML file named clp.conf is read but not judged.
        /// </summary>
        protected override LoadedConfig<ClpConfDocument> Read(FileReadResult read, IConfigFileSource source, FindingSink sink)
        {
            var document = ClpConfParser.Parse(read.Bytes is { } bytes ? ClpConfDecoder.Decode(read.FullPath, bytes) : read.File!);
            return new LoadedConfig<ClpConfDocument>(document.File.FullPath, document.Errors, document, isJudged: document.Root?.Name == "root");
        }
    }
}
