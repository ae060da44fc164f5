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

        public RawTreeBuilder(IncludeReader includes, List<ParseError> errors)
        {
            _includes = includes;
            _errors = errors;
        }

        /// <summary>Adds a file's fields to <paramref name="target"/>; <paramref name="includePath"/> is where the file was included (empty for a top-level file).</summary>
        public void AddFile(RawObject target, HoconSyntaxTree tree, IReadOnlyList<string> includePath)
        {
            var context = new FileContext(tree, includePath);
            AddMembers(target, tree.Root, context, includePath);
        }

        private void AddMembers(RawObject target, ObjectNode node, FileContext file, IReadOnlyList<string> objectPath)
        {
            foreach (var member in node.Members)
            {
                if (member is IncludeNode include)
                {
                    var included = _includes.Read(file.Tree, include);
                    if (included != null)
                    {
                        AddFile(target, included, objectPath);
                        _includes.Leave(included);
                    }
                    continue;
                }
                var field = (FieldNode)member;
                var key = field.Key;
                var names = new string[key.Segments.Length];
                for (var i = 0; i < names.Length; i++)
                    names[i] = TokenValues.SegmentName(file.Tree.Text, key.Token, key.Segments[i]);
                if (names.Length == 0)
                    continue;
                var fieldPath = Concat(objectPath, names);
                // Each file's parser bounds its own nesting; an include inside a deep object adds to it.
                if (fieldPath.Count > NestingLimit.MaxDepth)
                {
                    _errors.Add(NestingLimit.TooDeep(file.Tree.FilePath, file.Tree.Text, key.Token.Span));
                    continue;
                }
                var value = BuildValue(field.Value, file, key.Segments[names.Length - 1], fieldPath, isArrayElement: false);
                // a.b.c = v is a { b { c = v } }: each segment opens an object whose origin is that segment.
                for (var i = names.Length - 1; i > 0; i--)
                {
                    var wrapper = new RawObject(file.Origin(key.Segments[i - 1], field.Value.Span));
                    Assign(wrapper, names[i], value);
                    value = wrapper;
                }
                Assign(target, names[0], value);
            }
        }

        private RawValue BuildValue(ValueNode node, FileContext file, TextSpan keySpan, IReadOnlyList<string> path, bool isArrayElement)
        {
            var origin = file.Origin(isArrayElement ? node.Span : keySpan, node.Span);
            switch (node)
            {
                case ObjectNode obj:
                    var rawObject = new RawObject(origin);
                    AddMembers(rawObject, obj, file, path);
                    return rawObject;
                case ArrayNode array:
                    var items = new List<RawValue>(array.Elements.Length);
                    foreach (var element in array.Elements)
                        items.Add(BuildValue(element, file, element.Span, path, isArrayElement: true));
                    return new RawArray(items, origin);
                case SubstitutionNode substitution:
                    var target = new List<string>(file.IncludePath);
                    target.AddRange(TokenValues.SubstitutionPath(file.Tree.Text, substitution));
                    return new RawSubstitution(target, substitution.IsOptional, file.Origin(substitution.Span, substitution.Span));
                case ConcatNode concat:
                    var parts = new List<RawValue>(concat.Parts.Length);
                    foreach (var part in concat.Parts)
                        parts.Add(BuildValue(part, file, keySpan, path, isArrayElement));
                    return new RawConcat(parts, origin);
                default:
                    return new RawScalar(Scalar(((ScalarNode)node).Token, file.Tree.Text, origin));
            }
        }

        private static ConfigScalar Scalar(SyntaxToken token, SourceText text, ConfigOrigin origin)
        {
            switch (token.Kind)
            {
                case SyntaxKind.Integer: return new ConfigScalar(ConfigValueKind.Integer, text.ToString(token.Span), origin);
                case SyntaxKind.Float: return new ConfigScalar(ConfigValueKind.Float, text.ToString(token.Span), origin);
                case SyntaxKind.True: return new ConfigScalar(ConfigValueKind.Boolean, "true", origin);
                case SyntaxKind.False: return new ConfigScalar(ConfigValueKind.Boolean, "false", origin);
                case SyntaxKind.Null: return new ConfigScalar(ConfigValueKind.Null, "null", origin);
                default: return new ConfigScalar(ConfigValueKind.String, TokenValues.StringValue(text, token), origin);
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

        private static IReadOnlyList<string> Concat(IReadOnlyList<string> path, string[] names)
        {
            var result = new List<string>(path.Count + names.Length);
            result.AddRange(path);
            result.AddRange(names);
            return result;
        }

        private sealed class FileContext
        {
            public FileContext(HoconSyntaxTree tree, IReadOnlyList<string> includePath)
            {
                Tree = tree;
                IncludePath = includePath;
            }

            public HoconSyntaxTree Tree { get; }

            public IReadOnlyList<string> IncludePath { get; }

            public ConfigOrigin Origin(TextSpan keySpan, TextSpan valueSpan) => new ConfigOrigin(Tree.FilePath, Tree.Text, keySpan, valueSpan);
        }
    }
}
