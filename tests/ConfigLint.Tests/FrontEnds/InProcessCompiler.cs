using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConfigLint.CompilerAnalyzer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Tests.FrontEnds
{
    /// <summary>
    /// The package's analyzer run as the compiler runs it, in-process: a C# compilation with additional files, the
    /// project folder handed over as the package's targets file hands it, and the compiler's own filtering of the
    /// results (severities from compilation options, <c>/nowarn</c>, <c>/warnaserror</c>).
    /// </summary>
    internal static class InProcessCompiler
    {
        public static ImmutableArray<Diagnostic> Analyze(string projectDirectory, IEnumerable<(string Path, string Text)> additionalFiles, CSharpCompilationOptions? options = null)
        {
            var compilation = CSharpCompilation.Create(
                "project",
                new[] { CSharpSyntaxTree.ParseText("class Program { static void Main() { } }") },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
                options ?? new CSharpCompilationOptions(OutputKind.ConsoleApplication));
            var analyzerOptions = new AnalyzerOptions(
                additionalFiles.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray(),
                new ProjectOptions(projectDirectory));
            return compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConfigLintAnalyzer()), analyzerOptions)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
                .OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal)
                .ThenBy(d => d.Location.GetLineSpan().StartLinePosition)
                .ThenBy(d => d.Id, System.StringComparer.Ordinal)
                .ToImmutableArray();
        }

        /// <summary>A finding as the build prints it: <c>path(line,column): severity ID</c>, the path relative to the project.</summary>
        public static string Describe(Diagnostic diagnostic, string projectDirectory)
        {
            var span = diagnostic.Location.GetLineSpan();
            if (span.Path == null)
                return diagnostic.Id + ": " + diagnostic.GetMessage();
            var path = System.IO.Path.GetRelativePath(projectDirectory, span.Path).Replace('\\', '/');
            return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}";
        }

        private sealed class InMemoryAdditionalText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryAdditionalText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        private sealed class ProjectOptions : AnalyzerConfigOptionsProvider
        {
            public ProjectOptions(string projectDirectory) =>
                GlobalOptions = new Options(ImmutableDictionary<string, string>.Empty.Add("build_property.MSBuildProjectDirectory", projectDirectory));

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

            private sealed class Options : AnalyzerConfigOptions
            {
                public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

                private readonly ImmutableDictionary<string, string> _values;

                public Options(ImmutableDictionary<string, string> values) => _values = values;

                public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
            }
        }
    }
}
