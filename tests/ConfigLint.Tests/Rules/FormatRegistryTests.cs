using System;
using System.Linq;
using ConfigLint.Analyzers;
using ConfigLint.Analyzers.Formats;
using ConfigLint.Analyzers.Rules;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>The format registry: a rule whose kind no registered format loads would never run.</summary>
    public class FormatRegistryTests
    {
        [Fact]
        public void Every_file_rule_judges_a_model_a_registered_format_loads()
        {
            var loaded = ConfigFormats.All.Select(format => ModelOf(format.GetType())).ToHashSet();
            var judged = RuleCatalog.Registered.SelectMany(rule => rule.GetType().GetInterfaces())
                .Where(kind => kind.IsGenericType && kind.GetGenericTypeDefinition() == typeof(IFileRule<>))
                .Select(kind => kind.GetGenericArguments()[0])
                .Distinct()
                .ToList();

            Assert.NotEmpty(judged);
            Assert.All(judged, model => Assert.Contains(model, loaded));
        }

        [Fact]
        public void Every_format_is_registered_once() =>
            Assert.Equal(ConfigFormats.All.Length, ConfigFormats.All.Distinct().Count());

        private static Type ModelOf(Type format)
        {
            for (var type = format; type != null; type = type.BaseType)
            {
                if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ConfigFormat<>))
                    return type.GetGenericArguments()[0];
            }
            throw new InvalidOperationException(format.Name + " does not derive from ConfigFormat<TModel>");
        }
    }
}
