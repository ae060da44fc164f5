using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConfigLint.Cli;
using Xunit;

namespace ConfigLint.Tests.Cli
{
    /// <summary>--watch keeps an editor's SARIF file current while the user edits.</summary>
    public sealed class WatchTests : IDisposable
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
        private readonly TempFolder temp = new();

        public void Dispose() => temp.Dispose();

        [Fact]
        public async Task Watch_rewrites_the_sarif_file_and_prints_what_changed()
        {
            temp.File("emqx.conf", "node {\n  name = \"emqx@127.0.0.1\"\n  cookie = \"emqxsecretcookie\"\n}\n");
            var sarif = Path.Combine(temp.Path, ".sarif", "configlint.sarif");
            var printed = new StringWriter();
            var output = TextWriter.Synchronized(printed);
            using var stop = new CancellationTokenSource();
            var environment = new ToolEnvironment(output, TextWriter.Synchronized(new StringWriter()), temp.Path, LintEngine.Default, cancellation: stop.Token);

            var watch = Task.Run(() => Program.Run(new[] { "--watch", ".", "--output", ".sarif/configlint.sarif" }, environment));

            await Until(() => File.Exists(sarif) && ReadShared(sarif).Contains("\"ruleId\": \"CL1003\""));
            temp.File("emqx.conf", "node {\n  name = \"emqx@127.0.0.1\"\n  cookie = \"c9f2d6b1e4a87f3d0b5e6a9c2d4f8e71\"\n}\n");
            // CL1001 stays (no rpc settings): a file caught half-written has neither.
            await Until(() => ReadShared(sarif) is var log && log.Contains("\"ruleId\": \"CL1001\"") && !log.Contains("\"ruleId\": \"CL1003\""));
            stop.Cancel();

            Assert.Equal(0, await watch.WaitAsync(Patience));
            Assert.Contains("+ emqx.conf:3:12: error CL1003: ", printed.ToString());
            Assert.Contains("- emqx.conf:3:12: error CL1003: ", printed.ToString());
        }

        [Fact]
        public async Task Watch_writes_the_format_asked_for()
        {
            temp.File("emqx.conf", "node.cookie = emqxsecretcookie\n");
            var report = Path.Combine(temp.Path, "report.json");
            var printed = new StringWriter();
            using var stop = new CancellationTokenSource();
            var environment = new ToolEnvironment(TextWriter.Synchronized(printed), TextWriter.Synchronized(new StringWriter()), temp.Path, LintEngine.Default, cancellation: stop.Token);

            var watch = Task.Run(() => Program.Run(new[] { "--watch", ".", "--format", "json", "--output", "report.json" }, environment));

            await Until(() => File.Exists(report) && ReadShared(report).Contains("\"ruleId\": \"CL1003\""));
            stop.Cancel();

            Assert.Equal(0, await watch.WaitAsync(Patience));
            Assert.StartsWith("{\n  \"version\": 1,\n", ReadShared(report));
            Assert.Contains("+ emqx.conf:1:15: error CL1003: ", printed.ToString());
        }

        private static string ReadShared(string path)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                return new StreamReader(stream).ReadToEnd();
            }
            catch (IOException)
            {
                return "";
            }
        }

        private static async Task Until(Func<bool> condition)
        {
            var clock = Stopwatch.StartNew();
            while (!condition())
            {
                Assert.True(clock.Elapsed < Patience, "the watched SARIF file did not change in time");
                await Task.Delay(50);
            }
        }
    }
}
