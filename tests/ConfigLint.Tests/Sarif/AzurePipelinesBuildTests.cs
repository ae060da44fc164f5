using System.Collections.Generic;
using ConfigLint.Sarif;
using Xunit;

namespace ConfigLint.Tests.Sarif
{
    public class AzurePipelinesBuildTests
    {
        internal static readonly Dictionary<string, string> PipelineVariables = new()
        {
            ["TF_BUILD"] = "True",
            ["SYSTEM_COLLECTIONURI"] = "https://dev.azure.com/contoso/",
            ["SYSTEM_TEAMPROJECT"] = "brokers",
            ["SYSTEM_DEFINITIONID"] = "42",
            ["BUILD_DEFINITIONNAME"] = "lint",
            ["SYSTEM_PHASEID"] = "3dc8fd7e-4368-5a92-293e-d53cefc8c4c3",
            ["SYSTEM_PHASENAME"] = "Job",
            ["BUILD_SOURCEBRANCH"] = "refs/heads/main",
            ["BUILD_BUILDID"] = "1187",
        };

        [Fact]
        public void Outside_azure_pipelines_there_is_no_build_identity()
        {
            Assert.Null(AzurePipelinesBuild.FromEnvironment(_ => null));
            var partial = new Dictionary<string, string>(PipelineVariables);
            partial.Remove("SYSTEM_PHASEID");
            Assert.Null(AzurePipelinesBuild.FromEnvironment(name => partial.TryGetValue(name, out var v) ? v : null));
        }

        [Fact]
        public void Inside_azure_pipelines_the_log_identifies_the_build()
        {
            var build = AzurePipelinesBuild.FromEnvironment(name => PipelineVariables.TryGetValue(name, out var v) ? v : null);
            var log = SampleScan.WriteSarif(SampleScan.Diagnostics, new SarifOptions("1.0.0") { AzurePipelinesBuild = build });
            var automation = SarifJson.Run(log).GetProperty("automationDetails");

            Assert.Equal("azuredevops/pipeline/build/contoso/brokers/42/3dc8fd7e-4368-5a92-293e-d53cefc8c4c3/refs/heads/main/1187", automation.GetProperty("id").GetString());
            var properties = automation.GetProperty("properties");
            Assert.Equal("42", properties.GetProperty("azuredevops/pipeline/build/buildDefinitionId").GetString());
            Assert.Equal("lint", properties.GetProperty("azuredevops/pipeline/build/buildDefinitionName").GetString());
            Assert.Equal("3dc8fd7e-4368-5a92-293e-d53cefc8c4c3", properties.GetProperty("azuredevops/pipeline/build/phaseId").GetString());
            Assert.Equal("Job", properties.GetProperty("azuredevops/pipeline/build/phaseName").GetString());
        }

        [Fact]
        public void Elsewhere_the_automation_id_is_the_github_category()
        {
            var log = SampleScan.WriteSarif(SampleScan.Diagnostics, SampleScan.PortableOptions);
            var automation = SarifJson.Run(log).GetProperty("automationDetails");
            Assert.Equal("configlint/", automation.GetProperty("id").GetString());
            Assert.False(automation.TryGetProperty("properties", out _));
        }
    }
}
