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
        [InlineData("{{ emqx_default_erlang_cookie }}", false)]
        [InlineData("plain", false)]
        public void Only_foreign_placeholders_are_unknown(string value, bool unknown) =>
            Assert.Equal(unknown, ErlangCookies.IsUnknownPlaceholder(value));

        [Fact]
        public void Descriptions_never_contain_the_cookie()
        {
            foreach (var weakness in new[] { CookieWeakness.KnownDefault, CookieWeakness.TooShort, CookieWeakness.LowEntropy })
                Assert.DoesNotContain("emqxsecretcookie", ErlangCookies.Describe(weakness));
        }
    }
}
