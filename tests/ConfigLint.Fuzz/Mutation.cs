using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ConfigLint.Fuzz
{
    /// <summary>The kinds of change a <see cref="Mutation"/> makes to a file's bytes.</summary>
    public enum MutationKind
    {
        /// <summary>XORs the byte at the position with <see cref="Mutation.Argument"/> (1 to 255).</summary>
        FlipBits,
        /// <summary>Inserts <see cref="Mutations.StructuralTokens"/>[<see cref="Mutation.Argument"/>].</summary>
        InsertToken,
        /// <summary>Inserts the single byte <see cref="Mutation.Argument"/> (0 to 255).</summary>
        InsertByte,
        /// <summary>Deletes <see cref="Mutation.Length"/> bytes.</summary>
        Delete,
        /// <summary>Copies a slice of <see cref="Mutation.Length"/> bytes to the position <see cref="Mutation.Argument"/>.</summary>
        DuplicateSlice,
        /// <summary>Repeats a slice of <see cref="Mutation.Length"/> bytes <see cref="Mutation.Argument"/> times in place: deep nesting, long keys.</summary>
        RepeatSlice,
        /// <summary>Cuts the file at the position.</summary>
        Truncate,
    }

    /// <summary>
    /// One change to a file. Positions are taken modulo the length of the bytes it is applied to, so any mutation
    /// applies to any file and a list of them can be generated (and shrunk) without knowing the file.
    /// </summary>
    public readonly record struct Mutation(MutationKind Kind, int Position, int Length, int Argument)
    {
        public override string ToString() => Kind switch
        {
            MutationKind.FlipBits => $"flip bits 0x{Argument:X2} at {Position}",
            MutationKind.InsertToken => $"insert {Escape(Mutations.StructuralTokens[Argument % Mutations.StructuralTokens.Count])} at {Position}",
            MutationKind.InsertByte => $"insert byte 0x{Argument:X2} at {Position}",
            MutationKind.Delete => $"delete {Length} at {Position}",
            MutationKind.DuplicateSlice => $"copy {Length} from {Position} to {Argument}",
            MutationKind.RepeatSlice => $"repeat {Length} at {Position} x{Argument}",
            _ => $"truncate at {Position}",
        };

        private static string Escape(byte[] token) =>
            "\"" + string.Concat(token.Select(b => b >= 0x20 && b < 0x7F && b != '"' && b != '\\' ? ((char)b).ToString() : $"\\x{b:X2}")) + "\"";
    }

    /// <summary>Applies and draws mutations.</summary>
    public static class Mutations
    {
        /// <summary>
        /// Text that changes structure in at least one of the formats: brackets, quotes, line ends, NUL, substitutions,
        /// includes (of files the scan's input folder holds), XML markup, Erlang literals, vm.args flags, and bytes
        /// that are not valid UTF-8.
        /// </summary>
        public static IReadOnlyList<byte[]> StructuralTokens { get; } = new[]
        {
            "{", "}", "[", "]", "(", ")", "\"", "\"\"\"", "\"\"\"~\n", "'", "`", "\n", "\r\n", "\r", "\0", " ", "\t",
            "${", "${?", "${a.b}", "$", "include ", "include \"extra.hocon\"\n", "include required(\"extra.hocon\")\n",
            "include \"emqx.conf\"\n", "include \"../node2/emqx.conf\"\n", "include \"base.hocon\"\n", ":", "=", ",",
            ".", "..", "#", "//", "\\", "\\u", "\\u12", "a.b.c", "node.name = ", "node.cookie = ",
            "<", ">", "</", "/>", "<![CDATA[", "]]>", "&", "&amp;", "&#0;", "&#xD800;", "<!--", "-->", "<!DOCTYPE root>",
            "<?xml version=\"1.0\" encoding=\"SJIS\"?>", "<?xml version=\"1.0\" encoding=\"ASCII\"?>", "<root>", "</root>",
            "<<", ">>", "#{", "=>", "|", "16#", "36#z", "1e", "2.5e308", "$\\", "fun ", "-", "+", "~",
            "{{", "}}", "-args_file ", "-setcookie ", "-name ", "+P ", "-kernel ",
            "\u00A0", "\u2028", "\uFEFF", "\u00E9", "\u65E5\u672C",
        }.Select(Encoding.UTF8.GetBytes).Concat(new[]
        {
            new byte[] { 0xFF }, new byte[] { 0xC3 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0x82, 0xA0 },
        }).ToArray();

        /// <summary>The bytes after every mutation in order; the input is not changed.</summary>
        public static byte[] Apply(byte[] input, IEnumerable<Mutation> mutations)
        {
            var bytes = new List<byte>(input);
            foreach (var mutation in mutations)
                Apply(bytes, mutation);
            return bytes.ToArray();
        }

        private static void Apply(List<byte> bytes, Mutation m)
        {
            var position = Modulo(m.Position, bytes.Count + 1);
            var length = Math.Min(Math.Max(m.Length, 1), bytes.Count - position);
            switch (m.Kind)
            {
                case MutationKind.FlipBits when position < bytes.Count:
                    bytes[position] ^= (byte)Math.Max(1, m.Argument & 0xFF);
                    break;
                case MutationKind.InsertToken:
                    bytes.InsertRange(position, StructuralTokens[Modulo(m.Argument, StructuralTokens.Count)]);
                    break;
                case MutationKind.InsertByte:
                    bytes.Insert(position, (byte)m.Argument);
                    break;
                case MutationKind.Delete when length > 0:
                    bytes.RemoveRange(position, length);
                    break;
                case MutationKind.DuplicateSlice when length > 0:
                    bytes.InsertRange(Modulo(m.Argument, bytes.Count + 1), bytes.GetRange(position, length));
                    break;
                case MutationKind.RepeatSlice when length > 0:
                    var slice = bytes.GetRange(position, length);
                    var repeated = new byte[slice.Count * Math.Max(m.Argument - 1, 0)];
                    for (var i = 0; i < repeated.Length; i++)
                        repeated[i] = slice[i % slice.Count];
                    bytes.InsertRange(position, repeated);
                    break;
                case MutationKind.Truncate:
                    bytes.RemoveRange(position, bytes.Count - position);
                    break;
            }
        }

        private static int Modulo(int value, int count) => (int)((uint)value % (uint)count);

        /// <summary>
        /// One to eight mutations, mostly small; a repeat runs up to <paramref name="maxRepeat"/> times (tens of
        /// thousands find recursion that only deep nesting reaches, a few hundred keep a quick pass quick).
        /// </summary>
        public static Mutation[] Draw(Random random, int maxRepeat)
        {
            var count = 1 + (int)Math.Min(7, -Math.Log(1 - random.NextDouble()) * 1.5);
            var mutations = new Mutation[count];
            for (var i = 0; i < count; i++)
                mutations[i] = DrawOne(random, maxRepeat);
            return mutations;
        }

        private static Mutation DrawOne(Random random, int maxRepeat)
        {
            var kind = (MutationKind)random.Next(Enum.GetValues<MutationKind>().Length);
            var position = random.Next();
            return kind switch
            {
                MutationKind.FlipBits => new Mutation(kind, position, 1, 1 << random.Next(8)),
                MutationKind.InsertToken => new Mutation(kind, position, 0, random.Next(StructuralTokens.Count)),
                MutationKind.InsertByte => new Mutation(kind, position, 0, random.Next(256)),
                MutationKind.Delete => new Mutation(kind, position, 1 + random.Next(random.Next(2) == 0 ? 4 : 256), 0),
                MutationKind.DuplicateSlice => new Mutation(kind, position, 1 + random.Next(512), random.Next()),
                // Log-uniform counts: as many deep repeats as shallow ones.
                MutationKind.RepeatSlice => new Mutation(kind, position, 1 + random.Next(8), 2 + (int)Math.Pow(maxRepeat, random.NextDouble())),
                _ => new Mutation(kind, position, 0, 0),
            };
        }
    }
}
