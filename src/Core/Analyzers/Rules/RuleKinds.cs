using ConfigLint.Analyzers.Cluster;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Analyzers.ErlangDist;
using ConfigLint.Parsers.ClpConf;

namespace ConfigLint.Analyzers.Rules
{
    /// <summary>A rule: its definition, and one or more of the kinds below saying what it looks at.</summary>
    internal interface IRule
    {
        RuleDefinition Definition { get; }
    }

    /// <summary>
    /// Judges one file of a format, in the model its format (<see cref="Formats.ConfigFormat"/>) loads it into: the
    /// model type is the rule kind, so a file is judged by exactly the rules of its format.
    /// </summary>
    internal interface IFileRule<TModel> : IRule
    {
        void Analyze(TModel model, FindingSink sink);
    }

    /// <summary>Judges one EMQX configuration (a file with its includes) on its own.</summary>
    internal interface IEmqxRule : IFileRule<EmqxConfig>
    {
    }

    /// <summary>Judges the TLS distribution options of one ssl_dist.conf.</summary>
    internal interface ISslDistRule : IFileRule<SslDistConfig>
    {
    }

    /// <summary>Judges one vm.args (with the files it pulls in through -args_file).</summary>
    internal interface IVmArgsRule : IFileRule<VmArgsConfig>
    {
    }

    /// <summary>Judges one ECX clp.conf (a whole cluster in one file) whose document element is &lt;root&gt;.</summary>
    internal interface IClpConfRule : IFileRule<ClpConfDocument>
    {
    }

    /// <summary>Judges the nodes of a scan together: what only shows across files.</summary>
    internal interface IClusterRule : IRule
    {
        void Analyze(ClusterModel model, FindingSink sink);
    }
}
