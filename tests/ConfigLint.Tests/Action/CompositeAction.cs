using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace ConfigLint.Tests.Action
{
    /// <summary>One step of a composite action: a shell script (<c>run:</c>) or another action (<c>uses:</c>).</summary>
    internal sealed record ActionStep(
        string Name,
        string? Id,
        string? If,
        string? Uses,
        string? Run,
        string? Shell,
        IReadOnlyDictionary<string, string> With,
        IReadOnlyDictionary<string, string> Env);

    /// <summary>An action.yml as the runner reads a composite action: inputs with their defaults, outputs, steps.</summary>
    internal sealed class CompositeAction
    {
        private CompositeAction(IReadOnlyDictionary<string, string> inputDefaults, IReadOnlyDictionary<string, string> outputs, IReadOnlyList<ActionStep> steps)
        {
            InputDefaults = inputDefaults;
            Outputs = outputs;
            Steps = steps;
        }

        /// <summary>Every input, with its default ("" when it has none).</summary>
        public IReadOnlyDictionary<string, string> InputDefaults { get; }

        /// <summary>Every output with its <c>value:</c> expression.</summary>
        public IReadOnlyDictionary<string, string> Outputs { get; }

        public IReadOnlyList<ActionStep> Steps { get; }

        public static CompositeAction Load(string path)
        {
            var root = LoadYaml(path);
            var runs = Mapping(root, "runs")!;
            if (Text(runs, "using") != "composite")
                throw new InvalidDataException($"{path} is not a composite action");

            var inputs = Mapping(root, "inputs")?.Children.ToDictionary(
                input => ((YamlScalarNode)input.Key).Value!,
                input => Text((YamlMappingNode)input.Value, "default") ?? "") ?? new Dictionary<string, string>();
            var outputs = Mapping(root, "outputs")?.Children.ToDictionary(
                output => ((YamlScalarNode)output.Key).Value!,
                output => Text((YamlMappingNode)output.Value, "value") ?? "") ?? new Dictionary<string, string>();
            var steps = ((YamlSequenceNode)runs.Children[new YamlScalarNode("steps")]).Children
                .Cast<YamlMappingNode>()
                .Select(step => new ActionStep(
                    Text(step, "name") ?? Text(step, "uses") ?? "run",
                    Text(step, "id"),
                    Text(step, "if"),
                    Text(step, "uses"),
                    Text(step, "run"),
                    Text(step, "shell"),
                    Scalars(Mapping(step, "with")),
                    Scalars(Mapping(step, "env"))))
                .ToList();
            return new CompositeAction(inputs, outputs, steps);
        }

        /// <summary>A YAML file of one document whose root is a mapping (an action, a workflow).</summary>
        internal static YamlMappingNode LoadYaml(string path)
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(path))
                yaml.Load(reader);
            return (YamlMappingNode)yaml.Documents.Single().RootNode;
        }

        private static YamlMappingNode? Mapping(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (YamlMappingNode)value : null;

        private static string? Text(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

        private static IReadOnlyDictionary<string, string> Scalars(YamlMappingNode? node) =>
            node?.Children.ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => ((YamlScalarNode)pair.Value).Value ?? "", StringComparer.Ordinal)
            ?? new Dictionary<string, string>();
    }
}
