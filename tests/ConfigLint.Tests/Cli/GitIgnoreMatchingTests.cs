using ConfigLint.Cli;
using Xunit;

namespace ConfigLint.Tests.Cli
{
    public class GitIgnoreMatchingTests
    {
        private const string Base = "/repo";

        /// <summary>
        /// <paramref name="gitignore"/> is a .gitignore's text in /repo ('\n' between lines); the expected decision is
        /// true (ignored), false (re-included by '!') or null (no pattern matches).
        /// </summary>
        [Theory]
        // a pattern without '/' matches a name at any depth
        [InlineData("*.log", "a.log", false, true)]
        [InlineData("*.log", "sub/dir/a.log", false, true)]
        [InlineData("*.log", "a.log.txt", false, null)]
        [InlineData("build", "src/build", true, true)]
        // a leading or middle '/' anchors the pattern to the .gitignore's folder
        [InlineData("/build", "build", true, true)]
        [InlineData("/build", "src/build", true, null)]
        [InlineData("doc/frotz", "doc/frotz", false, true)]
        [InlineData("doc/frotz", "a/doc/frotz", false, null)]
        // a trailing '/' matches folders only
        [InlineData("build/", "build", true, true)]
        [InlineData("build/", "src/build", true, true)]
        [InlineData("build/", "build", false, null)]
        // * and ? never cross a '/'
        [InlineData("x/a*b", "x/a/b", false, null)]
        [InlineData("x/a*b", "x/a-middle-b", false, true)]
        [InlineData("?.conf", "a.conf", false, true)]
        [InlineData("?.conf", "ab.conf", false, null)]
        // character classes
        [InlineData("[ab].conf", "a.conf", false, true)]
        [InlineData("[ab].conf", "c.conf", false, null)]
        [InlineData("[!ab].conf", "c.conf", false, true)]
        [InlineData("[^ab].conf", "a.conf", false, null)]
        [InlineData("[a-c]x", "bx", false, true)]
        [InlineData("[a-c]x", "dx", false, null)]
        [InlineData("[]]x", "]x", false, true)]
        [InlineData("[x", "[x", false, true)]
        // ** as a whole segment spans folders; elsewhere it is a plain *
        [InlineData("**/foo", "foo", false, true)]
        [InlineData("**/foo", "a/b/foo", false, true)]
        [InlineData("**/foo/bar", "x/y/foo/bar", false, true)]
        [InlineData("abc/**", "abc/x/y", false, true)]
        [InlineData("abc/**", "abc", true, null)]
        [InlineData("a/**/b", "a/b", false, true)]
        [InlineData("a/**/b", "a/x/y/b", false, true)]
        [InlineData("a/**/b", "a/xb", false, null)]
        [InlineData("x/a**b", "x/a/b", false, null)]
        [InlineData("x/a**b", "x/aqqb", false, true)]
        // negation: the last matching line wins
        [InlineData("*.conf\n!keep.conf", "keep.conf", false, false)]
        [InlineData("*.conf\n!keep.conf", "other.conf", false, true)]
        [InlineData("!keep.conf\n*.conf", "keep.conf", false, true)]
        // comments, blank lines, escapes and trailing spaces
        [InlineData("# just a comment\n\n", "# just a comment", false, null)]
        [InlineData("\\#hash", "#hash", false, true)]
        [InlineData("\\!bang", "!bang", false, true)]
        [InlineData("trailing   ", "trailing", false, true)]
        [InlineData("kept\\ ", "kept ", false, true)]
        [InlineData("a\\*b", "a*b", false, true)]
        [InlineData("a\\*b", "axb", false, null)]
        public void Decides_like_git(string gitignore, string relativePath, bool isDirectory, bool? expected)
        {
            var rules = new IgnoreRules(Base, gitignore.Split('\n'));

            Assert.Equal(expected, rules.Decide(Base + "/" + relativePath, isDirectory));
        }

        [Theory]
        [InlineData("**", "a/b/c", true)]
        [InlineData("*", "a/b", false)]
        [InlineData("a/*", "a/b", true)]
        [InlineData("", "", true)]
        public void Glob_matches_whole_paths(string pattern, string path, bool expected) =>
            Assert.Equal(expected, new GlobPattern(pattern).IsMatch(path));
    }
}
