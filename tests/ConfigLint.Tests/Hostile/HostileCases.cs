using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ConfigLint.Tests.Hostile
{
    /// <summary>Every row of README's "Bad input" table, with exactly what ConfigLint gives for it.</summary>
    internal static class HostileCases
    {
        private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

        private static string ClpConf(string cluster) => "<?xml version=\"1.0\" encoding=\"ASCII\"?>\n<root><all/><cluster>\n" + cluster + "</cluster></root>\n";

        private const string Cookie = "7c1e9b3f5a2d8e4c6b0a9f1e3d5c7b2a";

        public static IReadOnlyList<HostileCase> All { get; } = new[]
        {
            new HostileCase("nul-in-paths", folder =>
            {
                folder.Text("node/vm.args", $"-name emqx@10.0.0.1\n-setcookie {Cookie}\n-proto_dist inet_tls\n-args_file a\0b\n-ssl_dist_optfile c\0d\n");
                folder.Text("node4/emqx.conf", $"node.name = emqx@10.0.0.2\nnode.cookie = {Cookie}\ncluster.proto_dist = inet_tls\nnode.ssl_dist_optfile = a\0b\n");
                folder.Text("node5/emqx.conf", $"include \"a\\u0000b\"\nnode {{\n  name = \"emqx@10.0.0.3\"\n  cookie = \"{Cookie}\"\n}}\n");
                folder.Text("dist/ssl_dist.conf", "[{server, [{certfile, \"a\\0b\"}, {verify, verify_peer}, {fail_if_no_peer_cert, true}]},\n {client, [{certfile, \"a\\0b\"}, {verify, verify_peer}]}].\n");
            }, Output: new[]
            {
                "dist/ssl_dist.conf:1:23: error CL2003: The server side has a `certfile` but no `keyfile`, and the certificate file is not known to hold the private key.",
                "dist/ssl_dist.conf:1:41: error CL2003: The server side verifies its peer but has no `cacertfile` or `cacerts` to verify it against.",
                "dist/ssl_dist.conf:2:23: error CL2003: The client side has a `certfile` but no `keyfile`, and the certificate file is not known to hold the private key.",
                "dist/ssl_dist.conf:2:41: error CL2003: The client side verifies its peer but has no `cacertfile` or `cacerts` to verify it against.",
                "node/vm.args:3:13: error CL2007: Distribution is set to `inet_tls` but no TLS options are found: no ssl_dist.conf beside the configuration, no existing -ssl_dist_optfile and no -ssl_dist_opt",
                "node/vm.args:4:12: error CL0001: The file named here cannot be read: the path is not valid (it holds a NUL or another character no file name can).",
                "node/vm.args:5:19: error CL0001: The file named here cannot be read: the path is not valid (it holds a NUL or another character no file name can).",
                "node4/emqx.conf:1:1: error CL1001: Cluster RPC between nodes is plain TCP: `rpc.driver` is not set and defaults to `tcp` (EMQX 4.4; EMQX 3.x to 4.3 have no `rpc.driver` and always use TCP).",
                "node4/emqx.conf:3:22: error CL2007: Distribution is set to `inet_tls` but no TLS options are found: no ssl_dist.conf beside the configuration, no existing -ssl_dist_optfile and no -ssl_dist_opt",
                "node4/emqx.conf:4:25: error CL0001: The file named here cannot be read: the path is not valid (it holds a NUL or another character no file name can).",
                "node5/emqx.conf:1:1: error CL0001: The file named here cannot be read: the path is not valid (it holds a NUL or another character no file name can).",
            },
            Error: new[] { "11 findings (11 errors) in 4 of 4 files" },
            ExitCode: 1),

            new HostileCase("outside-tree", folder =>
            {
                folder.Fixture("outside-tree", "node");
                folder.Fixture("outside-tree-4x", "node4");
                folder.Link("link/emqx.conf", "/dev/zero");
                folder.Text("node5/emqx.conf", $"include \"zero.conf\"\nnode {{\n  name = \"emqx@10.0.0.3\"\n  cookie = \"{Cookie}\"\n}}\n");
                folder.Link("node5/zero.conf", "/dev/zero");
            }, Output: new[]
            {
                "node4/emqx.conf:6:14: error CL1002: Cluster RPC is set to `ssl` but `rpc.cacertfile` is not set",
                "node4/emqx.conf:6:14: error CL1002: Cluster RPC is set to `ssl` but `rpc.certfile` is not set",
                "node4/emqx.conf:6:14: error CL1002: Cluster RPC is set to `ssl` but `rpc.keyfile` is not set",
            },
            Error: new[]
            {
                "configlint: note: not checked: link/emqx.conf is a symbolic link to outside the scanned tree",
                "configlint: note: node/emqx.conf:6:1: not checked: /dev/zero is outside the scanned tree",
                "configlint: note: node/emqx.conf:7:1: not checked: /etc/passwd is outside the scanned tree",
                "configlint: note: node/emqx.conf:8:1: not checked: /etc/emqx/plugins.conf is outside the scanned tree",
                "configlint: note: node/vm.args:5:19: not checked: /dev/zero is outside the scanned tree",
                "configlint: note: node/vm.args:6:12: not checked: /dev/zero is outside the scanned tree",
                "configlint: note: node4/emqx.conf:5:25: not checked: /dev/zero is outside the scanned tree",
                "configlint: note: node5/emqx.conf:1:1: not checked: node5/zero.conf is a symbolic link to outside the scanned tree",
                "configlint: note: not checked: node5/zero.conf is a symbolic link to outside the scanned tree",
                "3 findings (3 errors) in 1 of 4 files",
            },
            ExitCode: 1),

            new HostileCase("fifo", folder =>
            {
                folder.Fifo("named/emqx.conf");
                folder.Fifo("sniffed/other.conf");
                folder.Text("include/emqx.conf", $"include \"part.conf\"\nnode {{\n  name = \"emqx@10.0.0.4\"\n  cookie = \"{Cookie}\"\n}}\n");
                folder.Fifo("include/part.conf");
                folder.Text("vm/vm.args", $"-name emqx@10.0.0.5\n-setcookie {Cookie}\n-proto_dist inet_tls\n-args_file extra.args\n-ssl_dist_optfile dist.opt\n");
                folder.Fifo("vm/extra.args");
                folder.Fifo("vm/dist.opt");
            }, Output: new[]
            {
                "include/emqx.conf:1:1: error CL0001: The file named here cannot be read: not a regular file (a FIFO).",
                "vm/vm.args:3:13: error CL2007: Distribution is set to `inet_tls` but no TLS options are found: no ssl_dist.conf beside the configuration, no existing -ssl_dist_optfile and no -ssl_dist_opt",
                "vm/vm.args:4:12: error CL0001: The file named here cannot be read: not a regular file (a FIFO).",
                "vm/vm.args:5:19: error CL0001: The file named here cannot be read: not a regular file (a FIFO).",
            },
            Error: new[]
            {
                "configlint: cannot read include/part.conf: not a regular file (a FIFO)",
                "configlint: cannot read named/emqx.conf: not a regular file (a FIFO)",
                "configlint: cannot read sniffed/other.conf: not a regular file (a FIFO)",
                "4 findings (4 errors) in 2 of 2 files",
            },
            ExitCode: 2),

            new HostileCase("expansion", folder =>
            {
                folder.Fixture("expansion", "substitutions");
                // 25 files, each including the next twice: 2^25 copies of the last one if expanded.
                folder.Text("includes/emqx.conf", $"include \"part-00.inc\"\nnode {{\n  name = \"emqx@10.0.0.6\"\n  cookie = \"{Cookie}\"\n}}\n");
                for (var i = 0; i < 25; i++)
                    folder.Text($"includes/part-{i:00}.inc", i < 24 ? $"include \"part-{i + 1:00}.inc\"\ninclude \"part-{i + 1:00}.inc\"\n" : "log.console.level = info\n");
                folder.Text("args/vm.args", $"-name emqx@10.0.0.7\n-setcookie {Cookie}\n-proto_dist inet_tls\n-args_file part-00.args\n");
                for (var i = 0; i < 25; i++)
                    folder.Text($"args/part-{i:00}.args", i < 24 ? $"-args_file part-{i + 1:00}.args\n-args_file part-{i + 1:00}.args\n" : "+P 1048576\n");
            }, Output: new[]
            {
                "args/part-21.args:2:12: error CL0001: Reading this expands the configuration beyond its budget (a resolved size of at most 81408 characters); the rest is read without it.",
                "args/vm.args:3:13: error CL2007: Distribution is set to `inet_tls` but no TLS options are found: no ssl_dist.conf beside the configuration, no existing -ssl_dist_optfile and no -ssl_dist_opt",
                "includes/part-22.inc:1:1: error CL0001: Reading this expands the configuration beyond its budget (a resolved size of at most 75712 characters); the rest is read without it.",
                "substitutions/arrays.hocon:15:9: error CL0001: Reading this expands the configuration beyond its budget (a resolved size of at most 48896 characters); the rest is read without it.",
                "substitutions/strings.hocon:17:8: error CL0001: Reading this expands the configuration beyond its budget (a resolved size of at most 42048 characters); the rest is read without it.",
            },
            Error: new[] { "5 findings (5 errors) in 5 of 6 files" },
            ExitCode: 1),

            new HostileCase("control-characters-in-names", folder =>
                folder.Text("we\nird\u001b[31m/emqx.conf", "node.name = emqx@10.0.0.8\nnode.cookie = emqxsecretcookie\n"),
                Output: new[]
            {
                // Read as HOCON: it reads both ways and has no key only 4.x has, so 5.x's defaults are judged.
                @"we\nird\x1b[31m/emqx.conf:1:1: error CL1001: Cluster RPC between nodes is plain TCP: `rpc.protocol` is not set and defaults to `tcp`.",
                @"we\nird\x1b[31m/emqx.conf:1:1: error CL1004: Erlang distribution is plain TCP: `cluster.proto_dist` is not set and defaults to `inet_tcp`.",
                @"we\nird\x1b[31m/emqx.conf:1:1: warning CL1008: No authenticator is enabled, in `authentication` (emqx.conf or cluster.hocon) or on a listener: any client may connect without credentials.",
                @"we\nird\x1b[31m/emqx.conf:1:1: warning CL1008: `authorization.sources` is not set, so EMQX authorizes with `${EMQX_ETC_DIR}/acl.conf`, which is not in the scanned tree, and the acl.conf EMQX ships ends in `{allow, all}.`: any client may publish and subscribe to any topic its first rules do not deny.",
                @"we\nird\x1b[31m/emqx.conf:2:15: error CL1003: The Erlang cookie is the default that ships with EMQX; whoever knows it can join the cluster and run code on every node",
            },
            Error: new[] { "5 findings (3 errors, 2 warnings) in 1 of 1 file" },
            ExitCode: 1),

            new HostileCase("symlink-loop", folder =>
            {
                folder.Link("loop/emqx.conf", "other.conf");
                folder.Link("loop/other.conf", "emqx.conf");
                folder.Text("include/emqx.conf", $"include \"../loop/other.conf\"\nnode {{\n  name = \"emqx@10.0.0.9\"\n  cookie = \"{Cookie}\"\n}}\n");
            }, Output: new[] { "include/emqx.conf:1:1: error CL0001: The file named here cannot be read: too many levels of symbolic links." },
            Error: new[]
            {
                "configlint: cannot read loop/emqx.conf: too many levels of symbolic links",
                "configlint: cannot read loop/other.conf: too many levels of symbolic links",
                "1 finding (1 error) in 1 of 1 file",
            },
            ExitCode: 2),

            new HostileCase("what-erl-refuses", folder =>
            {
                folder.Fixture("ssl_dist_bom", "bom");
                folder.Fixture("ssl_dist_fffe", "fffe");
                folder.Fixture("vm_args_bom", "vm");
                folder.Bytes("bom-other-name/dist.conf", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("[{server, [{verify, verify_none}]}].\n")).ToArray());
            }, Output: new[]
            {
                "bom-other-name/dist.conf:1:1: error CL0001: Syntax error: expected a token, found a byte-order mark.",
                "bom/ssl_dist.conf:1:1: error CL0001: Syntax error: expected a token, found a byte-order mark.",
                "fffe/ssl_dist.conf:5:31: error CL0001: Syntax error: expected a valid character, found an invalid character.",
                "vm/vm.args:1:1: error CL0001: Syntax error: expected a flag starting with '-' or '+', found a byte-order mark.",
                "vm/vm.args:1:12: error CL0001: Syntax error: expected a flag starting with '-' or '+', found a value.",
                "vm/vm.args:3:1: error CL1004: Erlang distribution is plain TCP: `-name` makes this a distributed node and no `-proto_dist` selects TLS, so it uses OTP's default `inet_tcp`.",
            },
            Error: new[] { "6 findings (6 errors) in 4 of 4 files" },
            ExitCode: 1),

            new HostileCase("broken-peer", folder =>
            {
                folder.Text("node-a/emqx.conf", $"node.name = emqx@10.0.0.10\nnode.cookie = {Cookie}\ncluster.name = prod\ncluster.discovery = static\ncluster.static.seeds = emqx@10.0.0.10,emqx@10.0.0.11\n");
                // Its peer names it as a seed but has another cookie: read, it would be CL2008. Broken, it is left out.
                folder.Text("node-b/emqx.conf", "node {\n  name = \"emqx@10.0.0.11\"\n  cookie = \"0f9e8d7c6b5a49382716051423324150\"\ncluster {\n  name = prod\n");
                folder.Fifo("node-c/emqx.conf");
            },
            Output: new[]
            {
                "node-a/emqx.conf:1:1: error CL1001: Cluster RPC between nodes is plain TCP: `rpc.driver` is not set and defaults to `tcp` (EMQX 4.4; EMQX 3.x to 4.3 have no `rpc.driver` and always use TCP).",
                "node-a/emqx.conf:1:1: error CL1004: Erlang distribution is plain TCP: `cluster.proto_dist` is not set and defaults to `inet_tcp`.",
            },
            Error: new[] { "2 findings (2 errors) in 1 of 1 file" },
            ExitCode: 1,
            Paths: new[] { "node-a/emqx.conf" }),

            new HostileCase("deep-and-wide", folder =>
            {
                const int Deep = 100_000;
                folder.Text("flat/emqx.conf", "node.name = emqx@10.0.0.12\n" + string.Join(".", Enumerable.Repeat("k", 30_000)) + " = 1\n");
                folder.Text("hocon/deep.hocon", "deep " + Repeat("{ a ", Deep) + Repeat("} ", Deep) + "\n");
                folder.Text("terms/ssl_dist.conf", Repeat("[", Deep) + Repeat("]", Deep) + ".\n");
                folder.Text("nested/clp.conf", ClpConf(Repeat("<a>", Deep) + Repeat("</a>", Deep) + "\n"));
                folder.Text("wide/clp.conf", ClpConf(Repeat("<passwd>p</passwd>\n", Deep)));
            }, // Each deep input is one CL0001 at its first level too deep; each of the 100,000 passwords is one finding.
            Output: new[]
            {
                "flat/emqx.conf:2:1: error CL0001: Nesting is too deep to read (expected at most 256 levels of nesting).",
                "hocon/deep.hocon:1:516: error CL0001: Nesting is too deep to read (expected at most 256 levels of nesting).",
                "nested/clp.conf:2:2: error CL3001: Cluster WebUI is served over plain HTTP (there is no <webmgr> section, so the default applies); its passwords and every cluster operation cross the network in clear",
                "nested/clp.conf:2:2: warning CL3004: Cluster WebUI accepts connections from any address (no client IP restriction is set) and no WebUI password is set; anyone who reaches the port can operate the cluster",
                "nested/clp.conf:3:764: error CL0001: Nesting is too deep to read (expected at most 256 levels of nesting).",
                "terms/ssl_dist.conf:1:257: error CL0001: Nesting is too deep to read (expected at most 256 levels of nesting).",
                "wide/clp.conf:2:2: error CL3001: Cluster WebUI is served over plain HTTP (there is no <webmgr> section, so the default applies); its passwords and every cluster operation cross the network in clear",
                "wide/clp.conf:2:2: warning CL3004: Cluster WebUI accepts connections from any address (no client IP restriction is set) and no WebUI password is set; anyone who reaches the port can operate the cluster",
            }.Concat(Enumerable.Range(3, 100_000).Select(line => $"wide/clp.conf:{line}:9: error CL3003: A password is stored in plaintext at root/cluster/passwd")).ToArray(),
            Error: new[] { "100008 findings (100006 errors, 2 warnings) in 5 of 5 files" },
            ExitCode: 1),

            new HostileCase("too-large", folder =>
                folder.Text("big/emqx.conf", new StringBuilder().Insert(0, "# padding padding padding padding padding padding\n", 360_000).ToString()),
                Output: new string[0],
            Error: new[] { "configlint: cannot read big/emqx.conf: larger than the limit of 16777216 bytes (--max-file-size)", "No findings in 0 files." },
            ExitCode: 2),
        };
    }
}
