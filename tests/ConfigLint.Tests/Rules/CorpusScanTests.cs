using System.IO;
using System.Linq;
using ConfigLint.Analyzers;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>Every real configuration in the shared corpus goes through the whole scanner without a crash.</summary>
    public class CorpusScanTests
    {
        [Fact]
        public void Scanning_the_whole_corpus_never_throws_and_recognises_the_emqx_files()
        {
            var files = Directory.EnumerateFiles(TestPaths.Corpus, "*", SearchOption.AllDirectories).OrderBy(f => f, System.StringComparer.Ordinal).ToList();

            var result = ConfigScanner.Scan(TestScans.Options(TestPaths.Corpus, files));

            Assert.Empty(result.Notifications.Where(n => n.Level == ToolNotificationLevel.Error));
            Assert.Contains("emqx/v4/emqx-v4.4.19.emqx.conf", result.AnalyzedFiles);
            Assert.Contains("emqx/v5/emqx-v5.8.9.base.hocon", result.AnalyzedFiles);
            Assert.Contains("emqx/ssl_dist/emqx-v5.8.9.ssl_dist.conf", result.AnalyzedFiles);
            Assert.DoesNotContain("emqx/SOURCES.md", result.AnalyzedFiles);
        }
    }
}
