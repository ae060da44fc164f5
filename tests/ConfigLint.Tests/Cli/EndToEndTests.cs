using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Text.Json;
using ConfigLint.Analyzers;
using ConfigLint.Cli;
using Xunit;

namespace ConfigLint.Tests.Cli
{
    /// <summary>The tool with the real scanner, resolver and rule catalog behind it.</summary>
    public sealed class EndToEndTests : System.IDisposable
    {
        private readonly TempFolder temp = new();

        public void Dispose() => temp.Dispose();

        private static ToolRun Run(string currentDirectory, params string[] args) =>
            ToolRun.Capture((output, error) => Program.Run(args, output, error, currentDirectory));

        [Fact]
        public void Examples_give_compiler_style_findings_and_exit_code_1()
        {
            var run = Run(TestPaths.RepositoryRoot, "examples");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("39 findings (23 errors, 16 warnings) in 9 of 9 files\n", run.Error);
            var lines = run.Output.TrimEnd('\n').Split('\n');
            Assert.NotEmpty(lines);
            Assert.All(lines, line => Assert.Matches(@"^examples/[^:]+:\d+:\d+: (error|warning|note) CL\d{4}: \S", line));
        }

        [Fact]
        public void Examples_as_sarif_name_only_catalog_rules()
        {
            var output = Path.Combine(temp.Path, "examples.sarif");

            var run = Run(TestPaths.RepositoryRoot, "examples", "--format", "sarif", "--output", output);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Output);
            using var sarif = JsonDocument.Parse(File.ReadAllText(output));
            var ruleIds = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("ruleId").GetString()!)
                .ToList();
            Assert.NotEmpty(ruleIds);
            Assert.All(ruleIds, id => Assert.NotNull(RuleCatalog.Find(id)));
        }

        [Fact]
        public async Task Examples_sarif_is_valid_against_the_sarif_2_1_0_schema()
        {
            var output = Path.Combine(temp.Path, "examples.sarif");
            Assert.Equal(1, Run(TestPaths.RepositoryRoot, "examples", "--format", "sarif", "--output", output).ExitCode);
            await Sarif.SarifSchemaTests.AssertValid(File.ReadAllBytes(output));
        }

        [Fact]
        public void A_file_over_max_file_size_is_reported_unread_while_the_others_are_checked()
        {
            temp.File("big/emqx.conf", "node.cookie = emqxsecretcookie\n" + new string('#', 2048) + "\n");
            temp.File("small/emqx.conf", "node.cookie = emqxsecretcookie\n");

            var run = Run(temp.Path, ".", "--max-file-size", "1K");

            Assert.Equal(
                "configlint: cannot read big/emqx.conf: larger than the limit of 1024 bytes (--max-file-size)\n" +
                "5 findings (3 errors, 2 warnings) in 1 of 1 file\n",
                run.Error);
            Assert.Contains("small/emqx.conf:1:15: error CL1003: ", run.Output);
            Assert.DoesNotContain("big/emqx.conf", run.Output);
            Assert.Equal(2, run.ExitCode);
        }

        [Fact]
        public void Secrets_never_appear_in_text_sarif_json_github_or_baseline_output()
        {
            const string cookie = "aaaaaaaaaaaaaaaaaaaa";
            var config = $"node {{\n  name = \"emqx@127.0.0.1\"\n  cookie = \"{cookie}\"\n}}\ndashboard.default_password = public\n";
            temp.File("emqx.conf", config);
            var sarif = Path.Combine(temp.Path, "out.sarif");
            var baseline = Path.Combine(temp.Path, "baseline.sarif");

            var text = Run(temp.Path, ".");
            var sarifRun = Run(temp.Path, ".", "--format", "sarif", "--output", sarif);
            var json = Run(temp.Path, ".", "--format", "json");
            var github = Run(temp.Path, ".", "--format", "github");
            var stdin = RunWithInput(config, temp.Path, "--stdin-filename", "emqx.conf", "-", "--format", "json");
            var baselineRun = Run(temp.Path, ".", "--write-baseline", baseline);
            // The cookie's line moves and a new finding appears, so new, unchanged and absent are all written.
            temp.File("emqx.conf", $"listeners.tcp.default.bind = \"0.0.0.0:1883\"\nnode {{\n  name = \"emqx@127.0.0.1\"\n  cookie = \"{cookie}\"\n}}\n");
            var againstBaseline = Run(temp.Path, ".", "--baseline", baseline);
            var sarifAgainstBaseline = Run(temp.Path, ".", "--baseline", baseline, "--format", "sarif");

            Assert.Contains("emqx.conf:3:12: error CL1003: ", text.Output);
            Assert.Contains("emqx.conf:5:30: error CL1006: ", text.Output);
            Assert.Equal(1, sarifRun.ExitCode);
            Assert.Contains("\"ruleId\": \"CL1006\"", json.Output);
            Assert.Contains("::error file=emqx.conf,line=3,col=12,", github.Output);
            Assert.Equal(json.Output, stdin.Output);
            Assert.Equal(0, baselineRun.ExitCode);
            Assert.Contains("absent", sarifAgainstBaseline.Output);
            var printConfig = Run(temp.Path, "--print-config", "emqx.conf");
            var outputs = new[] { text, sarifRun, json, github, stdin, baselineRun, againstBaseline, sarifAgainstBaseline, printConfig }.SelectMany(r => new[] { r.Output, r.Error });
            foreach (var output in outputs.Concat(new[] { File.ReadAllText(sarif), File.ReadAllText(baseline) }))
                Assert.DoesNotContain(cookie, output);
        }

        [Fact]
        public void Standard_input_is_linted_as_the_named_path_beside_the_files_on_disk()
        {
            const string config = "node.name = emqx@10.0.0.1\ncluster.proto_dist = inet_tls\n";
            const string noTlsOptions = "deploy/emqx.conf:2:22: error CL2007: ";

            var alone = RunWithInput(config, temp.Path, "--stdin-filename", "deploy/emqx.conf", "-");
            File.Copy(Path.Combine(TestPaths.Fixtures, "ssl_dist", "emqx-shipped.ssl_dist.conf"), temp.File("deploy/ssl_dist.conf"), overwrite: true);
            var besideTlsOptions = RunWithInput(config, temp.Path, "--stdin-filename", "deploy/emqx.conf", "-");
            temp.File("deploy/emqx.conf", config);
            var onDisk = Run(temp.Path, "deploy/emqx.conf");

            Assert.Contains(noTlsOptions, alone.Output);
            Assert.DoesNotContain(noTlsOptions, besideTlsOptions.Output);
            Assert.Equal(onDisk.Output, besideTlsOptions.Output);
            Assert.Equal("3 findings (1 error, 2 warnings) in 1 of 1 file\n", besideTlsOptions.Error);
            Assert.Equal(onDisk.ExitCode, besideTlsOptions.ExitCode);
        }

        [Fact]
        public void Standard_input_need_not_exist_on_disk_and_keeps_the_size_limit()
        {
            var unsaved = RunWithInput("node.cookie = emqxsecretcookie\n", temp.Path, "--stdin-filename", "new/emqx.conf", "-", "--quiet");
            var big = RunWithInput(new string('#', 2048), temp.Path, "--stdin-filename", "emqx.conf", "-", "--max-file-size", "1K");

            Assert.Contains("new/emqx.conf:1:15: error CL1003: ", unsaved.Output);
            Assert.Equal("", unsaved.Error);
            Assert.Equal("configlint: cannot read emqx.conf: larger than the limit of 1024 bytes (--max-file-size)\nNo findings in 0 files.\n", big.Error);
            Assert.Equal(2, big.ExitCode);
        }

        private static ToolRun RunWithInput(string input, string currentDirectory, params string[] args) =>
            ToolRun.Capture((output, error) => Program.Run(
                args,
                new ToolEnvironment(output, error, currentDirectory, LintEngine.Default, standardInput: () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input)))));

        [Fact]
        public void A_malformed_file_does_not_hide_the_findings_of_the_others()
        {
            temp.File("broken/emqx.conf", "node {\n  name = \n");
            temp.File("weak/emqx.conf", "node.cookie = emqxsecretcookie\n");
            temp.File("sysctl.conf", "vm.swappiness = 10\n");

            var run = Run(temp.Path, ".");

            Assert.Equal(1, run.ExitCode);
            Assert.Matches(@"(?m)^broken/emqx\.conf:\d+:\d+: error CL0001: ", run.Output);
            Assert.Contains("weak/emqx.conf:1:15: error CL1003: ", run.Output);
            Assert.DoesNotContain("sysctl.conf", run.Output);
        }

        [Fact]
        public void A_file_read_alone_and_through_an_include_reports_its_finding_once()
        {
            var run = Run(Path.Combine(TestPaths.Fixtures, "emqx", "weak-erlang-cookie"), ".");

            var included = run.Output.Split('\n').Where(l => l.StartsWith("secrets/cookie.hocon:2:12: error CL1003: ")).ToList();
            Assert.Single(included);
        }

        [Fact]
        public void Portable_sarif_of_the_examples_has_only_relative_uris()
        {
            var output = Path.Combine(temp.Path, "portable.sarif");
            Assert.Equal(1, Run(TestPaths.RepositoryRoot, "examples", "--format", "sarif", "--sarif-portable", "--category", "config/emqx", "--output", output).ExitCode);

            var text = File.ReadAllText(output);
            using var sarif = JsonDocument.Parse(text);
            var run = sarif.RootElement.GetProperty("runs")[0];
            Assert.False(run.TryGetProperty("originalUriBaseIds", out _));
            Assert.DoesNotContain("file:", text);
            Assert.Equal("config/emqx/", run.GetProperty("automationDetails").GetProperty("id").GetString());
            Assert.All(ResultUris(run), uri => Assert.Matches("^examples/[^:]+$", uri));
        }

        [Fact]
        public void Rooted_sarif_of_the_examples_resolves_to_the_real_files()
        {
            var output = Path.Combine(temp.Path, "rooted.sarif");
            Assert.Equal(1, Run(TestPaths.RepositoryRoot, "examples", "--format", "sarif", "--output", output).ExitCode);

            using var sarif = JsonDocument.Parse(File.ReadAllText(output));
            var run = sarif.RootElement.GetProperty("runs")[0];
            var root = new System.Uri(run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!);
            Assert.True(root.IsAbsoluteUri && root.IsFile && root.AbsolutePath.EndsWith('/'));
            var uris = ResultUris(run).ToList();
            Assert.NotEmpty(uris);
            Assert.All(uris, uri => Assert.True(File.Exists(new System.Uri(root, uri).LocalPath), uri));
        }

        private static System.Collections.Generic.IEnumerable<string> ResultUris(JsonElement run) =>
            run.GetProperty("results").EnumerateArray().Select(r =>
                r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!);

        [Fact]
        public void Fail_level_none_passes_the_examples()
        {
            Assert.Equal(0, Run(TestPaths.RepositoryRoot, "examples", "--fail-level", "none").ExitCode);
        }

        [Fact]
        public void Resolve_prints_an_emqx_file_as_json_with_the_cookie_masked()
        {
            temp.File("emqx.conf", "node {\n  name = \"emqx@127.0.0.1\"\n  cookie = \"emqxsecretcookie\"\n}\n");

            var run = Run(temp.Path, "--resolve", "emqx.conf");

            Assert.Equal(0, run.ExitCode);
            using var json = JsonDocument.Parse(run.Output);
            Assert.Equal(SecretKeys.Mask, json.RootElement.GetProperty("node").GetProperty("cookie").GetString());
            Assert.DoesNotContain("emqxsecretcookie", run.Output);
        }

        [Fact]
        public void Resolve_masks_every_kind_of_secret_and_never_prints_one()
        {
            var secrets = new[] { "c00kie-1", "Bearer t0ken-2", "ap1key-3", "s3key-4", "t0ken-5", "pr0xy-6" };
            temp.File("emqx.conf",
                "node {\n  name = \"emqx@127.0.0.1\"\n  cookie = \"c00kie-1\"\n}\n"
                + "connectors.http.hook {\n  url = \"https://hook.example.com\"\n  headers {\n    \"Authorization\" = \"Bearer t0ken-2\"\n"
                + "    \"Proxy-Authorization\" = \"pr0xy-6\"\n    \"content-type\" = \"application/json\"\n  }\n}\n"
                + "plugins.apikey = \"ap1key-3\"\n"
                + "s3 {\n  access_key_id = \"AKID\"\n  secret_access_key = \"s3key-4\"\n  ssl.keyfile = \"/etc/emqx/certs/key.pem\"\n}\n"
                + "auth.token = \"t0ken-5\"\n"
                + "copied_cookie = ${node.cookie}\n"
                + "client_id = \"node-\"${node.cookie}\n");

            var run = Run(temp.Path, "--resolve", "emqx.conf");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("configlint: read emqx.conf as HOCON (EMQX 5)\n", run.Error);
            Assert.Equal(
                "{\"auth\":{\"token\":\"****\"},\"client_id\":\"****\","
                + "\"connectors\":{\"http\":{\"hook\":{\"headers\":{\"Authorization\":\"****\",\"Proxy-Authorization\":\"****\",\"content-type\":\"application/json\"},\"url\":\"https://hook.example.com\"}}},"
                + "\"copied_cookie\":\"****\",\"node\":{\"cookie\":\"****\",\"name\":\"emqx@127.0.0.1\"},\"plugins\":{\"apikey\":\"****\"},"
                + "\"s3\":{\"access_key_id\":\"AKID\",\"secret_access_key\":\"****\",\"ssl\":{\"keyfile\":\"/etc/emqx/certs/key.pem\"}}}\n",
                run.Output);
            foreach (var secret in secrets)
                Assert.DoesNotContain(secret, run.Output + run.Error);
        }

        [Fact]
        public void Resolve_of_a_folder_is_a_usage_error()
        {
            temp.Folder("conf");

            var run = Run(temp.Path, "--resolve", "conf");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.Equal("configlint: --resolve: conf is a folder; --resolve reads one EMQX configuration file\n", run.Error);
        }

        [Theory]
        [InlineData("clp.conf", "<?xml version=\"1.0\" encoding=\"ASCII\"?>\n<root>\n<all><charset>ASCII</charset></all>\n<webmgr><password>w3bS3cret</password></webmgr>\n</root>\n",
            "clp.conf is an EXPRESSCLUSTER configuration (clp.conf), not an EMQX configuration")]
        [InlineData("ssl_dist.conf", "[{server, [{certfile, \"/etc/c.pem\"}, {password, \"d1stS3cret\"}]}].\n",
            "ssl_dist.conf is an Erlang distribution TLS configuration (ssl_dist.conf), not an EMQX configuration")]
        [InlineData("vm.args", "-name emqx@127.0.0.1\n-setcookie vmS3cret\n",
            "vm.args is an Erlang vm.args file, not an EMQX configuration")]
        [InlineData("rabbitmq.conf", "listeners.tcp.default = 5672\nmanagement.tcp.port = 15672\nlog.file.level = info\ndefault_user = admin\ndefault_pass = rabb1tS3cret\n",
            "rabbitmq.conf is a RabbitMQ configuration (it sets default_user), not an EMQX configuration")]
        [InlineData("vernemq.conf", "listener.tcp.default = 127.0.0.1:1883\nlistener.vmq.clustering = 0.0.0.0:44053\nlog.console = file\ndistributed_cookie = vmqS3cret\n",
            "vernemq.conf is a VerneMQ configuration (it sets listener.vmq.clustering), not an EMQX configuration")]
        public void Resolve_of_another_format_is_a_usage_error_in_one_line(string name, string content, string reason)
        {
            temp.File(name, content);

            var run = Run(temp.Path, "--resolve", name);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.Equal("configlint: --resolve: " + reason + "\n", run.Error);
        }

        [Fact]
        public void Resolve_prints_a_4x_flat_file_as_nested_objects_of_strings()
        {
            temp.File("emqx.conf", "node.name = emqx@127.0.0.1\nnode.cookie = emqxsecretcookie\nlistener.tcp.external = 0.0.0.0:1883\nlistener.tcp.external.acceptors = 8\n");

            var run = Run(temp.Path, "--resolve", "emqx.conf");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("configlint: read emqx.conf as EMQX 4.x (key = value)\n", run.Error);
            using var json = JsonDocument.Parse(run.Output);
            Assert.Equal("emqx@127.0.0.1", json.RootElement.GetProperty("node").GetProperty("name").GetString());
            Assert.Equal(SecretKeys.Mask, json.RootElement.GetProperty("node").GetProperty("cookie").GetString());
            var external = json.RootElement.GetProperty("listener").GetProperty("tcp").GetProperty("external");
            Assert.Equal("0.0.0.0:1883", external.GetProperty("$value").GetString());
            Assert.Equal("8", external.GetProperty("acceptors").GetString());
        }

        [Theory]
        [InlineData("plain-key-value-5x.emqx.conf", "listeners.tcp.default", "enable", "max_connections")]
        [InlineData("flat-lines.hocon", "mqtt", "retain_available", "max_topic_levels")]
        public void Resolve_reads_plain_key_value_emqx5_lines_as_hocon_so_true_and_42_keep_their_types(string file, string path, string trueKey, string fortyTwoKey)
        {
            var run = Run(Path.Combine(TestPaths.Fixtures, "emqx", "form"), "--resolve", file);

            Assert.Equal($"configlint: read {file} as HOCON (EMQX 5)\n", run.Error);
            using var json = JsonDocument.Parse(run.Output);
            var values = path.Split('.').Aggregate(json.RootElement, (element, key) => element.GetProperty(key));
            Assert.Equal(JsonValueKind.True, values.GetProperty(trueKey).ValueKind);
            Assert.Equal(JsonValueKind.Number, values.GetProperty(fortyTwoKey).ValueKind);
            Assert.Equal(42, values.GetProperty(fortyTwoKey).GetInt32());
        }

        [Fact]
        public void Resolve_of_a_4x_plugin_keeps_its_json_rule_values_as_text()
        {
            var run = Run(Path.Combine(TestPaths.Fixtures, "emqx", "form", "plugins"), "--resolve", "emqx_web_hook.conf");

            Assert.Equal("configlint: read emqx_web_hook.conf as EMQX 4.x (key = value)\n", run.Error);
            using var json = JsonDocument.Parse(run.Output);
            var connect = json.RootElement.GetProperty("web").GetProperty("hook").GetProperty("rule").GetProperty("client").GetProperty("connect").GetProperty("1");
            Assert.Equal("{\"action\": \"on_client_connect\"}", connect.GetString());
        }

        [Theory]
        [InlineData("prose-line.emqx.conf", "EMQX 4.x (key = value)")]
        [InlineData("plain-key-value-5x.emqx.conf", "HOCON (EMQX 5)")]
        public void Sarif_results_carry_the_form_their_emqx_file_was_read_in(string file, string form)
        {
            var output = Path.Combine(temp.Path, "form.sarif");

            Run(Path.Combine(TestPaths.Fixtures, "emqx", "form"), file, "--format", "sarif", "--output", output);

            using var log = JsonDocument.Parse(File.ReadAllText(output));
            var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
            Assert.NotEmpty(results);
            Assert.All(results, r => Assert.Equal(form, r.GetProperty("properties").GetProperty("emqxForm").GetString()));
        }

        [Fact]
        public void Resolve_of_a_broken_file_reports_CL0001_on_standard_error()
        {
            temp.File("emqx.conf", "node {\n  name = \n");

            var run = Run(temp.Path, "--resolve", "emqx.conf");

            Assert.Equal(1, run.ExitCode);
            Assert.Matches(@"^configlint: read emqx\.conf as HOCON \(EMQX 5\)\nemqx\.conf:\d+:\d+: error CL0001: ", run.Error);
        }

        [Fact]
        public void Lists_every_catalog_rule()
        {
            var run = Run(temp.Path, "--list-rules");

            Assert.Equal(0, run.ExitCode);
            var rows = run.Output.TrimEnd('\n').Split('\n');
            Assert.Equal(RuleCatalog.All.Select(r => r.Id), rows.Skip(1).Select(row => row.Split(' ')[0]));
        }

        [Fact]
        public void Explains_every_catalog_rule()
        {
            foreach (var rule in RuleCatalog.All)
            {
                var run = Run(temp.Path, "--explain", rule.Id);

                Assert.Equal(0, run.ExitCode);
                Assert.StartsWith($"## {rule.Id} {rule.Name}\n", run.Output);
            }
        }
    }
}
