using System;
using System.Globalization;
using System.Text;

namespace ConfigLint.Benchmarks
{
    /// <summary>
    /// A large EMQX-style configuration from a fixed seed, in two spellings of the same content: HOCON (comments,
    /// nested and dotted keys, unquoted strings, durations and sizes, arrays) that both ConfigLint and Akka.NET
    /// accept, and JSON, for the JsonDocument floor. Many node, rpc, cluster, listener, dashboard and authentication
    /// blocks, each under a distinct key (site_N), so nothing merges away.
    /// </summary>
    internal static class EmqxHoconGenerator
    {
        public const int Seed = 20261128;

        public static (string Hocon, string Json) Generate(int minimumBytes)
        {
            var random = new Random(Seed);
            var hocon = new StringBuilder(minimumBytes + 4096);
            var json = new StringBuilder(minimumBytes + 4096).Append("{\n");
            for (var site = 0; hocon.Length < minimumBytes; site++)
            {
                if (site > 0)
                    json.Append(",\n");
                var n = site.ToString(CultureInfo.InvariantCulture);
                var ip = $"10.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}";
                var cookie = RandomText.Of(random, RandomText.Alphanumeric, 32);
                var rpcPort = 5369 + random.Next(100);
                var tcpPort = 1883 + random.Next(1000);
                var sslPort = 8883 + random.Next(1000);
                var dashboardPort = 18083 + random.Next(100);
                var acceptors = 8 << random.Next(3);
                var ssl = random.Next(2) == 0;
                var tags = new[] { "edge", "site-" + n, "rack-" + random.Next(40).ToString(CultureInfo.InvariantCulture) };

                hocon.Append("# site ").Append(n).Append(": generated for the parser benchmarks\n")
                    .Append("site_").Append(n).Append(" {\n")
                    .Append("  node {\n")
                    .Append("    name = \"emqx-").Append(n).Append('@').Append(ip).Append("\"\n")
                    .Append("    cookie = \"").Append(cookie).Append("\"\n")
                    .Append("    data_dir = \"/var/lib/emqx/").Append(n).Append("\"\n")
                    .Append("    process_limit = 2097152\n")
                    .Append("  }\n")
                    .Append("  cluster { name = cluster_").Append(n).Append(", discovery_strategy = static, proto_dist = ").Append(ssl ? "inet_tls" : "inet_tcp").Append(" }\n")
                    .Append("  cluster.static.seeds = [\"emqx-").Append(n).Append("@").Append(ip).Append("\", \"emqx-").Append(n).Append("b@").Append(ip).Append("\"]\n")
                    .Append("  rpc {\n")
                    .Append("    protocol = ").Append(ssl ? "ssl" : "tcp").Append('\n')
                    .Append("    tcp_server_port = ").Append(rpcPort).Append('\n')
                    .Append("    connect_timeout = 5s\n")
                    .Append("    certfile = \"/etc/emqx/certs/").Append(n).Append("/node.pem\"\n")
                    .Append("  }\n")
                    .Append("  listeners.tcp.default {\n")
                    .Append("    bind = \"0.0.0.0:").Append(tcpPort).Append("\"\n")
                    .Append("    max_connections = 1024000\n")
                    .Append("    acceptors = ").Append(acceptors).Append('\n')
                    .Append("    tcp_options { backlog = 1024, send_timeout = 15s, nodelay = true }\n")
                    .Append("  }\n")
                    .Append("  listeners.ssl.default {\n")
                    .Append("    bind = \"0.0.0.0:").Append(sslPort).Append("\"\n")
                    .Append("    ssl_options { verify = verify_peer, fail_if_no_peer_cert = true, versions = [\"tlsv1.3\", \"tlsv1.2\"] }\n")
                    .Append("  }\n")
                    .Append("  dashboard {\n")
                    .Append("    listeners.http { bind = ").Append(dashboardPort).Append(", enable = ").Append(ssl ? "false" : "true").Append(" }\n")
                    .Append("    default_username = admin\n")
                    .Append("    token_expired_time = 60m\n")
                    .Append("  }\n")
                    .Append("  authentication = [{ mechanism = password_based, backend = built_in_database, user_id_type = username }]\n")
                    .Append("  mqtt { max_packet_size = 1MB, retain_available = true, max_qos_allowed = 2 }\n")
                    .Append("  tags = [\"").Append(string.Join("\", \"", tags)).Append("\"]\n")
                    .Append("}\n");

                json.Append("  \"site_").Append(n).Append("\": {\n")
                    .Append("    \"node\": { \"name\": \"emqx-").Append(n).Append('@').Append(ip).Append("\", \"cookie\": \"").Append(cookie)
                    .Append("\", \"data_dir\": \"/var/lib/emqx/").Append(n).Append("\", \"process_limit\": 2097152 },\n")
                    .Append("    \"cluster\": { \"name\": \"cluster_").Append(n).Append("\", \"discovery_strategy\": \"static\", \"proto_dist\": \"").Append(ssl ? "inet_tls" : "inet_tcp")
                    .Append("\", \"static\": { \"seeds\": [\"emqx-").Append(n).Append("@").Append(ip).Append("\", \"emqx-").Append(n).Append("b@").Append(ip).Append("\"] } },\n")
                    .Append("    \"rpc\": { \"protocol\": \"").Append(ssl ? "ssl" : "tcp").Append("\", \"tcp_server_port\": ").Append(rpcPort)
                    .Append(", \"connect_timeout\": \"5s\", \"certfile\": \"/etc/emqx/certs/").Append(n).Append("/node.pem\" },\n")
                    .Append("    \"listeners\": {\n")
                    .Append("      \"tcp\": { \"default\": { \"bind\": \"0.0.0.0:").Append(tcpPort).Append("\", \"max_connections\": 1024000, \"acceptors\": ").Append(acceptors)
                    .Append(", \"tcp_options\": { \"backlog\": 1024, \"send_timeout\": \"15s\", \"nodelay\": true } } },\n")
                    .Append("      \"ssl\": { \"default\": { \"bind\": \"0.0.0.0:").Append(sslPort)
                    .Append("\", \"ssl_options\": { \"verify\": \"verify_peer\", \"fail_if_no_peer_cert\": true, \"versions\": [\"tlsv1.3\", \"tlsv1.2\"] } } }\n")
                    .Append("    },\n")
                    .Append("    \"dashboard\": { \"listeners\": { \"http\": { \"bind\": ").Append(dashboardPort).Append(", \"enable\": ").Append(ssl ? "false" : "true")
                    .Append(" } }, \"default_username\": \"admin\", \"token_expired_time\": \"60m\" },\n")
                    .Append("    \"authentication\": [{ \"mechanism\": \"password_based\", \"backend\": \"built_in_database\", \"user_id_type\": \"username\" }],\n")
                    .Append("    \"mqtt\": { \"max_packet_size\": \"1MB\", \"retain_available\": true, \"max_qos_allowed\": 2 },\n")
                    .Append("    \"tags\": [\"").Append(string.Join("\", \"", tags)).Append("\"]\n")
                    .Append("  }");
            }
            json.Append("\n}\n");
            return (hocon.ToString(), json.ToString());
        }
    }
}
