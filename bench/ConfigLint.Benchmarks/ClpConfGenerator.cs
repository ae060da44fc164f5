using System;
using System.Globalization;
using System.Text;

namespace ConfigLint.Benchmarks
{
    /// <summary>
    /// A large clp.conf in the shape EXPRESSCLUSTER writes (Cluster WebUI on Windows: <c>encoding="ASCII"</c>), from a
    /// fixed seed: cluster and mail settings, <c>&lt;pm&gt;</c>, Cluster WebUI settings with a client list, many servers
    /// with their LAN, mirror-connect and ping devices, heartbeats, many failover groups, and the resources and
    /// monitors they name (exec resources with run-as passwords, database monitors with passwords, some encrypted).
    /// </summary>
    internal static class ClpConfGenerator
    {
        public const int Seed = 20261128;

        private static readonly string[] MonitorTypes = { "mysqlw", "psqlw", "oraclew", "httpw", "userw" };

        public static string Generate(int minimumBytes)
        {
            var random = new Random(Seed);
            var text = new StringBuilder(minimumBytes + 64 * 1024);
            text.Append("<?xml version=\"1.0\" encoding=\"ASCII\"?>\n<root>\n")
                .Append("  <all>\n    <charset>ASCII</charset>\n    <encode>SJIS</encode>\n    <serveros>windows</serveros>\n  </all>\n")
                .Append("  <cluster>\n    <name>cluster</name>\n    <comment>generated for the parser benchmarks</comment>\n")
                .Append("    <mail>\n      <address>ops@example.com</address>\n      <smtp>\n        <smtpsrv name=\"smtp.example.com\">\n")
                .Append("          <port>25</port>\n          <authmethod>1</authmethod>\n          <user>alert</user>\n          <passwd>mail-").Append(RandomText.Of(random, RandomText.Alphanumeric, 12)).Append("</passwd>\n")
                .Append("        </smtpsrv>\n      </smtp>\n    </mail>\n  </cluster>\n")
                .Append("  <pm>\n    <exec0>\n      <recover>7</recover>\n    </exec0>\n    <exec1>\n      <recover>0</recover>\n    </exec1>\n  </pm>\n")
                .Append("  <webmgr>\n    <client>\n      <objectnumber>19</objectnumber>\n    </client>\n    <security>\n      <clientlist>\n        <iprest>1</iprest>\n")
                .Append("        <ip name=\"192.168.100.0\"/>\n        <ip name=\"192.168.200.0/24\"/>\n      </clientlist>\n    </security>\n")
                .Append("    <http>\n      <port>29003</port>\n    </http>\n  </webmgr>\n");

            var groupsWritten = 0;
            var servers = new StringBuilder();
            var heartbeats = new StringBuilder("  <heartbeat>\n    <types name=\"lankhb\"/>\n");
            var groups = new StringBuilder();
            var resources = new StringBuilder("  <resource>\n    <types name=\"exec\"/>\n    <types name=\"fip\"/>\n");
            var monitors = new StringBuilder("  <monitor>\n");
            foreach (var type in MonitorTypes)
                monitors.Append("    <types name=\"").Append(type).Append("\"/>\n");
            for (var server = 0; text.Length + servers.Length + heartbeats.Length + groups.Length + resources.Length + monitors.Length < minimumBytes; server++)
            {
                var s = server.ToString(CultureInfo.InvariantCulture);
                var lan = $"10.{server / 250 % 250}.{server % 250}.{random.Next(1, 255)}";
                var interconnect = $"192.168.{server % 250}.{random.Next(1, 255)}";
                servers.Append("  <server name=\"server").Append(s).Append("\">\n")
                    .Append("    <priority>").Append(s).Append("</priority>\n")
                    .Append("    <device id=\"0\">\n      <type>lan</type>\n      <info>").Append(lan).Append("</info>\n    </device>\n")
                    .Append("    <device id=\"1\">\n      <type>lan</type>\n      <info>").Append(interconnect).Append("</info>\n    </device>\n")
                    .Append("    <device id=\"400\">\n      <type>mdc</type>\n      <info>").Append(interconnect).Append("</info>\n")
                    .Append("      <mdc>\n        <info>").Append(interconnect).Append("</info>\n      </mdc>\n    </device>\n")
                    .Append("    <device id=\"10200\">\n      <type>ping</type>\n      <info>1</info>\n    </device>\n")
                    .Append("  </server>\n");
                heartbeats.Append("    <lankhb name=\"lankhb").Append(s).Append("\">\n      <priority>").Append(s).Append("</priority>\n      <device>0</device>\n    </lankhb>\n");

                // Two failover groups per server, each with an exec resource, a floating IP and a monitor.
                for (var g = 0; g < 2; g++, groupsWritten++)
                {
                    var n = groupsWritten.ToString(CultureInfo.InvariantCulture);
                    var monitorType = MonitorTypes[random.Next(MonitorTypes.Length)];
                    var encrypted = random.Next(3) == 0;
                    groups.Append("  <group name=\"failover").Append(n).Append("\">\n    <comment>group ").Append(n).Append(" &amp; its resources</comment>\n")
                        .Append("    <gid>").Append(n).Append("</gid>\n")
                        .Append("    <resource name=\"exec@exec-").Append(n).Append("\"/>\n")
                        .Append("    <resource name=\"fip@fip-").Append(n).Append("\"/>\n")
                        .Append("  </group>\n");
                    resources.Append("    <exec name=\"exec-").Append(n).Append("\">\n      <comment/>\n      <parameters>\n")
                        .Append("        <act>\n          <path>start.bat</path>\n        </act>\n        <deact>\n          <path>stop.bat</path>\n        </deact>\n")
                        .Append("        <actusername>svc").Append(n).Append("</actusername>\n")
                        .Append("        <actpassword>").Append(encrypted ? RandomText.Of(random, RandomText.HexDigits, 32) : "run-" + RandomText.Of(random, RandomText.Alphanumeric, 10)).Append("</actpassword>\n")
                        .Append("        <timeout>").Append(60 + random.Next(1800)).Append("</timeout>\n")
                        .Append("      </parameters>\n    </exec>\n")
                        .Append("    <fip name=\"fip-").Append(n).Append("\">\n      <comment/>\n      <parameters>\n        <ip>172.16.")
                        .Append(groupsWritten / 250 % 250).Append('.').Append(groupsWritten % 250).Append("</ip>\n      </parameters>\n    </fip>\n");
                    monitors.Append("    <").Append(monitorType).Append(" name=\"").Append(monitorType).Append(n).Append("\">\n")
                        .Append("      <target>exec-").Append(n).Append("</target>\n")
                        .Append("      <relation>\n        <type>rsc</type>\n        <name>exec-").Append(n).Append("</name>\n      </relation>\n")
                        .Append("      <parameters>\n        <database>db").Append(n).Append("</database>\n        <username>monitor</username>\n")
                        .Append("        <password>").Append(encrypted ? RandomText.Of(random, RandomText.HexDigits, 32) : "cluster-" + RandomText.Of(random, RandomText.Alphanumeric, 8)).Append("</password>\n")
                        .Append(encrypted ? "        <encrypwd>1</encrypwd>\n" : "")
                        .Append("      </parameters>\n")
                        .Append("      <polling>\n        <interval>").Append(30 + random.Next(60)).Append("</interval>\n        <timeout>60</timeout>\n      </polling>\n")
                        .Append("    </").Append(monitorType).Append(">\n");
                }
            }
            text.Append(servers).Append(heartbeats.Append("  </heartbeat>\n")).Append(groups)
                .Append(resources.Append("  </resource>\n")).Append(monitors.Append("  </monitor>\n"))
                .Append("  <trekking>\n    <configid>4201090.00462424762781527</configid>\n    <create>1</create>\n    <savedversion>4.2.0-1</savedversion>\n  </trekking>\n")
                .Append("</root>\n");
            return text.ToString();
        }
    }
}
