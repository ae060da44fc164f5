using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace ConfigLint.Tests.Action
{
    /// <summary>What action.yml and the documented workflow must say, read as files (ActionTests runs the action).</summary>
    public sealed class ActionDefinitionTests
    {
        private static readonly CompositeAction Action = CompositeAction.Load(Path.Combine(TestPaths.RepositoryRoot, "action.yml"));

        [Fact]
        public void Every_input_reaches_the_steps_through_env_or_with_and_no_script_interpolates_an_expression()
        {
            Assert.Equal(new[] { "annotations", "args", "category", "fail-level", "path", "upload" }, Action.InputDefaults.Keys.OrderBy(name => name, StringComparer.Ordinal));
            foreach (var step in Action.Steps.Where(step => step.Run != null))
                Assert.DoesNotContain("${{", step.Run!, StringComparison.Ordinal);
            var mapped = Action.Steps.SelectMany(step => step.Env.Values.Concat(step.With.Values)).ToList();
            foreach (var input in Action.InputDefaults.Keys)
                Assert.Contains($"${{{{ inputs.{input} }}}}", mapped);
        }

        [Fact]
        public void The_inputs_default_as_the_issue_documents()
        {
            Assert.Equal(".", Action.InputDefaults["path"]);
            Assert.Equal("", Action.InputDefaults["fail-level"]); // none when uploading, warning otherwise (ActionTests)
            Assert.Equal("configlint", Action.InputDefaults["category"]);
            Assert.Equal("", Action.InputDefaults["args"]);
            Assert.Equal("true", Action.InputDefaults["upload"]);
            Assert.Equal("false", Action.InputDefaults["annotations"]);
            Assert.Equal("${{ steps.scan.outputs.sarif-file }}", Action.Outputs["sarif-file"]);
        }

        [Fact]
        public void The_action_uses_the_current_major_versions_of_the_actions_it_builds_on()
        {
            Assert.Equal(
                new[] { "actions/setup-dotnet@v5", "actions/cache@v6", "github/codeql-action/upload-sarif@v4" },
                Action.Steps.Where(step => step.Uses != null).Select(step => step.Uses!));
        }

        [Fact]
        public void The_documented_workflow_pins_this_release_of_the_action_with_the_permissions_an_upload_needs()
        {
            var workflow = CompositeAction.LoadYaml(Path.Combine(TestPaths.RepositoryRoot, ".github", "workflows", "configlint.yml"));

            var permissions = (YamlMappingNode)workflow.Children[new YamlScalarNode("permissions")];
            Assert.Equal(
                new[] { "actions=read", "contents=read", "security-events=write" },
                permissions.Children.Select(pair => $"{pair.Key}={pair.Value}").OrderBy(line => line, StringComparer.Ordinal));
            var jobs = (YamlMappingNode)workflow.Children[new YamlScalarNode("jobs")];
            var steps = jobs.Children.Values.Cast<YamlMappingNode>()
                .SelectMany(job => ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>())
                .Select(step => step.Children.TryGetValue(new YamlScalarNode("uses"), out var uses) ? uses.ToString() : null)
                .ToList();
            Assert.Equal(new[] { "actions/checkout@v6", $"configlint/configlint@v{Release.PackageMetadataTests.Version}" }, steps);
        }

        [Fact]
        public void The_code_scanning_guide_shows_the_workflow_as_it_is()
        {
            var workflow = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, ".github", "workflows", "configlint.yml"));
            var guide = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "github-code-scanning.md"));
            var shown = Regex.Match(guide, "```yaml\n(?<workflow># ConfigLint in GitHub code scanning.*?)```", RegexOptions.Singleline);
            Assert.True(shown.Success, "docs/github-code-scanning.md shows no copy of .github/workflows/configlint.yml");
            Assert.Equal(workflow, shown.Groups["workflow"].Value);
        }
    }
}
