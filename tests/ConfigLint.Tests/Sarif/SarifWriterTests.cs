using System.Linq;
using System.Text;
using ConfigLint.Analyzers;
using Xunit;

namespace ConfigLint.Tests.Sarif
{
    public sealed class SarifWriterTests
    {
        private static readonly byte[] Rooted = SampleScan.WriteSarif(SampleScan.Diagnostics, SampleScan.RootedOptions);
        private static readonly byte[] Portable = SampleScan.WriteSarif(SampleScan.Diagnostics, SampleScan.PortableOptions);

        [Fact]
        public void Every_rule_is_listed_and_each_result_points_at_its_rule_by_index()
        {
            var rules = SarifJson.Run(Rooted).GetProperty("tool").GetProperty("driver").GetProperty("rules");
            Assert.Equal(SampleScan.Rules.Select(r => r.Id), rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));

            foreach (var result in SarifJson.Run(Rooted).GetProperty("results").EnumerateArray())
            {
                var index = result.GetProperty("ruleIndex").GetInt32();
                Assert.Equal(result.GetProperty("ruleId").GetString(), SampleScan.Rules[index].Id);
            }
            Assert.Equal(2, SarifJson.Result(Rooted, 1).GetProperty("ruleIndex").GetInt32());
        }

        [Fact]
        public void Region_is_one_based_with_end_column_one_past_the_last_character()
        {
            var region = SarifJson.PhysicalLocation(SarifJson.Result(Rooted, 0).GetProperty("locations")[0]).GetProperty("region");

            Assert.Equal(4, region.GetProperty("startLine").GetInt32());
            Assert.Equal(12, region.GetProperty("startColumn").GetInt32());
            Assert.Equal(4, region.GetProperty("endLine").GetInt32());
            Assert.Equal(20, region.GetProperty("endColumn").GetInt32());
        }

        [Fact]
        public void Result_keeps_level_message_and_an_encoded_relative_uri()
        {
            var result = SarifJson.Result(Rooted, 1);
            var location = result.GetProperty("locations")[0];

            Assert.Equal("warning", result.GetProperty("level").GetString());
            Assert.Equal("Listener 'listeners.tcp.default' accepts unencrypted MQTT.", result.GetProperty("message").GetProperty("text").GetString());
            Assert.Equal("examples/prod%20cluster/n%C5%93ud.conf", SarifJson.Uri(location));
            Assert.Equal("%SRCROOT%", SarifJson.PhysicalLocation(location).GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        }

        [Fact]
        public void Additional_locations_become_numbered_related_locations_with_a_message()
        {
            var related = SarifJson.Result(Rooted, 2).GetProperty("relatedLocations").EnumerateArray().Single();

            Assert.Equal(1, related.GetProperty("id").GetInt32());
            Assert.Equal("examples/vm.args", SarifJson.Uri(related));
            Assert.Equal(2, SarifJson.PhysicalLocation(related).GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.False(string.IsNullOrEmpty(related.GetProperty("message").GetProperty("text").GetString()));
        }

        [Fact]
        public void Source_root_is_an_absolute_folder_uri_ending_with_a_slash()
        {
            var srcRoot = SarifJson.Run(Rooted).GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString();

            Assert.Equal("file:///work/my%20repo/", srcRoot);
        }

        [Fact]
        public void Portable_log_names_no_absolute_uri()
        {
            var text = Encoding.UTF8.GetString(Portable);

            Assert.DoesNotContain("file:", text);
            Assert.DoesNotContain("/work/", text);
            Assert.False(SarifJson.Run(Portable).TryGetProperty("originalUriBaseIds", out _));
        }

        [Fact]
        public void Rule_help_is_the_rules_md_section_and_github_properties_are_present()
        {
            var rule = SarifJson.Rule(Rooted, 2);
            var definition = SampleScan.PlaintextListener;

            Assert.Equal("plaintext-mqtt-listener", rule.GetProperty("name").GetString());
            Assert.Equal("An MQTT listener accepts plaintext", rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(definition.Why, rule.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Equal(RuleMarkdown.Section(definition), rule.GetProperty("help").GetProperty("markdown").GetString());
            Assert.Equal(RuleMarkdown.Section(definition), rule.GetProperty("help").GetProperty("text").GetString());
            Assert.Equal(definition.Descriptor.HelpLinkUri, rule.GetProperty("helpUri").GetString());
            Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            var properties = rule.GetProperty("properties");
            Assert.Equal("7.5", properties.GetProperty("security-severity").GetString());
            Assert.Equal("high", properties.GetProperty("precision").GetString());
            Assert.Equal(
                new[] { "security", "CWE-319", "external/cwe/cwe-319" },
                properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        }

        [Fact]
        public void Run_describes_the_tool_automation_and_column_kind()
        {
            var run = SarifJson.Run(Rooted);
            var driver = run.GetProperty("tool").GetProperty("driver");

            Assert.Equal("ConfigLint", driver.GetProperty("name").GetString());
            Assert.Equal("1.2.0", driver.GetProperty("semanticVersion").GetString());
            Assert.Equal("configlint/", run.GetProperty("automationDetails").GetProperty("id").GetString());
            Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
            Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
        }

        [Fact]
        public void Unreadable_file_is_an_error_notification_at_that_file()
        {
            var notification = SarifJson.Notifications(Rooted).EnumerateArray().Single();

            Assert.Equal("error", notification.GetProperty("level").GetString());
            Assert.Equal("Cannot read examples/locked.conf: Access to the path is denied.", notification.GetProperty("message").GetProperty("text").GetString());
            Assert.Equal("examples/locked.conf", SarifJson.Uri(notification.GetProperty("locations")[0]));
        }

        [Fact]
        public void Same_input_gives_the_same_bytes_as_utf8_without_bom_and_with_lf_newlines()
        {
            var again = SampleScan.WriteSarif(SampleScan.Diagnostics, SampleScan.RootedOptions);

            Assert.Equal(Rooted, again);
            Assert.Equal((byte)'{', Rooted[0]);
            Assert.DoesNotContain((byte)'\r', Rooted);
            Assert.Equal((byte)'\n', Rooted[^1]);
        }
    }
}
