using System.Linq;
using ConfigLint.Sarif;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConfigLint.Tests.Sarif
{
    public sealed class ResultCapTests
    {
        [Fact]
        public void Over_25000_results_keeps_errors_in_order_and_says_how_many_were_left_out()
        {
            // 25,000 warnings, then 3 notes and 5 errors: the notes and 3 of the warnings must go.
            var warnings = Enumerable.Range(0, ResultCap.GitHubMaximumResultsPerRun)
                .Select(i => Diagnostic.Create(SampleScan.PlaintextListener.Descriptor, SampleScan.At("emqx.conf", i, 0, i, 1), "w" + i));
            var notes = Enumerable.Range(0, 3)
                .Select(i => Diagnostic.Create(SampleScan.DashboardDefaultPort.Descriptor, SampleScan.At("emqx.conf", i, 0, i, 1), "n" + i));
            var errors = Enumerable.Range(0, 5)
                .Select(i => Diagnostic.Create(SampleScan.WeakCookie.Descriptor, SampleScan.At("emqx.conf", i, 0, i, 1), "e" + i));
            var diagnostics = warnings.Concat(notes).Concat(errors).ToList();

            var sarif = SampleScan.WriteSarif(diagnostics, SampleScan.PortableOptions);

            var results = SarifJson.Run(sarif).GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(ResultCap.GitHubMaximumResultsPerRun, results.Count);
            Assert.Equal(
                Enumerable.Repeat("warning", 24_995).Concat(Enumerable.Repeat("error", 5)),
                results.Select(r => r.GetProperty("level").GetString()));
            Assert.Equal("Listener 'w24994' accepts unencrypted MQTT.", results[24_994].GetProperty("message").GetProperty("text").GetString());
            Assert.Equal("Node cookie 'e0' is a well-known default.", results[24_995].GetProperty("message").GetProperty("text").GetString());

            var leftOut = SarifJson.Notifications(sarif).EnumerateArray().Last();
            Assert.Equal("warning", leftOut.GetProperty("level").GetString());
            Assert.Equal(
                "25,008 results were found; GitHub code scanning accepts at most 25,000 a run, so the 8 least severe were left out.",
                leftOut.GetProperty("message").GetProperty("text").GetString());
        }

        [Fact]
        public void At_the_limit_nothing_is_left_out()
        {
            var diagnostics = SampleScan.Diagnostics;

            Assert.Same(diagnostics, ResultCap.KeepMostSevere(diagnostics, diagnostics.Count));
        }
    }
}
