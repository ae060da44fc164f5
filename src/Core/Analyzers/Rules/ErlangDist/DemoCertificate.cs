using System;
using System.Collections.Generic;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.ErlangDist;
using ConfigLint.Analyzers.Knowledge;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.ErlangDist
{
    /// <summary>CL2006: TLS uses the sample certificates EMQX ships, whose private keys are public.</summary>
    internal sealed class DemoCertificate : ISslDistRule, IEmqxRule, IVmArgsRule
    {
        private static readonly string[] FileOptions = { "certfile", "keyfile", "cacertfile" };

        public static readonly RuleDefinition Rule = new(
            RuleIds.DemoCertificate,
            "demo-certificate",
            "TLS uses EMQX's bundled demo certificate",
            "`{0}` points at the demo {1} EMQX ships with every package; its private key is public, so this TLS authenticates nothing",
            DiagnosticSeverity.Error,
            cwe: "CWE-321",
            securitySeverity: "8.8",
            why: """
                EMQX ships `cert.pem`, `key.pem`, `cacert.pem`, `client-cert.pem` and `client-key.pem` in its certs
                folder (`etc/certs`, `/etc/emqx/certs` in the deb and rpm packages, `/opt/emqx/etc/certs` in the
                Docker image; checked against 4.4.19 and 5.8.9) so that TLS works out of the box. The same files,
                private keys included, are in every EMQX package and in its public repository. TLS that uses them
                (for Erlang distribution in ssl_dist.conf or `-ssl_dist_opt`, for RPC in `rpc.*file`, for listeners
                and the dashboard in `ssl_options`) authenticates nothing: anyone can present the demo certificate,
                and anyone can decrypt or impersonate a node that uses the demo key. Only those names in EMQX's certs
                folder count; a certificate of your own there (`/etc/emqx/certs/server.pem`) is not a demo file.
                A listener EMQX does not start uses no certificate and is not reported: a block with
                `enable = false`, an EMQX 5 dashboard listener without `bind` or with `bind = 0` (off since 5.1, as
                in the shipped emqx.conf's `https` block), or an EMQX 4 listener whose own key is not set.
                """,
            howToFix: """
                Create a private CA for the cluster, issue each node and listener its own certificate and key, and
                point `certfile`, `keyfile` and `cacertfile` at them; keep private keys out of version control.
                """,
            new RuleExample("ssl_dist.conf", "erlang", """
                [{server, [{certfile, "{{ platform_etc_dir }}/certs/cert.pem"},
                           {keyfile, "{{ platform_etc_dir }}/certs/key.pem"}]}].
                """),
            new RuleExample("ssl_dist.conf", "erlang", """
                [{server, [{certfile, "/etc/emqx/pki/node1.pem"},
                           {keyfile, "/etc/emqx/pki/node1.key"}]}].
                """));

        public RuleDefinition Definition => Rule;

        public void Analyze(SslDistConfig config, FindingSink sink)
        {
            foreach (var side in config.Sides)
            {
                foreach (var option in side.Options)
                {
                    if (Array.IndexOf(FileOptions, option.Name) >= 0 && option.Text is { } path && DemoCertificates.IsDemoPath(path))
                        sink.At(Rule, config.File, option.Value.Span, side.Name + "." + option.Name, path, option.Name, Kind(option.Name));
                }
            }
        }

        /// <summary>
        /// Every object once, breadth first: a substitution puts the same object at several paths (and objects that
        /// each hold two references to the one before double with every line), so a setting is reported once, at its
        /// shortest path. Paths are spelled out only for findings, since objects can nest as deep as the file is long.
        /// A block that is switched off (a listener EMQX does not start, <c>enable = false</c>) uses no certificate.
        /// </summary>
        public void Analyze(EmqxConfig config, FindingSink sink)
        {
            var listeners = new EmqxListeners(config);
            var visited = new HashSet<ConfigObject>(); // by reference: ConfigObject has no value equality
            var pending = new Queue<PendingObject>();
            pending.Enqueue(new PendingObject(null, config.Root));
            visited.Add(config.Root);
            while (pending.Count > 0)
            {
                var (path, obj) = pending.Dequeue();
                foreach (var field in obj.Fields)
                {
                    if (field.Value is ConfigObject child)
                    {
                        if (!listeners.IsSwitchedOff(child) && visited.Add(child))
                            pending.Enqueue(new PendingObject(new FieldPath(path, field.Key), child));
                    }
                    else if (field.Value is ConfigScalar scalar && Array.IndexOf(FileOptions, field.Key) >= 0 && DemoCertificates.IsDemoPath(scalar.Text))
                    {
                        var fieldPath = new FieldPath(path, field.Key).ToString();
                        sink.AtValue(Rule, scalar, fieldPath, fieldPath, Kind(field.Key));
                    }
                }
            }
        }

        /// <summary>An object still to visit, and where it is. A class: a queue of tuples is compiled at every start.</summary>
        private sealed record PendingObject(FieldPath? Path, ConfigObject Object);

        /// <summary>A dotted key path as a chain of keys, shared by every field below it.</summary>
        private sealed class FieldPath
        {
            private readonly FieldPath? _parent;
            private readonly string _key;

            public FieldPath(FieldPath? parent, string key)
            {
                _parent = parent;
                _key = key;
            }

            public override string ToString()
            {
                var keys = new List<string>();
                for (var p = this; p != null; p = p._parent)
                    keys.Add(p._key);
                keys.Reverse();
                return string.Join(".", keys);
            }
        }

        /// <summary>vm.args: <c>-ssl_dist_opt server_certfile PATH client_keyfile PATH …</c> (name/value pairs).</summary>
        public void Analyze(VmArgsConfig config, FindingSink sink)
        {
            foreach (var entry in config.All("-ssl_dist_opt"))
            {
                var values = entry.Flag.Values;
                for (var i = 0; i + 1 < values.Length; i += 2)
                {
                    var option = OptionName(values[i].Text);
                    if (option != null && DemoCertificates.IsDemoPath(values[i + 1].Text))
                        sink.At(Rule, entry.File, values[i + 1].Span, "-ssl_dist_opt " + values[i].Text, values[i + 1].Text, "-ssl_dist_opt " + values[i].Text, Kind(option));
                }
            }
        }

        private static string? OptionName(string distOpt)
        {
            foreach (var option in FileOptions)
            {
                if (distOpt == "server_" + option || distOpt == "client_" + option)
                    return option;
            }
            return null;
        }

        private static string Kind(string option) => option switch
        {
            "keyfile" => "private key",
            "cacertfile" => "CA certificate",
            _ => "certificate",
        };
    }
}
