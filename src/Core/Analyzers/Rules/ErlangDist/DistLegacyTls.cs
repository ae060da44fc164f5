using System;
using System.Collections.Generic;
using System.Linq;
using ConfigLint.Analyzers.ErlangDist;
using ConfigLint.Parsers.ErlangTerms;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.ErlangDist
{
    /// <summary>CL2004: TLS distribution allows broken protocol versions, ciphers or renegotiation.</summary>
    internal sealed class DistLegacyTls : ISslDistRule
    {
        private static readonly HashSet<string> LegacyVersions = new(StringComparer.Ordinal) { "sslv3", "tlsv1", "tlsv1.1" };

        // OpenSSL and OTP suite names that contain these are broken: no encryption, 40/56-bit export keys,
        // RC4, single DES and 3DES (Sweet32).
        private static readonly string[] WeakCipherMarkers = { "NULL", "EXP", "RC4", "DES" };

        public static readonly RuleDefinition Rule = new(
            RuleIds.DistLegacyTls,
            "dist-legacy-tls",
            "TLS distribution allows legacy protocols, weak ciphers or insecure renegotiation",
            "The {0} side of Erlang distribution {1}",
            DiagnosticSeverity.Warning,
            cwe: "CWE-327",
            securitySeverity: "5.9",
            why: """
                SSL 3.0, TLS 1.0 and TLS 1.1 have known attacks (POODLE, BEAST) and are deprecated (RFC 8996);
                NULL, EXPORT, RC4, DES and 3DES cipher suites give no or breakable encryption; and
                `{secure_renegotiate, false}` re-opens the TLS renegotiation attack (CVE-2009-3555). A downgraded
                distribution link exposes the cluster's traffic and cookie challenge.
                """,
            howToFix: """
                Allow only `{versions, ['tlsv1.3', 'tlsv1.2']}`, leave `ciphers` at OTP's defaults (or list only AEAD
                suites), and leave `secure_renegotiate` at its default `true`.
                """,
            new RuleExample("ssl_dist.conf", "erlang", """
                [{server, [{versions, ['tlsv1.2', 'tlsv1.1']},
                           {ciphers, "ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA"}]}].
                """),
            new RuleExample("ssl_dist.conf", "erlang", """
                [{server, [{versions, ['tlsv1.3', 'tlsv1.2']}]}].
                """));

        public RuleDefinition Definition => Rule;

        public void Analyze(SslDistConfig config, FindingSink sink)
        {
            foreach (var side in config.Sides)
            {
                if (side.Find("versions")?.Value is ErlangList versions)
                {
                    foreach (var version in versions.Elements.OfType<ErlangAtom>().Where(v => LegacyVersions.Contains(v.Name)))
                        sink.At(Rule, config.File, version.Span, side.Name + ".versions", version.Name, side.Name, $"allows the legacy protocol `{version.Name}`.");
                }
                if (side.Find("ciphers") is { } ciphers)
                {
                    foreach (var (name, term) in CipherNames(ciphers.Value).Where(c => IsWeakCipher(c.Name)))
                        sink.At(Rule, config.File, term.Span, side.Name + ".ciphers", name, side.Name, $"allows the weak cipher suite `{name}`.");
                }
                if (side.Find("secure_renegotiate") is { } renegotiate && renegotiate.IsAtom("false"))
                    sink.At(Rule, config.File, renegotiate.Value.Span, side.Name + ".secure_renegotiate", "false", side.Name, "turns secure renegotiation off.");
            }
        }

        private static bool IsWeakCipher(string name) =>
            !name.StartsWith("!", StringComparison.Ordinal) && !name.StartsWith("-", StringComparison.Ordinal)
            && WeakCipherMarkers.Any(m => name.IndexOf(m, StringComparison.OrdinalIgnoreCase) >= 0);

        /// <summary>
        /// Cipher suites as OTP accepts them: an OpenSSL string ("A:B:!C"), a list of such strings, or suites
        /// written as tuples or maps of atoms (<c>{rsa, rc4_128, sha}</c>); each name with the term it is in.
        /// </summary>
        private static IEnumerable<(string Name, ErlangTerm Term)> CipherNames(ErlangTerm value)
        {
            var pending = new Stack<ErlangTerm>();
            pending.Push(value);
            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case ErlangString text:
                        foreach (var name in text.Value.Split(':', ',', ' ').Where(n => n.Length > 0))
                            yield return (name, text);
                        break;
                    case ErlangAtom atom:
                        yield return (atom.Name, atom);
                        break;
                    case ErlangList list:
                        foreach (var element in list.Elements.Reverse())
                            pending.Push(element);
                        break;
                    case ErlangTuple tuple:
                        foreach (var element in tuple.Elements.Reverse())
                            pending.Push(element);
                        break;
                    case ErlangMap map:
                        foreach (var entry in map.Entries.Reverse())
                            pending.Push(entry.Value);
                        break;
                }
            }
        }
    }
}
