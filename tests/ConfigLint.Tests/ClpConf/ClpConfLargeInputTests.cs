using System.Linq;
using ConfigLint.Analyzers;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.ClpConf
{
    /// <summary>
    /// Very deep and very wide clp.conf files get a result, or a located CL0001, in time linear in their size: run on
    /// xunit's thread with its default stack, a recursion as deep as the input would crash the run.
    /// </summary>
    public class ClpConfLargeInputTests
    {
        private const string Declaration = "<?xml version=\"1.0\" encoding=\"ASCII\"?>\n";

        [Fact]
        public void Elements_nested_100000_deep_are_one_too_deep_error_and_reading_goes_on()
        {
            const int depth = 100_000;
            var content = Declaration + "<root><all/><cluster>\n" + string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth)) + "\n<passwd>p</passwd>\n</cluster></root>\n";

            var diagnostics = SingleFileScan.Run("clp.conf", content);

            var tooDeep = Assert.Single(diagnostics, d => d.Id == RuleIds.UnreadableConfig);
            Assert.Equal(nameof(ParseErrorKind.TooDeep), tooDeep.Properties[DiagnosticProperties.KeyPath]);
            // <root> and <cluster> are the first two levels, so the first <a> too deep is the one after 254 others;
            // the error points at its name, right after its '<'.
            var firstTooDeep = (NestingLimit.MaxDepth - 2) * "<a>".Length;
            Assert.Equal(new LinePosition(2, firstTooDeep + 1), tooDeep.Location.GetLineSpan().StartLinePosition);
            var password = Assert.Single(diagnostics, d => d.Id == RuleIds.PlaintextCredential);
            Assert.Equal(new LinePosition(3, "<passwd>".Length), password.Location.GetLineSpan().StartLinePosition);
        }

        [Fact]
        public void Elements_at_the_depth_limit_are_read_with_their_full_path()
        {
            const int levelsBetween = NestingLimit.MaxDepth - 2; // below <root>, above the password
            var content = Declaration + "<root><all/>" + string.Concat(Enumerable.Repeat("<a>", levelsBetween)) + "<passwd>p</passwd>" + string.Concat(Enumerable.Repeat("</a>", levelsBetween)) + "</root>\n";

            var diagnostics = SingleFileScan.Run("clp.conf", content);

            Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.UnreadableConfig);
            var password = Assert.Single(diagnostics, d => d.Id == RuleIds.PlaintextCredential);
            Assert.Equal("root/" + string.Concat(Enumerable.Repeat("a/", levelsBetween)) + "passwd", password.Properties[DiagnosticProperties.KeyPath]);
        }

        [Fact]
        public void Each_of_100000_sibling_passwords_is_one_finding()
        {
            const int passwords = 100_000;
            var content = Declaration + "<root><all/><cluster>\n" + string.Concat(Enumerable.Repeat("<passwd>p</passwd>\n", passwords)) + "</cluster></root>\n";

            var diagnostics = SingleFileScan.Run("clp.conf", content);

            var findings = diagnostics.Where(d => d.Id == RuleIds.PlaintextCredential).ToList();
            Assert.Equal(passwords, findings.Count);
            Assert.Equal(Enumerable.Range(2, passwords), findings.Select(d => d.Location.GetLineSpan().StartLinePosition.Line));
        }

        [Fact]
        public void An_encryption_flag_after_100000_sibling_passwords_protects_them_all()
        {
            var content = Declaration + "<root><all/><cluster>\n" + string.Concat(Enumerable.Repeat("<passwd>p</passwd>\n", 100_000)) + "<encrypwd>1</encrypwd>\n</cluster></root>\n";

            var diagnostics = SingleFileScan.Run("clp.conf", content);

            Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.PlaintextCredential);
        }
    }
}
