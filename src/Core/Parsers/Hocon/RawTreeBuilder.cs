using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>
    /// Turns syntax trees (or a clean file's tokens, as the parser reads them) into one merged <see cref="ConfigObject"/>: later definitions over earlier ones,
    /// objects merging deeply, anything else replacing; includes read in place. Where substitutions are still to
    /// resolve it holds <see cref="PendingValue"/>s; everything else is already the final value.
    /// </summary>
    internal sealed class RawTreeBuilder : IDirectBuild
    {
        private static readonly IReadOnlyList<string> NoPath = System.Array.Empty<string>();

        private readonly IncludeReader _includes;
        // The path of the object whose members are being added (include path first): a copy is made only for an include.
        private readonly List<string> _path = new List<string>();

        public RawTreeBuilder(IncludeReader includes) => _includes = includes;

        /// <summary>The merged tree of the top-level files added; null until one is.</summary>
        public ConfigObject? Root { get; private set; }

        /// <summary>
        /// The value each composite or pending value replaced in its field (null while there is none). emqx/hocon keeps earlier
        /// definitions visible: a field set to a <c>${?x}</c> that resolves to nothing keeps its earlier value, and a
        /// field that refers to itself (<c>a = ${a}"x"</c>) sees the value defined before it. A scalar never needs
        /// that, so the common case (a setting overridden by a later file) records nothing.
        /// </summary>
        public Dictionary<ConfigValue, ConfigValue>? Replaced { get; private set; }

        /// <summary>The errors found while merging (keys nested too deep); null while there is none.</summary>
        public List<ParseError>? Errors { get; private set; }

        /// <summary>Adds a top-level file's fields to <see cref="Root"/>.</summary>
        public void AddTopLevel(HoconSyntaxTree tree) => AddFile(RootFor(tree.FilePath, tree.Text), tree);

        /// <summary>Adds a top-level file's fields to <see cref="Root"/> straight from its tokens (see <see cref="TryAddTokens"/>).</summary>
        public bool TryBuild(SourceFile file, TokenBuffer tokens, out ImmutableArray<KeyNode> rootKeys) =>
            TryAddTokens(RootFor(file.FullPath, file.Text), file, tokens, out rootKeys);

        // The merged tree's origin is the first top-level file read.
        private ConfigObject RootFor(string filePath, SourceText text) =>
            Root ??= new ConfigObject(new ConfigFields(0), new ValueSite(filePath, text, new TextSpan(0, 0), new TextSpan(0, 0)));

        /// <summary>Adds a file's fields to <paramref name="target"/>, at the path of the object being built (empty for a top-level file, where an include is for an included one).</summary>
        private void AddFile(ConfigObject target, HoconSyntaxTree tree) =>
            AddMembers(target, tree.Root, new FileContext(tree.FilePath, tree.Text, tree, IncludePath()));

        // A top-level file, the most common, shares one empty path.
        private IReadOnlyList<string> IncludePath() => _path.Count == 0 ? NoPath : new List<string>(_path);

        /// <summary>
        /// Adds a top-level file's fields to <paramref name="target"/> straight from its tokens, with no syntax tree
        /// made; false, with <paramref name="target"/> untouched, when the file has syntax errors or includes (those
        /// go through <see cref="AddFile"/>, so their errors, recovery and include order stay as they are). The values
        /// and merges are those <see cref="AddFile"/> makes: each object's fields are added once it is complete.
        /// </summary>
        private bool TryAddTokens(ConfigObject target, SourceFile file, TokenBuffer tokens, out ImmutableArray<KeyNode> rootKeys)
        {
            rootKeys = default;
            var context = new FileContext(file.FullPath, file.Text, null, IncludePath());
            var syntaxErrors = new List<ParseError>();
            var parser = new Parser<ConfigValue, BuiltField, ValueSink>(file.Text, file.FullPath, tokens, syntaxErrors, new ValueSink(this, context));
            parser.ParseRoot();
            var sink = parser.Sink;
            if (syntaxErrors.Count > 0 || sink.HasInclude)
                return false;
            var keys = ImmutableArray.CreateBuilder<KeyNode>(sink.RootFields.Length);
            foreach (var field in sink.RootFields)
            {
                keys.Add(field.Key);
                AddBuilt(target, field, context);
            }
            rootKeys = keys.MoveToImmutable();
            return true;
        }

        private void AddMembers(ConfigObject target, ObjectNode node, FileContext file)
        {
            foreach (var member in node.Members)
            {
                if (member is IncludeNode include)
                {
                    var included = _includes.Read(file.Tree!, include);
                    if (included != null)
                    {
                        AddFile(target, included);
                        _includes.Leave(included);
                    }
                    continue;
                }
                var field = (FieldNode)member;
                var key = field.Key;
                if (!EnterKey(key, file, out var outerDepth))
                    continue;
                var value = field is ScalarFieldNode scalarField
                    ? Scalar(scalarField.Value, file, file.Site(LastSegment(key, file), scalarField.ValueSpan))
                    : BuildValue(((CompositeFieldNode)field).Value, file, LastSegment(key, file), isArrayElement: false);
                Place(target, key, value, outerDepth, file);
            }
        }

        /// <summary>Adds a field the parser built the value of.</summary>
        private void AddBuilt(ConfigObject target, BuiltField field, FileContext file)
        {
            if (EnterKey(field.Key, file, out var outerDepth))
                Place(target, field.Key, field.Value, outerDepth, file);
        }

        /// <summary>Puts the key's segment names on the path (the first at <paramref name="outerDepth"/>); false for a key of no segments or one too deep.</summary>
        private bool EnterKey(KeyNode key, FileContext file, out int outerDepth)
        {
            outerDepth = _path.Count;
            var segmentCount = key.SegmentCount;
            if (segmentCount == 0)
                return false;
            // Each file's parser bounds its own nesting; an include inside a deep object adds to it.
            if (outerDepth + segmentCount > NestingLimit.MaxDepth)
            {
                (Errors ??= new List<ParseError>()).Add(NestingLimit.TooDeep(file.FilePath, file.Text, key.Token.Span));
                return false;
            }
            for (var i = 0; i < segmentCount; i++)
                _path.Add(TokenValues.SegmentName(file.Text, key.Token, key.Segment(file.Text, i), file.Strings));
            return true;
        }

        private static TextSpan LastSegment(KeyNode key, FileContext file) =>
            key.SegmentCount == 0 ? key.Span : key.Segment(file.Text, key.SegmentCount - 1);

        /// <summary>Sets the field of the key <see cref="EnterKey"/> entered to <paramref name="value"/>, and takes the key's names off the path.</summary>
        private void Place(ConfigObject target, KeyNode key, ConfigValue value, int outerDepth, FileContext file)
        {
            var text = file.Text;
            var segmentCount = key.SegmentCount;
            var valueSpan = value.Site.ValueSpan;
            // a.b.c = v is a { b { c = v } }: each segment opens an object whose origin is that segment. Where that
            // object exists already, the field goes into it in place (as Assign would merge a wrapper into it).
            var owner = target;
            var level = 0;
            while (level < segmentCount - 1 && owner.Members!.TryGetValue(_path[outerDepth + level], out var existing)
                   && existing is ConfigObject existingObject)
            {
                existingObject.Site = file.Site(key.Segment(text, level), valueSpan);
                owner = existingObject;
                level++;
            }
            for (var i = segmentCount - 1; i > level; i--)
            {
                var wrapper = new ConfigObject(new ConfigFields(1), file.Site(key.Segment(text, i - 1), valueSpan));
                Assign(wrapper, _path[outerDepth + i], value);
                value = wrapper;
            }
            Assign(owner, _path[outerDepth + level], value);
            _path.RemoveRange(outerDepth, segmentCount);
        }

        private ConfigValue BuildValue(ValueNode node, FileContext file, TextSpan keySpan, bool isArrayElement)
        {
            var site = file.Site(isArrayElement ? node.Span : keySpan, node.Span);
            switch (node)
            {
                case ObjectNode obj:
                    var built = new ConfigObject(new ConfigFields(obj.Members.Length), site);
                    AddMembers(built, obj, file);
                    return built;
                case ArrayNode array:
                    var items = new List<ConfigValue>(array.Elements.Length);
                    foreach (var element in array.Elements)
                        items.Add(BuildValue(element, file, element.Span, isArrayElement: true));
                    return new ConfigArray(items, site);
                case SubstitutionNode substitution:
                    return Substitution(substitution, file);
                case ConcatNode concat:
                    var parts = new List<ConfigValue>(concat.Parts.Length);
                    foreach (var part in concat.Parts)
                        parts.Add(BuildValue(part, file, keySpan, isArrayElement));
                    return Pending(new ConcatValue(parts, site));
                default:
                    return Scalar(((ScalarNode)node).Token, file, site);
            }
        }

        private SubstitutionValue Substitution(SubstitutionNode substitution, FileContext file)
        {
            var target = new List<string>(file.IncludePath);
            target.AddRange(TokenValues.SubstitutionPath(file.Text, substitution));
            return Pending(new SubstitutionValue(target, substitution.IsOptional, file.Site(substitution.Span, substitution.Span)));
        }

        /// <summary>Whether the tree holds a pending value (a substitution or concatenation; a merge is only ever over one): if not, it is already resolved.</summary>
        public bool HasPendingValues { get; private set; }

        private T Pending<T>(T value) where T : PendingValue
        {
            HasPendingValues = true;
            return value;
        }

        private static ConfigScalar Scalar(SyntaxToken token, FileContext file, in ValueSite origin)
        {
            var text = file.Text;
            switch (token.Kind)
            {
                case SyntaxKind.Integer: return new ConfigScalar(ConfigValueKind.Integer, TokenValues.Literal(text, token.Span, file.Strings), origin);
                case SyntaxKind.Float: return new ConfigScalar(ConfigValueKind.Float, TokenValues.Literal(text, token.Span, file.Strings), origin);
                case SyntaxKind.True: return new ConfigScalar(ConfigValueKind.Boolean, "true", origin);
                case SyntaxKind.False: return new ConfigScalar(ConfigValueKind.Boolean, "false", origin);
                case SyntaxKind.Null: return new ConfigScalar(ConfigValueKind.Null, "null", origin);
                default: return new ConfigScalar(ConfigValueKind.String, TokenValues.StringValue(text, token, file.Strings), origin);
            }
        }

        /// <summary>Sets a field the way emqx/hocon merges duplicate keys.</summary>
        private void Assign(ConfigObject target, string name, ConfigValue value)
        {
            var fields = target.Members!;
            var at = fields.IndexOf(name);
            if (at < 0)
            {
                fields.Append(name, value);
                return;
            }
            var old = fields.ValueAt(at);
            if (value is ConfigObject newObject)
            {
                if (old is ConfigObject oldObject)
                {
                    var newFields = newObject.Members!;
                    for (var i = 0; i < newFields.Count; i++)
                        Assign(oldObject, newFields.KeyAt(i), newFields.ValueAt(i));
                    oldObject.Site = newObject.Site;
                    return;
                }
                if (old is PendingValue)
                {
                    fields.SetValueAt(at, new MergeValue(old, newObject));
                    return;
                }
            }
            if (!(value is ConfigScalar))
                (Replaced ??= new Dictionary<ConfigValue, ConfigValue>())[value] = old;
            fields.SetValueAt(at, value);
        }

        private sealed class FileContext
        {
            public FileContext(string filePath, SourceText text, HoconSyntaxTree? tree, IReadOnlyList<string> includePath)
            {
                FilePath = filePath;
                Text = text;
                Tree = tree;
                IncludePath = includePath;
                Strings = new FileStrings(text, StringTable.ForCurrentThread());
                _site = new SiteFile(filePath, text);
            }

            public string FilePath { get; }

            public SourceText Text { get; }

            public FileStrings Strings { get; }

            /// <summary>The file's syntax tree; null while it is built straight from its tokens (it has no includes then).</summary>
            public HoconSyntaxTree? Tree { get; }

            public IReadOnlyList<string> IncludePath { get; }

            private readonly SiteFile _site;

            public ValueSite Site(TextSpan keySpan, TextSpan valueSpan) => new ValueSite(_site, keySpan, valueSpan);
        }

        /// <summary>A field as the parser hands it to <see cref="ValueSink"/>: its key and its value, already built.</summary>
        internal readonly struct BuiltField
        {
            public BuiltField(KeyNode key, ConfigValue value)
            {
                Key = key;
                Value = value;
            }

            public KeyNode Key { get; }

            public ConfigValue Value { get; }
        }

        /// <summary>
        /// Builds the values <see cref="BuildValue"/> would build from the syntax nodes, as the parser reads them. A
        /// value is first given the site of an array element (its own span as key); the field it turns out to be the
        /// value of gives it its key, as <see cref="BuildValue"/> does.
        /// </summary>
        private struct ValueSink : ISyntaxSink<ConfigValue, BuiltField>
        {
            private static readonly BuiltField[] NoFields = new BuiltField[0];

            private readonly RawTreeBuilder _builder;
            private readonly FileContext _file;

            public ValueSink(RawTreeBuilder builder, FileContext file)
            {
                _builder = builder;
                _file = file;
            }

            /// <summary>Whether the file includes another: then it is not built here.</summary>
            public bool HasInclude { get; private set; }

            /// <summary>The file's top-level fields, added to the merged tree only once the whole file has parsed without errors.</summary>
            public BuiltField[] RootFields { get; private set; } = NoFields;

            public ConfigValue Scalar(SyntaxToken token) => RawTreeBuilder.Scalar(token, _file, _file.Site(token.Span, token.Span));

            public ConfigValue Substitution(SyntaxToken token, bool isOptional) => _builder.Substitution(new SubstitutionNode(token, isOptional), _file);

            public ConfigValue Array(SyntaxToken open, Group<ConfigValue> elements, SyntaxToken close)
            {
                var items = new List<ConfigValue>(elements.Count);
                for (var i = 0; i < elements.Count; i++)
                    items.Add(elements[i]);
                var span = TextSpan.FromBounds(open.Span.Start, close.Span.End);
                return new ConfigArray(items, _file.Site(span, span));
            }

            public ConfigValue Object(TextSpan span, bool hasBraces, Group<BuiltField> members)
            {
                var built = new ConfigObject(new ConfigFields(members.Count), _file.Site(span, span));
                for (var i = 0; i < members.Count; i++)
                    _builder.AddBuilt(built, members[i], _file);
                return built;
            }

            public ConfigValue Root(TextSpan span, bool hasBraces, Group<BuiltField> members)
            {
                var fields = new BuiltField[members.Count];
                for (var i = 0; i < fields.Length; i++)
                    fields[i] = members[i];
                RootFields = fields;
                // Nothing reads the root the parser returns: its fields are added where the file's content goes.
                return UnusedRoot;
            }

            public ConfigValue Concat(Group<ConfigValue> parts)
            {
                var items = new List<ConfigValue>(parts.Count);
                for (var i = 0; i < parts.Count; i++)
                    items.Add(parts[i]);
                var span = TextSpan.FromBounds(items[0].Site.ValueSpan.Start, items[items.Count - 1].Site.ValueSpan.End);
                return _builder.Pending(new ConcatValue(items, _file.Site(span, span)));
            }

            public BuiltField ScalarField(KeyNode key, SyntaxToken value) =>
                new BuiltField(key, RawTreeBuilder.Scalar(value, _file, _file.Site(LastSegment(key, _file), value.Span)));

            public BuiltField CompositeField(KeyNode key, ConfigValue value)
            {
                var keySpan = LastSegment(key, _file);
                GiveKey(value, keySpan);
                if (value is ConcatValue concat)
                {
                    foreach (var part in concat.Parts)
                        GiveKey(part, keySpan);
                }
                return new BuiltField(key, value);
            }

            public BuiltField Include(SyntaxToken keyword, SyntaxToken target)
            {
                HasInclude = true;
                return default;
            }

            /// <summary>A field's value, and each part of a concatenation in it, has the field's key as key; a substitution keeps its own span.</summary>
            private void GiveKey(ConfigValue value, TextSpan keySpan)
            {
                if (!(value is SubstitutionValue))
                    value.Site = _file.Site(keySpan, value.Site.ValueSpan);
            }

            private static readonly ConfigValue UnusedRoot = new ConfigScalar(ConfigValueKind.Null, "", new ValueSite("", SourceText.From(""), default, default));
        }
    }
}
