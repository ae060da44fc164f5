using System.Collections.Generic;
using System.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>
    /// Resolves the merged tree in place: objects and arrays become their resolved selves, pending values what they
    /// stand for. A <c>${path}</c> is looked up in
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
            new ConfigScalar(ConfigValueKind.Null, "", new ValueSite("", Microsoft.CodeAnalysis.Text.SourceText.From(""), default, default));

        private readonly ConfigObject _root;
        private readonly Dictionary<ConfigValue, ConfigValue>? _replaced;
        private readonly ExpansionBudget _budget;
        private readonly List<ParseError> _errors;
        // Each composite value records its ValueExtent: a substitution can put a deep value inside another, so depth
        // is checked where it is copied.
        /// <summary>How deep a value a substitution may copy: with the nesting around it, no resolved value is deeper than three times the parsers' limit.</summary>
        private const int MaxCopiedHeight = 2 * NestingLimit.MaxDepth;
        private int _depth;
        private bool _reportedTooDeepCopy;
        // The fields of resolved objects that still hold pending values: replaced by what those resolved to only at the
        // end, because until then a substitution walks the tree as it was built (and finds a value that resolved to
        // nothing, or failed, as such).
        private List<ConfigFields>? _unsettled;

        private SubstitutionResolver(ConfigObject root, Dictionary<ConfigValue, ConfigValue>? replaced, ExpansionBudget budget, List<ParseError> errors)
        {
            _root = root;
            _replaced = replaced;
            _budget = budget;
            _errors = errors;
        }

        /// <summary>Resolves the tree <see cref="RawTreeBuilder"/> built, in place (<paramref name="replaced"/>: the value each composite or pending value replaced in its field, null for none).</summary>
        public static ConfigObject Resolve(ConfigObject root, Dictionary<ConfigValue, ConfigValue>? replaced, ExpansionBudget budget, List<ParseError> errors)
        {
            var resolver = new SubstitutionResolver(root, replaced, budget, errors);
            var resolved = (ConfigObject)resolver.Resolve(root)!;
            if (resolver._unsettled != null)
            {
                foreach (var fields in resolver._unsettled)
                    fields.Settle(Settled);
            }
            return resolved;
        }

        private bool TryGetReplaced(ConfigValue value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ConfigValue? previous)
        {
            previous = null;
            return _replaced != null && _replaced.TryGetValue(value, out previous);
        }

        /// <summary>The value, null when it resolves to nothing (an unset <c>${?x}</c>), or <see cref="Failed"/>.</summary>
        private ConfigValue? Resolve(ConfigValue value)
        {
            if (value is ConfigScalar)
                return value;
            if (value.State == ResolutionState.Resolved)
                return value is PendingValue pending ? pending.Resolved : value;
            if (value.State == ResolutionState.Failed)
                return Failed;
            if (_depth >= MaxDepth)
            {
                Report(ParseErrorKind.TooDeep, value.Site, "at most " + MaxDepth + " levels of substitution and nesting", "deeper resolution");
                return Failed;
            }
            _depth++;
            value.State = ResolutionState.InProgress;
            var result = ResolveUncached(value);
            if (result == null && TryGetReplaced(value, out var previous))
                result = ResolveTarget(previous, value.Site, out _);
            _depth--;
            if (value is PendingValue resolvedPending)
            {
                resolvedPending.Resolved = result;
                value.State = ResolutionState.Resolved;
            }
            else
            {
                value.State = result == Failed ? ResolutionState.Failed : ResolutionState.Resolved;
            }
            return result;
        }

        private ConfigValue? ResolveUncached(ConfigValue value)
        {
            switch (value)
            {
                case ConfigArray array:
                    return ResolveInPlace(array.Elements!) ? Sized(array) : Failed;
                case ConfigObject obj:
                    ResolveFields(obj);
                    return obj;
                case SubstitutionValue substitution:
                    return Substitute(substitution);
                case ConcatValue concat:
                    return Concatenate(concat);
                case MergeValue merge:
                    // Resolving the object itself can fail (too deep): then so does the merge.
                    if (!(Resolve(merge.Over) is ConfigObject over))
                        return Failed;
                    return Resolve(merge.Base) is ConfigObject baseObject ? Merge(baseObject, over) : over;
                default:
                    return null;
            }
        }

        /// <summary>Resolves an object's fields, recording its extent; those that resolve to nothing or fail are dropped at the end.</summary>
        private void ResolveFields(ConfigObject obj)
        {
            var fields = obj.Members!;
            var extent = new ExtentSum();
            var unsettled = false;
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields.ValueAt(i);
                var resolved = Resolve(field);
                if (resolved != null && resolved != Failed)
                {
                    extent.Add(resolved, fields.KeyAt(i).Length);
                    unsettled |= resolved != field;
                    continue;
                }
                unsettled = true;
                // Given up before it started (too deep): marked absent here, though a later substitution may resolve it.
                if (field.State != ResolutionState.Resolved && field.State != ResolutionState.Failed)
                    fields.SetValueAt(i, new AbsentValue(field));
            }
            if (unsettled)
                (_unsettled ??= new List<ConfigFields>()).Add(fields);
            obj.Extent = extent.Total;
        }

        /// <summary>
        /// What a field of a resolved object stands for in the result: a pending value what it resolved to, null for
        /// what resolved to nothing or failed.
        /// </summary>
        private static ConfigValue? Settled(ConfigValue value)
        {
            switch (value)
            {
                case ConfigScalar _:
                    return value;
                case PendingValue pending:
                    return pending.State == ResolutionState.Resolved && pending.Resolved != Failed ? pending.Resolved : null;
                default:
                    return value.State == ResolutionState.Failed ? null : value;
            }
        }

        /// <summary>Resolves the items in place, dropping those that resolve to nothing; false when one failed.</summary>
        private bool ResolveInPlace(List<ConfigValue> items)
        {
            var kept = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var resolved = Resolve(items[i]);
                if (resolved == Failed)
                    return false;
                if (resolved != null)
                    items[kept++] = resolved;
            }
            items.RemoveRange(kept, items.Count - kept);
            return true;
        }

        private ConfigValue? Substitute(SubstitutionValue substitution)
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
                        _errors.Add(NestingLimit.TooDeep(substitution.Site.FilePath, substitution.Site.Text, substitution.Site.ValueSpan));
                    _reportedTooDeepCopy = true;
                    return Failed;
                }
                if (_budget.TryExpand(ExtentOf(found).Size, out var crossed))
                    return found;
                if (crossed != null)
                    Report(ParseErrorKind.ExpansionLimit, substitution.Site, crossed, "more");
                return Failed;
            }
            if (substitution.IsOptional)
                return null;
            Report(ParseErrorKind.UnresolvedSubstitution, substitution.Site, "a path defined in the configuration", "nothing at that path");
            return Failed;
        }

        /// <summary>Walks the raw tree along the path, resolving only what the path passes through.</summary>
        private ConfigValue? Lookup(SubstitutionValue substitution, out bool cycle)
        {
            cycle = false;
            ConfigValue raw = _root;
            ConfigValue? resolved = null;
            var i = 0;
            for (; i < substitution.Path.Count; i++)
            {
                if (!(raw is ConfigObject obj))
                {
                    resolved = ResolveTarget(raw, substitution.Site, out cycle);
                    break;
                }
                if (!obj.Members!.TryGetValue(substitution.Path[i], out var next))
                    return null;
                raw = next is AbsentValue absent ? absent.Original : next;
            }
            if (i == substitution.Path.Count)
                return ResolveTarget(raw, substitution.Site, out cycle);
            if (resolved == Failed)
                return Failed;
            for (; i < substitution.Path.Count; i++)
            {
                if (!(resolved is ConfigObject resolvedObject) || !resolvedObject.Members!.TryGetValue(substitution.Path[i], out var next))
                    return null;
                resolved = Settled(next);
            }
            return resolved;
        }

        /// <summary>
        /// Resolves a value a substitution points at. A value still being resolved is a cycle, unless
        /// it replaced an earlier definition: then, as in emqx/hocon, the earlier one is meant.
        /// </summary>
        private ConfigValue? ResolveTarget(ConfigValue target, in ValueSite at, out bool cycle)
        {
            cycle = false;
            while (target.State == ResolutionState.InProgress)
            {
                if (!TryGetReplaced(target, out var previous))
                {
                    Report(ParseErrorKind.SubstitutionCycle, at, "a substitution that does not refer to itself", "a cycle");
                    cycle = true;
                    return null;
                }
                target = previous;
            }
            return Resolve(target);
        }

        private ConfigValue? Concatenate(ConcatValue concat)
        {
            if (!ResolveInPlace(concat.Parts))
                return Failed;
            var parts = concat.Parts;
            if (parts.Count <= 1)
                return parts.Count == 1 ? parts[0] : null;
            var first = parts[0].Kind;
            foreach (var part in parts)
            {
                var sameSort = first == ConfigValueKind.String || first == ConfigValueKind.Array || first == ConfigValueKind.Object;
                if (!sameSort || part.Kind != first)
                {
                    Report(ParseErrorKind.Concatenation, concat.Site, "values of one type (strings, arrays or objects)", "values of different types");
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
                    return new ConfigScalar(ConfigValueKind.String, text.ToString(), concat.Site, pieces);
                case ConfigValueKind.Array:
                    var items = new List<ConfigValue>();
                    foreach (var part in parts)
                        items.AddRange(((ConfigArray)part).Items);
                    return Sized(new ConfigArray(items, concat.Site) { State = ResolutionState.Resolved });
                default:
                    var merged = (ConfigObject)parts[0];
                    for (var i = 1; i < parts.Count; i++)
                        merged = Merge(merged, (ConfigObject)parts[i]);
                    return Sized(new ConfigObject(merged.Members!, concat.Site) { State = ResolutionState.Resolved });
            }
        }

        /// <summary>Deep merge of resolved objects: objects merge, anything else from <paramref name="over"/> wins.</summary>
        private ConfigObject Merge(ConfigObject baseObject, ConfigObject over)
        {
            var baseFields = baseObject.Members!;
            var overFields = over.Members!;
            var fields = new ConfigFields(baseFields.Count + overFields.Count);
            for (var i = 0; i < baseFields.Count; i++)
            {
                var value = Settled(baseFields.ValueAt(i));
                if (value != null)
                    fields.Append(baseFields.KeyAt(i), value);
            }
            for (var i = 0; i < overFields.Count; i++)
            {
                var value = Settled(overFields.ValueAt(i));
                if (value == null)
                    continue;
                var name = overFields.KeyAt(i);
                fields.Set(name, fields.TryGetValue(name, out var existing) && existing is ConfigObject existingObject && value is ConfigObject overObject
                    ? Merge(existingObject, overObject)
                    : value);
            }
            return Sized(new ConfigObject(fields, over.Site) { State = ResolutionState.Resolved });
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
            var fields = obj.Members!;
            for (var i = 0; i < fields.Count; i++)
                extent.Add(fields.ValueAt(i), fields.KeyAt(i).Length);
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

        private void Report(ParseErrorKind kind, in ValueSite at, string expected, string found) =>
            _errors.Add(new ParseError(kind, at.FilePath, at.Text, at.ValueSpan, expected, found));
    }
}
