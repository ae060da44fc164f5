using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ConfigLint.Analyzers;
using ConfigLint.Analyzers.Knowledge;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Knowledge
{
    /// <summary>
    /// The placeholder, certificate-path and leading-key checks are written by hand so that a run builds no regular
    /// expression (start-up); each must answer what the expression it replaced answers, on chosen edge cases and on
    /// strings drawn from the characters that matter to it.
    /// </summary>
    public class HandWrittenPatternTests
    {
        private static readonly Regex EmqxDefaultPlaceholder = new(@"^\{\{\s*emqx_default_erlang_cookie\s*\}\}$");
        private static readonly Regex TemplatePlaceholder = new(@"\{\{|<%|__[A-Z][A-Z0-9_]*__");
        private static readonly Regex OsVariableReference = new(@"\$\{[^}]*\}");
        private static readonly Regex DemoPath = new(
            @"^(?:(?:\./)?etc|.+/etc|/etc/emqx|\{\{\s*platform_etc_dir\s*\}\}|\$\{EMQX_ETC_DIR\}|\$EMQX_ETC_DIR)/certs/(?:cert|key|cacert|client-cert|client-key)\.pem$");
        private static readonly Regex LeadingKey = new(@"^\s*""?([A-Za-z0-9_$][A-Za-z0-9_.$\-]*)");

        private static readonly string[] CookieCases =
        {
            "", "{{", "{ {", "<%= cookie %>", "<%", "__A__", "__a__", "___A__", "__A_", "__A1_B__", "__1A__", "x__COOKIE__y",
            "__A__B", "__AB", "____", "__A___", "{{ emqx_default_erlang_cookie }}", "{{emqx_default_erlang_cookie}}",
            " {{\temqx_default_erlang_cookie\u00a0}} ", "{{ emqx_default_erlang_cookie }} x", "{{ other }}", "${COOKIE}", "${",
            "${COOKIE", "a${b}c", "$COOKIE", "${}", "}${", "${\n}", "secret",
        };

        [Fact]
        public void Cookie_placeholders_are_judged_as_the_expressions_judged_them()
        {
            foreach (var value in CookieCases.Concat(RandomStrings("{}<%_$AZaz09 \t", 20000, 1128)))
            {
                Assert.True((TemplatePlaceholder.IsMatch(value) && !EmqxDefaultPlaceholder.IsMatch(value.Trim())) == ErlangCookies.IsUnknownPlaceholder(value), value);
                Assert.True(OsVariableReference.IsMatch(value) == ErlangCookies.IsOsVariableReference(value), value);
                Assert.Equal(EmqxDefaultPlaceholder.IsMatch(value.Trim()) ? "emqxsecretcookie" : value.Trim(), ErlangCookies.Effective(value));
            }
        }

        [Theory]
        [InlineData("etc/certs/cert.pem", true)]
        [InlineData("./etc/certs/key.pem", true)]
        [InlineData("/opt/emqx/etc/certs/cacert.pem", true)]
        [InlineData("/etc/emqx/certs/client-cert.pem", true)]
        [InlineData("{{ platform_etc_dir }}/certs/client-key.pem", true)]
        [InlineData("${EMQX_ETC_DIR}/certs/cert.pem", true)]
        [InlineData("$EMQX_ETC_DIR/certs/cert.pem", true)]
        [InlineData(" etc\\certs\\cert.pem ", true)]
        [InlineData("/etc/certs/cert.pem", false)]
        [InlineData("etc/certs/server.pem", false)]
        [InlineData("etc/certs/sub/cert.pem", false)]
        [InlineData("certs/cert.pem", false)]
        [InlineData("/certs/cert.pem", false)]
        [InlineData("a\n/etc/certs/cert.pem", false)]
        [InlineData("etc/certs/cert.pem.bak", false)]
        public void Demo_certificate_paths_are_judged_as_the_expression_judged_them(string path, bool expected)
        {
            Assert.Equal(expected, DemoPath.IsMatch(path.Trim().Replace('\\', '/')));
            Assert.Equal(expected, DemoCertificates.IsDemoPath(path));
        }

        [Fact]
        public void Demo_certificate_paths_match_the_expression_on_generated_paths()
        {
            var parts = new[] { "etc", ".", "/", "emqx", "certs", "cert.pem", "key.pem", "client-key.pem", "{{ platform_etc_dir }}", "${EMQX_ETC_DIR}", "$EMQX_ETC_DIR", "x", "\n" };
            var random = new Random(1128);
            for (var n = 0; n < 20000; n++)
            {
                var path = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => parts[random.Next(parts.Length)] + (random.Next(3) == 0 ? "" : "/"))).TrimEnd('/');
                Assert.True(DemoPath.IsMatch(path.Trim().Replace('\\', '/')) == DemoCertificates.IsDemoPath(path), path);
            }
        }

        [Fact]
        public void Leading_keys_are_the_ones_the_expression_found()
        {
            var lines = new[] { "node.name = a", "  \"node.cookie\": x", "\"", "\" x", "  # comment", "$x.y-z = 1", "-a", "rpc {", "\t\u00a0key", "a..b", "", "é = 1" };
            var text = string.Join("\n", lines.Concat(RandomStrings(" \t\"a$.-_#=Z9", 2000, 7)));
            var expected = SourceText.From(text).Lines.Select(line => LeadingKey.Match(line.ToString())).Where(m => m.Success).Select(m => m.Groups[1].Value);
            Assert.Equal(expected, KeyMarkers.LeadingKeys(SourceText.From(text)));
        }

        private static IEnumerable<string> RandomStrings(string alphabet, int count, int seed)
        {
            var random = new Random(seed);
            for (var n = 0; n < count; n++)
                yield return new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        }
    }
}
