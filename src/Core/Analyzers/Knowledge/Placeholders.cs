namespace ConfigLint.Analyzers.Knowledge
{
    /// <summary>
    /// Build-time placeholders in configuration values, matched by hand rather than by regular expressions: a run on
    /// one file is mostly start-up, and building the regex engine's first pattern costs more than checking the file.
    /// </summary>
    internal static class Placeholders
    {
        /// <summary>The length of a mustache placeholder <c>{{ name }}</c> (any white space inside the braces) at the start of <paramref name="text"/>, or 0.</summary>
        public static int MustacheAt(string text, string name)
        {
            if (!HasAt(text, 0, "{{"))
                return 0;
            var i = SkipWhiteSpace(text, 2);
            if (!HasAt(text, i, name))
                return 0;
            i = SkipWhiteSpace(text, i + name.Length);
            return HasAt(text, i, "}}") ? i + 2 : 0;
        }

        /// <summary>Whether <paramref name="text"/> is exactly the mustache placeholder <c>{{ name }}</c>.</summary>
        public static bool IsMustache(string text, string name) => MustacheAt(text, name) == text.Length && text.Length > 0;

        /// <summary>
        /// The length of a placeholder for EMQX's etc folder at the start of <paramref name="text"/>, or 0:
        /// <c>{{ platform_etc_dir }}</c> in 4.x templates, <c>${EMQX_ETC_DIR}</c> or <c>$EMQX_ETC_DIR</c> in 5.x.
        /// </summary>
        public static int EtcFolderAt(string text)
        {
            var mustache = MustacheAt(text, "platform_etc_dir");
            if (mustache > 0)
                return mustache;
            if (HasAt(text, 0, "${EMQX_ETC_DIR}"))
                return "${EMQX_ETC_DIR}".Length;
            return HasAt(text, 0, "$EMQX_ETC_DIR") ? "$EMQX_ETC_DIR".Length : 0;
        }

        /// <summary>Whether <paramref name="part"/> is written in <paramref name="text"/> at <paramref name="index"/>.</summary>
        public static bool HasAt(string text, int index, string part) =>
            index + part.Length <= text.Length && string.CompareOrdinal(text, index, part, 0, part.Length) == 0;

        private static int SkipWhiteSpace(string text, int index)
        {
            while (index < text.Length && char.IsWhiteSpace(text[index]))
                index++;
            return index;
        }
    }
}
