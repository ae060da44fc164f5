using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ConfigLint.Sarif;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConfigLint.Tests.Sarif
{
    /// <summary>Reading a baseline back and matching findings to it by fingerprint.</summary>
    public sealed class BaselineTests
    {
        private static readonly Diagnostic[] Findings = SampleScan.Diagnostics.ToArray();

        private static BaselineLog Recorded(params Diagnostic[] diagnostics) =>
            BaselineLog.Read(SampleScan.WriteSarif(diagnostics, SampleScan.PortableOptions));

        [Fact]
        public void Findings_recorded_by_the_tool_are_all_unchanged()
        {
            var comparison = BaselineComparison.Compare(Findings, Recorded(Findings));

            Assert.Empty(comparison.New);
            Assert.Equal(4, comparison.UnchangedCount);
            Assert.Equal(0, comparison.AbsentCount);
            Assert.All(Findings, d => Assert.Equal(BaselineStates.Unchanged, comparison.StateOf(d)));
        }

        [Fact]
        public void A_finding_not_recorded_is_new_and_a_recorded_one_not_found_is_absent()
        {
            var comparison = BaselineComparison.Compare(Findings[1..], Recorded(Findings[..3]));

            Assert.Equal(new[] { Findings[3] }, comparison.New);
            Assert.Equal(BaselineStates.New, comparison.StateOf(Findings[3]));
            Assert.Equal(BaselineStates.Unchanged, comparison.StateOf(Findings[1]));
            Assert.Equal(2, comparison.UnchangedCount);
            Assert.Equal(1, comparison.AbsentCount);
            Assert.Equal("2 unchanged, 1 absent (baseline)", comparison.Summary());
        }

        [Fact]
        public void A_baseline_entry_matches_at_most_one_finding()
        {
            // The same result recorded twice (a hand-merged baseline): one finding leaves the second entry absent.
            var log = JsonNode.Parse(SampleScan.WriteSarif(Findings[..1], SampleScan.PortableOptions))!;
            var results = log["runs"]![0]!["results"]!.AsArray();
            results.Add(results[0]!.DeepClone());
            var twice = BaselineLog.Read(Encoding.UTF8.GetBytes(log.ToJsonString()));

            var once = BaselineComparison.Compare(Findings[..1], twice);

            Assert.Equal(1, once.UnchangedCount);
            Assert.Equal(1, once.AbsentCount);
            Assert.Empty(once.New);
        }

        [Fact]
        public void Two_identical_findings_recorded_match_two_found_after_lines_moved()
        {
            var first = Diagnostic.Create(SampleScan.WeakCookie.Descriptor, SampleScan.At("examples/emqx.conf", 3, 11, 3, 19), "node.cookie");
            var second = Diagnostic.Create(SampleScan.WeakCookie.Descriptor, SampleScan.At("examples/emqx.conf", 30, 11, 30, 19), "node.cookie");
            var firstMoved = Diagnostic.Create(SampleScan.WeakCookie.Descriptor, SampleScan.At("examples/emqx.conf", 13, 11, 13, 19), "node.cookie");
            var secondMoved = Diagnostic.Create(SampleScan.WeakCookie.Descriptor, SampleScan.At("examples/emqx.conf", 40, 11, 40, 19), "node.cookie");

            var comparison = BaselineComparison.Compare(new[] { firstMoved, secondMoved }, Recorded(first, second));

            Assert.Empty(comparison.New);
            Assert.Equal(2, comparison.UnchangedCount);
            Assert.Equal(0, comparison.AbsentCount);
        }

        [Fact]
        public void A_second_identical_finding_is_new_against_a_baseline_that_recorded_one()
        {
            // Identical findings in one file are told apart by their order (PartialFingerprints), so the second is new.
            var copy = Diagnostic.Create(SampleScan.WeakCookie.Descriptor, SampleScan.At("examples/emqx.conf", 30, 11, 30, 19), "node.cookie");

            var comparison = BaselineComparison.Compare(new[] { Findings[0], copy }, Recorded(Findings[0]));

            Assert.Equal(new[] { copy }, comparison.New);
            Assert.Equal(1, comparison.UnchangedCount);
            Assert.Equal(0, comparison.AbsentCount);
        }

        [Fact]
        public async Task Sarif_against_a_baseline_gives_every_result_its_state_and_carries_absent_ones_over()
        {
            var baseline = Recorded(Findings[..3]);
            var comparison = BaselineComparison.Compare(Findings[1..], baseline);

            var sarif = SampleScan.WriteSarif(Findings[1..], new SarifOptions("1.2.0") { Baseline = comparison });

            var results = SarifJson.Run(sarif).GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(
                new[] { ("CL2001", "unchanged"), ("CL1004", "unchanged"), ("CL3001", "new"), ("CL1003", "absent") },
                results.Select(r => (r.GetProperty("ruleId").GetString()!, r.GetProperty("baselineState").GetString()!)));
            var absent = results[3];
            Assert.Equal("Node cookie 'node.cookie' is a well-known default.", absent.GetProperty("message").GetProperty("text").GetString());
            Assert.Equal(0, absent.GetProperty("ruleIndex").GetInt32());
            Assert.Equal(4, SarifJson.PhysicalLocation(absent.GetProperty("locations")[0]).GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal(
                SarifJson.Result(SampleScan.WriteSarif(Findings[..1], SampleScan.PortableOptions), 0).GetProperty("partialFingerprints").GetRawText(),
                absent.GetProperty("partialFingerprints").GetRawText());
            await SarifSchemaTests.AssertValid(sarif);
        }

        [Fact]
        public void Sarif_without_a_baseline_has_no_baseline_state()
        {
            var results = SarifJson.Run(SampleScan.WriteSarif(Findings, SampleScan.PortableOptions)).GetProperty("results").EnumerateArray();

            Assert.All(results, r => Assert.False(r.TryGetProperty("baselineState", out _)));
        }

        [Fact]
        public void A_log_written_against_a_baseline_records_only_what_was_found_then()
        {
            var comparison = BaselineComparison.Compare(Findings[1..], Recorded(Findings[..3]));
            var sarif = SampleScan.WriteSarif(Findings[1..], new SarifOptions("1.2.0") { Baseline = comparison });

            var again = BaselineComparison.Compare(Findings[1..], BaselineLog.Read(sarif));

            Assert.Equal(3, again.UnchangedCount);
            Assert.Equal(0, again.AbsentCount);
        }

        [Theory]
        [InlineData("{\"version\":\n", "it is not JSON (line 2, byte 1)")]
        [InlineData("null", "it is not a SARIF 2.1.0 log (no \"version\": \"2.1.0\")")]
        [InlineData("{\"version\": \"2.0.0\", \"runs\": []}", "it is not a SARIF 2.1.0 log (no \"version\": \"2.1.0\")")]
        [InlineData("{\"version\": \"2.1.0\"}", "it has no \"runs\" array")]
        [InlineData("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}, {}]}", "runs[1] has no \"results\" array")]
        [InlineData(
            "{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"ruleId\": \"CL1003\", \"message\": {\"text\": \"m\"}}]}]}",
            "runs[0].results[0] is not as ConfigLint writes it (a result has a ruleId, a level and a message text)")]
        [InlineData(
            "{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"ruleId\": \"CL1003\", \"level\": \"error\", \"message\": {\"text\": \"m\"}, \"locations\": [{\"physicalLocation\": {}}]}]}]}",
            "runs[0].results[0].locations[0].physicalLocation is not as ConfigLint writes it (a result has a ruleId, a level and a message text)")]
        [InlineData(
            "{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"ruleId\": \"CL1003\", \"level\": \"error\", \"message\": {\"text\": \"m\"}, \"partialFingerprints\": {\"other/v1\": \"0a\"}}]}]}",
            "runs[0].results[0] has no \"configlint/v1\" partial fingerprint (written by another tool or version?)")]
        public void A_file_that_is_not_a_baseline_is_refused_saying_why(string content, string reason)
        {
            var error = Assert.Throws<InvalidDataException>(() => BaselineLog.Read(Encoding.UTF8.GetBytes(content)));

            Assert.Equal(reason, error.Message);
        }
    }
}
