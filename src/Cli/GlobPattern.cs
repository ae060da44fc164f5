namespace ConfigLint.Cli
{
    /// <summary>
    /// A gitignore-style glob matched against a '/'-separated relative path, with git's wildmatch rules:
    /// <c>*</c> and <c>?</c> never cross a '/', <c>[...]</c> is a character class (<c>!</c> or <c>^</c> negates),
    /// <c>\</c> escapes, and <c>**</c> spans folders only as a whole segment (<c>**/x</c>, <c>x/**</c>, <c>a/**/b</c>);
    /// anywhere else it acts like <c>*</c>. Matching is case-sensitive, as git is on Linux.
    /// </summary>
    internal sealed class GlobPattern
    {
        private readonly string pattern;

        public GlobPattern(string pattern) => this.pattern = pattern;

        public bool IsMatch(string path) => Match(0, path, 0);

        public override string ToString() => pattern;

        private bool Match(int p, string text, int t)
        {
            while (p < pattern.Length)
            {
                char c = pattern[p];
                switch (c)
                {
                    case '*':
                        return MatchStar(p, text, t);
                    case '?':
                        if (t == text.Length || text[t] == '/')
                            return false;
                        p++;
                        t++;
                        break;
                    case '[':
                        if (t == text.Length || text[t] == '/' || !MatchClass(ref p, text[t]))
                            return false;
                        t++;
                        break;
                    default:
                        if (c == '\\' && p + 1 < pattern.Length)
                            c = pattern[++p];
                        if (t == text.Length || text[t] != c)
                            return false;
                        p++;
                        t++;
                        break;
                }
            }
            return t == text.Length;
        }

        private bool MatchStar(int p, string text, int t)
        {
            int start = p;
            while (p < pattern.Length && pattern[p] == '*')
                p++;
            bool wholeSegmentDoubleStar = p - start >= 2
                && (start == 0 || pattern[start - 1] == '/')
                && (p == pattern.Length || pattern[p] == '/');

            if (wholeSegmentDoubleStar)
            {
                if (p == pattern.Length)
                    return true;
                // "**/" stands for zero or more whole folders: try the rest at every segment start.
                int rest = p + 1;
                for (int k = t; ; k++)
                {
                    if ((k == t || text[k - 1] == '/') && Match(rest, text, k))
                        return true;
                    if (k == text.Length)
                        return false;
                }
            }

            for (int k = t; ; k++)
            {
                if (Match(p, text, k))
                    return true;
                if (k == text.Length || text[k] == '/')
                    return false;
            }
        }

        /// <summary>
        /// Matches one character against the class starting at <paramref name="p"/> and moves past it.
        /// An unterminated '[' is an ordinary character, as in git.
        /// </summary>
        private bool MatchClass(ref int p, char ch)
        {
            int i = p + 1;
            bool negated = i < pattern.Length && (pattern[i] == '!' || pattern[i] == '^');
            if (negated)
                i++;
            bool matched = false;
            bool first = true;
            while (i < pattern.Length && (pattern[i] != ']' || first))
            {
                first = false;
                char low = pattern[i];
                if (low == '\\' && i + 1 < pattern.Length)
                    low = pattern[++i];
                char high = low;
                if (i + 2 < pattern.Length && pattern[i + 1] == '-' && pattern[i + 2] != ']')
                {
                    i += 2;
                    high = pattern[i];
                    if (high == '\\' && i + 1 < pattern.Length)
                        high = pattern[++i];
                }
                matched |= ch >= low && ch <= high;
                i++;
            }
            if (i >= pattern.Length)
            {
                p++;
                return ch == '[';
            }
            p = i + 1;
            return matched != negated;
        }
    }
}
