using System.Collections.Generic;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>
    /// A value after merging, before substitutions are resolved. Every raw value has the origin of the
    /// definition that made it (for a substitution or concatenation: the field that holds it).
    /// </summary>
    internal abstract class RawValue
    {
        protected RawValue(ConfigOrigin origin) => Origin = origin;

        public ConfigOrigin Origin { get; set; }

        /// <summary>
        /// The value this one replaced in its field. emqx/hocon keeps earlier definitions visible:
        /// a field set to a <c>${?x}</c> that resolves to nothing keeps its earlier value, and a
        /// field that refers to itself (<c>a = ${a}"x"</c>) sees the value defined before it.
        /// </summary>
        public RawValue? Previous { get; set; }

        /// <summary>Where <see cref="SubstitutionResolver"/> is with this value: kept on the value, not in a table of every value.</summary>
        internal ResolutionState State;

        /// <summary>What the value resolved to, once <see cref="State"/> is <see cref="ResolutionState.Resolved"/>.</summary>
        internal ConfigValue? Resolved;
    }

    internal enum ResolutionState : byte
    {
        NotStarted,
        InProgress,
        Resolved,
    }

    /// <summary>A scalar or array element that needs no resolution.</summary>
    internal sealed class RawScalar : RawValue
    {
        public RawScalar(ConfigScalar value) : base(value.Origin) => Value = value;

        public ConfigScalar Value { get; }
    }

    internal sealed class RawArray : RawValue
    {
        public RawArray(List<RawValue> items, ConfigOrigin origin) : base(origin) => Items = items;

        public List<RawValue> Items { get; }
    }

    /// <summary>An object whose fields merge in place as later definitions arrive.</summary>
    internal sealed class RawObject : RawValue
    {
        /// <param name="origin">Where the object is defined.</param>
        /// <param name="expectedFieldCount">How many fields it is written with (later merges may add more).</param>
        public RawObject(ConfigOrigin origin, int expectedFieldCount = 0) : base(origin) =>
            Fields = new Dictionary<string, RawValue>(expectedFieldCount, System.StringComparer.Ordinal);

        public Dictionary<string, RawValue> Fields { get; }
    }

    internal sealed class RawSubstitution : RawValue
    {
        public RawSubstitution(List<string> path, bool isOptional, ConfigOrigin origin) : base(origin)
        {
            Path = path;
            IsOptional = isOptional;
        }

        /// <summary>The absolute path: inside an included file, prefixed with the path of the include (as emqx/hocon does).</summary>
        public List<string> Path { get; }

        public bool IsOptional { get; }
    }

    /// <summary>Values written side by side; all strings, all arrays or all objects once resolved.</summary>
    internal sealed class RawConcat : RawValue
    {
        public RawConcat(List<RawValue> parts, ConfigOrigin origin) : base(origin) => Parts = parts;

        public List<RawValue> Parts { get; }
    }

    /// <summary>An object defined over a value not known until substitutions resolve: merged if that value is an object, else it replaces it.</summary>
    internal sealed class RawMerge : RawValue
    {
        public RawMerge(RawValue baseValue, RawObject over) : base(over.Origin)
        {
            Base = baseValue;
            Over = over;
        }

        public RawValue Base { get; }

        public RawObject Over { get; }
    }
}
