using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace ConfigLint.Tests.Release
{
    /// <summary>
    /// What both NuGet packages say about themselves, so <c>dotnet pack</c> gives no warning and a feed shows the licence,
    /// readme, project and tags. The analyzer package's real .nuspec is checked by CompilerPackageTests, which packs it;
    /// packing the tool takes minutes, so its project is evaluated as <c>dotnet pack</c> evaluates it (under a second).
    /// </summary>
    public sealed class PackageMetadataTests
    {
        /// <summary>The &lt;Version&gt; of Directory.Build.props: every package's, and the newest release's (AnalyzerReleaseTests).</summary>
        internal static readonly string Version = Regex.Match(
            File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "Directory.Build.props")), "<Version>(.*)</Version>").Groups[1].Value;

        /// <summary>The .nuspec metadata every package carries, by element name.</summary>
        internal static readonly IReadOnlyDictionary<string, string> Shared = new Dictionary<string, string>
        {
            ["version"] = Version,
            ["authors"] = "ConfigLint contributors",
            ["license"] = "Apache-2.0",
            ["readme"] = "README.md",
            ["projectUrl"] = "https://github.com/configlint/configlint",
            ["releaseNotes"] = $"https://github.com/configlint/configlint/blob/v{Version}/CHANGELOG.md",
            ["copyright"] = "Copyright (c) 2026 ConfigLint contributors",
        };

        [Fact]
        public void The_tool_package_carries_licence_readme_project_and_tags()
        {
            var properties = new[] { "PackageId", "Version", "Authors", "PackageLicenseExpression", "PackageReadmeFile", "PackageProjectUrl", "PackageReleaseNotes", "Copyright", "RepositoryUrl", "RepositoryType", "PackageTags" };
            var run = ExternalProgram.Run(
                "dotnet",
                new[] { "msbuild", Path.Combine("src", "Cli", "ConfigLint.Cli.csproj"), "-p:_IsPacking=true", "-getItem:None" }.Concat(properties.Select(p => "-getProperty:" + p)),
                TestPaths.RepositoryRoot,
                new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
                TimeSpan.FromMinutes(2));
            Assert.True(run.ExitCode == 0, run.Output);

            using var evaluation = JsonDocument.Parse(run.Output);
            var values = evaluation.RootElement.GetProperty("Properties");
            string Value(string name) => values.GetProperty(name).GetString()!;
            Assert.Equal(
                new[] { "ConfigLint", Shared["version"], Shared["authors"], Shared["license"], Shared["readme"], Shared["projectUrl"], Shared["releaseNotes"], Shared["copyright"], "https://github.com/configlint/configlint", "git" },
                properties.Take(10).Select(Value));
            Assert.Equal("security;linter;emqx;mqtt;erlang;hocon;expresscluster;clusterpro;sarif;configuration;pre-commit", Value("PackageTags"));
            // The readme the package names is the repository's README.md, packed at the package root.
            var readme = Assert.Single(evaluation.RootElement.GetProperty("Items").GetProperty("None").EnumerateArray(),
                item => item.TryGetProperty("Pack", out var pack) && pack.GetString() == "true");
            Assert.Equal(Path.Combine(TestPaths.RepositoryRoot, "README.md"), readme.GetProperty("FullPath").GetString());
            Assert.Equal("/", readme.GetProperty("PackagePath").GetString());
        }

        /// <summary>The metadata of the .nuspec inside <paramref name="package"/>, by element name (the licence's text for <c>license</c>).</summary>
        internal static IReadOnlyDictionary<string, string> Nuspec(string package)
        {
            using var zip = ZipFile.OpenRead(package);
            using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
            return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata").Elements()
                .ToDictionary(e => e.Name.LocalName, e => e.Value);
        }
    }
}
