using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Cuttlefish
{
    /// <summary>One <c>key = value</c> line of an EMQX 4.x configuration.</summary>
    internal sealed class CuttlefishEntry
    {
        internal CuttlefishEntry(string key, TextSpan keySpan, string value, TextSpan valueSpan)
        {
            Key = key;
            KeySpan = keySpan;
            Value = value;
            ValueSpan = valueSpan;
        }

        /// <summary>The dotted key, e.g. <c>rpc.driver</c>.</summary>
        public string Key { get; }

        /// <summary>Where the key is.</summary>
        public TextSpan KeySpan { get; }

        /// <summary>The rest of the line after <c>=</c>, trimmed; <c>{{ placeholders }}</c> are kept as written.</summary>
        public string Value { get; }

        /// <summary>Where the value is.</summary>
        public TextSpan ValueSpan { get; }
    }

    /// <summary>An EMQX 4.x (cuttlefish) configuration file: one <c>key = value</c> per line.</summary>
    internal sealed class CuttlefishDocument
    {
        internal CuttlefishDocument(SourceFile file, ImmutableArray<CuttlefishEntry> entries, ImmutableArray<ParseError> errors)
        {
            File = file;
            Entries = entries;
            Errors = errors;
        }

        /// <summary>The file that was read.</summary>
        public SourceFile File { get; }

        /// <summary>Every entry in file order (a key set twice appears twice; the later one wins).</summary>
        public ImmutableArray<CuttlefishEntry> Entries { get; }

        /// <summary>Lines that are neither comments nor <c>key = value</c>, plus the file's decoding errors.</summary>
        public ImmutableArray<ParseError> Errors { get; }

        /// <summary>The winning value of every key (later lines win), as string scalars with their origins.</summary>
        public IReadOnlyDictionary<string, ConfigScalar> ToFlatMap()
        {
            var map = new Dictionary<string, ConfigScalar>();
            foreach (var entry in Entries)
                map[entry.Key] = new ConfigScalar(ConfigValueKind.String, entry.Value, new ConfigOrigin(File.FullPath, File.Text, entry.KeySpan, entry.ValueSpan));
            return map;
        }

        /// <summary>
        /// The dotted keys as nested objects with string values. Cuttlefish lets a key be both a value and a
        /// parent (<c>listener.tcp.external = 0.0.0.0:1883</c> beside <c>listener.tcp.external.acceptors = 8</c>);
        /// such a value is kept in its object under <see cref="OwnValueKey"/>.
        /// </summary>
        public ConfigObject ToConfigObject()
        {
            var root = new NestedBuilder(null);
            foreach (var pair in ToFlatMap())
            {
                var segments = pair.Key.Split('.');
                var node = root;
                for (var i = 0; i < segments.Length - 1; i++)
                    node = node.Child(segments[i], pair.Value.Origin);
                node.SetValue(segments[segments.Length - 1], pair.Value);
            }
            return root.Build(new ConfigOrigin(File.FullPath, File.Text, default, default));
        }

        /// <summary>The field that holds the value of a key that also has sub-keys.</summary>
        public const string OwnValueKey = "$value";

        private sealed class NestedBuilder
        {
            private readonly Dictionary<string, NestedBuilder> _children = new();
            private readonly Dictionary<string, ConfigScalar> _values = new();

            public NestedBuilder(ConfigOrigin? origin) => Origin = origin;

            public ConfigOrigin? Origin { get; }

            public NestedBuilder Child(string name, ConfigOrigin origin)
            {
                if (!_children.TryGetValue(name, out var child))
                    _children[name] = child = new NestedBuilder(origin);
                return child;
            }

            public void SetValue(string name, ConfigScalar value) => _values[name] = value;

            // Recursive: a key has at most NestingLimit.MaxDepth segments (CuttlefishParser's limit), so this is as deep.
            public ConfigObject Build(ConfigOrigin origin)
            {
                var fields = new Dictionary<string, ConfigValue>();
                foreach (var pair in _values)
                    fields[pair.Key] = pair.Value;
                foreach (var pair in _children)
                {
                    var child = pair.Value.Build(pair.Value.Origin!);
                    if (fields.TryGetValue(pair.Key, out var own))
                        child = WithOwnValue(child, own);
                    fields[pair.Key] = child;
                }
                return new ConfigObject(fields, origin);
            }

            private static ConfigObject WithOwnValue(ConfigObject obj, ConfigValue own)
            {
                var fields = new Dictionary<string, ConfigValue>();
                foreach (var pair in obj.Fields)
                    fields[pair.Key] = pair.Value;
                fields[OwnValueKey] = own;
                return new ConfigObject(fields, obj.Origin);
            }
        }
    }
}
