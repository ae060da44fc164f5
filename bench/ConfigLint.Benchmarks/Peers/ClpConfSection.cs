using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using ConfigLint.Benchmarks.Table;
using ConfigLint.Parsers.ClpConf;

namespace ConfigLint.Benchmarks.Peers
{
    /// <summary>
    /// clp.conf: what a scan does before its rules run (decoding by the declared encoding, the element tree) and the
    /// typed views the rules read, against the floor of a bare <see cref="XmlReader"/> pass over the same bytes (every
    /// node read, nothing kept), on a generated ~5 MB clp.conf.
    /// </summary>
    internal sealed class ClpConfSection : ITableSection
    {
        private const int FileBytes = 5 * 1024 * 1024;
        private const double Target = 0.5;

        public IEnumerable<Row> Rows()
        {
            var bytes = Encoding.ASCII.GetBytes(ClpConfGenerator.Generate(FileBytes));
            var ours = Measure.Run(() => ParseAndView(bytes));
            var floor = Measure.Run(() => BareXmlReaderPass(bytes));
            var ratio = ours.MegabytesPerSecond(bytes.Length) / floor.MegabytesPerSecond(bytes.Length);
            yield return new Row(
                $"clp.conf decode + parse + typed view, generated {Row.Megabytes(bytes.Length)}",
                Row.Throughput(ours, bytes.Length) + ", " + Row.Allocated(ours, bytes.Length),
                "bare XmlReader pass: " + Row.Throughput(floor, bytes.Length) + ", " + Row.Allocated(floor, bytes.Length),
                Row.Times(ratio),
                "≥ " + Row.Times(Target) + " XmlReader",
                ratio >= Target);
        }

        private static object ParseAndView(byte[] bytes)
        {
            var document = ClpConfParser.Parse(ClpConfDecoder.Decode("/bench/clp.conf", bytes));
            var seen = 0;
            foreach (var server in document.Servers)
                seen += server.LanAddresses.Count();
            foreach (var group in document.Groups)
                seen += group.ResourceReferences.Count();
            seen += document.ResourcesByType.Count + document.MonitorsByType.Count;
            return (document, seen, document.WebMgr, document.Mail, document.Trap);
        }

        private static object BareXmlReaderPass(byte[] bytes)
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            var nodes = 0;
            while (reader.Read())
                nodes++;
            return nodes;
        }
    }
}
