using System.Linq;
using System.Text;
using ConfigLint.Analyzers;
using ConfigLint.Analyzers.Knowledge;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ErlangTerms;
using ConfigLint.Tests.Cli;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>CL1008 on an EMQX 5 node: where EMQX finds authenticators and acl.conf, and what it does when it cannot.</summary>
    public class AnonymousAccessTests
    {
        private const string Authenticator = "authentication = [{ mechanism = password_based, backend = built_in_database }]\n";
        private const string ClosedAuthorization = "authorization { sources = [{ type = built_in_database }], no_match = deny }\n";

        [Theory]
        [InlineData("{allow, all}.", "allow")]
        [InlineData("{deny, all}.", "deny")]
        [InlineData("{allow, all, all, all}.", "allow")]
        [InlineData("{deny, all, all, [\"#\"]}.", "deny")]
        [InlineData("{allow, all, publish, [\"#\"]}.", null)]
        [InlineData("{allow, all, all, [\"#\", \"$SYS/#\"]}.", null)]
        [InlineData("{allow, {username, \"admin\"}, all, [\"#\"]}.", null)]
        [InlineData("{allow, all, all, [\"t/#\"]}.", null)]
        public void A_catch_all_rule_matches_every_client_action_and_topic(string rule, string? permission)
        {
            var document = ErlangTermParser.Parse(new SourceFile("/acl.conf", Microsoft.CodeAnalysis.Text.SourceText.From(rule, Encoding.UTF8)));
            Assert.Empty(document.Errors);
            Assert.Equal(permission, EmqxAuthorization.CatchAllPermission(document.Terms.Single()));
        }

        [Fact]
        public void Cluster_hocon_is_read_under_a_relative_data_dir_from_the_install_root()
        {
            using var folder = new TempFolder();
            var main = folder.File("etc/emqx.conf", "node { name = \"emqx@10.0.0.1\", data_dir = \"var/emqx\" }\n" + ClosedAuthorization);
            folder.File("var/emqx/configs/cluster.hocon", Authenticator);
            folder.File("data/configs/cluster.hocon", "authentication = []\n");

            Assert.Empty(AnonymousAccessFindings(folder, main));
        }

        [Fact]
        public void Beside_a_configuration_outside_an_etc_folder_the_data_folder_is_its_neighbour()
        {
            using var folder = new TempFolder();
            var main = folder.File("node1/emqx.conf", "node.name = \"emqx@10.0.0.1\"\n" + ClosedAuthorization);
            folder.File("node1/data/configs/cluster.hocon", Authenticator);

            Assert.Empty(AnonymousAccessFindings(folder, main));
        }

        [Fact]
        public void A_cluster_hocon_that_cannot_be_read_or_parsed_leaves_the_missing_authenticator_unjudged()
        {
            using var folder = new TempFolder();
            var unreadable = folder.File("a/etc/emqx.conf", "node.name = \"emqx@10.0.0.1\"\n");
            folder.Folder("a/data/configs/cluster.hocon");
            var broken = folder.File("b/etc/emqx.conf", "node.name = \"emqx@10.0.0.1\"\n");
            folder.File("b/data/configs/cluster.hocon", "authentication = [\n");

            Assert.Empty(AnonymousAccessFindings(folder, unreadable));
            Assert.Empty(AnonymousAccessFindings(folder, broken));
        }

        [Fact]
        public void A_listener_cluster_hocon_switches_authentication_off_for_is_reported_in_the_main_configuration()
        {
            using var folder = new TempFolder();
            var main = folder.File("etc/emqx.conf", "node.name = \"emqx@10.0.0.1\"\n" + Authenticator + ClosedAuthorization);
            folder.File("data/configs/cluster.hocon", "listeners.tcp.default { bind = \"0.0.0.0:1883\", enable_authn = false }\n");

            Assert.Equal(new[] { "etc/emqx.conf:1:1" }, AnonymousAccessFindings(folder, main));
        }

        [Fact]
        public void An_acl_conf_that_cannot_be_parsed_leaves_authorization_unjudged()
        {
            using var folder = new TempFolder();
            var main = folder.File("etc/emqx.conf", "node.name = \"emqx@10.0.0.1\"\n" + Authenticator);
            folder.File("etc/acl.conf", "{allow, all\n");

            Assert.Empty(AnonymousAccessFindings(folder, main));
        }

        [Fact]
        public void The_catch_all_rule_of_acl_conf_is_a_related_location()
        {
            using var folder = new TempFolder();
            var main = folder.File("etc/emqx.conf", "node.name = \"emqx@10.0.0.1\"\n" + Authenticator);
            folder.File("etc/acl.conf", "{deny, all, subscribe, [\"$SYS/#\"]}.\n\n{allow, all}.\n");

            var finding = TestScans.Scan(folder.Path, main).Diagnostics.Single(d => d.Id == RuleIds.AnonymousAccess);

            var related = finding.AdditionalLocations.Single().GetLineSpan();
            Assert.Equal("etc/acl.conf", related.Path);
            Assert.Equal(2, related.StartLinePosition.Line);
            Assert.Contains("Line 3 of `etc/acl.conf`", finding.GetMessage());
        }

        [Fact]
        public void An_incomplete_configuration_is_judged_only_by_what_it_sets()
        {
            using var folder = new TempFolder();
            var main = folder.File("etc/emqx.conf",
                "include required(\"missing.conf\")\nnode.name = \"emqx@10.0.0.1\"\nlisteners.tcp.default.enable_authn = false\n");

            var findings = TestScans.Scan(folder.Path, main).Diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1}").ToList();

            Assert.Contains("CL0001 1", findings);
            Assert.Equal(new[] { "CL1008 3" }, findings.Where(f => f.StartsWith(RuleIds.AnonymousAccess)));
        }

        private static string[] AnonymousAccessFindings(TempFolder folder, string path) =>
            TestScans.Scan(folder.Path, path).Diagnostics
                .Where(d => d.Id == RuleIds.AnonymousAccess)
                .Select(d => d.Location.GetLineSpan() is var span ? $"{span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}" : "")
                .ToArray();
    }
}
