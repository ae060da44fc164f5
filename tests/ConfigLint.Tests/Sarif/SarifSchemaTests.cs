using System.IO;
using System.Text;
using System.Threading.Tasks;
using NJsonSchema;
using Xunit;

namespace ConfigLint.Tests.Sarif
{
    public sealed class SarifSchemaTests
    {
        [Fact]
        public async Task Log_with_a_source_root_is_valid_SARIF_2_1_0()
        {
            await AssertValid(SampleScan.WriteSarif(SampleScan.Diagnostics, SampleScan.RootedOptions));
        }

        [Fact]
        public async Task Portable_log_is_valid_SARIF_2_1_0()
        {
            await AssertValid(SampleScan.WriteSarif(SampleScan.Diagnostics, SampleScan.PortableOptions));
        }

        internal static async Task AssertValid(byte[] sarif)
        {
            var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.Shared, "schemas", "sarif-schema-2.1.0.json"));
            var errors = schema.Validate(Encoding.UTF8.GetString(sarif));
            Assert.Empty(errors);
        }
    }
}
