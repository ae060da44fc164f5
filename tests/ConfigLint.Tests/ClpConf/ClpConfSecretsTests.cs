using System.IO;
using System.Linq;
using ConfigLint.Analyzers;
using Xunit;

namespace ConfigLint.Tests.ClpConf
{
    /// <summary>Findings on clp.conf never carry a password or an SNMP community, in the message or in the properties.</summary>
    public class ClpConfSecretsTests
    {
        [Fact]
        public void Example_findings_hold_no_password_or_community()
        {
            var path = Path.Combine(TestPaths.RepositoryRoot, "examples", "ecx", "clp.conf");
            var result = ConfigScanner.Scan(TestScans.Options(TestPaths.RepositoryRoot, new[] { path }));
            Assert.Equal(new[] { "CL3001", "CL3002", "CL3003", "CL3004", "CL3005", "CL3006" }, result.Diagnostics.Select(d => d.Id).Distinct().OrderBy(i => i));
            foreach (var diagnostic in result.Diagnostics)
            {
                var shown = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + string.Join(" ", diagnostic.Properties.Values);
                foreach (var secret in new[] { "Summer#2025", "mail-Pass-1", "public" })
                    Assert.DoesNotContain(secret, shown);
            }
        }
    }
}
