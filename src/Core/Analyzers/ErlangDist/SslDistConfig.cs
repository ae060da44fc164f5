using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ErlangTerms;

namespace ConfigLint.Analyzers.ErlangDist
{
    /// <summary>One <c>{Name, Value}</c> option of an ssl_dist side, e.g. <c>{verify, verify_peer}</c>.</summary>
    internal sealed class SslOption
    {
        public SslOption(string name, ErlangTerm value, ErlangTuple tuple)
        {
            Name = name;
            Value = value;
            Tuple = tuple;
        }

        public string Name { get; }

        public ErlangTerm Value { get; }

        /// <summary>The whole <c>{Name, Value}</c> tuple.</summary>
        public ErlangTuple Tuple { get; }

        public string? Atom => (Value as ErlangAtom)?.Name;

        /// <summary>A string or binary value as text (file paths are written either way).</summary>
        public string? Text => Value switch
        {
            ErlangString s => s.Value,
            ErlangBinary b => System.Text.Encoding.UTF8.GetString(b.Bytes.ToArray()),
            _ => null,
        };

        public bool IsAtom(string name) => Atom == name;
    }

    /// <summary>The <c>server</c> or <c>client</c> options of an ssl_dist.conf.</summary>
    internal sealed class SslDistSide
    {
        public SslDistSide(string name, ErlangAtom key, IReadOnlyList<SslOption> options, bool certfileHoldsKey)
        {
            Name = name;
            Key = key;
            Options = options;
            CertfileHoldsKey = certfileHoldsKey;
        }

        /// <summary>Whether the certfile can be read and holds a private key too (OTP then needs no keyfile).</summary>
        public bool CertfileHoldsKey { get; }

        /// <summary><c>server</c> (the node accepting a connection) or <c>client</c> (the node connecting).</summary>
        public string Name { get; }

        /// <summary>The <c>server</c>/<c>client</c> atom: where findings about a missing option point.</summary>
        public ErlangAtom Key { get; }

        public IReadOnlyList<SslOption> Options { get; }

        /// <summary>The option as OTP reads it: proplists take the first occurrence.</summary>
        public SslOption? Find(string name) => Options.FirstOrDefault(o => o.Name == name);

        public bool Has(string name) => Find(name) != null;

        /// <summary>Whether this side authenticates its peer: <c>{verify, verify_peer}</c>.</summary>
        public bool VerifiesPeer => Find("verify")?.IsAtom("verify_peer") == true;
    }

    /// <summary>
    /// The TLS options of Erlang distribution as <c>-ssl_dist_optfile</c> reads them: one term, a list of
    /// <c>{server, Options}</c> and <c>{client, Options}</c>.
    /// </summary>
    internal sealed class SslDistConfig
    {
        private SslDistConfig(SourceFile file, ImmutableArray<ParseError> errors, SslDistSide? server, SslDistSide? client)
        {
            File = file;
            Errors = errors;
            Server = server;
            Client = client;
        }

        public SourceFile File { get; }

        public ImmutableArray<ParseError> Errors { get; }

        public SslDistSide? Server { get; }

        public SslDistSide? Client { get; }

        public IEnumerable<SslDistSide> Sides => new[] { Server, Client }.OfType<SslDistSide>();

        public static SslDistConfig Read(SourceFile file, IConfigFileSource source)
        {
            var document = ErlangTermParser.Parse(file);
            SslDistSide? server = null, client = null;
            foreach (var (name, key, list) in SideTuples(document))
            {
                var options = Options(list);
                var side = new SslDistSide(name, key, options, CertfileHoldsKey(options, file, source));
                if (name == "server")
                    server ??= side;
                else
                    client ??= side;
            }
            return new SslDistConfig(file, document.Errors, server, client);
        }

        /// <summary>Whether the file's first term is a list of <c>{server, …}</c>/<c>{client, …}</c> tuples.</summary>
        public static bool LooksLikeSslDist(ErlangTermDocument document) => SideTuples(document).Any();

        private static IEnumerable<(string Name, ErlangAtom Key, ErlangList Options)> SideTuples(ErlangTermDocument document)
        {
            if (document.Terms.FirstOrDefault() is not ErlangList list)
                yield break;
            foreach (var element in list.Elements)
            {
                if (element is ErlangTuple { Elements: { Length: 2 } pair }
                    && pair[0] is ErlangAtom { Name: "server" or "client" } key
                    && pair[1] is ErlangList options)
                    yield return (key.Name, key, options);
            }
        }

        private static bool CertfileHoldsKey(IReadOnlyList<SslOption> options, SourceFile file, IConfigFileSource source)
        {
            var certfile = options.FirstOrDefault(o => o.Name == "certfile")?.Text;
            var path = certfile == null ? null : Knowledge.EtcPaths.Resolve(certfile, System.IO.Path.GetDirectoryName(file.FullPath) ?? "");
            var text = path == null ? null : source.Read(path).File?.Text;
            return text != null && text.ToString().Contains("PRIVATE KEY-----");
        }

        private static IReadOnlyList<SslOption> Options(ErlangList list) =>
            list.Elements
                .OfType<ErlangTuple>()
                .Where(t => t.Elements.Length == 2 && t.Elements[0] is ErlangAtom)
                .Select(t => new SslOption(((ErlangAtom)t.Elements[0]).Name, t.Elements[1], t))
                .ToList();
    }
}
