using ConfigLint.Analyzers.Knowledge;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    public class ErlangCookiesTests
    {
        [Theory]
        [InlineData("emqxsecretcookie", "KnownDefault")]
        [InlineData("EMQSECRETCOOKIE", "KnownDefault")]
        [InlineData("emqx50elixir", "KnownDefault")]
        [InlineData("{{ emqx_default_erlang_cookie }}", "KnownDefault")]
        [InlineData("{{emqx_default_erlang_cookie}}", "KnownDefault")]
        [InlineData("monster", "KnownDefault")]
        [InlineData("emqttdsecretcookie", "KnownDefault")]
        [InlineData("change_me", "KnownDefault")]
        [InlineData("Yzc0NGExM2Rj", "TooShort")]
        [InlineData("x7Kq2", "TooShort")]
        [InlineData("aaaaaaaaaaaaaaaaaaaa", "LowEntropy")]
        [InlineData("abababababababababab", "LowEntropy")]
        [InlineData("abcdefghijklmnopqrstu", "LowEntropy")]
        [InlineData("password12345678", "LowEntropy")]
        [InlineData("clustersecret20242024", "LowEntropy")]
        [InlineData("MyEmqxCookie2024!!", "LowEntropy")]
        [InlineData("c9f2d6b1e4a87f3d0b5e6a9c2d4f8e71", "None")]
        [InlineData("Zq3v9KfT1xW8mB2nR7yL4pD6", "None")]
        [InlineData("8372619405172839", "None")]
        public void Judges_cookies(string cookie, string expected) =>
            Assert.Equal(System.Enum.Parse<CookieWeakness>(expected), ErlangCookies.Judge(cookie));

        [Theory]
        [InlineData("{{ vault_cookie }}", true)]
        [InlineData("<%= release.profile.cookie %>", true)]
        [InlineData("<%= @cookie %>", true)]
        [InlineData("__ERLANG_COOKIE__", true)]
        [InlineData("prefix-{{ suffix }}", true)]
        [InlineData("{{ emqx_default_erlang_cookie }}", false)]
        [InlineData("plain", false)]
        [InlineData("__secret__", false)]
        [InlineData("${NODE_COOKIE}", false)]
        [InlineData("%>", false)]
        public void Only_foreign_placeholders_are_unknown(string value, bool unknown) =>
            Assert.Equal(unknown, ErlangCookies.IsUnknownPlaceholder(value));

        [Theory]
        [InlineData("${NODE_COOKIE}", true)]
        [InlineData("${NODE_COOKIE:-fallback}", true)]
        [InlineData("pre${X}post", true)]
        [InlineData("$NODE_COOKIE", false)]
        [InlineData("${unclosed", false)]
        public void Os_variable_references_are_what_relx_replaces(string value, bool reference) =>
            Assert.Equal(reference, ErlangCookies.IsOsVariableReference(value));

        [Theory]
        [InlineData("emqxsecretcookie", "EMQX")]
        [InlineData("{{ emqx_default_erlang_cookie }}", "EMQX")]
        [InlineData("emqttdsecretcookie", "EMQ 1.x (emqttd)")]
        [InlineData("monster", "CouchDB")]
        [InlineData("change_me", "Kazoo's CouchDB/BigCouch configuration")]
        public void A_shipped_default_names_its_product(string cookie, string product)
        {
            Assert.Equal(CookieWeakness.KnownDefault, ErlangCookies.Judge(cookie));
            Assert.Equal($"is the default that ships with {product}", ErlangCookies.Describe(cookie, CookieWeakness.KnownDefault));
        }

        [Fact]
        public void A_sample_cookie_of_no_one_product_is_a_well_known_default()
        {
            Assert.Equal(CookieWeakness.KnownDefault, ErlangCookies.Judge("secretcookie"));
            Assert.Equal("is a well-known default of Erlang sample configurations", ErlangCookies.Describe("secretcookie", CookieWeakness.KnownDefault));
        }

        [Theory]
        [InlineData("emqxsecretcookie")]
        [InlineData("emqttdsecretcookie")]
        [InlineData("monster")]
        [InlineData("change_me")]
        [InlineData("secretcookie")]
        [InlineData("x7Kq2")]
        [InlineData("clustersecret20242024")]
        public void Descriptions_never_contain_the_cookie(string cookie)
        {
            var description = ErlangCookies.Describe(cookie, ErlangCookies.Judge(cookie));
            Assert.DoesNotContain(cookie, description, System.StringComparison.OrdinalIgnoreCase);
        }
    }
}
