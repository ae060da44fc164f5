using System.Linq;
using System.Text;
using ConfigLint.Parsers;
using ConfigLint.Parsers.VmArgs;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Parsers
{
    public class VmArgsParserTests
    {
        private static VmArgsDocument Parse(string text) => VmArgsParser.Parse(new SourceFile("/x/vm.args", SourceText.From(text)));

        /// <summary>Parses the UTF-8 bytes of <paramref name="text"/> after a byte-order mark, as a file on disk is read.</summary>
        private static VmArgsDocument ParseAfterByteOrderMark(string text) =>
            VmArgsParser.Parse(SourceFile.DecodeUtf8("/x/vm.args", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray()));

        [Fact]
        public void Flags_take_the_words_after_them_on_their_line()
        {
            var doc = Parse("## comment\n-name emqx@10.0.0.1\n-kernel inet_dist_listen_min 6369 inet_dist_listen_max 6369\n+Bd -noinput\n-setcookie abc # trailing comment\n");
            Assert.Empty(doc.Errors);
            Assert.Equal(new[] { "-name", "-kernel", "+Bd", "-noinput", "-setcookie" }, doc.Flags.Select(f => f.Name.Text));
            Assert.Equal(new[] { "inet_dist_listen_min", "6369", "inet_dist_listen_max", "6369" }, doc.Flags[1].Values.Select(v => v.Text));
            Assert.Empty(doc.Flags[2].Values);
            var cookie = doc.Flags[4].Values.Single();
            Assert.Equal("abc", cookie.Text);
            Assert.Equal(new LinePosition(4, 11), doc.File.Text.Lines.GetLinePosition(cookie.Span.Start));
        }

        [Fact]
        public void Quotes_and_placeholders_make_one_word()
        {
            var doc = Parse("-pa \"{{ platform_data_dir }}/patches\"\n-env ERL_CRASH_DUMP {{ platform_log_dir }}/crash.dump\n{{node_name}}\n");
            Assert.Empty(doc.Errors);
            Assert.Equal("{{ platform_data_dir }}/patches", doc.Flags[0].Values.Single().Text);
            Assert.Equal(new TextSpan(4, 33), doc.Flags[0].Values.Single().Span);
            Assert.Equal(new[] { "ERL_CRASH_DUMP", "{{ platform_log_dir }}/crash.dump" }, doc.Flags[1].Values.Select(v => v.Text));
            Assert.Equal("{{node_name}}", doc.Flags[2].Name.Text);
        }

        [Fact]
        public void Eex_placeholders_make_one_word_wherever_they_start()
        {
            var doc = Parse("-name <%= release_name %>@127.0.0.1\n-setcookie <%= release.profile.cookie %>\n-name app@<%= host %>\n<%= if @tls do %>\n");
            Assert.Empty(doc.Errors);
            Assert.Equal("<%= release_name %>@127.0.0.1", doc.Flags[0].Values.Single().Text);
            Assert.Equal("<%= release.profile.cookie %>", doc.Flags[1].Values.Single().Text);
            Assert.Equal(new TextSpan(47, 29), doc.Flags[1].Values.Single().Span);
            Assert.Equal("app@<%= host %>", doc.Flags[2].Values.Single().Text);
            // A line of EEx code stands for what the template renders, like a {{ … }} line.
            Assert.Equal("<%= if @tls do %>", doc.Flags[3].Name.Text);
        }

        [Fact]
        public void An_unclosed_eex_placeholder_is_words_up_to_white_space_and_a_line_of_them_parses_in_linear_time()
        {
            var doc = Parse("-a <%= p %> <%= q {{ r }}\n");
            Assert.Equal(new[] { "<%= p %>", "<%=", "q", "{{ r }}" }, doc.Flags.Single().Values.Select(v => v.Text));

            const int count = 100_000;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var longLine = Parse("-a " + string.Concat(Enumerable.Repeat("<% {{ ", count)) + "\n");
            Assert.Equal(2 * count, Assert.Single(longLine.Flags).Values.Length);
            Assert.True(clock.Elapsed < System.TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        }

        [Theory]
        [InlineData("-setcookie abc\n-name emqx@h\n", "(0,0)-(0,10) a byte-order mark; (0,11)-(0,14) a value", "-name")]
        [InlineData("\"-setcookie\" abc\n", "(0,0)-(0,12) a byte-order mark; (0,13)-(0,16) a value", "")]
        [InlineData("{{ node_name }}\n", "(0,0)-(0,15) a byte-order mark", "")]
        [InlineData("#comment\n-setcookie abc\n", "(0,0)-(0,0) a byte-order mark", "-setcookie")]
        [InlineData(" -setcookie abc\n", "(0,0)-(0,0) a byte-order mark", "-setcookie")]
        [InlineData("\r\n-setcookie abc\r\n", "(0,0)-(0,0) a byte-order mark", "-setcookie")]
        [InlineData("", "(0,0)-(0,0) a byte-order mark", "")]
        public void A_byte_order_mark_sticks_to_the_first_word_or_is_a_word_of_its_own(string text, string errors, string flags)
        {
            var doc = ParseAfterByteOrderMark(text);

            // erlexec reads "\uFEFF-setcookie" as no flag: a value with no flag before it, like any stray word.
            Assert.Equal(errors, string.Join("; ", doc.Errors.Select(e => $"{e.LineSpan} {e.Found}")));
            Assert.All(doc.Errors, e => Assert.Equal("a flag starting with '-' or '+'", e.Expected));
            Assert.Equal(flags, string.Join(" ", doc.Flags.Select(f => f.Name.Text)));
        }

        [Fact]
        public void Unclosed_placeholders_are_words_up_to_white_space()
        {
            var doc = Parse("-pa {{ a }} {{b c}}x {{ d\n");
            Assert.Equal(new[] { "{{ a }}", "{{b c}}x", "{{", "d" }, doc.Flags.Single().Values.Select(v => v.Text));
        }

        [Fact]
        public void A_line_of_100000_unclosed_placeholders_is_read_in_one_pass()
        {
            const int words = 100_000;
            var doc = Parse("-pa " + string.Concat(Enumerable.Repeat("{{ ", words)) + "\n");
            var values = doc.Flags.Single().Values;
            Assert.Equal(words, values.Length);
            Assert.All(values, v => Assert.Equal("{{", v.Text));
        }

        [Fact]
        public void Unclosed_placeholders_are_plain_words_and_a_line_of_them_parses_in_linear_time()
        {
            var doc = Parse("-a {{ p }} q {{ r {{ s\n-b {{ t }}\n");
            Assert.Empty(doc.Errors);
            Assert.Equal(new[] { "{{ p }}", "q", "{{", "r", "{{", "s" }, doc.Flags[0].Values.Select(v => v.Text));
            Assert.Equal(new[] { "{{ t }}" }, doc.Flags[1].Values.Select(v => v.Text));

            // Each "{{" searched the rest of the line for "}}": 13 seconds for this line.
            const int count = 100_000;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var longLine = Parse("-a " + string.Concat(Enumerable.Repeat("{{ ", count)) + "\n");
            Assert.Equal(count, Assert.Single(longLine.Flags).Values.Length);
            Assert.True(clock.Elapsed < System.TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        }

        [Fact]
        public void Stray_values_and_open_quotes_are_errors_and_parsing_goes_on()
        {
            var doc = Parse("emqx@h\n-setcookie \"abc\n-proto_dist inet_tls\n");
            Assert.Equal(2, doc.Errors.Length);
            Assert.Equal(new LinePosition(0, 0), doc.Errors[0].LineSpan.Start);
            Assert.Equal("a value", doc.Errors[0].Found);
            Assert.Equal(new LinePosition(1, 11), doc.Errors[1].LineSpan.Start);
            Assert.Equal(new[] { "-setcookie", "-proto_dist" }, doc.Flags.Select(f => f.Name.Text));
            Assert.All(doc.Errors, e => Assert.DoesNotContain("abc", e.Expected + e.Found));
        }
    }
}
