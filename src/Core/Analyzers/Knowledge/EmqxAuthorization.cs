using System;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ErlangTerms;

namespace ConfigLint.Analyzers.Knowledge
{
    /// <summary>What EMQX 5 answers a request that no rule before the catch-all names.</summary>
    internal enum AuthorizationOutcome
    {
        /// <summary>A file source's rules end in an allow for every client, action and topic (the shipped <c>{allow, all}.</c>).</summary>
        AllowsAll,
        /// <summary>A file source's rules end in a deny for everything: <c>authorization.no_match</c> is never reached.</summary>
        DeniesAll,
        /// <summary>No source answers every request: <c>authorization.no_match</c> does.</summary>
        NoMatchDecides,
        /// <summary>A file source could not be read, so whether it ends in a catch-all is unknown.</summary>
        Unknown,
    }

    /// <summary>The outcome, with the file source and the rule that decide it.</summary>
    internal sealed class AuthorizationVerdict
    {
        public AuthorizationVerdict(AuthorizationOutcome outcome, ConfigObject? source = null, string? aclPath = null, ErlangTermDocument? acl = null, ErlangTerm? catchAll = null)
        {
            Outcome = outcome;
            Source = source;
            AclPath = aclPath;
            Acl = acl;
            CatchAll = catchAll;
        }

        public AuthorizationOutcome Outcome { get; }

        /// <summary>The file source as the configuration writes it; null for the default source (no <c>authorization.sources</c>).</summary>
        public ConfigObject? Source { get; }

        /// <summary>The source's <c>path</c> as written.</summary>
        public string? AclPath { get; }

        /// <summary>The acl file read from the tree; null when EMQX's shipped acl.conf was taken (the default path, not in the tree).</summary>
        public ErlangTermDocument? Acl { get; }

        /// <summary>The catch-all rule in <see cref="Acl"/>.</summary>
        public ErlangTerm? CatchAll { get; }
    }

    /// <summary>
    /// How EMQX 5 authorizes a publish or subscribe, checked against 5.8.9 (emqx_authz_schema, emqx_authz_file,
    /// emqx_authz_rule, apps/emqx_auth/etc/acl.conf): the enabled sources in order, the first rule that matches
    /// decides, else <c>authorization.no_match</c> (default <c>allow</c>). Without <c>authorization.sources</c> the
    /// one source is the file <c>${EMQX_ETC_DIR}/acl.conf</c>, and the shipped acl.conf ends in <c>{allow, all}.</c>:
    /// every client may then use every topic its first rules do not deny, whatever no_match says.
    /// </summary>
    internal static class EmqxAuthorization
    {
        public const string Sources = "authorization.sources";
        public const string NoMatch = "authorization.no_match";
        public const string DefaultAclPath = "${EMQX_ETC_DIR}/acl.conf";
        private const string AclFileName = "acl.conf";

        public static AuthorizationVerdict Evaluate(EmqxConfig node, IConfigFileSource files)
        {
            var folder = Path.GetDirectoryName(node.MainFile.FullPath) ?? "";
            var sources = node.Get(Sources);
            if (sources == null)
                return EvaluateFile(source: null, DefaultAclPath, folder, files) ?? new AuthorizationVerdict(AuthorizationOutcome.NoMatchDecides);
            if (sources is not ConfigArray list)
                return new AuthorizationVerdict(AuthorizationOutcome.Unknown);
            foreach (var item in list.Items)
            {
                if (item is not ConfigObject source)
                    return new AuthorizationVerdict(AuthorizationOutcome.Unknown);
                if (EmqxListeners.IsSwitchedOffByFlag(source) || !string.Equals((source.Find("type") as ConfigScalar)?.Text.Trim(), "file", StringComparison.OrdinalIgnoreCase))
                    continue;
                // Other sources (built-in database, HTTP, SQL) answer some requests; the rest fall through to the next.
                var path = (source.Find("path") as ConfigScalar)?.Text;
                if (path == null)
                    return new AuthorizationVerdict(AuthorizationOutcome.Unknown);
                if (EvaluateFile(source, path, folder, files) is { } verdict)
                    return verdict;
            }
            return new AuthorizationVerdict(AuthorizationOutcome.NoMatchDecides);
        }

        /// <summary>The verdict of a file source that ends in a catch-all (or cannot be read); null when requests fall through it.</summary>
        private static AuthorizationVerdict? EvaluateFile(ConfigObject? source, string path, string folder, IConfigFileSource files)
        {
            var fullPath = EtcPaths.Resolve(path, folder);
            if (fullPath == null)
                return new AuthorizationVerdict(AuthorizationOutcome.Unknown, source, path);
            var read = files.Read(fullPath);
            if (!read.IsRead)
            {
                // The etc folder's acl.conf, missing from the tree, is the one the EMQX package or image ships.
                var shipped = read.Status == FileReadStatus.NotFound && fullPath == ConfigPaths.Combine(folder, AclFileName);
                return new AuthorizationVerdict(shipped ? AuthorizationOutcome.AllowsAll : AuthorizationOutcome.Unknown, source, path);
            }
            var acl = ErlangTermParser.Parse(read.File!);
            if (!acl.Errors.IsEmpty)
                return new AuthorizationVerdict(AuthorizationOutcome.Unknown, source, path);
            var catchAll = acl.Terms.FirstOrDefault(t => CatchAllPermission(t) != null);
            return catchAll == null
                ? null
                : new AuthorizationVerdict(CatchAllPermission(catchAll) == "allow" ? AuthorizationOutcome.AllowsAll : AuthorizationOutcome.DeniesAll, source, path, acl, catchAll);
        }

        /// <summary>
        /// <c>allow</c> or <c>deny</c> for a rule that matches every client, action and topic: <c>{Perm, all}</c>,
        /// <c>{Perm, all, all, all}</c>, or <c>{Perm, all, all, ["#"]}</c>; null for any other rule.
        /// </summary>
        internal static string? CatchAllPermission(ErlangTerm rule)
        {
            if (rule is not ErlangTuple { Elements: var e } || e.Length == 0 || e[0] is not ErlangAtom { Name: "allow" or "deny" } permission)
                return null;
            var everything = e.Length switch
            {
                2 => IsAll(e[1]),
                4 => IsAll(e[1]) && IsAll(e[2]) && (IsAll(e[3]) || IsEveryTopic(e[3])),
                _ => false,
            };
            return everything ? permission.Name : null;
        }

        private static bool IsAll(ErlangTerm term) => term is ErlangAtom { Name: "all" };

        private static bool IsEveryTopic(ErlangTerm topics) =>
            topics is ErlangList { Tail: null, Elements: { Length: 1 } only } && only[0] is ErlangString { Value: "#" };
    }
}
