using System.Collections.Generic;
using System.Text;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Parsers
{
    public class ConfigJsonTests
    {
        private static readonly ConfigOrigin Origin = new("/t/emqx.conf", SourceText.From(""), default, default);

        [Fact]
        public void Keys_are_sorted_and_secrets_masked()
        {
            var value = new ConfigObject(new Dictionary<string, ConfigValue>
            {
                ["b"] = new ConfigArray(new ConfigValue[] { new ConfigScalar(ConfigValueKind.Integer, "+007", Origin), new ConfigObject(new Dictionary<string, ConfigValue>(), Origin) }, Origin),
                ["a"] = new ConfigScalar(ConfigValueKind.String, "x\"y", Origin),
                ["password"] = new ConfigScalar(ConfigValueKind.String, "secret", Origin),
            }, Origin);

            Assert.Equal("{\"a\":\"x\\\"y\",\"b\":[7,{}],\"password\":\"****\"}", ConfigJson.Write(value, key => key == "password"));
        }

        [Fact]
        public void Values_nested_100000_deep_are_written()
        {
            // Substitutions can nest resolved values as deep as the file is long; run on xunit's default stack.
            const int depth = 100_000;
            ConfigValue value = new ConfigScalar(ConfigValueKind.Boolean, "true", Origin);
            for (var i = 0; i < depth; i++)
            {
                value = i % 2 == 0
                    ? new ConfigArray(new[] { value }, Origin)
                    : new ConfigObject(new Dictionary<string, ConfigValue> { ["k"] = value }, Origin);
            }

            var expected = new StringBuilder();
            for (var i = depth - 1; i >= 0; i--)
                expected.Append(i % 2 == 0 ? "[" : "{\"k\":");
            expected.Append("true");
            for (var i = 0; i < depth; i++)
                expected.Append(i % 2 == 0 ? ']' : '}');
            Assert.Equal(expected.ToString(), ConfigJson.Write(value, _ => false));
        }
    }
}
