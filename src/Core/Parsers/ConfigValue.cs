using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers
{
    /// <summary>The type of a resolved configuration value.</summary>
    public enum ConfigValueKind
    {
        /// <summary>An object of named fields.</summary>
        Object,
        /// <summary>An ordered list of values.</summary>
        Array,
        /// <summary>A string (also durations, byte sizes and percentages, which EMQX reads as strings).</summary>
        String,
        /// <summary>A whole number.</summary>
        Integer,
        /// <summary>A number with a fraction or exponent.</summary>
        Float,
        /// <summary><c>true</c> or <c>false</c>.</summary>
        Boolean,
        /// <summary><c>null</c>.</summary>
        Null,
    }

    /// <summary>
    /// Where a resolved value was defined: the file, the key that set it and the value text.
    /// After merging and substitution this is the definition that won, so a finding points at
    /// the line that really sets the value.
    /// </summary>
    public sealed class ConfigOrigin
    {
        /// <summary>Creates an origin.</summary>
        public ConfigOrigin(string filePath, SourceText text, TextSpan keySpan, TextSpan valueSpan)
        {
            FilePath = filePath;
            Text = text;
            KeySpan = keySpan;
            ValueSpan = valueSpan;
        }

        /// <summary>The full path of the file of the definition.</summary>
        public string FilePath { get; }

        /// <summary>The text of that file.</summary>
        public SourceText Text { get; }

        /// <summary>The key (last path segment) that set the value; equal to <see cref="ValueSpan"/> for array elements.</summary>
        public TextSpan KeySpan { get; }

        /// <summary>The value as written (for a substituted value: where the substituted value was defined).</summary>
        public TextSpan ValueSpan { get; }
    }

    /// <summary>A resolved configuration value with the origin of its winning definition.</summary>
    public abstract class ConfigValue
    {
        private protected ConfigValue(ConfigOrigin origin) => Site = new ValueSite(origin.FilePath, origin.Text, origin.KeySpan, origin.ValueSpan);

        private protected ConfigValue(in ValueSite site) => Site = site;

        /// <summary>The value's type.</summary>
        public abstract ConfigValueKind Kind { get; }

        /// <summary>Where the winning definition is.</summary>
        public ConfigOrigin Origin => new ConfigOrigin(Site.FilePath, Site.Text, Site.KeySpan, Site.ValueSpan);

        /// <summary>
        /// The origin kept inline (no object per value); the HOCON builder moves an object's origin to the definition
        /// that last merged into it.
        /// </summary>
        internal ValueSite Site;

        /// <summary>Where the HOCON resolver is with this value: kept on the value, not in a table of every value.</summary>
        internal ResolutionState State;

        /// <summary>
        /// A scalar's kind, kept here beside <see cref="State"/> in room the base object has anyway: scalars are most of
        /// a configuration's values, and a field of their own would make each 8 bytes larger.
        /// </summary>
        private protected byte ScalarKind;
    }

    /// <summary>What <see cref="ConfigOrigin"/> holds, as a struct stored in each value; the values of one file share its <see cref="SiteFile"/>.</summary>
    internal readonly struct ValueSite
    {
        public ValueSite(SiteFile file, TextSpan keySpan, TextSpan valueSpan)
        {
            File = file;
            KeySpan = keySpan;
            ValueSpan = valueSpan;
        }

        public ValueSite(string filePath, SourceText text, TextSpan keySpan, TextSpan valueSpan)
            : this(new SiteFile(filePath, text), keySpan, valueSpan)
        {
        }

        public SiteFile File { get; }

        public string FilePath => File.FilePath;

        public SourceText Text => File.Text;

        public TextSpan KeySpan { get; }

        public TextSpan ValueSpan { get; }
    }

    /// <summary>A file values are defined in: its full path and text.</summary>
    internal sealed class SiteFile
    {
        public SiteFile(string filePath, SourceText text)
        {
            FilePath = filePath;
            Text = text;
        }

        public string FilePath { get; }

        public SourceText Text { get; }
    }

    /// <summary>How far the HOCON resolver is with a value (scalars need no resolution and stay <see cref="NotStarted"/>).</summary>
    internal enum ResolutionState : byte
    {
        NotStarted,
        InProgress,
        Resolved,
        /// <summary>Resolving it failed (an array with an item that failed): it counts as absent.</summary>
        Failed,
    }

    /// <summary>A string, number, boolean or null.</summary>
    public sealed class ConfigScalar : ConfigValue
    {
        /// <summary>Creates a scalar.</summary>
        /// <param name="kind">Any kind but <see cref="ConfigValueKind.Object"/> and <see cref="ConfigValueKind.Array"/>.</param>
        /// <param name="text">The value: a string's unescaped content, a number as written, "true"/"false", "null".</param>
        /// <param name="origin">Where it was defined.</param>
        public ConfigScalar(ConfigValueKind kind, string text, ConfigOrigin origin)
            : this(kind, text, origin, System.Array.Empty<ConfigScalar>())
        {
        }

        /// <summary>Creates a string concatenated from <paramref name="parts"/>, which it remembers (see <see cref="Parts"/>).</summary>
        public ConfigScalar(ConfigValueKind kind, string text, ConfigOrigin origin, IReadOnlyList<ConfigScalar> parts) : base(origin)
        {
            ScalarKind = (byte)kind;
            _content = Content(text, parts);
        }

        internal ConfigScalar(ConfigValueKind kind, string text, in ValueSite site, IReadOnlyList<ConfigScalar>? parts = null) : base(site)
        {
            ScalarKind = (byte)kind;
            _content = Content(text, parts);
        }

        // The text, or for a concatenated string its text and parts: one field, as few scalars are concatenated.
        private readonly object _content;

        private static object Content(string text, IReadOnlyList<ConfigScalar>? parts) =>
            parts == null || parts.Count == 0 ? text : new Concatenation(text, parts);

        /// <inheritdoc />
        public override ConfigValueKind Kind => (ConfigValueKind)ScalarKind;

        /// <summary>The value as text (see the constructor).</summary>
        public string Text => _content as string ?? ((Concatenation)_content).Text;

        /// <summary>
        /// For a string concatenated from several values (<c>"prefix-"${node.cookie}</c>), the scalars it was built
        /// from (each may be concatenated in turn): a secret among them makes the whole string secret. Otherwise empty.
        /// </summary>
        public IReadOnlyList<ConfigScalar> Parts => _content is Concatenation concatenation ? concatenation.Parts : System.Array.Empty<ConfigScalar>();

        private sealed class Concatenation
        {
            public Concatenation(string text, IReadOnlyList<ConfigScalar> parts)
            {
                Text = text;
                Parts = parts;
            }

            public string Text { get; }

            public IReadOnlyList<ConfigScalar> Parts { get; }
        }
    }

    /// <summary>An ordered list of values.</summary>
    public sealed class ConfigArray : ConfigValue
    {
        /// <summary>Creates an array.</summary>
        public ConfigArray(IReadOnlyList<ConfigValue> items, ConfigOrigin origin) : base(origin) => Items = items;

        /// <summary>An array whose items the HOCON resolver replaces in place (<see cref="Elements"/>).</summary>
        internal ConfigArray(List<ConfigValue> items, in ValueSite site) : base(site) => Items = items;

        /// <summary>The items as the HOCON builder made them, for the resolver to resolve in place; null for other arrays.</summary>
        internal List<ConfigValue>? Elements => Items as List<ConfigValue>;

        /// <inheritdoc />
        public override ConfigValueKind Kind => ConfigValueKind.Array;

        /// <summary>The elements in order.</summary>
        public IReadOnlyList<ConfigValue> Items { get; }

        /// <summary>What the HOCON resolver recorded of this array's size and height (default when not recorded).</summary>
        internal ValueExtent Extent;
    }

    /// <summary>An object; its origin is the last key that opened it (the <c>rpc</c> of <c>rpc {</c>).</summary>
    public sealed class ConfigObject : ConfigValue
    {
        /// <summary>Creates an object.</summary>
        public ConfigObject(IReadOnlyDictionary<string, ConfigValue> fields, ConfigOrigin origin) : base(origin) => Fields = fields;

        /// <summary>An object whose fields the HOCON builder merges into and the resolver resolves in place (<see cref="Members"/>).</summary>
        internal ConfigObject(ConfigFields fields, in ValueSite site) : base(site) => Fields = fields;

        /// <summary>The fields as the HOCON builder made them; null for objects made from a dictionary.</summary>
        internal ConfigFields? Members => Fields as ConfigFields;

        /// <inheritdoc />
        public override ConfigValueKind Kind => ConfigValueKind.Object;

        /// <summary>The fields by name (unordered; writers sort keys).</summary>
        public IReadOnlyDictionary<string, ConfigValue> Fields { get; }

        /// <summary>What the HOCON resolver recorded of this object's size and height (default when not recorded).</summary>
        internal ValueExtent Extent;

        /// <summary>The value at a dotted path of plain segments (<c>rpc.driver</c>), or null.</summary>
        public ConfigValue? Find(string dottedPath)
        {
            ConfigValue current = this;
            foreach (var segment in dottedPath.Split('.'))
            {
                if (current is not ConfigObject obj || !obj.Fields.TryGetValue(segment, out var next))
                    return null;
                current = next;
            }
            return current;
        }
    }

    /// <summary>
    /// The size a composite value stands for once written out (what copying it by substitution costs) and how deep it
    /// nests; recorded on the value when the resolver builds it. Default: not recorded.
    /// </summary>
    internal readonly struct ValueExtent
    {
        public ValueExtent(long size, int height)
        {
            Size = size;
            Height = height;
        }

        public long Size { get; }

        /// <summary>At least 1 once recorded.</summary>
        public int Height { get; }

        public bool IsRecorded => Height > 0;
    }
}
