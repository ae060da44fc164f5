using System;
using System.Globalization;
using System.Text;

namespace ConfigLint.Benchmarks
{
    /// <summary>
    /// A large Erlang term file, as <c>file:consult/1</c> reads it, from a fixed seed: one term per site holding
    /// ssl_dist.conf-like server and client options and sys.config-like application settings. Lists, tuples, atoms
    /// (quoted ones too), strings with and without escapes, binaries, integers (based and character ones), floats,
    /// maps, an external fun, and '%' comments.
    /// </summary>
    internal static class ErlangTermsGenerator
    {
        public const int Seed = 20261128;

        public static string Generate(int minimumBytes)
        {
            var random = new Random(Seed);
            var text = new StringBuilder(minimumBytes + 4096);
            text.Append("%% Generated for the parser benchmarks: every term is what file:consult/1 reads.\n");
            for (var site = 0; text.Length < minimumBytes; site++)
            {
                var n = site.ToString(CultureInfo.InvariantCulture);
                var ip = $"10.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}";
                var cookie = RandomText.Of(random, RandomText.Alphanumeric, 32);
                var ratio = (random.Next(1, 100) / 100.0).ToString("0.00", CultureInfo.InvariantCulture);
                text.Append("%% site ").Append(n).Append('\n')
                    .Append("{site_").Append(n).Append(",\n")
                    .Append(" [{server, [{certfile, \"/etc/emqx/certs/").Append(n).Append("/node.pem\"},\n")
                    .Append("             {keyfile, \"/etc/emqx/certs/").Append(n).Append("/node.key\"},\n")
                    .Append("             {password, \"").Append(RandomText.Of(random, RandomText.Alphanumeric, 16)).Append("\"},\n")
                    .Append("             {cacertfile, \"/etc/emqx/certs/ca.pem\"},\n")
                    .Append("             {verify, verify_peer},\n")
                    .Append("             {fail_if_no_peer_cert, true},\n")
                    .Append("             {secure_renegotiate, true},\n")
                    .Append("             {depth, ").Append(1 + random.Next(5)).Append("},\n")
                    .Append("             {versions, ['tlsv1.3', 'tlsv1.2']},\n")
                    .Append("             {ciphers, [\"TLS_AES_256_GCM_SHA384\", \"ECDHE-ECDSA-AES256-GCM-SHA384\"]}]}, % TLS 1.3 first\n")
                    .Append("  {client, [{verify, verify_peer},\n")
                    .Append("            {server_name_indication, \"emqx-").Append(n).Append(".example.com\"},\n")
                    .Append("            {customize_hostname_check, [{match_fun, fun public_key:pkix_verify_hostname_match_fun/1}]}]},\n")
                    .Append("  {kernel, [{inet_dist_listen_min, ").Append(4370 + random.Next(10)).Append("}, {inet_dist_listen_max, 4380},\n")
                    .Append("            {net_ticktime, ").Append(30 + random.Next(90)).Append("}, {dist_buf_busy_limit, 16#100000}]},\n")
                    .Append("  {emqx, #{node => 'emqx-").Append(n).Append('@').Append(ip).Append("',\n")
                    .Append("           cookie => <<\"").Append(cookie).Append("\">>,\n")
                    .Append("           ratio => ").Append(ratio).Append(", rate => 1.5e3, offset => -").Append(random.Next(1000)).Append(",\n")
                    .Append("           flags => [$a, $\\n, 1_000_000],\n")
                    .Append("           banner => \"site ").Append(n).Append(" says \\\"hello\\\"\\n\"}},\n")
                    .Append("  {tags, [edge, 'site-").Append(n).Append("', <<\"rack-").Append(random.Next(40)).Append("\">>, <<1, 2, 255>>, \"plain\"]}\n")
                    .Append(" ]}.\n");
            }
            return text.ToString();
        }
    }
}
