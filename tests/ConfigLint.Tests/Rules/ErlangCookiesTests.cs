using ConfigLint.Analyzers.Knowledge;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    public class ErlangCookiesTests
    {
        [Theory]
        [InlineData("emqxsecretcookie", CookieWeakness.KnownDefault)]
        [InlineData("EMQSECRETCOOKIE", CookieWeakness.KnownDefault)]
        [InlineData("emqx50elixir", CookieWeakness.KnownDefault)]
        [InlineData("{{ emqx_default_erlang_cookie }}", CookieWeakness.KnownDefault)]
        [InlineData("{{emqx_default_erlang_cookie}}", CookieWeakness.KnownDefault)]
        [InlineData("monster", CookieWeakness.KnownDefault)]
        [InlineData("Yzc0NGExM2Rj", CookieWeakness.TooShort)]
        [InlineData("x7Kq2", CookieWeakness.TooShort)]
        [InlineData("aaaaaaaaaaaaaaaaaaaa", CookieWeakness.LowEntropy)]
        [InlineData("abababababababababab", CookieWeakness.LowEntropy)]
        [InlineData("abcdefghijklmnopqrstu", CookieWeakness.LowEntropy)]
        [InlineData("password12345678", CookieWeakness.LowEntropy)]
        [InlineData("clustersecret20242024", CookieWeakness.LowEntropy)]
        [InlineData("MyEmqxCookie2024!!", CookieWeakness.LowEntropy)]
        [InlineData("c9f2d6b1e4a87f3d0b5e6a9c2d4f8e71", CookieWeakness.None)]
        [InlineData("Zq3v9KfT1xW8mB2nR7yL4pD6", CookieWeakness.None)]
        [InlineData("8372619405172839", CookieWeakness.None)]
        public void Judges_cookies(string cookie, CookieWeakness expected) =>
            Assert.Equal(expected, ErlangCookies.Judge(cookie));

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
