using System.Linq;
using ConfigLint.Parsers;
using ConfigLint.Parsers.Cuttlefish;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Parsers
{
    public class CuttlefishParserTests
    {
        private static CuttlefishDocument Parse(string text) => CuttlefishParser.Parse(new SourceFile("/x/emqx.conf", SourceText.From(text)));

        [Fact]
        public void Value_is_the_rest_of_the_line_with_colons_slashes_and_placeholders()
        {
            var doc = Parse("## comment\nlistener.tcp.external = 0.0.0.0:1883\r\nnode.data_dir = {{ platform_data_dir }}/x\n  # indented comment\n\nrpc.driver=tcp  \n");
            Assert.Empty(doc.Errors);
            Assert.Equal(new[] { "listener.tcp.external", "node.data_dir", "rpc.driver" }, doc.Entries.Select(e => e.Key));
            Assert.Equal(new[] { "0.0.0.0:1883", "{{ platform_data_dir }}/x", "tcp" }, doc.Entries.Select(e => e.Value));
            var driver = doc.Entries[2];
            Assert.Equal(new LinePosition(5, 11), doc.File.Text.Lines.GetLinePosition(driver.ValueSpan.Start));
            Assert.Equal(3, driver.ValueSpan.Length);
        }

        [Fact]
        public void A_line_that_is_one_build_time_placeholder_is_a_template_line_not_an_error()
        {
            var doc = Parse("vm_mon.process_low_watermark = 60%\n\n  {{ additional_configs }}  \nalarm.validity_period = 24h\n{{ a }} = b\n");
            Assert.Equal(new[] { "vm_mon.process_low_watermark", "alarm.validity_period" }, doc.Entries.Select(e => e.Key));
            Assert.Equal(new LinePosition(4, 0), Assert.Single(doc.Errors).LineSpan.Start);
        }

        [Fact]
        public void Bad_lines_are_errors_and_parsing_goes_on()
        {
            var doc = Parse("node.name emqx@h\n= value\nrpc.driver = tcp\nkey. = x\n");
            Assert.Equal(3, doc.Errors.Length);
            Assert.Equal(new LinePosition(0, 10), doc.Errors[0].LineSpan.Start);
            Assert.Equal("'='", doc.Errors[0].Expected);
            Assert.Equal(new LinePosition(1, 0), doc.Errors[1].LineSpan.Start);
            Assert.Equal(new LinePosition(3, 0), doc.Errors[2].LineSpan.Start);
            Assert.Equal("rpc.driver", Assert.Single(doc.Entries).Key);
            Assert.All(doc.Errors, e => Assert.DoesNotContain("emqx@h", e.Expected + e.Found));
        }

        [Fact]
        public void A_key_of_more_segments_than_the_nesting_limit_is_a_too_deep_line_and_the_others_are_read()
        {
            var key = string.Join(".", Enumerable.Repeat("a", NestingLimit.MaxDepth + 1));
            var doc = Parse("node.name = emqx@h\n" + key + " = 1\nrpc.driver = tcp\n");
            var error = Assert.Single(doc.Errors);
            Assert.Equal(ParseErrorKind.TooDeep, error.Kind);
            Assert.Equal(new LinePositionSpan(new LinePosition(1, 0), new LinePosition(1, key.Length)), error.LineSpan);
            Assert.Equal(new[] { "node.name", "rpc.driver" }, doc.Entries.Select(e => e.Key));
        }

        [Fact]
        public void A_key_of_as_many_segments_as_the_nesting_limit_nests_that_deep()
        {
            var segments = Enumerable.Repeat("a", NestingLimit.MaxDepth).ToList();
            var doc = Parse(string.Join(".", segments) + " = 1\n");
            Assert.Empty(doc.Errors);
            var expected = string.Concat(segments.Select(s => "{\"" + s + "\":")) + "\"1\"" + new string('}', segments.Count);
            Assert.Equal(expected, ConfigJson.Write(doc.ToConfigObject(), _ => false));
        }

        [Fact]
        public void Later_lines_win_and_a_key_can_be_value_and_parent()
        {
            var doc = Parse("a.b = 1\na.b = 2\na.b.c = 3\n");
            var map = doc.ToFlatMap();
            Assert.Equal("2", map["a.b"].Text);
            Assert.Equal(1, doc.File.Text.Lines.GetLinePosition(map["a.b"].Origin.KeySpan.Start).Line);
            var nested = (ConfigObject)((ConfigObject)doc.ToConfigObject().Fields["a"]).Fields["b"];
            Assert.Equal("2", ((ConfigScalar)nested.Fields[CuttlefishDocument.OwnValueKey]).Text);
            Assert.Equal("3", ((ConfigScalar)nested.Fields["c"]).Text);
        }
    }
}
