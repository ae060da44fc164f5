using System;
using System.Text.RegularExpressions;
using ConfigLint.Parsers.ClpConf;

namespace ConfigLint.Analyzers.Knowledge
{
    /// <summary>What a stored credential in clp.conf looks like, and when it is protected.</summary>
    internal static class EcxCredentials
    {
        // The Cluster WebUI saves passwords encrypted, as a hex blob (NeoFace corpus file, ECX X 4.0:
        // 80000009b91b5dc696a39c5600810000): hex digits in whole bytes, at least one 16-byte block.
        private static readonly Regex EncryptedBlob = new("^(?:[0-9A-Fa-f]{2}){16,}$", RegexOptions.CultureInvariant);

        // Templates fill values in later (the kubernetes SSS templates: __SSS_MONITOR_DB_PASS__).
        private static readonly Regex Placeholder = new("^__[A-Za-z0-9_]+__$", RegexOptions.CultureInvariant);

        // Linux monitors and resources (clpcfset, ECX X 4.3+ with clpencrypt) say <encrypwd>1</encrypwd> beside an encrypted password.
        private const string EncryptedFlagName = "encrypwd";

        /// <summary>An element that holds a password: <c>password</c>, <c>passwd</c>, <c>actpassword</c>, <c>deactpassword</c>…</summary>
        public static bool IsCredentialName(string name) =>
            name.EndsWith("password", StringComparison.OrdinalIgnoreCase) || name.EndsWith("passwd", StringComparison.OrdinalIgnoreCase);

        /// <summary>A credential element holding a real value in clear: not empty, not a template placeholder, not encrypted.</summary>
        public static bool IsPlaintext(ClpElement element)
        {
            var value = element.TrimmedValue;
            if (value.Length == 0 || Placeholder.IsMatch(value) || EncryptedBlob.IsMatch(value))
                return false;
            return element.Parent?.Child(EncryptedFlagName)?.TrimmedValue != "1";
        }

        /// <summary>
        /// The password of the account a group resource runs as: Windows <c>appli</c> keeps <c>actaccount</c> and
        /// <c>actpassword</c> (and <c>deact…</c>) side by side; any resource element <c>Xpassword</c> beside an
        /// <c>Xaccount</c> is the same kind of setting.
        /// </summary>
        public static bool IsRunAsPassword(ClpElement element)
        {
            const string suffix = "password";
            // The name first: the walk up to the group resource is for password elements only.
            if (!element.Name.EndsWith(suffix, StringComparison.Ordinal) || element.Name.Length == suffix.Length || !IsInGroupResource(element))
                return false;
            var prefix = element.Name.Substring(0, element.Name.Length - suffix.Length);
            return prefix is "act" or "deact" || element.Parent?.Child(prefix + "account") != null;
        }

        private static bool IsInGroupResource(ClpElement element)
        {
            for (var e = element.Parent; e?.Parent != null; e = e.Parent)
            {
                if (e.Parent.Name == "resource" && e.Parent.Parent?.Parent == null)
                    return true;
            }
            return false;
        }
    }
}
