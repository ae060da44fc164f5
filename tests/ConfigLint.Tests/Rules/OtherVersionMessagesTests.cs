using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>
    /// What the fixtures cannot show: the messages that name the setting the file's own EMQX version reads (CL1009),
    /// and CL1001's wording for flat-form versions that have no <c>rpc.driver</c>.
    /// </summary>
    public class OtherVersionMessagesTests
    {
        [Theory]
        [InlineData("setting-has-no-effect/emqx4-keys.hocon", 2, "`allow_anonymous` is an EMQX 4.x setting: EMQX 5 ignores it — configure an authenticator under `authentication` instead")]
        [InlineData("setting-has-no-effect/emqx4-keys.hocon", 3, "`acl_nomatch` is an EMQX 4.x setting: EMQX 5 ignores it — set `authorization.no_match` instead")]
        [InlineData("setting-has-no-effect/emqx_v5_keys.conf", 6, "`authorization.no_match` is an EMQX 5 setting: EMQX 4.x does not know it and refuses the file at start-up — set `acl_nomatch` instead")]
        [InlineData("setting-has-no-effect/emq.conf", 4, "`authorization.no_match` is an EMQX 5 setting: EMQ 2.x does not know it and refuses the file at start-up — set `mqtt.acl_nomatch` instead")]
        public void Setting_has_no_effect_names_the_key_this_version_reads(string fixture, int line, string message) =>
            Assert.Equal(message, MessageAt(fixture, "CL1009", line));

        [Fact]
        public void Rpc_plaintext_in_the_flat_form_says_which_versions_have_rpc_driver() =>
            Assert.Equal(
                "Cluster RPC between nodes is plain TCP: `rpc.driver` is not set and defaults to `tcp` (EMQX 4.4; EMQX 3.x to 4.3 have no `rpc.driver` and always use TCP).",
                MessageAt("rpc-plaintext/flat-3x-missing.emqx.conf", "CL1001", 1));

        private static string MessageAt(string fixture, string ruleId, int line)
        {
            var path = Path.Combine(TestPaths.Fixtures, "emqx", fixture);
            var finding = TestScans.Scan(TestPaths.Fixtures, path).Diagnostics
                .Single(d => d.Id == ruleId && d.Location.GetLineSpan().StartLinePosition.Line + 1 == line);
            return finding.GetMessage(CultureInfo.InvariantCulture);
        }
    }
}
