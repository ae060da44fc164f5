using System;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers.Emqx;

namespace ConfigLint.Analyzers.Knowledge
{
    /// <summary>
    /// EMQ 2.x, the broker before it was renamed EMQX 3.0. Its main file is <c>emq.conf</c> (3.0 renamed it emqx.conf)
    /// and its access settings sit under <c>mqtt.</c> (<c>mqtt.allow_anonymous</c>, <c>mqtt.acl_nomatch</c>,
    /// <c>mqtt.acl_file</c>), beside <c>mqtt.session.…</c>; 3.0 moved the first three to the top level and the session
    /// settings into zones. EMQ 2.x has no gen_rpc (3.0 brought it) and so no <c>rpc.…</c> settings: its nodes talk
    /// over Erlang distribution alone. Checked against priv/emq.schema of EMQ v2.0 to v2.3.11 and priv/emqx.schema
    /// of EMQX v3.0.0.
    /// </summary>
    internal static class Emq2
    {
        public const string MainFileName = "emq.conf";

        private const string AccessKeyPrefix = "mqtt.";

        // Keys no later version has: a file that sets one was written for EMQ 2.x.
        private static readonly string[] OwnKeys = { "mqtt.allow_anonymous", "mqtt.acl_nomatch", "mqtt.acl_file", "mqtt.session" };

        /// <summary>Whether a configuration is EMQ 2.x's: the 4.x flat form, named emq.conf or setting a key only 2.x has.</summary>
        public static bool Wrote(EmqxConfig config)
        {
            if (config.Format != EmqxFormat.Flat)
                return false;
            var fileName = Path.GetFileName(config.MainFile.FullPath);
            return fileName == MainFileName
                || fileName.EndsWith("." + MainFileName, StringComparison.Ordinal)
                || OwnKeys.Any(key => config.Root.Find(key) != null);
        }

        /// <summary>EMQ 2.x's name for a top-level access setting of EMQX 3.x/4.x (<c>acl_nomatch</c> → <c>mqtt.acl_nomatch</c>).</summary>
        public static string AccessKey(string emqx4Key) => AccessKeyPrefix + emqx4Key;
    }
}
