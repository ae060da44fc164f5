using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers;
using Xunit;

namespace ConfigLint.Tests.Rules
{
    /// <summary>The public clp.conf files of ../shared/corpus/ecx (see its SOURCES.md) read cleanly and produce the findings one expects of them.</summary>
    public class EcxCorpusExpectationsTests
    {
        private static string Folder => Path.Combine(TestPaths.Corpus, "ecx");

        public static IEnumerable<object[]> CorpusFiles() =>
            Directory.EnumerateFiles(Folder, "*.conf").Select(Path.GetFileName).OrderBy(f => f, System.StringComparer.Ordinal).Select(f => new object[] { f! });

        private static List<string> Findings(string fileName)
        {
            var path = Path.Combine(Folder, fileName);
            var result = ConfigScanner.Scan(TestScans.Options(Folder, new[] { path }));
            Assert.Contains(fileName, result.AnalyzedFiles);
            return result.Diagnostics.Select(d => FixtureTests.Describe(d, fileName)).ToList();
        }

        [Theory]
        [MemberData(nameof(CorpusFiles))]
        public void Every_corpus_file_is_recognised_and_reads_without_CL0001(string fileName) =>
            Assert.DoesNotContain(Findings(fileName), f => f.StartsWith("CL0001", System.StringComparison.Ordinal));

        [Theory]
        [InlineData("miraclefailsafe_01_mariadb.clp.conf")]
        [InlineData("miraclefailsafe_02_mariadb_apache.clp.conf")]
        [InlineData("miraclefailsafe_03_mariadb_apache_one_group.clp.conf")]
        public void MiracleFailSafe_plaintext_mysqlw_password_is_CL3003_at_its_line(string fileName)
        {
            var lines = File.ReadAllLines(Path.Combine(Folder, fileName));
            var passwordLine = System.Array.FindIndex(lines, l => l.Contains("<password>")) + 1;
            var column = lines[passwordLine - 1].IndexOf("<password>", System.StringComparison.Ordinal) + "<password>".Length + 1;
            Assert.Contains($"CL3003 {passwordLine}:{column}", Findings(fileName));
        }

        [Fact]
        public void NeoFace_encrypted_passwords_are_not_flagged()
        {
            var findings = Findings("neoface_watch.clp.conf");
            Assert.DoesNotContain(findings, f => f.StartsWith("CL3002", System.StringComparison.Ordinal) || f.StartsWith("CL3003", System.StringComparison.Ordinal));
        }

        [Theory]
        // WebUI X 4.0 on Windows: encrypted appli and sqlserverw passwords; HTTP WebUI open to all.
        [InlineData("neoface_watch.clp.conf", "CL3001 326:10|CL3004 326:10")]
        // clpcfset on Linux: mysqlw password in clear.
        [InlineData("miraclefailsafe_01_mariadb.clp.conf", "CL3001 12:4|CL3004 12:4|CL3003 76:19")]
        // Client IP restriction on: only HTTP remains.
        [InlineData("createclusteronlinux_src_webmgr_clientlist.clp.conf", "CL3001 3:4")]
        // A template: the password is a __PLACEHOLDER__, and the file is recognised by content.
        [InlineData("kubernetes_mariadb_sss4mariadb.conf", "CL3001 66:4|CL3004 66:4")]
        // EUC-JP with CRLF line endings (ECX X 5.3.1).
        [InlineData("clpcfdiff_01_previous.clp.conf", "CL3001 158:4|CL3004 158:4")]
        // SJIS, tab-indented, written by CreateCluster.
        [InlineData("createcluster_work_conf_dll.clp.conf", "CL3001 79:3|CL3004 79:3")]
        public void Corpus_file_produces_exactly_the_expected_findings(string fileName, string expected) =>
            Assert.Equal(expected.Split('|'), Findings(fileName));
    }
}
