using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using ConfigLint.Tests.Cli;
using Xunit;

namespace ConfigLint.Tests.Action
{
    /// <summary>
    /// A runner machine for the action's tests: the action as the runner downloads it (this checkout's files, no .git),
    /// a tool cache the tests share (the first run builds ConfigLint, later runs find it built), and NuGet sources that a
    /// careless install would use: the user's NuGet.Config and a nuget.config in every workspace name a feed that only
    /// counts the connections made to it. The first workspace also pins, in its global.json, an SDK the machine lacks.
    /// </summary>
    public sealed class ActionSandbox : IDisposable
    {
        private readonly TempFolder _temp = new();
        private readonly SpyFeed _spyFeed = new();
        private int _workspaces;

        public ActionSandbox()
        {
            ActionPath = _temp.Folder("runner/work/_actions/configlint/configlint/v0.1.0");
            CopyCheckout(ActionPath);
            Action = CompositeAction.Load(Path.Combine(ActionPath, "action.yml"));
            ToolCache = _temp.Folder("runner/tool-cache");
            Home = _temp.Folder("home");
            _temp.File("home/.nuget/NuGet/NuGet.Config", SpyFeedConfig(clear: false));
            // Tests share the machine's package folder, as a runner keeps its own between steps.
            NuGetPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            // The workspace's global.json pins an SDK this machine lacks: the build must not use the workspace's SDK.
            FirstRun = Run(NewWorkspace(("global.json", "{ \"sdk\": { \"version\": \"6.0.100\", \"rollForward\": \"disable\" } }\n")), new Dictionary<string, string>(), out var uploads);
            FirstRunUploads = uploads;
        }

        internal string ActionPath { get; }

        internal CompositeAction Action { get; }

        internal string ToolCache { get; }

        internal string Home { get; }

        internal string NuGetPackages { get; }

        /// <summary>The first run, with the default inputs: it built the tool.</summary>
        internal ActionRun FirstRun { get; }

        internal IReadOnlyList<(string Uses, IReadOnlyDictionary<string, string> With)> FirstRunUploads { get; }

        /// <summary>Connections made to the feed that only the user's and the workspace's NuGet configurations name.</summary>
        internal int SpyFeedConnections => _spyFeed.Connections;

        /// <summary>A git repository holding an insecure deploy/emqx.conf (and the given files), with a nuget.config naming the spy feed.</summary>
        internal string NewWorkspace(params (string Path, string Content)[] files)
        {
            var name = $"workspace{Interlocked.Increment(ref _workspaces)}";
            var workspace = _temp.Folder(name);
            _temp.File($"{name}/deploy/emqx.conf", InsecureEmqxConf);
            _temp.File($"{name}/nuget.config", SpyFeedConfig(clear: true));
            foreach (var (path, content) in files)
                _temp.File($"{name}/{path}", content);
            Git(workspace, "init", "--quiet");
            Git(workspace, "add", "--all");
            Git(workspace, "-c", "user.name=ConfigLint tests", "-c", "user.email=tests@configlint.invalid", "commit", "--quiet", "-m", "cluster configuration");
            return workspace;
        }

        /// <summary>The action run in <paramref name="workspace"/> with these inputs; the uses: steps it reached, in order.</summary>
        internal ActionRun Run(string workspace, IReadOnlyDictionary<string, string> with, out List<(string Uses, IReadOnlyDictionary<string, string> With)> usesSteps, string? onlyStep = null, string? actionPath = null)
        {
            var reached = new List<(string, IReadOnlyDictionary<string, string>)>();
            var runner = new CompositeActionRunner(Action, RunnerVariables(workspace, actionPath ?? ActionPath));
            var run = runner.Run(with, (uses, inputs) =>
            {
                CheckUsesStep(uses, inputs);
                reached.Add((uses, inputs));
            }, onlyStep);
            usesSteps = reached;
            return run;
        }

        /// <summary>What each action the composite uses is given; it stands in for that action.</summary>
        private void CheckUsesStep(string uses, IReadOnlyDictionary<string, string> with)
        {
            switch (uses)
            {
                case "actions/setup-dotnet@v5":
                    Assert.Equal(new Dictionary<string, string> { ["dotnet-version"] = "10.0.x" }, with);
                    // The machine's SDK stands in for the one setup-dotnet installs.
                    var version = ExternalProgram.Run("dotnet", new[] { "--version" }, Home, new Dictionary<string, string>(), TimeSpan.FromMinutes(1));
                    Assert.StartsWith("10.", version.Output.Trim(), StringComparison.Ordinal);
                    break;
                case "actions/cache@v6":
                    Assert.Equal(new[] { "key", "path" }, with.Keys.OrderBy(key => key, StringComparer.Ordinal));
                    var build = Path.GetFileName(with["path"]);
                    Assert.Matches($"^{RuntimeInformation.RuntimeIdentifier}-[0-9a-f]{{32}}$", build);
                    Assert.Equal(Path.Combine(ToolCache, "configlint", build), with["path"]);
                    Assert.Equal("configlint-" + build, with["key"]);
                    break;
                case "github/codeql-action/upload-sarif@v4":
                    Assert.Equal(new[] { "category", "sarif_file" }, with.Keys.OrderBy(key => key, StringComparer.Ordinal));
                    Assert.True(File.Exists(with["sarif_file"]), "upload-sarif is given " + with["sarif_file"] + ", which does not exist");
                    break;
                default:
                    Assert.Fail($"action.yml uses {uses}, which this test does not stand in for");
                    break;
            }
        }

        /// <summary>What the runner sets for a step of an action in a job on an ubuntu runner.</summary>
        private Dictionary<string, string> RunnerVariables(string workspace, string actionPath)
        {
            var runnerTemp = Path.Combine(_temp.Path, "runner", "temp", Path.GetFileName(workspace));
            Directory.CreateDirectory(runnerTemp);
            var eventPath = Path.Combine(runnerTemp, "event.json");
            File.WriteAllText(eventPath, "{}");
            return new Dictionary<string, string>
            {
                ["HOME"] = Home,
                ["NUGET_PACKAGES"] = NuGetPackages,
                ["CI"] = "true",
                ["GITHUB_ACTIONS"] = "true",
                ["GITHUB_WORKSPACE"] = workspace,
                ["GITHUB_ACTION_PATH"] = actionPath,
                ["GITHUB_ACTION_REPOSITORY"] = "configlint/configlint",
                ["GITHUB_ACTION"] = "__configlint_configlint",
                ["GITHUB_REPOSITORY"] = "example/cluster-config",
                ["GITHUB_REPOSITORY_OWNER"] = "example",
                ["GITHUB_SHA"] = Git(workspace, "rev-parse", "HEAD"),
                ["GITHUB_REF"] = "refs/heads/main",
                ["GITHUB_REF_NAME"] = "main",
                ["GITHUB_EVENT_NAME"] = "push",
                ["GITHUB_EVENT_PATH"] = eventPath,
                ["GITHUB_WORKFLOW"] = "ConfigLint",
                ["GITHUB_JOB"] = "configlint",
                ["GITHUB_RUN_ID"] = "1",
                ["GITHUB_RUN_NUMBER"] = "1",
                ["GITHUB_RUN_ATTEMPT"] = "1",
                ["GITHUB_ACTOR"] = "octocat",
                ["GITHUB_SERVER_URL"] = "https://github.com",
                ["GITHUB_API_URL"] = "https://api.github.com",
                ["RUNNER_OS"] = "Linux",
                ["RUNNER_ARCH"] = RunnerArch,
                ["RUNNER_NAME"] = "GitHub Actions 1",
                ["RUNNER_ENVIRONMENT"] = "github-hosted",
                ["RUNNER_TEMP"] = runnerTemp,
                ["RUNNER_TOOL_CACHE"] = ToolCache,
            };
        }

        private static string RunnerArch => RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "ARM64" : "X64";

        private string SpyFeedConfig(bool clear) => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                {(clear ? "<clear />" : "")}
                <add key="spy" value="http://127.0.0.1:{_spyFeed.Port}/v3/index.json" allowInsecureConnections="true" />
              </packageSources>
            </configuration>
            """;

        internal const string InsecureEmqxConf = "node {\n  name = \"emqx@10.0.0.1\"\n  cookie = \"emqxsecretcookie\"\n}\n";

        /// <summary>The checkout's files as GitHub serves an action: tracked and new files, without .git or build output.</summary>
        private static void CopyCheckout(string destination)
        {
            var listed = Git(TestPaths.RepositoryRoot, "ls-files", "--cached", "--others", "--exclude-standard");
            foreach (var file in listed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
            {
                var source = Path.Combine(TestPaths.RepositoryRoot, file);
                if (!File.Exists(source))
                    continue; // deleted in the work tree, not yet committed
                var target = Path.Combine(destination, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }
        }

        private static string Git(string directory, params string[] arguments)
        {
            var run = ExternalProgram.Run("git", arguments, directory, new Dictionary<string, string>(), TimeSpan.FromMinutes(1));
            Assert.True(run.ExitCode == 0, $"git {string.Join(' ', arguments)}: {run.Output}");
            return run.Output.Trim();
        }

        public void Dispose()
        {
            _spyFeed.Dispose();
            _temp.Dispose();
        }

        /// <summary>A port on the loopback that accepts connections, counts them and closes them at once.</summary>
        private sealed class SpyFeed : IDisposable
        {
            private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
            private readonly Task _accepting;
            private int _connections;

            public SpyFeed()
            {
                _listener.Start();
                _accepting = Task.Run(async () =>
                {
                    try
                    {
                        while (true)
                        {
                            using var client = await _listener.AcceptTcpClientAsync().ConfigureAwait(false);
                            Interlocked.Increment(ref _connections);
                        }
                    }
                    catch (Exception e) when (e is SocketException or ObjectDisposedException)
                    {
                        // Stopped.
                    }
                });
            }

            public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

            public int Connections => Volatile.Read(ref _connections);

            public void Dispose()
            {
                _listener.Stop();
                _accepting.Wait();
            }
        }
    }
}
