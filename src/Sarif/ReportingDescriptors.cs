using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConfigLint.Analyzers;
using ConfigLint.Sarif.Model;

namespace ConfigLint.Sarif
{
    /// <summary>Rule metadata as SARIF <c>reportingDescriptor</c> objects, shaped for GitHub code scanning.</summary>
    internal static class ReportingDescriptors
    {
        // Every rule reads values a configuration file declares; none infers data flow or guesses intent, so a
        // finding is rarely wrong. "high" rather than "very-high" because a value set elsewhere at deploy time
        // (environment variables, command-line overrides) can still make one moot.
        private const string Precision = "high";

        public static ReportingDescriptor From(RuleDefinition rule)
        {
            var descriptor = rule.Descriptor;
            var section = RuleMarkdown.Section(rule);
            return new ReportingDescriptor
            {
                Id = rule.Id,
                Name = rule.Name,
                DeprecatedNames = rule.FormerNames.Count > 0 ? rule.FormerNames : null,
                ShortDescription = new MultiformatMessageString { Text = descriptor.Title.ToString(CultureInfo.InvariantCulture) },
                FullDescription = new MultiformatMessageString { Text = rule.Why.Trim() },
                Help = new MultiformatMessageString { Text = section, Markdown = section },
                HelpUri = descriptor.HelpLinkUri,
                DefaultConfiguration = new ReportingConfiguration { Level = SarifLevels.Of(descriptor.DefaultSeverity) },
                Properties = new RuleProperties
                {
                    Tags = Tags(rule),
                    Precision = Precision,
                    SecuritySeverity = rule.SecuritySeverity,
                },
            };
        }

        // "security" is what makes GitHub file the alert under security; it reads the CWE from the
        // "external/cwe/cwe-NNN" form, and the plain "CWE-NNN" stays for people filtering by tag.
        private static IReadOnlyList<string> Tags(RuleDefinition rule) =>
            rule.Descriptor.CustomTags
                .Append("external/cwe/" + rule.Cwe.ToLowerInvariant())
                .Distinct()
                .ToList();
    }
}
