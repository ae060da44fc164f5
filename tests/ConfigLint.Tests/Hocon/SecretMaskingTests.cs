using ConfigLint.Analyzers;
using ConfigLint.Parsers;
using ConfigLint.Parsers.Cuttlefish;
using ConfigLint.Parsers.Hocon;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Hocon
{
    /// <summary>What <c>--resolve</c> hides: secrets by key name, and secrets carried elsewhere by substitutions.</summary>
    public class SecretMaskingTests
    {
        private const string Main = "/etc/emqx/emqx.conf";

        private static string Resolve(string text)
        {
            var result = HoconLoader.Load(new[] { Main }, new MemoryFileSource().Add(Main, text));
            Assert.Empty(result.Errors);
            return ConfigJson.Write(result.Root!, SecretKeys.IsSecret);
        }

        [Theory]
        [InlineData("cookie")]
        [InlineData("node_cookie")]
        [InlineData("distributed_cookie")]
        [InlineData("password")]
        [InlineData("default_pass")]
        [InlineData("mqtt_pass")]
        [InlineData("token")]
        [InlineData("access_token")]
        [InlineData("apikey")]
        [InlineData("api_key")]
        [InlineData("secret_access_key")]
        [InlineData("private_key")]
        [InlineData("Authorization")]
        [InlineData("proxy-authorization")]
        [InlineData("X-API-Key")]
        [InlineData("x-auth-token")]
        public void Secret_key_names(string key) => Assert.True(SecretKeys.IsSecret(key));

        [Theory]
        [InlineData("keyfile")]
        [InlineData("ssl_keyfile")]
        [InlineData("certfile")]
        [InlineData("name")]
        [InlineData("bypass")]
        [InlineData("content-type")]
        [InlineData("access_key_id")]
        public void Visible_key_names(string key) => Assert.False(SecretKeys.IsSecret(key));

        [Fact]
        public void Credential_key_names_are_masked_and_key_files_stay_visible()
        {
            var json = Resolve(
                "a {\n  api_key = k1\n  apikey = k2\n  token = k3\n  access_token = k4\n  node_cookie = k5\n  default_pass = k6\n"
                + "  mqtt_pass = k7\n  s3.secret_access_key = k8\n  keyfile = \"/etc/certs/key.pem\"\n  ssl.keyfile = \"/etc/certs/ssl.pem\"\n  name = visible\n}\n");

            Assert.Equal(
                "{\"a\":{\"access_token\":\"****\",\"api_key\":\"****\",\"apikey\":\"****\",\"default_pass\":\"****\",\"keyfile\":\"/etc/certs/key.pem\","
                + "\"mqtt_pass\":\"****\",\"name\":\"visible\",\"node_cookie\":\"****\",\"s3\":{\"secret_access_key\":\"****\"},\"ssl\":{\"keyfile\":\"/etc/certs/ssl.pem\"},\"token\":\"****\"}}",
                json);
        }

        [Fact]
        public void Credential_headers_are_masked_whatever_their_case()
        {
            var json = Resolve(
                "bridges.webhook.w.headers {\n  \"Authorization\" = \"Bearer xyz\"\n  \"Proxy-Authorization\" = \"Basic abc\"\n  \"X-Api-Key\" = \"k\"\n"
                + "  \"Cookie\" = \"session=s\"\n  \"x-auth-token\" = \"t\"\n  \"content-type\" = \"application/json\"\n}\n");

            Assert.Equal(
                "{\"bridges\":{\"webhook\":{\"w\":{\"headers\":{\"Authorization\":\"****\",\"Cookie\":\"****\",\"Proxy-Authorization\":\"****\","
                + "\"X-Api-Key\":\"****\",\"content-type\":\"application/json\",\"x-auth-token\":\"****\"}}}}}",
                json);
        }

        [Fact]
        public void An_object_under_a_secret_key_is_shown_with_its_fields_judged_by_their_own_keys()
        {
            var json = Resolve("authorization {\n  no_match = deny\n  sources = [{ type = http, headers { authorization = \"Bearer xyz\" } }]\n}\n");

            Assert.Equal("{\"authorization\":{\"no_match\":\"deny\",\"sources\":[{\"headers\":{\"authorization\":\"****\"},\"type\":\"http\"}]}}", json);
        }

        [Fact]
        public void A_secret_substituted_or_concatenated_anywhere_is_masked()
        {
            var json = Resolve(
                "node { cookie = \"c00kie\" }\ncopy = ${node.cookie}\nprefixed = \"prefix-\"${node.cookie}\nchained = ${prefixed}\"-suffix\"\n"
                + "listed = [${node.cookie}, plain]\nwhole = ${node}\nplain_text = \"prefix-\"visible\n");

            Assert.Equal(
                "{\"chained\":\"****\",\"copy\":\"****\",\"listed\":[\"****\",\"plain\"],\"node\":{\"cookie\":\"****\"},"
                + "\"plain_text\":\"prefix-visible\",\"prefixed\":\"****\",\"whole\":{\"cookie\":\"****\"}}",
                json);
        }

        [Fact]
        public void A_value_substituted_into_a_secret_is_masked_where_it_is_defined()
        {
            var json = Resolve("shared = \"c00kie\"\nnode.cookie = ${shared}\nreused = \"p-\"${shared}\nhalf = \"abc\"\napi_key = ${half}\"-def\"\n");

            Assert.Equal("{\"api_key\":\"****\",\"half\":\"****\",\"node\":{\"cookie\":\"****\"},\"reused\":\"****\",\"shared\":\"****\"}", json);
        }

        [Fact]
        public void A_secret_is_masked_where_a_substitution_put_it_even_once_its_key_is_gone()
        {
            // The self-reference sees the object defined before: the final tree has no password key left.
            var json = Resolve("a { password = \"pw\", name = n }\na = [${a.password}, ${a.name}]\n");

            Assert.Equal("{\"a\":[\"****\",\"n\"]}", json);
        }

        [Fact]
        public void A_4x_secret_key_with_sub_keys_has_its_own_value_masked()
        {
            var document = CuttlefishParser.Parse(new SourceFile(Main, SourceText.From("auth.password = pw\nauth.password.hash = sha256\n")));

            Assert.Equal("{\"auth\":{\"password\":{\"$value\":\"****\",\"hash\":\"sha256\"}}}", ConfigJson.Write(document.ToConfigObject(), SecretKeys.IsSecret));
        }
    }
}
