using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConfigLint.Tests.Cli;
using Xunit;

namespace ConfigLint.Tests.FrontEnds
{
    /// <summary>
    /// The ConfigLint.Analyzers package as a .NET team uses it: packed by its own <c>dotnet pack</c> into a local
    /// feed, referenced by a console project that lists an insecure emqx.conf and clp.conf as AdditionalFiles, and
    /// built with <c>dotnet build</c>. Packing and three builds take about half a minute, so it is one test.
    /// </summary>
    public sealed class CompilerPackageTests
    {
        private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

        [Fact]
        public void A_project_listing_its_config_files_gets_the_findings_from_dotnet_build_and_editorconfig_sets_their_severity()
        {
            using var temp = new TempFolder();
            var feed = Pack(temp);
            var package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
            Assert.StartsWith("ConfigLint.Analyzers.", Path.GetFileName(package), StringComparison.Ordinal);
            var nuspec = Release.PackageMetadataTests.Nuspec(package);
            Assert.All(Release.PackageMetadataTests.Shared, expected => Assert.Equal(expected.Value, nuspec[expected.Key]));
            Assert.Equal("security roslyn analyzer emqx mqtt erlang hocon expresscluster clusterpro configuration", nuspec["tags"]);
            Assert.Equal("true", nuspec["developmentDependency"]);
            using (var zip = System.IO.Compression.ZipFile.OpenRead(package))
                Assert.Contains(zip.Entries, entry => entry.FullName == "README.md");

            var project = temp.Folder("app");
            temp.File("app/nuget.config", $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n    <add key=\"local\" value=\"{feed}\" />\n  </packageSources>\n</configuration>\n");
            temp.File("app/app.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <RestorePackagesPath>{temp.FullPath("packages")}</RestorePackagesPath>
                    <ErrorLog>build.sarif,version=2.1</ErrorLog>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ConfigLint.Analyzers" Version="*" />
                    <AdditionalFiles Include="deploy/**/*.conf" />
                  </ItemGroup>
                </Project>
                """);
            temp.File("app/Program.cs", "System.Console.WriteLine(\"ok\");\n");
            var emqx = temp.File("app/deploy/emqx.conf", InsecureFiles.EmqxConf);
            var clp = temp.File("app/deploy/clp.conf", InsecureFiles.ClpConf);

            // Both rules are errors by default (as are others these files break): the build fails, each finding at its
            // file, line and column.
            var failed = Build(project);
            Assert.True(failed.ExitCode != 0, failed.Output);
            Assert.Contains($"{emqx}(3,12): error CL1003: ", failed.Output);
            Assert.Contains($"{clp}(7,19): error CL3003: ", failed.Output);
            Assert.DoesNotContain("hunter2", failed.Output);
            var logged = SarifResults(Path.Combine(project, "build.sarif"));
            Assert.Contains(("CL1003", "error", emqx, 3, 12), logged);
            Assert.Contains(("CL3003", "error", clp, 7, 19), logged);

            // The project's .editorconfig makes every rule a warning: the build passes and still shows them.
            const string AllWarnings = "root = true\n\n[*.conf]\ndotnet_analyzer_diagnostic.category-Security.severity = warning\n";
            temp.File("app/.editorconfig", AllWarnings);
            var warned = Build(project);
            Assert.True(warned.ExitCode == 0, warned.Output);
            Assert.Contains($"{emqx}(3,12): warning CL1003: ", warned.Output);
            Assert.Contains($"{clp}(7,19): warning CL3003: ", warned.Output);

            // One rule set back to error fails the build on that rule alone.
            temp.File("app/.editorconfig", AllWarnings + "dotnet_diagnostic.CL1003.severity = error\n");
            var strict = Build(project);
            Assert.True(strict.ExitCode != 0, strict.Output);
            Assert.Contains($"{emqx}(3,12): error CL1003: ", strict.Output);
            Assert.Contains($"{clp}(7,19): warning CL3003: ", strict.Output);
            Assert.DoesNotContain(": error CL", strict.Output.Replace($"{emqx}(3,12): error CL1003: ", ""));
        }

        /// <summary>Packs the package from a copy of the sources, so the build under test never races the test run's own build outputs.</summary>
        private static string Pack(TempFolder temp)
        {
            var sources = temp.Folder("sources");
            File.Copy(Path.Combine(TestPaths.RepositoryRoot, "Directory.Build.props"), Path.Combine(sources, "Directory.Build.props"));
            CopySources(Path.Combine(TestPaths.RepositoryRoot, "src"), Path.Combine(sources, "src"));
            var feed = temp.Folder("feed");
            var pack = Dotnet(sources, "pack", Path.Combine(sources, "src", "CompilerAnalyzer"), "-c", "Release", "-o", feed);
            Assert.True(pack.ExitCode == 0, pack.Output);
            return feed;
        }

        private static void CopySources(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from))
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            foreach (var folder in Directory.GetDirectories(from).Where(f => Path.GetFileName(f) is not ("bin" or "obj")))
                CopySources(folder, Path.Combine(to, Path.GetFileName(folder)));
        }

        private static ProgramRun Build(string project) => Dotnet(project, "build", "--nologo", "-clp:NoSummary");

        private static ProgramRun Dotnet(string directory, params string[] arguments) =>
            ExternalProgram.Run("dotnet", arguments, directory, new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" }, Limit);

        /// <summary>(rule, level, file, line, column) of each result in the compiler's own SARIF log.</summary>
        private static List<(string, string, string, int, int)> SarifResults(string path)
        {
            using var log = JsonDocument.Parse(File.ReadAllText(path));
            return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(result =>
                {
                    var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                    var region = location.GetProperty("region");
                    return (result.GetProperty("ruleId").GetString()!, result.GetProperty("level").GetString()!,
                        new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath,
                        region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32());
                })
                .ToList();
        }
    }
}
