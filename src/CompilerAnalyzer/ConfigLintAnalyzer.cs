using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConfigLint.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConfigLint.CompilerAnalyzer
{
    /// <summary>
    /// Every ConfigLint rule as a compiler diagnostic: the configuration files a project lists as
    /// <c>AdditionalFiles</c> are scanned once per compilation, as the command line scans a folder holding just them,
    /// and each file's findings are reported at their own file, line and column with their effective severity.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
    public sealed class ConfigLintAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            RuleCatalog.All.Select(rule => rule.Descriptor).Append(CompilerScan.CouldNotCheck).ToImmutableArray();

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(compilation =>
            {
                // One scan serves every file: cross-file rules need them all, and each file action reports its own
                // findings, so an editor analysing one open file gets that file's findings.
                var scan = new Lazy<CompilerScan>(() => CompilerScan.Run(compilation.Options), LazyThreadSafetyMode.ExecutionAndPublication);
                compilation.RegisterAdditionalFileAction(file =>
                {
                    foreach (var diagnostic in scan.Value.FindingsIn(file.AdditionalFile.Path))
                        file.ReportDiagnostic(diagnostic);
                });
            });
        }
    }
}
