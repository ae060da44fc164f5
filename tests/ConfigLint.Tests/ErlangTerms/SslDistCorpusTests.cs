using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ErlangTerms;
using Xunit;

namespace ConfigLint.Tests.ErlangTerms
{
    /// <summary>The ssl_dist.conf files EMQX ships.</summary>
    public sealed class SslDistCorpusTests
    {
        private static string Folder => Path.Combine(TestPaths.Corpus, "emqx", "ssl_dist");

        public static IEnumerable<object[]> Files() =>
            Directory.EnumerateFiles(Folder, "*.ssl_dist.conf").OrderBy(p => p).Select(p => new object[] { Path.GetFileName(p) });

        private static ErlangTermDocument Read(string name)
        {
            var path = Path.Combine(Folder, name);
            return ErlangTermParser.Parse(SourceFile.DecodeUtf8(path, File.ReadAllBytes(path)));
        }

        [Theory]
        [MemberData(nameof(Files))]
        public void ParsesWithoutErrors(string name)
        {
            var document = Read(name);

            Assert.Empty(document.Errors);
            Assert.Single(document.Terms);
        }

        [Fact]
        public void ReadsTheServerAndClientOptionsOfV589()
        {
            var document = Read("emqx-v5.8.9.ssl_dist.conf");

            var sides = Assert.IsType<ErlangList>(Assert.Single(document.Terms));
            Assert.Null(sides.Tail);
            var byName = sides.Elements.Select(e => Assert.IsType<ErlangTuple>(e))
                .ToDictionary(t => Assert.IsType<ErlangAtom>(t.Elements[0]).Name, t => Assert.IsType<ErlangList>(t.Elements[1]));
            Assert.Equal(new[] { "server", "client" }, byName.Keys);
            Assert.Equal(new[] { "certfile", "keyfile", "cacertfile", "verify" }, OptionNames(byName["server"]));
            Assert.Equal(new[] { "verify" }, OptionNames(byName["client"]));
            var certfile = (ErlangTuple)byName["server"].Elements[0];
            Assert.Equal("{{ platform_etc_dir }}/certs/cert.pem", Assert.IsType<ErlangString>(certfile.Elements[1]).Value);
            Assert.Equal(10, document.File.Text.Lines.GetLinePosition(certfile.Span.Start).Line + 1);
            Assert.Equal("verify_none", Assert.IsType<ErlangAtom>(((ErlangTuple)byName["client"].Elements[0]).Elements[1]).Name);
        }

        private static IEnumerable<string> OptionNames(ErlangList options) =>
            options.Elements.Select(o => ((ErlangAtom)((ErlangTuple)o).Elements[0]).Name);
    }
}
