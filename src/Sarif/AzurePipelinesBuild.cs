using System;
using System.Collections.Generic;

namespace ConfigLint.Sarif
{
    /// <summary>
    /// The Azure Pipelines build a scan runs in. GitHub Advanced Security for Azure DevOps files results under
    /// the build that produced them and refuses a log without this identity, so inside Azure Pipelines the log
    /// carries it; anywhere else (GitHub Actions, a terminal) there is no such build and the log says nothing of it.
    /// </summary>
    public sealed class AzurePipelinesBuild
    {
        private AzurePipelinesBuild(IReadOnlyDictionary<string, string> properties, string automationId)
        {
            Properties = properties;
            AutomationId = automationId;
        }

        /// <summary>The <c>automationDetails.properties</c> GHAzDO reads (definition and phase ids and names).</summary>
        public IReadOnlyDictionary<string, string> Properties { get; }

        /// <summary><c>azuredevops/pipeline/build/&lt;org&gt;/&lt;project&gt;/&lt;definition&gt;/&lt;phase&gt;/&lt;branch&gt;/&lt;build&gt;</c>.</summary>
        public string AutomationId { get; }

        /// <summary>
        /// Reads the build from Azure Pipelines' predefined variables (as environment variables), or returns null
        /// when not running in Azure Pipelines (<c>TF_BUILD</c> unset) or when a variable the identity needs is missing.
        /// </summary>
        public static AzurePipelinesBuild? FromEnvironment(Func<string, string?> variable)
        {
            if (!string.Equals(variable("TF_BUILD"), "True", StringComparison.OrdinalIgnoreCase))
                return null;
            var collection = variable("SYSTEM_COLLECTIONURI");
            var project = variable("SYSTEM_TEAMPROJECT");
            var definitionId = variable("SYSTEM_DEFINITIONID");
            var definitionName = variable("BUILD_DEFINITIONNAME");
            var phaseId = variable("SYSTEM_PHASEID");
            var phaseName = variable("SYSTEM_PHASENAME");
            var branch = variable("BUILD_SOURCEBRANCH");
            var buildId = variable("BUILD_BUILDID");
            if (collection == null || project == null || definitionId == null || definitionName == null
                || phaseId == null || phaseName == null || branch == null || buildId == null)
                return null;
            // https://dev.azure.com/ORG/ (or https://ORG.visualstudio.com/): the organization is its last name.
            var organization = new Uri(collection).AbsolutePath.Trim('/');
            if (organization.Length == 0)
                organization = new Uri(collection).Host.Split('.')[0];
            var properties = new Dictionary<string, string>
            {
                [Prefix + "buildDefinitionId"] = definitionId,
                [Prefix + "buildDefinitionName"] = definitionName,
                [Prefix + "phaseId"] = phaseId,
                [Prefix + "phaseName"] = phaseName,
            };
            return new AzurePipelinesBuild(properties, $"{Prefix}{organization}/{project}/{definitionId}/{phaseId}/{branch}/{buildId}");
        }

        private const string Prefix = "azuredevops/pipeline/build/";
    }
}
