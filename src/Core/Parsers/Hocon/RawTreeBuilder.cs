using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.Hocon
{
    /// <summary>
    /// Turns syntax trees into one merged <see cref="RawObject"/>: later definitions over earlier ones,
    /// objects merging deeply, anything else replacing; includes read in place.
    /// </summary>
    internal sealed class RawTreeBuilder
    {
        private readonly IncludeReader _includes;
        private readonly List<ParseError> _errors;
        private StringTable? _strings;
        // The path of the object whose members are being added (include path first): a copy is made only for an include.
        private readonly List<string> _path = new List<string>();

        public RawTreeBuilder(IncludeReader includes, List<ParseError> errors)
        {
            _includes = includes;
            _errors = errors;
        }

        /// <summary>Adds a file's fields to <paramref name="target"/>, at the path of the object being built (empty for a top-level file, where an include is for an included one).</summary>
        public void AddFile(RawObject target, HoconSyntaxTree tree) =>
            AddMembers(target, tree.Root, new FileContext(tree, new List<string>(_path), _strings ??= new StringTable(tree.Text.Length)));

        private void AddMembers(RawObject target, ObjectNode node, FileContext file)
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
                var outerDepth = _path.Count;
                // Each file's parser bounds its own nesting; an include inside a deep object adds to it.
                if (outerDepth + segmentCount > NestingLimit.MaxDepth)
                {
                    _errors.Add(NestingLimit.TooDeep(file.Tree.FilePath, file.Tree.Text, key.Token.Span));
                    continue;
                }
                for (var i = 0; i < segmentCount; i++)
                    _path.Add(TokenValues.SegmentName(file.Tree.Text, key.Token, key.Segment(i), file.Strings));
                var value = BuildValue(field.Value, file, key.Segment(segmentCount - 1), isArrayElement: false);
                // a.b.c = v is a { b { c = v } }: each segment opens an object whose origin is that segment. Where that
                // object exists already, the field goes into it in place (as Assign would merge a wrapper into it).
                var owner = target;
                var level = 0;
                while (level < segmentCount - 1 && owner.Fields.TryGetValue(_path[outerDepth + level], out var existing)
                       && existing is RawObject existingObject)
                {
                    existingObject.Origin = file.Origin(key.Segment(level), field.Value.Span);
                    owner = existingObject;
                    level++;
                }
                for (var i = segmentCount - 1; i > level; i--)
                {
                    var wrapper = new RawObject(file.Origin(key.Segment(i - 1), field.Value.Span), expectedFieldCount: 1);
                    Assign(wrapper, _path[outerDepth + i], value);
                    value = wrapper;
                }
                Assign(owner, _path[outerDepth + level], value);
                _path.RemoveRange(outerDepth, segmentCount);
            }
        }

        private RawValue BuildValue(ValueNode node, FileContext file, TextSpan keySpan, bool isArrayElement)
        {
            var origin = file.Origin(isArrayElement ? node.Span : keySpan, node.Span);
            switch (node)
            {
                case ObjectNode obj:
                    var rawObject = new RawObject(origin, obj.Members.Length);
                    AddMembers(rawObject, obj, file);
                    return rawObject;
                case ArrayNode array:
                    var items = new List<RawValue>(array.Elements.Length);
                    foreach (var element in array.Elements)
                        items.Add(BuildValue(element, file, element.Span, isArrayElement: true));
                    return new RawArray(items, origin);
                case SubstitutionNode substitution:
                    var target = new List<string>(file.IncludePath);
                    target.AddRange(TokenValues.SubstitutionPath(file.Tree.Text, substitution));
                    return new RawSubstitution(target, substitution.IsOptional, file.Origin(substitution.Span, substitution.Span));
                case ConcatNode concat:
                    var parts = new List<RawValue>(concat.Parts.Length);
                    foreach (var part in concat.Parts)
                        parts.Add(BuildValue(part, file, keySpan, isArrayElement));
                    return new RawConcat(parts, origin);
                default:
                    return new RawScalar(Scalar(((ScalarNode)node).Token, file, origin));
            }
        }

        private static ConfigScalar Scalar(SyntaxToken token, FileContext file, ConfigOrigin origin)
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
        private static void Assign(RawObject target, string name, RawValue value)
        {
            if (!target.Fields.TryGetValue(name, out var old))
            {
                target.Fields[name] = value;
                return;
            }
            if (value is RawObject newObject)
            {
                if (old is RawObject oldObject)
                {
                    foreach (var field in newObject.Fields)
                        Assign(oldObject, field.Key, field.Value);
                    oldObject.Origin = newObject.Origin;
                    return;
                }
                if (old is RawSubstitution || old is RawConcat || old is RawMerge)
                {
                    target.Fields[name] = new RawMerge(old, newObject);
                    return;
                }
            }
            value.Previous = old;
            target.Fields[name] = value;
        }

        private sealed class FileContext
        {
            public FileContext(HoconSyntaxTree tree, IReadOnlyList<string> includePath, StringTable strings)
            {
                Tree = tree;
                IncludePath = includePath;
                Strings = new FileStrings(tree.Text, strings);
            }

            public FileStrings Strings { get; }

            public HoconSyntaxTree Tree { get; }

            public IReadOnlyList<string> IncludePath { get; }

            public ConfigOrigin Origin(TextSpan keySpan, TextSpan valueSpan) => new ConfigOrigin(Tree.FilePath, Tree.Text, keySpan, valueSpan);
        }
    }
}
