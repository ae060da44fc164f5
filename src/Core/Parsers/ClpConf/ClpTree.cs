using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Parsers.ClpConf
{
    /// <summary>
    /// A clp.conf's elements as flat records: for each, in document order, its name, where its name and value are,
    /// its first child and next sibling, and its attributes. A large file has a few hundred thousand elements; as
    /// records without references they cost the garbage collector nothing to keep, and a <see cref="ClpElement"/>
    /// is made only for the elements a rule reaches, when it reaches them.
    /// </summary>
    internal sealed class ClpTree
    {
        private const int None = -1;

        private readonly string _content;
        private ElementRecord[] _elements;
        private AttributeRecord[] _attributes;
        private int _elementCount;
        private int _attributeCount;
        // Values and attribute values that are not the text as written (references expanded, line ends made LF).
        private Dictionary<int, string>? _elementValues;
        private Dictionary<int, string>? _attributeValues;

        /// <param name="content">The decoded file, which spans index into.</param>
        public ClpTree(string content)
        {
            _content = content;
            // Sized once, to the number of start tags: no element is without one. Left unzeroed: each record is written
            // whole when added.
            var elements = Math.Max(16, StartTags(content));
#if NET
            _elements = GC.AllocateUninitializedArray<ElementRecord>(elements);
#else
            _elements = new ElementRecord[elements];
#endif
            _attributes = new AttributeRecord[Math.Max(16, elements / 4)];
        }

        /// <summary>How many '&lt;' do not start an end tag.</summary>
        private static int StartTags(string content)
        {
#if NET
            var text = content.AsSpan();
            return text.Count('<') - text.Count("</".AsSpan());
#else
            var count = 0;
            for (var i = 0; i < content.Length; i++)
            {
                if (content[i] == '<' && (i + 1 == content.Length || content[i + 1] != '/'))
                    count++;
            }
            return count;
#endif
        }

        /// <summary>Element and attribute names, each once.</summary>
        public ClpNameTable Names { get; } = new();

        /// <summary>The document element, made anew on each call (a document keeps the one it makes), or null when there is none.</summary>
        public ClpElement? CreateRoot() => _elementCount == 0 ? null : new ClpElement(this, 0, null);

        /// <summary>Adds an element after every element added so far, as the last child of <paramref name="parent"/> (or as the root).</summary>
        public int AddElement(int parent, int nameId, int nameStart)
        {
            var index = _elementCount++;
            _elements[index] = new ElementRecord
            {
                NameId = nameId,
                NameStart = nameStart,
                ValueLength = None,
                FirstChild = None,
                NextSibling = None,
                LastChild = None,
                AttributeStart = _attributeCount,
            };
            if (parent != None)
            {
                ref var parentRecord = ref _elements[parent];
                if (parentRecord.LastChild == None)
                    parentRecord.FirstChild = index;
                else
                    _elements[parentRecord.LastChild].NextSibling = index;
                parentRecord.LastChild = index;
            }
            return index;
        }

        /// <summary>Adds an attribute to the element added last: its value is the text at the span, or <paramref name="value"/> when given.</summary>
        public void AddAttribute(int nameId, int valueStart, int valueLength, string? value)
        {
            if (_attributeCount == _attributes.Length)
                Array.Resize(ref _attributes, Math.Max(16, _attributes.Length * 2));
            if (value != null)
                (_attributeValues ??= new Dictionary<int, string>())[_attributeCount] = value;
            _attributes[_attributeCount++] = new AttributeRecord { NameId = nameId, ValueStart = valueStart, ValueLength = valueLength };
        }

        /// <summary>Whether the element added last already has an attribute of this name.</summary>
        public bool HasAttribute(int nameId)
        {
            for (var i = _elements[_elementCount - 1].AttributeStart; i < _attributeCount; i++)
            {
                if (_attributes[i].NameId == nameId)
                    return true;
            }
            return false;
        }

        /// <summary>Gives an element without child elements its value: the text at <paramref name="span"/>, or <paramref name="value"/> when given.</summary>
        public void SetValue(int element, TextSpan span, string? value)
        {
            ref var record = ref _elements[element];
            record.ValueStart = span.Start;
            record.ValueLength = span.Length;
            if (value != null)
                (_elementValues ??= new Dictionary<int, string>())[element] = value;
        }

        internal string NameOf(int element) => Names[_elements[element].NameId];

        internal int NameStartOf(int element) => _elements[element].NameStart;

        internal TextSpan? ValueSpanOf(int element)
        {
            ref var record = ref _elements[element];
            return record.ValueLength == None ? null : new TextSpan(record.ValueStart, record.ValueLength);
        }

        internal string? ValueOf(int element)
        {
            ref var record = ref _elements[element];
            if (record.ValueLength == None)
                return null;
            if (_elementValues != null && _elementValues.TryGetValue(element, out var value))
                return value;
            return _content.Substring(record.ValueStart, record.ValueLength);
        }

        internal ClpElement[] ChildrenOf(int element, ClpElement parent)
        {
            var count = 0;
            for (var child = _elements[element].FirstChild; child != None; child = _elements[child].NextSibling)
                count++;
            if (count == 0)
                return ClpElement.NoChildren;
            var children = new ClpElement[count];
            var i = 0;
            for (var child = _elements[element].FirstChild; child != None; child = _elements[child].NextSibling)
                children[i++] = new ClpElement(this, child, parent);
            return children;
        }

        internal ClpAttributes AttributesOf(int element)
        {
            var start = _elements[element].AttributeStart;
            var end = element + 1 < _elementCount ? _elements[element + 1].AttributeStart : _attributeCount;
            if (start == end)
                return ClpAttributes.None;
            var pairs = new KeyValuePair<string, string>[end - start];
            for (var i = start; i < end; i++)
            {
                ref var attribute = ref _attributes[i];
                var value = _attributeValues != null && _attributeValues.TryGetValue(i, out var given)
                    ? given
                    : _content.Substring(attribute.ValueStart, attribute.ValueLength);
                pairs[i - start] = new KeyValuePair<string, string>(Names[attribute.NameId], value);
            }
            return new ClpAttributes(pairs);
        }

        private struct ElementRecord
        {
            public int NameId;
            public int NameStart;
            public int ValueStart;
            // None for an element with child elements, which has no value.
            public int ValueLength;
            public int FirstChild;
            public int NextSibling;
            // Only while reading: where the next child is linked.
            public int LastChild;
            // Its attributes run to the next element's AttributeStart.
            public int AttributeStart;
        }

        private struct AttributeRecord
        {
            public int NameId;
            public int ValueStart;
            public int ValueLength;
        }
    }

    /// <summary>One string and one number per distinct name: a large file has a few dozen names over a hundred thousand elements.</summary>
    internal sealed class ClpNameTable
    {
        private readonly List<string> _names = new();
        // Open addressing: each slot holds a name's number + 1, or 0 when free.
        private int[] _slots = new int[256];

        public string this[int id] => _names[id];

        /// <summary>The number of the name at <paramref name="start"/> in <paramref name="text"/>, added if new.</summary>
        public int Id(string text, int start, int length)
        {
            var mask = _slots.Length - 1;
            for (var slot = Hash(text, start, length) & mask; ; slot = (slot + 1) & mask)
            {
                var id = _slots[slot] - 1;
                if (id < 0)
                    return Add(text.Substring(start, length), slot);
                var name = _names[id];
                if (name.Length == length && string.CompareOrdinal(text, start, name, 0, length) == 0)
                    return id;
            }
        }

        public int Id(string name) => Id(name, 0, name.Length);

        private int Add(string name, int freeSlot)
        {
            _names.Add(name);
            _slots[freeSlot] = _names.Count;
            if (_names.Count * 2 > _slots.Length)
            {
                _slots = new int[_slots.Length * 2];
                for (var id = 0; id < _names.Count; id++)
                    Place(id);
            }
            return _names.Count - 1;
        }

        private void Place(int id)
        {
            var mask = _slots.Length - 1;
            var name = _names[id];
            var slot = Hash(name, 0, name.Length) & mask;
            while (_slots[slot] != 0)
                slot = (slot + 1) & mask;
            _slots[slot] = id + 1;
        }

        private static int Hash(string text, int start, int length)
        {
            var hash = length;
            for (var i = start; i < start + length; i++)
                hash = hash * 31 + text[i];
            return hash & int.MaxValue;
        }
    }
}
