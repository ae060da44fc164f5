using System.Collections.Generic;
using System.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>
    /// Resolves the merged raw tree into <see cref="ConfigValue"/>s. A <c>${path}</c> is looked up in
    /// the whole merged configuration (never in environment variables: emqx/hocon does not read them),
    /// and yields the substituted value itself, so its origin is where that value is defined.
    /// Concatenations must be all strings, all arrays or all objects (emqx/hocon's concat_error otherwise).
    /// A resolved value may be shared by many substitutions, so the tree can stand for far more than it holds in
    /// memory: each substitution charges the size of what it copies to the <see cref="ExpansionBudget"/>.
    /// </summary>
    internal sealed class SubstitutionResolver
    {
        /// <summary>How deep resolution may recurse (substitution chains plus nesting) before it reports TooDeep.</summary>
        private const int MaxDepth = 1000;

        /// <summary>
        /// What a value resolves to when resolving it failed (an error is reported once): unlike an
        /// unset <c>${?x}</c>, it makes a concatenation containing it fail too, as in emqx/hocon.
        /// </summary>
        private static readonly ConfigValue Failed =
            new ConfigScalar(ConfigValueKind.Null, "", new ConfigOrigin("", Microsoft.CodeAnalysis.Text.SourceText.From(""), default, default));

        private readonly RawObject _root;
        private readonly ExpansionBudget _budget;
        private readonly List<ParseError> _errors;
        // Each composite value records its ValueExtent: a substitution can put a deep value inside another, so depth
        // is checked where it is copied.
        /// <summary>How deep a value a substitution may copy: with the nesting around it, no resolved value is deeper than three times the parsers' limit.</summary>
        private const int MaxCopiedHeight = 2 * NestingLimit.MaxDepth;
        private int _depth;
        private bool _reportedTooDeepCopy;

        private SubstitutionResolver(RawObject root, ExpansionBudget budget, List<ParseError> errors)
        {
            _root = root;
            _budget = budget;
            _errors = errors;
        }

        public static ConfigObject Resolve(RawObject root, ExpansionBudget budget, List<ParseError> errors)
        {
            var resolver = new SubstitutionResolver(root, budget, errors);
            return (ConfigObject)resolver.Resolve(root)!;
        }

        /// <summary>The value, null when it resolves to nothing (an unset <c>${?x}</c>), or <see cref="Failed"/>.</summary>
        private ConfigValue? Resolve(RawValue value)
        {
            if (value.State == ResolutionState.Resolved)
                return value.Resolved;
            if (_depth >= MaxDepth)
            {
                Report(ParseErrorKind.TooDeep, value.Origin, "at most " + MaxDepth + " levels of substitution and nesting", "deeper resolution");
                return Failed;
            }
            _depth++;
            value.State = ResolutionState.InProgress;
            var result = ResolveUncached(value);
            if (result == null && value.Previous != null)
                result = ResolveTarget(value.Previous, value.Origin, out _);
            _depth--;
            value.Resolved = result;
            value.State = ResolutionState.Resolved;
            return result;
        }

        private ConfigValue? ResolveUncached(RawValue value)
        {
            switch (value)
            {
                case RawScalar scalar:
                    return scalar.Value;
                case RawArray array:
                    var items = ResolveAll(array.Items);
                    return items == null ? Failed : Sized(new ConfigArray(items, array.Origin));
                case RawObject obj:
                    var fields = new Dictionary<string, ConfigValue>(obj.Fields.Count, System.StringComparer.Ordinal);
                    var extent = new ExtentSum();
                    foreach (var field in obj.Fields)
                    {
                        var resolved = Resolve(field.Value);
                        if (resolved != null && resolved != Failed)
                        {
                            fields[field.Key] = resolved;
                            extent.Add(resolved, field.Key.Length);
                        }
                    }
                    return new ConfigObject(fields, obj.Origin) { Extent = extent.Total };
                case RawSubstitution substitution:
                    return Substitute(substitution);
                case RawConcat concat:
                    return Concatenate(concat);
                case RawMerge merge:
                    // Resolving the object itself can fail (too deep): then so does the merge.
                    if (!(Resolve(merge.Over) is ConfigObject over))
                        return Failed;
                    return Resolve(merge.Base) is ConfigObject baseObject ? Merge(baseObject, over) : over;
                default:
                    return null;
            }
        }

        /// <summary>The resolved items without those that resolve to nothing; null when one failed.</summary>
        private List<ConfigValue>? ResolveAll(List<RawValue> items)
        {
            var result = new List<ConfigValue>(items.Count);
            foreach (var item in items)
            {
                var resolved = Resolve(item);
                if (resolved == Failed)
                    return null;
                if (resolved != null)
                    result.Add(resolved);
            }
            return result;
        }

        private ConfigValue? Substitute(RawSubstitution substitution)
        {
            var found = Lookup(substitution, out var cycle);
            if (found == Failed || cycle)
                return Failed;
            // A substitution of null fails in emqx/hocon like a missing one (equiv01/substitutions.conf).
            if (found != null && found.Kind != ConfigValueKind.Null)
            {
                if (ExtentOf(found).Height > MaxCopiedHeight)
                {
                    // Reported once, like the budget: a file that stacks copies would otherwise fail every few lines.
                    if (!_reportedTooDeepCopy)
                        _errors.Add(NestingLimit.TooDeep(substitution.Origin.FilePath, substitution.Origin.Text, substitution.Origin.ValueSpan));
                    _reportedTooDeepCopy = true;
                    return Failed;
                }
                if (_budget.TryExpand(ExtentOf(found).Size, out var crossed))
                    return found;
                if (crossed != null)
                    Report(ParseErrorKind.ExpansionLimit, substitution.Origin, crossed, "more");
                return Failed;
            }
            if (substitution.IsOptional)
                return null;
            Report(ParseErrorKind.UnresolvedSubstitution, substitution.Origin, "a path defined in the configuration", "nothing at that path");
            return Failed;
        }

        /// <summary>Walks the raw tree along the path, resolving only what the path passes through.</summary>
        private ConfigValue? Lookup(RawSubstitution substitution, out bool cycle)
        {
            cycle = false;
            RawValue raw = _root;
            ConfigValue? resolved = null;
            var i = 0;
            for (; i < substitution.Path.Count; i++)
            {
                if (!(raw is RawObject obj))
                {
                    resolved = ResolveTarget(raw, substitution.Origin, out cycle);
                    break;
                }
                if (!obj.Fields.TryGetValue(substitution.Path[i], out var next))
                    return null;
                raw = next;
            }
            if (i == substitution.Path.Count)
                return ResolveTarget(raw, substitution.Origin, out cycle);
            if (resolved == Failed)
                return Failed;
            for (; i < substitution.Path.Count; i++)
            {
                if (!(resolved is ConfigObject resolvedObject) || !resolvedObject.Fields.TryGetValue(substitution.Path[i], out resolved))
                    return null;
            }
            return resolved;
        }

        /// <summary>
        /// Resolves a value a substitution points at. A value still being resolved is a cycle, unless
        /// it replaced an earlier definition: then, as in emqx/hocon, the earlier one is meant.
        /// </summary>
        private ConfigValue? ResolveTarget(RawValue target, ConfigOrigin at, out bool cycle)
        {
            cycle = false;
            while (target.State == ResolutionState.InProgress)
            {
                if (target.Previous == null)
                {
                    Report(ParseErrorKind.SubstitutionCycle, at, "a substitution that does not refer to itself", "a cycle");
                    cycle = true;
                    return null;
                }
                target = target.Previous;
            }
            return Resolve(target);
        }

        private ConfigValue? Concatenate(RawConcat concat)
        {
            var parts = ResolveAll(concat.Parts);
            if (parts == null)
                return Failed;
            if (parts.Count <= 1)
                return parts.Count == 1 ? parts[0] : null;
            var first = parts[0].Kind;
            foreach (var part in parts)
            {
                var sameSort = first == ConfigValueKind.String || first == ConfigValueKind.Array || first == ConfigValueKind.Object;
                if (!sameSort || part.Kind != first)
                {
                    Report(ParseErrorKind.Concatenation, concat.Origin, "values of one type (strings, arrays or objects)", "values of different types");
                    return Failed;
                }
            }
            switch (first)
            {
                case ConfigValueKind.String:
                    var text = new StringBuilder();
                    var pieces = new List<ConfigScalar>(parts.Count);
                    foreach (ConfigScalar part in parts)
                    {
                        text.Append(part.Text);
                        pieces.Add(part);
                    }
                    // The pieces are kept so a secret substituted into the string is still known to be in it.
                    return new ConfigScalar(ConfigValueKind.String, text.ToString(), concat.Origin, pieces);
                case ConfigValueKind.Array:
                    var items = new List<ConfigValue>();
                    foreach (var part in parts)
                        items.AddRange(((ConfigArray)part).Items);
                    return Sized(new ConfigArray(items, concat.Origin));
                default:
                    var merged = (ConfigObject)parts[0];
                    for (var i = 1; i < parts.Count; i++)
                        merged = Merge(merged, (ConfigObject)parts[i]);
                    return Sized(new ConfigObject(merged.Fields, concat.Origin));
            }
        }

        /// <summary>Deep merge of resolved objects: objects merge, anything else from <paramref name="over"/> wins.</summary>
        private ConfigObject Merge(ConfigObject baseObject, ConfigObject over)
        {
            var fields = new Dictionary<string, ConfigValue>(System.StringComparer.Ordinal);
            foreach (var field in baseObject.Fields)
                fields[field.Key] = field.Value;
            foreach (var field in over.Fields)
            {
                fields[field.Key] = fields.TryGetValue(field.Key, out var existing) && existing is ConfigObject existingObject && field.Value is ConfigObject overObject
                    ? Merge(existingObject, overObject)
                    : field.Value;
            }
            return Sized(new ConfigObject(fields, over.Origin));
        }

        /// <summary>Records what a new array or object stands for: its items' sizes, each counted once per place it appears, and its height.</summary>
        private static ConfigArray Sized(ConfigArray array)
        {
            var extent = new ExtentSum();
            // By index: enumerating IReadOnlyList would box an enumerator per array.
            for (var i = 0; i < array.Items.Count; i++)
                extent.Add(array.Items[i], 0);
            array.Extent = extent.Total;
            return array;
        }

        private static ConfigObject Sized(ConfigObject obj)
        {
            var extent = new ExtentSum();
            foreach (var field in obj.Fields)
                extent.Add(field.Value, field.Key.Length);
            obj.Extent = extent.Total;
            return obj;
        }

        /// <summary>A new composite's extent: its items' sizes, each counted once per place it appears, and its height.</summary>
        private struct ExtentSum
        {
            private long _size;
            private int _height;

            public void Add(ConfigValue item, int keyLength)
            {
                var extent = ExtentOf(item);
                _size += keyLength + extent.Size;
                _height = System.Math.Max(_height, extent.Height);
            }

            public ValueExtent Total => new ValueExtent(_size + 1, _height + 1);
        }

        private static ValueExtent ExtentOf(ConfigValue value) => value switch
        {
            ConfigScalar scalar => new ValueExtent(scalar.Text.Length + 1, 0),
            ConfigArray { Extent.IsRecorded: true } array => array.Extent,
            ConfigObject { Extent.IsRecorded: true } obj => obj.Extent,
            _ => new ValueExtent(1, 1),
        };

        private void Report(ParseErrorKind kind, ConfigOrigin at, string expected, string found) =>
            _errors.Add(new ParseError(kind, at.FilePath, at.Text, at.ValueSpan, expected, found));
    }
}
