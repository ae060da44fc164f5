using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using ConfigLint.Analyzers;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.Rules;
using ConfigLint.Cli;
using ConfigLint.Tests.Cli;
using ConfigLint.Tests.Sarif;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>
    /// A renamed rule keeps answering to its old name wherever a user names a rule: --select, --ignore, --explain and
    /// suppression comments; SARIF lists the old names as deprecatedNames. No rule is renamed yet, so the tests scan
    /// with a rule of their own, formerly <c>fake-old-name</c>, beside the real ones.
    /// </summary>
    public sealed class FormerNameTests : System.IDisposable
    {
        private const string EmqxConf = "node {\n  name = \"emqx@10.0.0.1\"\n  cookie = \"emqxsecretcookie\"\n}\n";

        private static readonly RuleDefinition Renamed = new(
            "CL9004",
            "fake-renamed",
            title: "Fake renamed rule",
            messageFormat: "fake finding of the node name",
            DiagnosticSeverity.Warning,
            cwe: "CWE-1",
            securitySeverity: "5.0",
            why: "Because tests need it.",
            howToFix: "Nothing to fix.",
            new RuleExample("emqx.conf", "hocon", "node.name = \"emqx@10.0.0.1\""),
            new RuleExample("emqx.conf", "hocon", "node.name = \"emqx@10.0.0.1\""),
            formerNames: new[] { "fake-older-name", "fake-old-name" });

        private readonly TempFolder _temp = new();

        public FormerNameTests() => _temp.File("emqx.conf", EmqxConf);

        public void Dispose() => _temp.Dispose();

        [Theory]
        [InlineData("CL9004")]
        [InlineData("cl9004")]
        [InlineData("fake-renamed")]
        [InlineData("Fake-Old-Name")]
        [InlineData("fake-older-name")]
        public void A_rule_is_called_by_its_id_its_name_or_a_former_name_in_any_case(string idOrName)
        {
            Assert.True(Renamed.IsCalled(idOrName));
            Assert.Same(Renamed, RuleNames.Find(RuleCatalog.All.Add(Renamed), idOrName));
        }

        [Theory]
        [InlineData("fake-old")]
        [InlineData("CL1003")]
        [InlineData("weak-erlang-cookie")]
        public void Other_names_are_not_the_rule(string idOrName) => Assert.False(Renamed.IsCalled(idOrName));

        [Fact]
        public void Select_by_the_former_name_reports_only_that_rule()
        {
            var run = Run("--select", "fake-old-name", ".");

            Assert.Equal("emqx.conf:2:10: warning CL9004: fake finding of the node name\n", run.Output);
            Assert.Equal(1, run.ExitCode);
        }

        [Fact]
        public void Ignore_by_the_former_name_drops_only_that_rule()
        {
            Assert.Equal(new[] { "CL1001", "CL1003", "CL1004", "CL1008", "CL9004" }, ReportedIds(Run(".")));
            Assert.Equal(new[] { "CL1001", "CL1003", "CL1004", "CL1008" }, ReportedIds(Run("--ignore", "fake-old-name", ".")));
        }

        [Fact]
        public void Explain_by_the_former_name_shows_the_rule_under_its_current_name_and_lists_the_former_ones()
        {
            var run = Run("--explain", "fake-old-name");

            Assert.StartsWith(
                "## CL9004 fake-renamed\n\n**Fake renamed rule**\n\nSeverity: warning · CWE-1 · security-severity 5.0\n\nFormerly: `fake-older-name`, `fake-old-name`\n\n### Why it matters\n",
                run.Output);
        }

        [Fact]
        public void Did_you_mean_offers_current_names_only()
        {
            var run = Run("--explain", "fake-old-nam");

            Assert.StartsWith("configlint: no rule fake-old-nam; --list-rules shows them all\n", run.Error);
        }

        [Fact]
        public void A_suppression_comment_naming_the_former_name_suppresses_the_rule()
        {
            _temp.File("emqx.conf", "node {\n  # configlint-disable-next-line fake-old-name -- renamed since\n  name = \"emqx@10.0.0.1\"\n  cookie = \"emqxsecretcookie\"\n}\n");

            var result = ConfigScanner.Scan(Options(TestScans.Options(_temp.Path, new[] { _temp.FullPath("emqx.conf") })));

            Assert.Equal(new[] { "CL9004" }, result.Diagnostics.Where(d => d.IsSuppressed).Select(d => d.Id));
            Assert.Equal(new[] { "CL1001", "CL1003", "CL1004", "CL1008" }, result.Diagnostics.Where(d => !d.IsSuppressed).Select(d => d.Id).Distinct().OrderBy(id => id, System.StringComparer.Ordinal));
            Assert.Equal("renamed since", result.Diagnostics.Single(d => d.Id == "CL9004").Properties[DiagnosticProperties.SuppressionJustification]);
        }

        [Fact]
        public async Task Sarif_lists_the_former_names_as_deprecatedNames_and_stays_valid()
        {
            var run = Run("--format", "sarif", ".");

            using var log = JsonDocument.Parse(run.Output);
            var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
            var renamed = rules.Single(r => r.GetProperty("id").GetString() == "CL9004");
            Assert.Equal(new[] { "fake-older-name", "fake-old-name" }, renamed.GetProperty("deprecatedNames").EnumerateArray().Select(n => n.GetString()));
            Assert.False(rules.Single(r => r.GetProperty("id").GetString() == "CL1003").TryGetProperty("deprecatedNames", out _));
            await SarifSchemaTests.AssertValid(Encoding.UTF8.GetBytes(run.Output));
        }

        private ToolRun Run(params string[] args)
        {
            var engine = new LintEngine(options => ConfigScanner.Scan(Options(options)), ConfigScanner.Resolve, () => RuleCatalog.All.Add(Renamed));
            return ToolRun.Capture((output, error) => Program.Run(args, new ToolEnvironment(output, error, _temp.Path, engine)));
        }

        /// <summary>The host's options, scanning with the real rules and the renamed one.</summary>
        private static ScanOptions Options(ScanOptions host) => new(host.BaseDirectory, host.Files, host.Source)
        {
            ReportScope = host.ReportScope,
            Severities = host.Severities,
            Rules = RuleCatalog.Registered.Add(new ReportsTheNodeName()),
        };

        private static string[] ReportedIds(ToolRun run) =>
            run.Output.Split('\n').Where(line => line.Length > 0).Select(line => line.Split(' ')[2].TrimEnd(':')).Distinct().OrderBy(id => id, System.StringComparer.Ordinal).ToArray();

        /// <summary>The renamed rule: one finding at node.name.</summary>
        private sealed class ReportsTheNodeName : IEmqxRule
        {
            public RuleDefinition Definition => Renamed;

            public void Analyze(EmqxConfig config, FindingSink sink)
            {
                if (config.Get("node.name") is { } name)
                    sink.AtValue(Renamed, name, "node.name");
            }
        }
    }
}
