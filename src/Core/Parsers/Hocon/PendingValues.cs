using System.Collections.Generic;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>
    /// A value the builder puts in the merged tree where what it stands for is known only once substitutions resolve.
    /// Everything else in that tree (objects, arrays, scalars) is already the value the resolver returns: objects and
    /// arrays are resolved in place, so a file without substitutions is built once. <see cref="SubstitutionResolver"/>
    /// replaces every pending value before it returns, so none is ever seen outside.
    /// </summary>
    internal abstract class PendingValue : ConfigValue
    {
        protected PendingValue(in ValueSite site) : base(site)
        {
        }

        public override ConfigValueKind Kind => throw new System.InvalidOperationException("an unresolved HOCON value");

        /// <summary>What the value resolved to, once <see cref="ConfigValue.State"/> is <see cref="ResolutionState.Resolved"/>.</summary>
        internal ConfigValue? Resolved;
    }

    internal sealed class SubstitutionValue : PendingValue
    {
        public SubstitutionValue(List<string> path, bool isOptional, in ValueSite site) : base(site)
        {
            Path = path;
            IsOptional = isOptional;
        }

        /// <summary>The absolute path: inside an included file, prefixed with the path of the include (as emqx/hocon does).</summary>
        public List<string> Path { get; }

        public bool IsOptional { get; }
    }

    /// <summary>Values written side by side; all strings, all arrays or all objects once resolved.</summary>
    internal sealed class ConcatValue : PendingValue
    {
        public ConcatValue(List<ConfigValue> parts, in ValueSite site) : base(site) => Parts = parts;

        public List<ConfigValue> Parts { get; }
    }

    /// <summary>An object defined over a value not known until substitutions resolve: merged if that value is an object, else it replaces it.</summary>
    internal sealed class MergeValue : PendingValue
    {
        public MergeValue(ConfigValue baseValue, ConfigObject over) : base(over.Site)
        {
            Base = baseValue;
            Over = over;
        }

        public ConfigValue Base { get; }

        public ConfigObject Over { get; }
    }

    /// <summary>
    /// Stands in a resolved object's field for a value that resolution gave up on before starting it (too deep):
    /// the field is absent from the result, yet a later substitution through the field still finds the value.
    /// </summary>
    internal sealed class AbsentValue : PendingValue
    {
        public AbsentValue(ConfigValue original) : base(original.Site) => Original = original;

        public ConfigValue Original { get; }
    }
}
