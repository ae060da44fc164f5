using System;
using System.Collections.Generic;
using System.Linq;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers.Formats
{
    /// <summary>
    /// An EMQX configuration in one of its two forms, HOCON (EMQX 5) or 4.x flat <c>key = value</c>: one model
    /// (<see cref="EmqxConfig"/>) and one rule kind for both. Recognised by name (emqx.conf, emqx_*.conf, *.hocon),
    /// or by content: a <c>*.conf</c> setting two of EMQX's top-level roots. Either form's recogniser answers with
    /// the form <see cref="EmqxFormDecision"/> finds, so each file's form is decided once.
    /// </summary>
    internal sealed class EmqxFileFormat : ConfigFormat<EmqxConfig>
    {
        public static readonly EmqxFileFormat Hocon = new(EmqxFormat.Hocon);
        public static readonly EmqxFileFormat Flat = new(EmqxFormat.Flat);

        // EMQX's top-level configuration roots across 2.x–5.x; two of them in one *.conf mark an EMQX file.
        private static readonly HashSet<string> EmqxRoots = new(StringComparer.Ordinal)
        {
            "node", "cluster", "rpc", "dashboard", "listeners", "listener", "authorization", "authentication", "mqtt",
            "zone", "zones", "management", "allow_anonymous", "acl_nomatch", "broker", "bridges", "rule_engine",
            "gateway", "log",
        };

        private EmqxFileFormat(EmqxFormat form) => Form = form;

        /// <summary>The form the file is read in.</summary>
        public EmqxFormat Form { get; }

        public override string Description => "an EMQX configuration read as " + EmqxFormDecision.Describe(Form);

        public override bool MayBe(string renderedName) =>
            renderedName.EndsWith(".conf", StringComparison.Ordinal) || renderedName.EndsWith(".hocon", StringComparison.Ordinal);

        public override ConfigFormat? ClaimByName(string renderedName, FileReadResult read) =>
            FileClassifier.IsEmqxFileName(renderedName) ? In(EmqxFormDecision.FormOf(read.File!)) : null;

        /// <summary>Judged by its first 64 KB; another file than EMQX's by name must read cleanly in the form found.</summary>
        public override ConfigFormat? ClaimByContent(SourceFile file)
        {
            var truncated = file.Text.Length > FileClassifier.ContentSniffLength;
            var head = truncated
                ? new SourceFile(file.FullPath, file.Text.GetSubText(new TextSpan(0, CutAtLineEnd(file.Text, FileClassifier.ContentSniffLength))))
                : file;
            var form = EmqxFormDecision.Decide(head);
            return (truncated || form.ReadsWithoutErrors) && CountEmqxRoots(form.RootKeys) >= 2 ? In(form.Format) : null;
        }

        /// <summary>Its includes and (for a 5.x main configuration) base.hocon are read in the same form: findings in them say so.</summary>
        protected override LoadedConfig<EmqxConfig> Read(FileReadResult read, IConfigFileSource source, FindingSink sink)
        {
            var loaded = EmqxConfigLoader.Load(read.File!, Form, source, mergeBaseHocon: true);
            foreach (var fileRead in loaded.FilesRead)
                sink.RecordEmqxForm(fileRead, Form);
            return loaded;
        }

        private static EmqxFileFormat In(EmqxFormat form) => form == EmqxFormat.Flat ? Flat : Hocon;

        private static int CountEmqxRoots(IEnumerable<string> rootKeys) => rootKeys.Where(EmqxRoots.Contains).Distinct().Count();

        // The start of the line that holds position `length`: the lines are walked only that far, not mapped to the file's end.
        private static int CutAtLineEnd(SourceText text, int length)
        {
            var lineStart = 0;
            foreach (var line in LineSpans.Of(text))
            {
                if (line.Start > length)
                    break;
                lineStart = line.Start;
            }
            return lineStart;
        }
    }
}
