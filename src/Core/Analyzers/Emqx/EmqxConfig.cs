using System.Collections.Generic;
using ConfigLint.Parsers;

namespace ConfigLint.Analyzers.Emqx
{
    /// <summary>Which EMQX configuration language a file is written in.</summary>
    internal enum EmqxFormat
    {
        /// <summary>EMQX 5.x HOCON.</summary>
        Hocon,
        /// <summary>EMQX 4.x (and 2.x/3.x) flat <c>key = value</c> cuttlefish form.</summary>
        Flat,
    }

    /// <summary>
    /// One EMQX configuration as the node would see it: a file with its includes merged (and, for a 5.x main
    /// configuration, base.hocon under it). Rules read values by dotted path and get the winning definition.
    /// </summary>
    internal sealed class EmqxConfig
    {
        private readonly IReadOnlyDictionary<string, ConfigScalar>? _flat;

        public EmqxConfig(SourceFile mainFile, EmqxFormat format, bool isMain, bool isComplete, ConfigObject root, IReadOnlyDictionary<string, ConfigScalar>? flat)
        {
            MainFile = mainFile;
            Format = format;
            IsMain = isMain;
            IsComplete = isComplete;
            Root = root;
            _flat = flat;
        }

        /// <summary>The file this configuration was read from (not its includes).</summary>
        public SourceFile MainFile { get; }

        public EmqxFormat Format { get; }

        /// <summary>
        /// A node's main configuration (emqx.conf, *.emqx.conf, or a file that sets node.name). Only main
        /// configurations are judged for what they do not set; other files are fragments.
        /// </summary>
        public bool IsMain { get; }

        /// <summary>False when the file or an include could not be read: a missing key may then just be unread.</summary>
        public bool IsComplete { get; }

        /// <summary>Whether rules about a missing key apply.</summary>
        public bool JudgesMissingKeys => IsMain && IsComplete;

        /// <summary>The resolved configuration (a 4.x file as nested objects of strings).</summary>
        public ConfigObject Root { get; }

        /// <summary>
        /// The winning value at a dotted path, or null. A HOCON <c>null</c> is null too: EMQX's schema reads it as
        /// not set, so the default applies (<c>node.cookie = null</c> is not a four-character cookie).
        /// </summary>
        public ConfigValue? Get(string path) =>
            _flat == null
                ? Root.Find(path) is { } value && !(value is ConfigScalar { Kind: ConfigValueKind.Null }) ? value : null
                : _flat.TryGetValue(path, out var flatValue) ? flatValue : null;

        /// <summary>The scalar text at a path (strings unquoted, numbers as written), or null when absent or not a scalar.</summary>
        public string? GetText(string path) => (Get(path) as ConfigScalar)?.Text;

        /// <summary>
        /// Where a finding about a missing key points: the key of the nearest existing parent block
        /// (the <c>rpc</c> of <c>rpc {</c>), else line 1 column 1 of the main file.
        /// </summary>
        public ConfigOrigin MissingKeyOrigin(string path)
        {
            if (_flat == null)
            {
                for (var end = path.LastIndexOf('.'); end > 0; end = path.LastIndexOf('.', end - 1))
                {
                    if (Root.Find(path.Substring(0, end)) is ConfigObject parent && parent.Origin.KeySpan.Length > 0)
                        return parent.Origin;
                }
            }
            return new ConfigOrigin(MainFile.FullPath, MainFile.Text, default, default);
        }
    }
}
