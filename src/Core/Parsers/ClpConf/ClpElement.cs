using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.ClpConf
{
    /// <summary>
    /// One element of a clp.conf tree, with where its name and its text value are in the decoded file. Made from the
    /// <see cref="ClpTree"/> when first reached; its children, attributes and value when first read.
    /// </summary>
    internal sealed class ClpElement
    {
        // A dictionary by name only for an element with many children: rules look a setting up beside every
        // credential, so such an element is not scanned once per child.
        private const int ChildrenScannedByName = 8;

        internal static readonly ClpElement[] NoChildren = new ClpElement[0];

        private readonly ClpTree _tree;
        private readonly int _index;
        private ClpElement[]? _children;
        private IReadOnlyDictionary<string, string>? _attributes;
        private string? _value;
        private Dictionary<string, ClpElement>? _firstChildByName;

        internal ClpElement(ClpTree tree, int index, ClpElement? parent)
        {
            _tree = tree;
            _index = index;
            Parent = parent;
            Name = tree.NameOf(index);
        }

        public string Name { get; }

        public ClpElement? Parent { get; }

        /// <summary>The element name in its start tag (<c>webmgr</c> in <c>&lt;webmgr&gt;</c>).</summary>
        public TextSpan NameSpan => new(_tree.NameStartOf(_index), Name.Length);

        public IReadOnlyDictionary<string, string> Attributes => _attributes ??= _tree.AttributesOf(_index);

        public IReadOnlyList<ClpElement> Children => ChildArray;

        /// <summary>The text of an element without child elements (entities expanded), or null when it has children.</summary>
        public string? Value => _value ??= _tree.ValueOf(_index);

        /// <summary>Where the text is in the file, as written (empty, right after the start tag, for an empty element).</summary>
        public TextSpan? ValueSpan => _tree.ValueSpanOf(_index);

        /// <summary>The span a finding about this element's value points at: the text, or the name when there is none.</summary>
        public TextSpan ReportSpan => ValueSpan is { IsEmpty: false } span ? span : NameSpan;

        /// <summary>The value without surrounding white space; empty for an element with children.</summary>
        public string TrimmedValue => Value?.Trim() ?? "";

        /// <summary>
        /// The path in NEC's own notation (as clpcfset takes it): <c>root/resource/appli@appli1/parameters/actpassword</c>,
        /// an element's <c>name</c> (or <c>id</c>) attribute after an <c>@</c>.
        /// </summary>
        public string Path
        {
            get
            {
                var keys = new List<string>();
                for (var e = this; e != null; e = e.Parent)
                    keys.Add(e.PathKey);
                keys.Reverse();
                return string.Join("/", keys);
            }
        }

        private string PathKey => Attributes.TryGetValue("name", out var name) || Attributes.TryGetValue("id", out name) ? Name + "@" + name : Name;

        /// <summary>The first child element with this name, or null.</summary>
        public ClpElement? Child(string name)
        {
            var children = ChildArray;
            if (children.Length > ChildrenScannedByName)
            {
                _firstChildByName ??= FirstChildByName(children);
                return _firstChildByName.TryGetValue(name, out var child) ? child : null;
            }
            foreach (var child in children)
            {
                if (child.Name == name)
                    return child;
            }
            return null;
        }

        public IEnumerable<ClpElement> ChildrenNamed(string name) => Children.Where(c => c.Name == name);

        /// <summary>The element at a slash-separated path of child names below this one, or null.</summary>
        public ClpElement? Find(string relativePath)
        {
            var current = this;
            foreach (var segment in relativePath.Split('/'))
            {
                current = current.Child(segment);
                if (current == null)
                    return null;
            }
            return current;
        }

        /// <summary>The deepest element along a path that exists: the element itself, or the parent a missing setting belongs in.</summary>
        public ClpElement NearestExisting(string relativePath)
        {
            var current = this;
            foreach (var segment in relativePath.Split('/'))
            {
                var next = current.Child(segment);
                if (next == null)
                    return current;
                current = next;
            }
            return current;
        }

        /// <summary>Every element below this one, in document order.</summary>
        public IEnumerable<ClpElement> Descendants()
        {
            // An explicit stack of child positions: nested iterators would cost the depth for every element.
            var pending = new Stack<(ClpElement Parent, int Next)>();
            pending.Push((this, 0));
            while (pending.Count > 0)
            {
                var (parent, next) = pending.Pop();
                var children = parent.ChildArray;
                if (next == children.Length)
                    continue;
                pending.Push((parent, next + 1));
                var child = children[next];
                yield return child;
                pending.Push((child, 0));
            }
        }

        private ClpElement[] ChildArray => _children ??= _tree.ChildrenOf(_index, this);

        private static Dictionary<string, ClpElement> FirstChildByName(ClpElement[] children)
        {
            var firstChildByName = new Dictionary<string, ClpElement>(StringComparer.Ordinal);
            foreach (var child in children)
            {
                if (!firstChildByName.ContainsKey(child.Name))
                    firstChildByName.Add(child.Name, child);
            }
            return firstChildByName;
        }
    }
}
