using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>
    /// Turns syntax trees into one merged <see cref="ConfigObject"/>: later definitions over earlier ones,
    /// objects merging deeply, anything else replacing; includes read in place. Where substitutions are still to
    /// resolve it holds <see cref="PendingValue"/>s; everything else is already the final value.
    /// </summary>
    internal sealed class RawTreeBuilder
    {
        private readonly IncludeReader _includes;
        private readonly List<ParseError> _errors;
        private readonly Dictionary<ConfigValue, ConfigValue> _replaced;
        private StringTable? _strings;
        // The path of the object whose members are being added (include path first): a copy is made only for an include.
        private readonly List<string> _path = new List<string>();

        /// <summary>
        /// <paramref name="replaced"/> is filled with the value each composite or pending value replaced in its field. emqx/hocon keeps earlier
        /// definitions visible: a field set to a <c>${?x}</c> that resolves to nothing keeps its earlier value, and a
        /// field that refers to itself (<c>a = ${a}"x"</c>) sees the value defined before it. A scalar never needs
        /// that, so the common case (a setting overridden by a later file) records nothing.
        /// </summary>
        public RawTreeBuilder(IncludeReader includes, List<ParseError> errors, Dictionary<ConfigValue, ConfigValue> replaced)
        {
            _includes = includes;
            _errors = errors;
            _replaced = replaced;
        }

        /// <summary>Adds a file's fields to <paramref name="target"/>, at the path of the object being built (empty for a top-level file, where an include is for an included one).</summary>
        public void AddFile(ConfigObject target, HoconSyntaxTree tree) =>
            AddMembers(target, tree.Root, new FileContext(tree, new List<string>(_path), _strings ??= new StringTable(tree.Text.Length)));

        private void AddMembers(ConfigObject target, ObjectNode node, FileContext file)
        {
            foreach (var member in node.Members)
            {
                if (member is IncludeNode include)
                {
                    var included = _includes.Read(file.Tree, include);
                    if (included != null)
                    {
                        AddFile(target, included);
                        _includes.Leave(included);
                    }
                    continue;
                }
                var field = (FieldNode)member;
                var key = field.Key;
                var segmentCount = key.SegmentCount;
                if (segmentCount == 0)
                    continue;
                var text = file.Tree.Text;
                var outerDepth = _path.Count;
                // Each file's parser bounds its own nesting; an include inside a deep object adds to it.
                if (outerDepth + segmentCount > NestingLimit.MaxDepth)
                {
                    _errors.Add(NestingLimit.TooDeep(file.Tree.FilePath, file.Tree.Text, key.Token.Span));
                    continue;
                }
                for (var i = 0; i < segmentCount; i++)
                    _path.Add(TokenValues.SegmentName(text, key.Token, key.Segment(text, i), file.Strings));
                var lastSegment = key.Segment(text, segmentCount - 1);
                var value = field is ScalarFieldNode scalarField
                    ? Scalar(scalarField.Value, file, file.Site(lastSegment, scalarField.ValueSpan))
                    : BuildValue(((CompositeFieldNode)field).Value, file, lastSegment, isArrayElement: false);
                // a.b.c = v is a { b { c = v } }: each segment opens an object whose origin is that segment. Where that
                // object exists already, the field goes into it in place (as Assign would merge a wrapper into it).
                var owner = target;
                var level = 0;
                while (level < segmentCount - 1 && owner.Members!.TryGetValue(_path[outerDepth + level], out var existing)
                       && existing is ConfigObject existingObject)
                {
                    existingObject.Site = file.Site(key.Segment(text, level), field.ValueSpan);
                    owner = existingObject;
                    level++;
                }
                for (var i = segmentCount - 1; i > level; i--)
                {
                    var wrapper = new ConfigObject(new ConfigFields(1), file.Site(key.Segment(text, i - 1), field.ValueSpan));
                    Assign(wrapper, _path[outerDepth + i], value);
                    value = wrapper;
                }
                Assign(owner, _path[outerDepth + level], value);
                _path.RemoveRange(outerDepth, segmentCount);
            }
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
                    var target = new List<string>(file.IncludePath);
                    target.AddRange(TokenValues.SubstitutionPath(file.Tree.Text, substitution));
                    return new SubstitutionValue(target, substitution.IsOptional, file.Site(substitution.Span, substitution.Span));
                case ConcatNode concat:
                    var parts = new List<ConfigValue>(concat.Parts.Length);
                    foreach (var part in concat.Parts)
                        parts.Add(BuildValue(part, file, keySpan, isArrayElement));
                    return new ConcatValue(parts, site);
                default:
                    return Scalar(((ScalarNode)node).Token, file, site);
            }
        }

        private static ConfigScalar Scalar(SyntaxToken token, FileContext file, in ValueSite origin)
        {
            var text = file.Tree.Text;
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
                _replaced[value] = old;
            fields.SetValueAt(at, value);
        }

        private sealed class FileContext
        {
            public FileContext(HoconSyntaxTree tree, IReadOnlyList<string> includePath, StringTable strings)
            {
                Tree = tree;
                IncludePath = includePath;
                Strings = new FileStrings(tree.Text, strings);
                _site = new SiteFile(tree.FilePath, tree.Text);
            }

            public FileStrings Strings { get; }

            public HoconSyntaxTree Tree { get; }

            public IReadOnlyList<string> IncludePath { get; }

            private readonly SiteFile _site;

            public ValueSite Site(TextSpan keySpan, TextSpan valueSpan) => new ValueSite(_site, keySpan, valueSpan);
        }
    }
}
