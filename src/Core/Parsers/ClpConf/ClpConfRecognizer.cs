using System;
using System.IO;
using System.Xml;

namespace ConfigLint.Parsers.ClpConf
{
    /// <summary>Tells a clp.conf by its name, or by its content: a <c>&lt;root&gt;</c> holding <c>&lt;all&gt;</c>, <c>&lt;trekking&gt;</c> or <c>&lt;webmgr&gt;</c>.</summary>
    internal static class ClpConfRecognizer
    {
        public static bool IsClpConfName(string fileName) =>
            fileName == "clp.conf" || fileName.EndsWith(".clp.conf", StringComparison.Ordinal);

        /// <summary>
        /// Whether the text is a clp.conf. The markup is ASCII in every encoding ECX writes, so text decoded as UTF-8
        /// is good enough to look at; the first top-level marker decides, and anything that does not read as XML up to
        /// it is not a clp.conf.
        /// </summary>
        public static bool HasClpConfContent(string text)
        {
            var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            if (!start.StartsWith("<", StringComparison.Ordinal))
                return false;
            try
            {
                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
                using var reader = XmlReader.Create(new StringReader(text), settings);
                if (reader.MoveToContent() != XmlNodeType.Element || reader.Name != "root" || reader.IsEmptyElement)
                    return false;
                while (reader.Read())
                {
                    if (reader.Depth == 1 && reader.NodeType == XmlNodeType.Element && IsMarker(reader.Name))
                        return true;
                    if (reader.Depth == 0)
                        return false;
                }
            }
            catch (XmlException)
            {
            }
            return false;
        }

        private static bool IsMarker(string name) => name is "all" or "trekking" or "webmgr";
    }
}
