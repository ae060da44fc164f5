using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using ConfigLint.Tests.Cli;
using Xunit;

namespace ConfigLint.Tests.Action
{
    /// <summary>
    /// The GitHub Action (action.yml) without GitHub: its shell steps run as the runner runs them, in a git repository
    /// holding an insecure emqx.conf, and its uses: steps are replaced by checks of what they are given
    /// (<see cref="ActionSandbox"/>). The first run builds ConfigLint (about half a minute); the others reuse it.
    /// </summary>
    public sealed class ActionTests : IClassFixture<ActionSandbox>
    {
        private const string WeakCookieAnnotation = "::error file=deploy/emqx.conf,line=3,col=12,endLine=3,endColumn=30,title=CL1003 weak-erlang-cookie::";

        private readonly ActionSandbox _sandbox;

        public ActionTests(ActionSandbox sandbox) => _sandbox = sandbox;

        [Fact]
        public void With_the_default_inputs_it_builds_the_tool_scans_the_workspace_and_uploads_the_SARIF_without_failing()
        {
            var run = _sandbox.FirstRun;

            Assert.True(run.ExitCode == 0, run.Log);
            Assert.Equal(new[] { "Set up .NET", "Key the ConfigLint build", "Restore the ConfigLint build", "Build ConfigLint", "Run ConfigLint", "Upload to code scanning", "ConfigLint's exit code" }, run.StepsRun);
            Assert.Contains($"Tool 'configlint' (version '{Release.PackageMetadataTests.Version}') was successfully installed.", run.Log);
            var sarif = run.Outputs["sarif-file"];
            Assert.Equal(Path.Combine(Path.GetDirectoryName(sarif)!, "configlint-configlint.sarif"), sarif);
            var upload = Assert.Single(_sandbox.FirstRunUploads, step => step.Uses == "github/codeql-action/upload-sarif@v4");
            Assert.Equal(sarif, upload.With["sarif_file"]);
            Assert.Equal("configlint", upload.With["category"]);

            using var log = JsonDocument.Parse(File.ReadAllText(sarif));
            var sarifRun = log.RootElement.GetProperty("runs")[0];
            Assert.Equal("configlint/", sarifRun.GetProperty("automationDetails").GetProperty("id").GetString());
            Assert.False(sarifRun.TryGetProperty("originalUriBaseIds", out _), "an uploaded log names no absolute source root");
            Assert.Contains(("CL1003", "deploy/emqx.conf", 3, 12), Results(sarifRun));
            Assert.DoesNotContain("::error", run.Log);
            // (The rules' documentation in the log quotes EMQX's default cookie in its examples; the results never do.)
            Assert.DoesNotContain("emqxsecretcookie", run.Log + sarifRun.GetProperty("results").GetRawText());
        }

        [Fact]
        public void The_tool_is_built_and_installed_from_the_action_alone_with_no_other_package_source()
        {
            // The user's NuGet.Config and the workspace's nuget.config both name the spy feed, and NuGet would use it...
            var workspace = _sandbox.NewWorkspace();
            var sources = ExternalProgram.Run("dotnet", new[] { "nuget", "list", "source" }, workspace, new Dictionary<string, string> { ["HOME"] = _sandbox.Home }, TimeSpan.FromMinutes(1));
            Assert.Contains("spy [Enabled]", sources.Output);

            // ... but the build and the install read only the configurations the action writes.
            Assert.True(_sandbox.FirstRun.ExitCode == 0, _sandbox.FirstRun.Log);
            Assert.Equal(0, _sandbox.SpyFeedConnections);
            var toolDirectory = Assert.Single(Directory.GetDirectories(Path.Combine(_sandbox.ToolCache, "configlint")));
            var installed = Directory.GetDirectories(Path.Combine(toolDirectory, ".store", "configlint"));
            Assert.Equal(Release.PackageMetadataTests.Version, Path.GetFileName(Assert.Single(installed)));
        }

        [Fact]
        public void Without_upload_findings_fail_the_step_and_annotations_point_at_them()
        {
            var run = _sandbox.Run(_sandbox.NewWorkspace(), new Dictionary<string, string> { ["upload"] = "false", ["annotations"] = "true" }, out var usesSteps);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("ConfigLint is already built", run.Log);
            Assert.DoesNotContain(usesSteps, step => step.Uses.StartsWith("github/codeql-action/", StringComparison.Ordinal));
            Assert.Contains(WeakCookieAnnotation, run.Log);
            Assert.DoesNotContain("emqxsecretcookie", run.Log);
            Assert.True(File.Exists(run.Outputs["sarif-file"]));
        }

        [Fact]
        public void A_fail_level_given_with_upload_fails_the_step_after_the_upload()
        {
            var run = _sandbox.Run(_sandbox.NewWorkspace(), new Dictionary<string, string> { ["fail-level"] = "error" }, out var usesSteps);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("ConfigLint's exit code", run.StepsRun[^1]);
            Assert.Contains(usesSteps, step => step.Uses == "github/codeql-action/upload-sarif@v4");
            Assert.DoesNotContain("::error", run.Log);
        }

        [Fact]
        public void Args_reach_configlint_as_words_and_shell_syntax_in_them_is_never_run()
        {
            var workspace = _sandbox.NewWorkspace(("vendor/emqx/emqx.conf", ActionSandbox.InsecureEmqxConf));
            var args = "--exclude vendor --exclude \"$(touch pwned-by-substitution)\" --exclude 'x; touch pwned-by-semicolon' --exclude \"`touch pwned-by-backquote`\"";

            var run = _sandbox.Run(workspace, new Dictionary<string, string> { ["args"] = args, ["category"] = "emqx/prod" }, out var usesSteps);

            Assert.True(run.ExitCode == 0, run.Log);
            // Each word is one argument, printed as bash quotes it.
            Assert.Contains(@"--exclude vendor --exclude \$\(touch\ pwned-by-substitution\) --exclude x\;\ touch\ pwned-by-semicolon --exclude \`touch\ pwned-by-backquote\` -- .", run.Log);
            AssertNothingRan(workspace);
            using var log = JsonDocument.Parse(File.ReadAllText(run.Outputs["sarif-file"]));
            var sarifRun = log.RootElement.GetProperty("runs")[0];
            Assert.Contains(("CL1003", "deploy/emqx.conf", 3, 12), Results(sarifRun));
            Assert.DoesNotContain(Results(sarifRun), result => result.Uri.StartsWith("vendor/", StringComparison.Ordinal));
            Assert.Equal("emqx/prod/", sarifRun.GetProperty("automationDetails").GetProperty("id").GetString());
            Assert.EndsWith("configlint-emqx-prod.sarif", run.Outputs["sarif-file"], StringComparison.Ordinal);
            Assert.Equal("emqx/prod", Assert.Single(usesSteps, step => step.Uses.StartsWith("github/", StringComparison.Ordinal)).With["category"]);
        }

        [Fact]
        public void A_semicolon_in_args_is_an_argument_configlint_rejects_not_a_command_separator()
        {
            var workspace = _sandbox.NewWorkspace();

            var run = _sandbox.Run(workspace, new Dictionary<string, string> { ["args"] = "; touch pwned-by-semicolon" }, out var usesSteps);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("configlint: no such file or folder: ;", run.Log);
            AssertNothingRan(workspace);
            Assert.Equal("", run.Outputs["sarif-file"]);
            Assert.DoesNotContain(usesSteps, step => step.Uses.StartsWith("github/", StringComparison.Ordinal));
        }

        [Fact]
        public void An_unmatched_quote_in_args_is_a_usage_error()
        {
            var run = _sandbox.Run(_sandbox.NewWorkspace(), new Dictionary<string, string> { ["args"] = "--exclude 'vendor" }, out _);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("::error title=ConfigLint::input args cannot be split into words (an unmatched quote?)", run.Log);
        }

        [Theory]
        [InlineData("upload", "yes", "yes")]
        [InlineData("annotations", "yes\n::warning::forged", "yes%0A::warning::forged")]
        public void A_switch_that_is_not_true_or_false_is_a_usage_error(string input, string value, string shown)
        {
            var run = _sandbox.Run(_sandbox.NewWorkspace(), new Dictionary<string, string> { [input] = value }, out _);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"::error title=ConfigLint::input {input} is '{shown}'; it takes true or false\n", run.Log);
            Assert.DoesNotContain("\n::warning", run.Log);
            Assert.Equal("Run ConfigLint", run.StepsRun[^1]);
        }

        [Fact]
        public void Several_paths_one_per_line_are_scanned_and_nothing_else()
        {
            var workspace = _sandbox.NewWorkspace(("staging/emqx.conf", ActionSandbox.InsecureEmqxConf), ("lab/emqx.conf", ActionSandbox.InsecureEmqxConf));

            var run = _sandbox.Run(workspace, new Dictionary<string, string> { ["path"] = "deploy\n  staging/emqx.conf  \n" }, out _);

            Assert.True(run.ExitCode == 0, run.Log);
            using var log = JsonDocument.Parse(File.ReadAllText(run.Outputs["sarif-file"]));
            var uris = Results(log.RootElement.GetProperty("runs")[0]).Select(result => result.Uri).Distinct().OrderBy(uri => uri, StringComparer.Ordinal);
            Assert.Equal(new[] { "deploy/emqx.conf", "staging/emqx.conf" }, uris);
        }

        [Fact]
        public void The_tool_cache_key_is_a_hash_of_the_action_files()
        {
            using var temp = new TempFolder();
            var copy = temp.Folder("action");
            foreach (var file in Directory.GetFiles(_sandbox.ActionPath, "*", SearchOption.AllDirectories).Where(file => !IsBuildOutput(file)))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(_sandbox.ActionPath, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            var workspace = _sandbox.NewWorkspace();
            string Key(string actionPath)
            {
                var run = _sandbox.Run(workspace, new Dictionary<string, string>(), out _, onlyStep: "tool", actionPath: actionPath);
                Assert.True(run.ExitCode == 0, run.Log);
                return run.StepOutputs["tool"]["key"];
            }

            var key = Key(copy);
            Assert.Matches($"^configlint-{RuntimeInformation.RuntimeIdentifier}-[0-9a-f]{{32}}$", key);
            Assert.Equal(key, Key(copy));
            Assert.Equal(key, Key(_sandbox.ActionPath)); // its build output is not part of the key
            File.AppendAllText(Path.Combine(copy, "src", "Cli", "Program.cs"), "// another version of the tool\n");
            Assert.NotEqual(key, Key(copy));
        }

        private static bool IsBuildOutput(string path) =>
            path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

        private static void AssertNothingRan(string workspace)
        {
            var planted = Directory.GetFiles(Path.GetDirectoryName(workspace)!, "pwned-*", SearchOption.AllDirectories);
            Assert.Empty(planted);
        }

        private static List<(string RuleId, string Uri, int Line, int Column)> Results(JsonElement run) =>
            run.GetProperty("results").EnumerateArray().Select(result =>
            {
                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                var region = location.GetProperty("region");
                return (result.GetProperty("ruleId").GetString()!, location.GetProperty("artifactLocation").GetProperty("uri").GetString()!,
                    region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32());
            }).ToList();
    }
}
