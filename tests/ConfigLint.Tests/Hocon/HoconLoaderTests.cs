using System.Linq;
using ConfigLint.Parsers;
using ConfigLint.Parsers.Hocon;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConfigLint.Tests.Hocon
{
    /// <summary>Origins, merging, includes and resolution errors, with exact positions (lines and columns are 0-based).</summary>
    public sealed class HoconLoaderTests
    {
        private const string Main = "/cfg/emqx.conf";

        private static HoconResolution Load(string text) => HoconLoader.Load(new[] { Main }, new MemoryFileSource().Add(Main, text));

        private static (int Line, int Column) Start(ConfigOrigin origin, TextSpan span)
        {
            var position = origin.Text.Lines.GetLinePosition(span.Start);
            return (position.Line, position.Character);
        }

        private static (int Line, int Column) At(ParseError error) => (error.LineSpan.Start.Line, error.LineSpan.Start.Character);

        [Fact]
        public void LaterScalarWinsAndItsDefinitionIsTheOrigin()
        {
            var result = Load("node {\n  cookie = first\n}\nnode.cookie = \"second\"\n");

            Assert.Empty(result.Errors);
            var cookie = (ConfigScalar)result.Root!.Find("node.cookie")!;
            Assert.Equal("second", cookie.Text);
            Assert.Equal((3, 5), Start(cookie.Origin, cookie.Origin.KeySpan));
            Assert.Equal((3, 14), Start(cookie.Origin, cookie.Origin.ValueSpan));
            Assert.Equal(6, cookie.Origin.KeySpan.Length);
        }

        [Fact]
        public void ObjectsMergeDeeplyAndTheLastOpeningKeyIsTheObjectOrigin()
        {
            var result = Load("rpc {\n  driver = tcp\n}\nrpc {\n  port = 5369\n}\n");

            var rpc = (ConfigObject)result.Root!.Find("rpc")!;
            Assert.Equal(new[] { "driver", "port" }, rpc.Fields.Keys.OrderBy(k => k));
            Assert.Equal((3, 0), Start(rpc.Origin, rpc.Origin.KeySpan));
            var driver = result.Root.Find("rpc.driver")!;
            Assert.Equal((1, 2), Start(driver.Origin, driver.Origin.KeySpan));
        }

        [Fact]
        public void ArraysAreReplacedAndScalarReplacesObject()
        {
            var result = Load("a = [1, 2]\na = [3]\nb { x = 1 }\nb = 5\n");

            Assert.Equal("{\"a\":[3],\"b\":5}", ConfigJson.Write(result.Root!, _ => false));
        }

        [Fact]
        public void SubstitutedValueKeepsTheOriginOfItsDefinition()
        {
            var result = Load("secret = \"weak\"\nnode {\n  cookie = ${secret}\n}\n");

            Assert.Empty(result.Errors);
            var cookie = (ConfigScalar)result.Root!.Find("node.cookie")!;
            Assert.Equal("weak", cookie.Text);
            Assert.Equal((0, 0), Start(cookie.Origin, cookie.Origin.KeySpan));
            Assert.Equal((0, 9), Start(cookie.Origin, cookie.Origin.ValueSpan));
        }

        [Fact]
        public void ObjectAfterSubstitutionMergesOverIt()
        {
            var result = Load("base { a = 1, b = 2 }\nx = ${base}\nx { b = 3 }\n");

            Assert.Equal("{\"base\":{\"a\":1,\"b\":2},\"x\":{\"a\":1,\"b\":3}}", ConfigJson.Write(result.Root!, _ => false));
        }

        [Fact]
        public void SelfReferenceSeesThePreviousDefinition()
        {
            var result = Load("path = \"a\"\npath = ${path}\"/b\"\n");

            Assert.Empty(result.Errors);
            Assert.Equal("a/b", ((ConfigScalar)result.Root!.Find("path")!).Text);
        }

        [Fact]
        public void OptionalSubstitutionOfNothingLeavesTheFieldUnsetOrAsBefore()
        {
            var result = Load("a = ${?NOPE}\nb = 1\nb = ${?NOPE}\n");

            Assert.Empty(result.Errors);
            Assert.Equal("{\"b\":1}", ConfigJson.Write(result.Root!, _ => false));
        }

        [Fact]
        public void UnresolvedSubstitutionIsReportedAtTheSubstitution()
        {
            var result = Load("a = 1\nb = x${missing.path}\n");

            var error = Assert.Single(result.Errors);
            Assert.Equal(ParseErrorKind.UnresolvedSubstitution, error.Kind);
            Assert.Equal((1, 5), At(error));
            Assert.Equal("${missing.path}".Length, error.Span.Length);
            Assert.Null(result.Root!.Find("b"));
        }

        [Fact]
        public void SubstitutionCycleIsReported()
        {
            var result = Load("a = ${b}\nb = ${a}\n");

            Assert.Contains(result.Errors, e => e.Kind == ParseErrorKind.SubstitutionCycle);
        }

        [Fact]
        public void ConcatenatingDifferentTypesIsAnError()
        {
            var result = Load("a = [1]{x = 1}\n");

            var error = Assert.Single(result.Errors);
            Assert.Equal(ParseErrorKind.Concatenation, error.Kind);
            Assert.Equal((0, 4), At(error));
        }

        [Fact]
        public void IncludedValuesHaveOriginsInTheIncludedFile()
        {
            var files = new MemoryFileSource()
                .Add(Main, "node {\n  include \"node.conf\"\n}\n")
                .Add("/cfg/node.conf", "# cookie\ncookie = emqxsecret\n");

            var result = HoconLoader.Load(new[] { Main }, files);

            Assert.Empty(result.Errors);
            var cookie = result.Root!.Find("node.cookie")!;
            Assert.Equal("/cfg/node.conf", cookie.Origin.FilePath);
            Assert.Equal((1, 0), Start(cookie.Origin, cookie.Origin.KeySpan));
            Assert.Equal(new[] { Main, "/cfg/node.conf" }, result.Trees.Select(t => t.FilePath));
        }

        [Fact]
        public void SubstitutionsInAnIncludedFileAreRelativeToTheInclude()
        {
            var files = new MemoryFileSource()
                .Add(Main, "node {\n  include \"node.conf\"\n}\n")
                .Add("/cfg/node.conf", "name = emqx\ncopy = ${name}\n");

            var result = HoconLoader.Load(new[] { Main }, files);

            Assert.Empty(result.Errors);
            Assert.Equal("emqx", ((ConfigScalar)result.Root!.Find("node.copy")!).Text);
        }

        [Fact]
        public void MissingIncludesAreIgnoredUnlessRequired()
        {
            var result = Load("include \"nothere.conf\"\na = 1\ninclude required(\"gone.conf\")\n");

            var error = Assert.Single(result.Errors);
            Assert.Equal(ParseErrorKind.MissingInclude, error.Kind);
            Assert.Equal((2, 0), At(error));
            Assert.Equal("{\"a\":1}", ConfigJson.Write(result.Root!, _ => false));
        }

        [Theory]
        [InlineData(FileReadStatus.NotRegularFile, ParseErrorKind.UnreadableInclude, "not a regular file (a FIFO)")]
        [InlineData(FileReadStatus.TooLarge, ParseErrorKind.UnreadableInclude, "larger than the limit")]
        [InlineData(FileReadStatus.InvalidPath, ParseErrorKind.UnreadableInclude, "the path is not valid")]
        [InlineData(FileReadStatus.OutsideScannedTree, ParseErrorKind.OutsideScannedTree, "/cfg/part.conf")]
        public void An_optional_include_that_exists_but_cannot_be_read_is_reported_at_the_include(FileReadStatus status, ParseErrorKind kind, string found)
        {
            var files = new MemoryFileSource()
                .Add(Main, "a = 1\ninclude \"part.conf\"\nb = 2\n")
                .Refuse("/cfg/part.conf", status, found);

            var result = HoconLoader.Load(new[] { Main }, files);

            var error = Assert.Single(result.Errors);
            Assert.Equal(kind, error.Kind);
            Assert.Equal((1, 0), At(error));
            Assert.Equal(found, error.Found);
            Assert.Equal("{\"a\":1,\"b\":2}", ConfigJson.Write(result.Root!, _ => false));
        }

        [Fact]
        public void Files_that_each_include_the_next_twice_stop_at_the_budget_with_one_error()
        {
            var files = new MemoryFileSource().Add(Main, "include \"p0.conf\"\nkept = 1\n");
            for (var i = 0; i < 30; i++)
                files.Add($"/cfg/p{i}.conf", i < 29 ? $"include \"p{i + 1}.conf\"\ninclude \"p{i + 1}.conf\"\n" : "leaf = 1\n");

            var result = HoconLoader.Load(new[] { Main }, files);

            var error = Assert.Single(result.Errors);
            Assert.Equal(ParseErrorKind.ExpansionLimit, error.Kind);
            Assert.Equal("1", ((ConfigScalar)result.Root!.Find("kept")!).Text);
            Assert.Equal(31, result.Trees.Length); // each file parsed once, however often it is included
        }

        [Fact]
        public void A_substitution_that_copies_past_the_budget_fails_alone()
        {
            var text = "s0 = \"xxxxxxxx\"\n" + string.Concat(Enumerable.Range(1, 20).Select(i => $"s{i} = ${{s{i - 1}}}${{s{i - 1}}}\n")) + "other = 7\n";

            var result = Load(text);

            var error = Assert.Single(result.Errors);
            Assert.Equal(ParseErrorKind.ExpansionLimit, error.Kind);
            Assert.Equal("7", ((ConfigScalar)result.Root!.Find("other")!).Text);
            Assert.Null(result.Root.Find("s20"));
        }

        [Fact]
        public void Substitutions_that_stack_deep_values_inside_each_other_stop_at_one_too_deep_error()
        {
            // Each line nests the one before 200 levels further down: 2,000 levels by b10 if copied.
            var key = string.Join(".", Enumerable.Repeat("k", 200));
            var text = "b0 { certfile = \"x\" }\n" + string.Concat(Enumerable.Range(1, 10).Select(i => $"b{i} {{ {key} = ${{b{i - 1}}} }}\n")) + "z = ${b10} ${b10}\n";

            var result = Load(text);

            var error = Assert.Single(result.Errors);
            Assert.Equal(ParseErrorKind.TooDeep, error.Kind);
            Assert.Equal((4, 407), At(error)); // b4 copies b3, already 604 levels deep
        }

        [Fact]
        public void An_object_merged_over_a_substitution_too_deep_to_resolve_fails_with_an_error_not_an_exception()
        {
            var text = "x = {}\na = ${x}\n" + string.Concat(Enumerable.Repeat("a = {}\n", 1100));

            var result = Load(text);

            Assert.Contains(result.Errors, e => e.Kind == ParseErrorKind.TooDeep);
            Assert.NotNull(result.Root);
        }

        [Fact]
        public void IncludeCycleIsReportedAtTheIncludeThatClosesIt()
        {
            var files = new MemoryFileSource()
                .Add(Main, "include \"b.conf\"\n")
                .Add("/cfg/b.conf", "x = 1\ninclude \"emqx.conf\"\n");

            var result = HoconLoader.Load(new[] { Main }, files);

            var error = Assert.Single(result.Errors);
            Assert.Equal(ParseErrorKind.IncludeCycle, error.Kind);
            Assert.Equal("/cfg/b.conf", error.FilePath);
            Assert.Equal((1, 0), At(error));
        }

        [Fact]
        public void LaterFilesMergeOverEarlierOnesAndSubstitutionsSeeTheWhole()
        {
            var files = new MemoryFileSource()
                .Add("/etc/base.hocon", "node { cookie = ${default_cookie}, data_dir = data }\n")
                .Add(Main, "default_cookie = emqxsecretcookie\nnode.data_dir = \"/var/lib/emqx\"\n");

            var result = HoconLoader.Load(new[] { "/etc/base.hocon", Main }, files);

            Assert.Empty(result.Errors);
            var cookie = result.Root!.Find("node.cookie")!;
            Assert.Equal(Main, cookie.Origin.FilePath);
            Assert.Equal("/var/lib/emqx", ((ConfigScalar)result.Root.Find("node.data_dir")!).Text);
        }

        [Fact]
        public void NothingReadableGivesNoRoot()
        {
            var result = HoconLoader.Load(new[] { "/none.conf" }, new MemoryFileSource());

            Assert.Null(result.Root);
            Assert.Empty(result.Trees);
        }

        [Fact]
        public void AFileBuiltWithoutSyntaxTreeLoadsAsThroughIt()
        {
            // A clean file is built straight from its tokens; an include (here of no file, which adds nothing) sends the
            // same file through its syntax tree. Both must give the same values, in the same order, with the same origins.
            const string text = "base { port = 1, tags = [a, \"b\"] }\n" +
                "base.port = 2\n" +
                "node { name = \"emqx@127.0.0.1\", cookie = ${base.tags} }\n" +
                "listeners.tcp.default { bind = \"0.0.0.0:1883\", opts { backlog = 1024 } }\n" +
                "listeners.ssl.default.bind = 8883\n" +
                "auth = [{ mechanism = password_based }, { mechanism = jwt, secret = x${node.name}y }]\n" +
                "path = ${?HOME}\"/data\"\n" +
                "merged = { a = 1 } { b = 2 }\n" +
                "self = [1]\nself = ${self} [2]\n" +
                "base = { port = 3 }\n" +
                "\"quoted.key\" = 1.5\n";
            var direct = Load(text);
            var throughTree = Load(text + "include \"none.conf\"\n");

            Assert.Empty(direct.Errors);
            Assert.Empty(throughTree.Errors);
            Assert.Equal(Dump(throughTree.Root!), Dump(direct.Root!));
            Assert.Equal(string.Join(" ", throughTree.Trees.Single().RootKeyNames), string.Join(" ", direct.Trees.Single().RootKeyNames));
        }

        private static string Dump(ConfigValue value)
        {
            var origin = value.Origin;
            var head = $"{value.Kind} {origin.FilePath} {origin.KeySpan} {origin.ValueSpan}";
            switch (value)
            {
                case ConfigObject obj:
                    return head + " {" + string.Join(", ", obj.Fields.Select(field => field.Key + ": " + Dump(field.Value))) + "}";
                case ConfigArray array:
                    return head + " [" + string.Join(", ", array.Items.Select(Dump)) + "]";
                default:
                    var scalar = (ConfigScalar)value;
                    return head + " " + scalar.Text + (scalar.Parts.Count == 0 ? "" : " (" + string.Join(", ", scalar.Parts.Select(Dump)) + ")");
            }
        }

        [Fact]
        public void SecretKeysAreMaskedInJson()
        {
            var result = Load("node { cookie = abc, name = \"emqx@127.0.0.1\" }\nratio = 0.50\ncount = +007\n");

            Assert.Equal("{\"count\":7,\"node\":{\"cookie\":\"****\",\"name\":\"emqx@127.0.0.1\"},\"ratio\":0.5}",
                ConfigJson.Write(result.Root!, key => key == "cookie"));
        }
    }
}
