using System;
using ConfigLint.Parsers.ClpConf;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Analyzers.Rules.Ecx
{
    /// <summary>CL3005: SNMP traps go out with a default community, or as SNMP v1.</summary>
    internal sealed class SnmpDefaultCommunity : ClpConfRule
    {
        public static readonly RuleDefinition Rule = new(
            RuleIds.SnmpDefaultCommunity,
            "snmp-default-community",
            "SNMP trap destination uses a default community or SNMP v1",
            "The SNMP trap destination {0}",
            DiagnosticSeverity.Warning,
            cwe: "CWE-1392",
            securitySeverity: "5.3",
            why: """
                ECX sends alerts as SNMP traps to the destinations under `cluster/trap/snmpsrv` (`srvname`, `port`,
                `snmpver` `v1` or `v2c`, `snmpcom`). A community of `public` or `private` is the first guess of every
                scanner, and the managers that accept it usually accept it for reads and writes too. SNMP v1 has no
                protection at all and fewer error checks than v2c. The community itself is never shown in findings.
                """,
            howToFix: """
                Give the trap destinations a community that is not a default, the same one the SNMP manager expects,
                and use `v2c`: `clpcfset add snmpsrv <manager> 162 v2c <community>`, or the Alert Service tab of the
                cluster properties.
                """,
            new RuleExample("clp.conf", "xml", """
                <?xml version="1.0" encoding="SJIS"?>
                <root>
                  <all><serveros>windows</serveros></all>
                  <cluster>
                    <trap>
                      <snmpsrv id="0">
                        <srvname>192.168.10.5</srvname>
                        <port>162</port>
                        <snmpver>v2c</snmpver>
                        <snmpcom>public</snmpcom>
                      </snmpsrv>
                    </trap>
                  </cluster>
                </root>
                """),
            new RuleExample("clp.conf", "xml", """
                <?xml version="1.0" encoding="SJIS"?>
                <root>
                  <all><serveros>windows</serveros></all>
                  <cluster>
                    <trap>
                      <snmpsrv id="0">
                        <srvname>192.168.10.5</srvname>
                        <port>162</port>
                        <snmpver>v2c</snmpver>
                        <snmpcom>ops-traps-7Qm2</snmpcom>
                      </snmpsrv>
                    </trap>
                  </cluster>
                </root>
                """));

        public override RuleDefinition Definition => Rule;

        public override void Analyze(ClpConfDocument document, FindingSink sink)
        {
            if (document.Trap == null)
                return;
            foreach (var destination in document.Trap.ChildrenNamed("snmpsrv"))
            {
                var version = destination.Child("snmpver");
                if (version != null && IsVersion1(version.TrimmedValue))
                    Report(sink, document, version, version.ReportSpan, version.TrimmedValue, "uses SNMP v1, which sends the community in clear without any protection");
                var community = destination.Child("snmpcom");
                if (community != null && IsDefault(community.TrimmedValue))
                    Report(sink, document, community, community.ReportSpan, null, "uses a well-known default community");
            }
        }

        // clpcfset takes "v1" and "v2c"; a bare "1" is read the same way.
        private static bool IsVersion1(string version) =>
            version.Equals("v1", StringComparison.OrdinalIgnoreCase) || version == "1";

        private static bool IsDefault(string community) =>
            community.Equals("public", StringComparison.OrdinalIgnoreCase) || community.Equals("private", StringComparison.OrdinalIgnoreCase);
    }
}
