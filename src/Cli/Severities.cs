using System.Collections.Generic;
using System.Linq;
using ConfigLint.Analyzers.Severity;

namespace ConfigLint.Cli
{
    /// <summary>The severity settings of a run: the config files found for its files, and <c>--select</c> and <c>--ignore</c> as rule ids.</summary>
    internal static class Severities
    {
        /// <exception cref="UsageException">A rule named in <c>--select</c> or <c>--ignore</c> does not exist.</exception>
        public static SeverityConfiguration For(CommandLine commandLine, ToolEnvironment environment, IEnumerable<string> files)
        {
            var rules = environment.Engine.Rules;
            var selected = commandLine.Selected?.Select(r => RuleNames.Resolve(rules, "--select", r).Id).ToList();
            var ignored = commandLine.Ignored.Select(r => RuleNames.Resolve(rules, "--ignore", r).Id).ToList();
            return new SeverityConfiguration(AnalyzerConfigDiscovery.Find(environment.CurrentDirectory, files), selected, ignored);
        }
    }
}
