using System;
using System.Collections.Generic;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ClpConf;
using ConfigLint.Parsers.Cuttlefish;
using ConfigLint.Parsers.ErlangTerms;
using ConfigLint.Parsers.Hocon;
using ConfigLint.Parsers.VmArgs;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Fuzz
{
    /// <summary>A parse result broke a promise its parser makes for any input; the message names the promise, never the input.</summary>
    public sealed class InvariantViolationException : Exception
    {
        public InvariantViolationException(string invariant) : base(invariant)
        {
        }
    }

    /// <summary>
    /// What every parse result must satisfy whatever the input: each error and each reported span inside the file's text,
    /// so every finding can be located. The fuzz driver and the property tests check the same things.
    /// </summary>
    internal static class Invariants
    {
        public static void Hocon(HoconSyntaxTree tree)
        {
            Errors(tree.Errors, tree.Text);
            var position = 0;
            foreach (var token in tree.Tokens)
            {
                Require(token.Span.Start == position, "HOCON tokens and trivia are contiguous");
                position = token.Span.End;
            }
            Require(position == tree.Text.Length, "HOCON tokens and trivia cover the whole text");
        }

        /// <summary>A file loaded alone: its errors, and the origin of every resolved value, inside its text.</summary>
        public static void Resolution(HoconResolution resolution, SourceText text)
        {
            Errors(resolution.Errors, text);
            if (resolution.Root == null)
                return;
            var pending = new Stack<ConfigValue>();
            pending.Push(resolution.Root);
            while (pending.Count > 0)
            {
                var value = pending.Pop();
                Require(ReferenceEquals(value.Origin.Text, text), "a resolved value's origin is the loaded text");
                Inside(value.Origin.KeySpan, text, "resolved key span inside the text");
                Inside(value.Origin.ValueSpan, text, "resolved value span inside the text");
                var children = value switch
                {
                    ConfigObject obj => (IEnumerable<ConfigValue>)obj.Fields.Values,
                    ConfigArray array => array.Items,
                    _ => Array.Empty<ConfigValue>(),
                };
                foreach (var child in children)
                    pending.Push(child);
            }
        }

        public static void Cuttlefish(CuttlefishDocument document)
        {
            var text = document.File.Text;
            Errors(document.Errors, text);
            foreach (var entry in document.Entries)
            {
                Inside(entry.KeySpan, text, "4.x key span inside the text");
                Inside(entry.ValueSpan, text, "4.x value span inside the text");
                Require(text.ToString(entry.KeySpan) == entry.Key, "4.x key span holds the key");
            }
        }

        public static void VmArgs(VmArgsDocument document)
        {
            var text = document.File.Text;
            Errors(document.Errors, text);
            foreach (var flag in document.Flags)
            {
                Inside(flag.Name.Span, text, "vm.args flag span inside the text");
                foreach (var value in flag.Values)
                    Inside(value.Span, text, "vm.args value span inside the text");
            }
        }

        public static void ErlangTerms(ErlangTermDocument document)
        {
            var text = document.File.Text;
            Errors(document.Errors, text);
            var pending = new Stack<ErlangTerm>(document.Terms);
            while (pending.Count > 0)
            {
                var term = pending.Pop();
                Inside(term.Span, text, "Erlang term span inside the text");
                switch (term)
                {
                    case ErlangTuple tuple:
                        foreach (var element in tuple.Elements)
                            pending.Push(element);
                        break;
                    case ErlangList list:
                        foreach (var element in list.Elements)
                            pending.Push(element);
                        if (list.Tail != null)
                            pending.Push(list.Tail);
                        break;
                    case ErlangMap map:
                        foreach (var entry in map.Entries)
                        {
                            pending.Push(entry.Key);
                            pending.Push(entry.Value);
                        }
                        break;
                }
            }
        }

        /// <summary>Walks the tree with a stack of its own, so the check does not add recursion the parser does not have.</summary>
        internal static void ClpConf(ClpConfDocument document)
        {
            var text = document.File.Text;
            Errors(document.Errors, text);
            if (document.Root == null)
                return;
            var pending = new Stack<ClpElement>();
            pending.Push(document.Root);
            while (pending.Count > 0)
            {
                var element = pending.Pop();
                Inside(element.NameSpan, text, "clp.conf element name span inside the text");
                Require(text.ToString(element.NameSpan) == element.Name, "clp.conf element name span holds the name");
                if (element.ValueSpan is { } valueSpan)
                    Inside(valueSpan, text, "clp.conf value span inside the text");
                foreach (var child in element.Children)
                    pending.Push(child);
            }
        }

        /// <summary>Every error belongs to the text that was parsed and points inside it.</summary>
        public static void Errors(IEnumerable<ParseError> errors, SourceText text)
        {
            foreach (var error in errors)
            {
                Require(ReferenceEquals(error.Text, text), "a parse error carries the parsed text");
                Inside(error.Span, text, "parse error span inside the text");
            }
        }

        private static void Inside(TextSpan span, SourceText text, string invariant) =>
            Require(span.Start >= 0 && span.End <= text.Length, invariant);

        private static void Require(bool condition, string invariant)
        {
            if (!condition)
                throw new InvariantViolationException(invariant);
        }
    }
}
