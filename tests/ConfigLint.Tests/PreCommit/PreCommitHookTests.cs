using System;
using System.Collections.Generic;
using System.IO;
using ConfigLint.Tests.Cli;
using Xunit;

namespace ConfigLint.Tests.PreCommit
{
    /// <summary>
    /// The published hook through the real pre-commit: it clones this checkout at its committed HEAD, builds the tool
    /// with <c>dotnet pack</c> as its dotnet language does, and runs it on a repository's files. The build takes
    /// about 20 s, so the whole story is one test.
    /// </summary>
    public class PreCommitHookTests
    {
        private const string InsecureEmqxConf = @"node {
  name = ""emqx@10.0.0.1""
  cookie = ""emqxsecretcookie""
}
";

        // The hardened node of tests/fixtures/emqx/clean/v5 with a strong literal cookie.
        private const string HardenedEmqxConf = @"node {
  name = ""emqx@10.0.0.1""
  cookie = ""Vq7t2mXk9RcW4pLz8NbH3sJd6FgY1aQe""
}
cluster {
  name = hardened
  proto_dist = inet_tls
}
rpc {
  protocol = ssl
  certfile = ""/etc/emqx/certs/node.pem""
  keyfile = ""/etc/emqx/certs/node.key""
  cacertfile = ""/etc/emqx/certs/ca.pem""
}
dashboard {
  listeners.http.bind = 0
  listeners.https.bind = ""0.0.0.0:18084""
}
authentication = [{ mechanism = password_based, backend = built_in_database }]
authorization {
  sources = [{ type = built_in_database }]
  no_match = deny
}
";

        private static readonly TimeSpan HookBuildLimit = TimeSpan.FromMinutes(10);

        private static readonly string? PreCommit = ExternalProgram.Find("pre-commit");
        private static readonly string? Git = ExternalProgram.Find("git");

        [SkippableFact]
        public void Hook_fails_on_a_weak_cookie_and_passes_once_the_file_is_fixed()
        {
            Skip.If(PreCommit == null, "pre-commit is not on the PATH (install the Debian package pre-commit to run the hook's end-to-end test)");
            Skip.If(Git == null, "git is not on the PATH (the pre-commit end-to-end test needs it)");

            using var temp = new TempFolder();
            var repository = temp.Folder("repo");
            // pre-commit keeps its clones and built hook environments here instead of in ~/.cache.
            var variables = new Dictionary<string, string> { ["PRE_COMMIT_HOME"] = temp.Folder("pre-commit-home") };
            string GitIn(string directory, params string[] arguments) => Expect(0, Run(Git!, arguments, directory, variables)).Output.Trim();
            var hookRevision = GitIn(TestPaths.RepositoryRoot, "rev-parse", "HEAD");

            GitIn(repository, "init", "--quiet");
            GitIn(repository, "config", "user.name", "ConfigLint tests");
            GitIn(repository, "config", "user.email", "tests@configlint.invalid");
            temp.File("repo/.pre-commit-config.yaml", $@"repos:
  - repo: {TestPaths.RepositoryRoot}
    rev: {hookRevision}
    hooks:
      - id: configlint
");
            temp.File("repo/emqx.conf", InsecureEmqxConf);
            Commit(repository, "insecure node");

            var insecure = Run(PreCommit!, new[] { "run", "--all-files", "--color", "never" }, repository, variables);
            Assert.True(insecure.ExitCode != 0, "pre-commit passed an insecure emqx.conf:\n" + insecure.Output);
            Assert.Contains("emqx.conf:3:12: error CL1003:", insecure.Output);

            temp.File("repo/emqx.conf", HardenedEmqxConf);
            File.Copy(Path.Combine(TestPaths.Fixtures, "emqx", "clean", "v5", "ssl_dist.conf"), temp.FullPath("repo/ssl_dist.conf"));
            Commit(repository, "hardened node");

            Expect(0, Run(PreCommit!, new[] { "run", "--all-files", "--color", "never" }, repository, variables));

            void Commit(string directory, string message)
            {
                GitIn(directory, "add", "--all");
                GitIn(directory, "commit", "--quiet", "--no-verify", "-m", message);
            }
        }

        private static ProgramRun Run(string program, string[] arguments, string directory, IReadOnlyDictionary<string, string> variables) =>
            ExternalProgram.Run(program, arguments, directory, variables, HookBuildLimit);

        private static ProgramRun Expect(int exitCode, ProgramRun run)
        {
            Assert.True(run.ExitCode == exitCode, $"exit code {run.ExitCode}, expected {exitCode}:\n{run.Output}");
            return run;
        }
    }
}
