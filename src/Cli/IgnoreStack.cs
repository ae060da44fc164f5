namespace ConfigLint.Cli
{
    /// <summary>
    /// The .gitignore files that apply in one folder, from the repository root down. Immutable, so each folder of
    /// a walk extends its parent's stack without copying it.
    /// </summary>
    internal sealed class IgnoreStack
    {
        private readonly IgnoreRules? rules;
        private readonly IgnoreStack? parent;

        private IgnoreStack(IgnoreRules? rules, IgnoreStack? parent)
        {
            this.rules = rules;
            this.parent = parent;
        }

        public static IgnoreStack Empty { get; } = new(null, null);

        /// <summary>This stack with a deeper folder's rules on top; itself when the folder has no .gitignore.</summary>
        public IgnoreStack With(IgnoreRules? deeper) => deeper == null ? this : new IgnoreStack(deeper, this);

        /// <summary>git's precedence: the deepest .gitignore with a matching pattern decides.</summary>
        public bool IsIgnored(string fullPath, bool isDirectory)
        {
            for (var level = this; level.rules != null; level = level.parent!)
            {
                if (level.rules.Decide(fullPath, isDirectory) is { } ignored)
                    return ignored;
            }
            return false;
        }
    }
}
