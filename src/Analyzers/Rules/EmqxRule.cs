using ConfigLint.Analyzers.Emqx;

namespace ConfigLint.Analyzers.Rules
{
    /// <summary>A rule that judges one EMQX configuration on its own.</summary>
    internal abstract class EmqxRule
    {
        public abstract RuleDefinition Definition { get; }

        public abstract void Analyze(EmqxConfig config, FindingSink sink);
    }
}
