using System;
using System.Collections.Generic;
using System.Linq;
using ConfigLint.Reporting;

namespace ConfigLint.Cli
{
    /// <summary>What the tool is asked to do; everything but <see cref="Scan"/> is chosen by an option.</summary>
    internal enum Command
    {
        Scan,
        Resolve,
        ListRules,
        Explain,
        PrintConfig,
        /// <summary><c>configlint lsp</c>: the language server over standard input and output.</summary>
        Lsp,
        Help,
        Version,
    }

    /// <summary>When text findings are coloured (<c>--color</c>).</summary>
    internal enum ColorChoice
    {
        Auto,
        Always,
        Never,
    }

    /// <summary>The parsed command line.</summary>
    internal sealed class CommandLine
    {
        private static readonly IReadOnlyDictionary<string, ReportFormat> FormatNames = new Dictionary<string, ReportFormat>
        {
            ["text"] = ReportFormat.Text,
            ["sarif"] = ReportFormat.Sarif,
            ["json"] = ReportFormat.Json,
            ["github"] = ReportFormat.GitHub,
        };

        private static readonly IReadOnlyDictionary<string, ColorChoice> ColorNames = new Dictionary<string, ColorChoice>
        {
            ["auto"] = ColorChoice.Auto,
            ["always"] = ColorChoice.Always,
            ["never"] = ColorChoice.Never,
        };

        /// <summary>The PATH that stands for standard input (with <c>--stdin-filename</c>); after <c>--</c>, a file named so.</summary>
        private const string StandardInputPath = "-";

        private static readonly IReadOnlyDictionary<string, FailLevel> FailLevelNames = new Dictionary<string, FailLevel>
        {
            ["error"] = FailLevel.Error,
            ["warning"] = FailLevel.Warning,
            ["note"] = FailLevel.Note,
            ["none"] = FailLevel.None,
        };

        private readonly List<string> paths = new();
        private readonly List<string> excludes = new();
        private string? commandOption;
        private string? scanOnlyOption;
        private bool readsStandardInput;

        private CommandLine()
        {
        }

        public Command Command { get; private set; } = Command.Scan;

        /// <summary>The file of <c>--resolve</c> or the rule id of <c>--explain</c>.</summary>
        public string CommandArgument { get; private set; } = "";

        /// <summary>The report format: as given, else SARIF when the output file ends in <c>.sarif</c> or <c>.sarif.json</c>, else text.</summary>
        private ReportFormat? format;

        public ReportFormat Format => format ?? (IsSarifFileName(OutputFile) ? ReportFormat.Sarif : ReportFormat.Text);

        /// <summary>The <c>--output</c> file as given, or null for standard output.</summary>
        public string? OutputFile { get; private set; }

        public FailLevel FailLevel { get; private set; } = FailLevel.Warning;

        public IReadOnlyList<string> Excludes => excludes;

        /// <summary>The SARIF analysis category (GitHub code scanning keeps one set of alerts per category).</summary>
        public string Category { get; private set; } = "configlint";

        /// <summary>Keep running: rescan when a watched file changes, rewrite the report, print what changed.</summary>
        public bool Watch { get; private set; }

        /// <summary>SARIF without the absolute <c>%SRCROOT%</c> base, for logs that travel (GitHub uploads).</summary>
        public bool SarifPortable { get; private set; }

        /// <summary>The largest file read, in bytes (<c>--max-file-size</c>); a larger one is a notification, not read.</summary>
        public long MaxFileSize { get; private set; } = DiskFileSource.DefaultMaxFileSize;

        /// <summary>The <c>--baseline</c> SARIF log as given: only findings not recorded in it count; null without one.</summary>
        public string? BaselineFile { get; private set; }

        /// <summary>The <c>--write-baseline</c> file as given: record the findings there instead of reporting them.</summary>
        public string? WriteBaselineFile { get; private set; }

        /// <summary>Print the findings only, without the summary line on standard error.</summary>
        public bool Quiet { get; private set; }

        /// <summary>When text findings are coloured (<c>--color</c>); <see cref="ScanCommand.UsesColour"/> decides auto.</summary>
        public ColorChoice Color { get; private set; } = ColorChoice.Auto;

        /// <summary>The path standard input is linted as (<c>--stdin-filename PATH -</c>), or null to read files.</summary>
        public string? StdinFileName { get; private set; }

        /// <summary>The rule ids or names of <c>--select</c> (only these rules run), or null when not given.</summary>
        public IReadOnlyList<string>? Selected { get; private set; }

        /// <summary>The rule ids or names of <c>--ignore</c> (these rules never report).</summary>
        public IReadOnlyList<string> Ignored { get; private set; } = Array.Empty<string>();

        /// <summary>The PATH arguments as given; empty means the current folder.</summary>
        public IReadOnlyList<string> Paths => paths;

        /// <summary>Parses the arguments.</summary>
        /// <exception cref="UsageException">With a message that names the offending argument.</exception>
        public static CommandLine Parse(IReadOnlyList<string> args)
        {
            var commandLine = new CommandLine();
            // `configlint lsp` is the one subcommand (a folder named lsp is scanned as ./lsp).
            if (args.Count > 0 && args[0] == "lsp")
            {
                if (args.Count > 1)
                    throw new UsageException($"lsp takes no arguments, but got {args[1]}");
                commandLine.SetCommand(Command.Lsp, "lsp", "");
                return commandLine;
            }
            var given = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                if (arg == "--")
                {
                    commandLine.paths.AddRange(args.Skip(i + 1));
                    break;
                }
                if (arg.Length == 0)
                    throw new UsageException("a PATH is empty");
                if (arg == StandardInputPath)
                {
                    commandLine.readsStandardInput = true;
                    continue;
                }
                if (!arg.StartsWith('-'))
                {
                    commandLine.paths.Add(arg);
                    continue;
                }

                // Both "--format sarif" and "--format=sarif".
                int equals = arg.IndexOf('=');
                var name = equals < 0 ? arg : arg.Substring(0, equals);
                var inlineValue = equals < 0 ? null : arg.Substring(equals + 1);
                if (name != "--exclude" && !given.Add(name))
                    throw new UsageException($"{name} is given more than once");

                string Value(string valueHint)
                {
                    var value = inlineValue
                        ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "");
                    if (value.Length == 0)
                        throw new UsageException($"{name} needs a value: {name} {valueHint}");
                    return value;
                }

                void NoValue()
                {
                    if (inlineValue != null)
                        throw new UsageException($"{name} takes no value");
                }

                switch (name)
                {
                    case "--format":
                        commandLine.format = Choice(name, Value("text|sarif|json|github"), FormatNames);
                        commandLine.scanOnlyOption ??= name;
                        break;
                    case "--fail-level":
                        commandLine.FailLevel = Choice(name, Value("error|warning|note|none"), FailLevelNames);
                        commandLine.scanOnlyOption ??= name;
                        break;
                    case "--exclude":
                        commandLine.excludes.Add(Value("GLOB"));
                        commandLine.scanOnlyOption ??= name;
                        break;
                    case "--select":
                        commandLine.Selected = RuleList(Value("ID|NAME,..."));
                        break;
                    case "--ignore":
                        commandLine.Ignored = RuleList(Value("ID|NAME,..."));
                        break;
                    case "--output":
                        commandLine.OutputFile = Value("FILE");
                        break;
                    case "--category":
                        commandLine.Category = Value("NAME").TrimEnd('/');
                        if (commandLine.Category.Length == 0)
                            throw new UsageException("--category needs a name other than '/'");
                        commandLine.scanOnlyOption ??= name;
                        break;
                    case "--watch":
                        NoValue();
                        commandLine.Watch = true;
                        commandLine.scanOnlyOption ??= name;
                        break;
                    case "--sarif-portable":
                        NoValue();
                        commandLine.SarifPortable = true;
                        commandLine.scanOnlyOption ??= name;
                        break;
                    case "--baseline":
                        commandLine.BaselineFile = Value("FILE");
                        commandLine.scanOnlyOption ??= name;
                        break;
                    case "--write-baseline":
                        commandLine.WriteBaselineFile = Value("FILE");
                        commandLine.scanOnlyOption ??= name;
                        break;
                    case "--quiet":
                    case "-q":
                        NoValue();
                        commandLine.Quiet = true;
                        commandLine.scanOnlyOption ??= name;
                        break;
                    case "--color":
                        commandLine.Color = Choice(name, Value("auto|always|never"), ColorNames);
                        commandLine.scanOnlyOption ??= name;
                        break;
                    case "--stdin-filename":
                        commandLine.StdinFileName = Value("PATH");
                        commandLine.scanOnlyOption ??= name;
                        break;
                    case "--max-file-size":
                        commandLine.MaxFileSize = ByteSize(name, Value("BYTES"));
                        break;
                    case "--resolve":
                        commandLine.SetCommand(Command.Resolve, name, Value("FILE"));
                        break;
                    case "--explain":
                        commandLine.SetCommand(Command.Explain, name, Value("CLxxxx|NAME"));
                        break;
                    case "--print-config":
                        commandLine.SetCommand(Command.PrintConfig, name, Value("FILE"));
                        break;
                    case "--list-rules":
                        NoValue();
                        commandLine.SetCommand(Command.ListRules, name, "");
                        break;
                    case "--help":
                    case "-h":
                        NoValue();
                        commandLine.SetCommand(Command.Help, name, "");
                        break;
                    case "--version":
                        NoValue();
                        commandLine.SetCommand(Command.Version, name, "");
                        break;
                    default:
                        throw new UsageException($"unknown option {name}");
                }
            }
            commandLine.CheckCombination();
            commandLine.CheckBaselineCombination();
            return commandLine;
        }

        private void SetCommand(Command command, string option, string argument)
        {
            if (commandOption != null)
                throw new UsageException($"{option} cannot be combined with {commandOption}");
            Command = command;
            CommandArgument = argument;
            commandOption = option;
        }

        private void CheckCombination()
        {
            CheckStandardInput();
            if (commandOption == null)
                return;
            if (paths.Count > 0)
                throw new UsageException($"{commandOption} takes no PATH, but got {paths[0]}");
            if (scanOnlyOption != null)
                throw new UsageException($"{scanOnlyOption} applies to scanning files and cannot be combined with {commandOption}");
        }

        private void CheckBaselineCombination()
        {
            if (WriteBaselineFile != null && BaselineFile != null)
                throw new UsageException("--write-baseline cannot be combined with --baseline");
            if (Watch && (BaselineFile ?? WriteBaselineFile) != null)
                throw new UsageException($"{(BaselineFile != null ? "--baseline" : "--write-baseline")} cannot be combined with --watch");
            // The baseline is the run's one output; a report beside it would be a second, different file.
            if (WriteBaselineFile != null && (format != null || OutputFile != null))
                throw new UsageException($"--write-baseline writes its FILE instead of a report, so it cannot be combined with {(format != null ? "--format" : "--output")}");
        }

        private void CheckStandardInput()
        {
            if (StdinFileName == null && readsStandardInput)
                throw new UsageException("- reads standard input and needs --stdin-filename PATH, the path its text is linted as");
            if (StdinFileName == null)
                return;
            if (!readsStandardInput || paths.Count != 0)
                throw new UsageException("--stdin-filename lints standard input and takes - as its only PATH");
            if (Watch)
                throw new UsageException("--watch cannot be combined with --stdin-filename");
        }

        private static bool IsSarifFileName(string? path) =>
            path != null && (path.EndsWith(".sarif", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".sarif.json", StringComparison.OrdinalIgnoreCase));

        /// <summary>Comma-separated rule ids or names, without empty entries.</summary>
        private static IReadOnlyList<string> RuleList(string value) =>
            value.Split(',').Select(r => r.Trim()).Where(r => r.Length > 0).ToList();

        /// <summary>A size in bytes, with an optional K, M or G suffix (powers of 1024).</summary>
        private static long ByteSize(string option, string value)
        {
            var suffix = char.ToUpperInvariant(value[^1]);
            var shift = suffix switch { 'K' => 10, 'M' => 20, 'G' => 30, _ => 0 };
            var digits = shift == 0 ? value : value[..^1];
            if (!long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number <= 0 || number > (long.MaxValue >> shift))
                throw new UsageException($"{option} must be a positive number of bytes (e.g. 16M), not '{value}'");
            return number << shift;
        }

        private static T Choice<T>(string option, string value, IReadOnlyDictionary<string, T> choices)
        {
            if (choices.TryGetValue(value, out var choice))
                return choice;
            throw new UsageException($"{option} must be one of {string.Join(", ", choices.Keys)}, not '{value}'");
        }
    }
}
