using ConfigLint.Analyzers.Cluster;
using ConfigLint.Analyzers.ErlangDist;
using ConfigLint.Parsers;

namespace ConfigLint.Analyzers.Formats
{
    /// <summary>An Erlang vm.args (or the vm.args.src / vm.args.eex a release renders into one), by name.</summary>
    internal sealed class VmArgsFormat : ConfigFormat<VmArgsConfig>
    {
        public static readonly VmArgsFormat Instance = new();

        private VmArgsFormat()
        {
        }

        public override string Description => "an Erlang vm.args file";

        public override bool MayBe(string renderedName) => FileClassifier.IsNamed(renderedName, NodeSite.VmArgsFileName);

        public override ConfigFormat? ClaimByName(string renderedName, FileReadResult read) => MayBe(renderedName) ? this : null;

        protected override LoadedConfig<VmArgsConfig> Read(FileReadResult read, IConfigFileSource source, FindingSink sink)
        {
            var config = VmArgsConfig.Load(read.File!, source);
            return new LoadedConfig<VmArgsConfig>(config.File.FullPath, config.Errors, config);
        }
    }
}
