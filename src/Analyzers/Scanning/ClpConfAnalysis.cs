using System.Linq;
using ConfigLint.Analyzers.Rules;
using ConfigLint.Parsers.ClpConf;

namespace ConfigLint.Analyzers
{
    /// <summary>Reads one ECX clp.conf from its bytes (it names its own encoding), reports what kept it from being read, and runs the clp.conf rules.</summary>
    internal static class ClpConfAnalysis
    {
        public static void Run(string fullPath, byte[] bytes, FindingSink sink)
        {
            var document = ClpConfParser.Parse(ClpConfDecoder.Decode(fullPath, bytes));
            foreach (var error in document.Errors)
                UnreadableConfig.Report(error, sink);
            // Every clp.conf ECX writes has <root> as its document element; another XML file named clp.conf is not judged.
            if (document.Root?.Name != "root")
                return;
            foreach (var rule in AllRules.Instances.OfType<IClpConfRule>())
                rule.Analyze(document, sink);
        }
    }
}
