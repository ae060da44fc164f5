using System.Collections.Generic;
using System.Linq;
using ConfigLint.Analyzers;

namespace ConfigLint.Cli
{
    /// <summary><c>--list-rules</c> and <c>--explain</c>.</summary>
    internal static class RuleCommands
    {

        /// <summary>An aligned table: id, name, default severity, title.</summary>
        public static int ListRules(CommandLine commandLine, ToolEnvironment environment)
        {
            var rows = environment.Engine.Rules
                .Select(r => new[] { r.Id, r.Name, RuleMarkdown.SeverityName(r.Descriptor.DefaultSeverity), r.Descriptor.Title.ToString() })
                .Prepend(new[] { "ID", "NAME", "SEVERITY", "TITLE" })
                .ToList();
            environment.WriteResult(commandLine.OutputFile, writer => AlignedTable.Write(writer, rows));
            return ExitCodes.Clean;
        }

        /// <summary>One rule's documentation (by id in any case, or by name), the same Markdown as its section of rules.md.</summary>
        public static int Explain(CommandLine commandLine, ToolEnvironment environment)
        {
            var rules = environment.Engine.Rules;
            var rule = RuleNames.Find(rules, commandLine.CommandArgument) ?? throw RuleNames.Unknown(rules, commandLine.CommandArgument);
            environment.WriteResult(commandLine.OutputFile, writer => writer.WriteLine(RuleMarkdown.Section(rule).TrimEnd('\n')));
            return ExitCodes.Clean;
        }
    }
}
