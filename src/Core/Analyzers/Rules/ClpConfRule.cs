using System;
using ConfigLint.Parsers.ClpConf;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers.Rules
{
    /// <summary>A clp.conf rule, with the one way its findings are reported.</summary>
    internal abstract class ClpConfRule : IClpConfRule
    {
        public abstract RuleDefinition Definition { get; }

        /// <param name="document">A clp.conf whose document element is <c>&lt;root&gt;</c>.</param>
        /// <param name="sink">Where findings go.</param>
        public abstract void Analyze(ClpConfDocument document, FindingSink sink);

        /// <summary>
        /// Reports at an element's name or value span. <paramref name="shownValue"/> goes into the finding's properties,
        /// so it is only ever a setting such as <c>0</c> or <c>PLAIN</c>, never a password or a community.
        /// </summary>
        protected void Report(FindingSink sink, ClpConfDocument document, ClpElement element, TextSpan span, string? shownValue, params object[] messageArgs) =>
            sink.At(Definition, document.File.FullPath, document.File.Text, span, element.Path, shownValue, Array.Empty<Location>(), messageArgs);
    }
}
