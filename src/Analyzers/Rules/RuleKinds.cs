using ConfigLint.Analyzers.Cluster;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.ErlangDist;

namespace ConfigLint.Analyzers.Rules
{
    /// <summary>A rule: its definition, and one or more of the kinds below saying what it looks at.</summary>
    internal interface IRule
    {
        RuleDefinition Definition { get; }
    }

    /// <summary>Judges one EMQX configuration (a file with its includes) on its own.</summary>
    internal interface IEmqxRule : IRule
    {
        void Analyze(EmqxConfig config, FindingSink sink);
    }

    /// <summary>Judges the TLS distribution options of one ssl_dist.conf.</summary>
    internal interface ISslDistRule : IRule
    {
        void Analyze(SslDistConfig config, FindingSink sink);
    }

    /// <summary>Judges one vm.args (with the files it pulls in through -args_file).</summary>
    internal interface IVmArgsRule : IRule
    {
        void Analyze(VmArgsConfig config, FindingSink sink);
    }

    /// <summary>Judges one ECX clp.conf (a whole cluster in one file).</summary>
    internal interface IClpConfRule : IRule
    {
        void Analyze(ConfigLint.Parsers.ClpConf.ClpConfDocument document, FindingSink sink);
    }

    /// <summary>Judges the nodes of a scan together: what only shows across files.</summary>
    internal interface IClusterRule : IRule
    {
        void Analyze(ClusterModel model, FindingSink sink);
    }
}
