using System.Collections.Immutable;

namespace ConfigLint.Analyzers.Formats
{
    /// <summary>The formats ConfigLint reads, in the order they are asked to recognise a file.</summary>
    internal static class ConfigFormats
    {
        /// <summary>
        /// Every format, once. The order settles names two formats could claim: an ssl_dist.conf holding XML is
        /// ssl_dist's, an emqx_*.conf holding a clp.conf's XML is clp.conf's, and content alone is tried as Erlang
        /// terms before EMQX. EMQX's two forms share one model and rule kind; either recognises a file in both.
        /// </summary>
        public static readonly ImmutableArray<ConfigFormat> All = ImmutableArray.Create<ConfigFormat>(
            SslDistFormat.Instance,
            VmArgsFormat.Instance,
            ClpConfFormat.Instance,
            EmqxFileFormat.Hocon,
            EmqxFileFormat.Flat);
    }
}
