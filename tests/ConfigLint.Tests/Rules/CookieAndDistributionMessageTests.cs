using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>
    /// What CL1003 and CL1004 say about a node that only its vm.args (or a 4.x flat file) configures: a shipped default
    /// cookie names its product and never the cookie, an OS variable reference states both readings, and a named node
    /// without TLS distribution says why. The fixtures pin where; these pin what.
    /// </summary>
    public class CookieAndDistributionMessageTests
    {
        private const string TlsDistribution = "-proto_dist inet_tls\n-ssl_dist_opt server_certfile /etc/node.pem client_certfile /etc/node.pem\n";

        [Theory]
        [InlineData("monster", "CouchDB")]
        [InlineData("emqttdsecretcookie", "EMQ 1.x (emqttd)")]
        [InlineData("change_me", "Kazoo's CouchDB/BigCouch configuration")]
        [InlineData("emqxsecretcookie", "EMQX")]
        public void A_shipped_default_cookie_names_its_product_and_not_the_cookie(string cookie, string product)
        {
            var finding = Single(SingleFileScan.Run("vm.args", $"-name node@10.0.0.1\n-setcookie {cookie}\n{TlsDistribution}"), "CL1003");
            var message = finding.GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains($"is the default that ships with {product};", message);
            Assert.DoesNotContain("low entropy", message);
            Assert.DoesNotContain(cookie, message);
            Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        }

        [Fact]
        public void An_os_variable_cookie_in_vm_args_is_a_note_with_both_readings()
        {
            var finding = Single(SingleFileScan.Run("vm.args", $"-name node@10.0.0.1\n-setcookie ${{NODE_COOKIE}}\n{TlsDistribution}"), "CL1003");
            var message = finding.GetMessage(CultureInfo.InvariantCulture);
            Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
            Assert.Contains("erlexec takes the reference itself as the cookie", message);
            Assert.Contains("relx replaces it at start (RELX_REPLACE_OS_VARS=true)", message);
            Assert.DoesNotContain("NODE_COOKIE", message);
        }

        [Fact]
        public void An_os_variable_cookie_in_an_emqx_4x_flat_file_is_a_note_with_both_readings()
        {
            var diagnostics = SingleFileScan.Run("emqx.conf",
                "node.name = emqx@10.0.0.1\nnode.cookie = ${NODE_COOKIE}\nnode.proto_dist = inet_tls\nallow_anonymous = false\n");
            var finding = Single(diagnostics, "CL1003");
            var message = finding.GetMessage(CultureInfo.InvariantCulture);
            Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
            Assert.Contains("EMQX 4.x takes the reference itself as the cookie", message);
            Assert.Contains("unless a deployment step renders the file before start", message);
            Assert.DoesNotContain("NODE_COOKIE", message);
        }

        [Fact]
        public void A_named_node_without_tls_distribution_says_so_at_the_flag_naming_it()
        {
            var finding = Single(SingleFileScan.Run("vm.args", "## ejabberd\n-sname ejabberd\n-setcookie 8f3a61c2d94b0e7f5a2c9d1b6e4f8a03\n"), "CL1004");
            Assert.Equal(1, finding.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Equal(
                "Erlang distribution is plain TCP: `-sname` makes this a distributed node and no `-proto_dist` selects TLS, so it uses OTP's default `inet_tcp`.",
                finding.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Tls_options_without_proto_dist_are_named_as_not_enough()
        {
            var finding = Single(SingleFileScan.Run("vm.args", "-name app@10.0.0.1\n-ssl_dist_optfile /etc/app/ssl_dist.conf\n"), "CL1004");
            Assert.EndsWith("TLS options (`-ssl_dist_optfile`, `-ssl_dist_opt`) alone do not switch it to TLS.", finding.GetMessage(CultureInfo.InvariantCulture));
        }

        private static Diagnostic Single(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics, string id) =>
            Assert.Single(diagnostics.Where(d => d.Id == id));
    }
}
