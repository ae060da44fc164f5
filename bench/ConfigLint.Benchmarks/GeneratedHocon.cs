using System.Globalization;
using System.Text;

namespace ConfigLint.Benchmarks
{
    /// <summary>
    /// A large EMQX-like HOCON file (comments, nested objects, dotted keys, arrays, triple-quoted strings,
    /// substitutions and duplicate-key merging), the same text every run.
    /// </summary>
    internal static class GeneratedHocon
    {
        public static string Text(int minimumBytes)
        {
            var text = new StringBuilder(minimumBytes + 1024);
            text.Append("node { name = \"emqx@10.0.0.1\", cookie = ${?EMQX_NODE__COOKIE} }\n");
            for (var i = 0; text.Length < minimumBytes; i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                text.Append("# zone ").Append(n).Append(": generated for the parser benchmark\n")
                    .Append("zones.z").Append(n).Append(" {\n")
                    .Append("  mqtt { max_packet_size = \"1MB\", retain_available = true, max_qos_allowed = 2 }\n")
                    .Append("  force_gc { count = 16000, bytes = \"16MB\" }\n")
                    .Append("  description = \"\"\"zone ").Append(n).Append(" keeps its own limits\nand its own listeners\"\"\"\n")
                    .Append("  tags = [\"edge\", \"site-").Append(n).Append("\", ${?EMQX_ZONE_TAG}]\n")
                    .Append("}\n")
                    .Append("listeners.tcp.l").Append(n).Append(" {\n")
                    .Append("  bind = \"0.0.0.0:").Append(10000 + i % 50000).Append("\"\n")
                    .Append("  zone = z").Append(n).Append('\n')
                    .Append("  acceptors = 16\n")
                    .Append("  max_connections = 1024000\n")
                    .Append("  tcp_options { backlog = 1024, send_timeout = 15s, nodelay = true }\n")
                    .Append("}\n")
                    // A later definition merges into the earlier one, and a substitution reads another block.
                    .Append("listeners.tcp.l").Append(n).Append(".limiter = ${zones.z").Append(n).Append(".force_gc}\n");
            }
            return text.ToString();
        }
    }
}
