using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using ConfigLint.Analyzers.Emqx;
using ConfigLint.Parsers;
using ConfigLint.Parsers.Cuttlefish;
using ConfigLint.Parsers.Hocon;
using Microsoft.CodeAnalysis.Text;

namespace ConfigLint.Analyzers
{
    /// <summary>
    /// Decides whether an EMQX file is the 4.x flat <c>key = value</c> form (cuttlefish) or HOCON (EMQX 5), in this
    /// order: a <c>*.hocon</c> file is HOCON (only EMQX 5 uses the extension); a file that only one reader reads
    /// without an error line is that form; a file whose keys belong to only one major version's vocabulary is that
    /// version's form; otherwise the form with fewer error lines, a tie going to HOCON (EMQX 5 is the supported line).
    /// Either way every line is still read, so one stray line is one CL0001 and the rest of the file is judged.
    /// An error line is a syntax error: a limit (nesting too deep) or bad encoding says nothing about the form.
    /// </summary>
    internal sealed class EmqxFormDecision
    {
        // Keys only one major version has (see KeyMarkers for how a marker matches).
        private static readonly string[] Emqx4Markers =
        {
            "listener.", "dashboard.listener.", "management.listener.", "allow_anonymous", "acl_nomatch", "acl_file", "zone.", "mqtt.", "plugins.",
            "node.proto_dist", "log.to",
        };

        private static readonly string[] Emqx5Markers =
        {
            "listeners", "dashboard.listeners", "authentication", "authorization", "zones", "bridges", "connectors", "actions",
        };

        // The 4.x parse a decision for that form made, kept for the loader, which reads the file next: a 4.x file is
        // parsed in that form once. Weakly, by the file, so a file decided but never loaded keeps nothing alive.
        private static readonly ConditionalWeakTable<SourceFile, CuttlefishDocument> FlatParses = new();

        private EmqxFormDecision(EmqxFormat format, bool readsWithoutErrors, ImmutableArray<string> rootKeys)
        {
            Format = format;
            ReadsWithoutErrors = readsWithoutErrors;
            RootKeys = rootKeys;
        }

        /// <summary>The form the file is read in.</summary>
        public EmqxFormat Format { get; }

        /// <summary>Whether the file reads in that form without an error.</summary>
        public bool ReadsWithoutErrors { get; }

        /// <summary>The first segment of each top-level key, as read in that form.</summary>
        public ImmutableArray<string> RootKeys { get; }

        /// <summary>How a form is named to the operator (standard error, SARIF).</summary>
        public static string Describe(EmqxFormat format) =>
            format == EmqxFormat.Flat ? "EMQX 4.x (key = value)" : "HOCON (EMQX 5)";

        /// <summary>
        /// The form alone, as <see cref="Decide(SourceFile)"/> finds it, for callers that read the file next: a <c>*.hocon</c>
        /// file is not parsed for it (its loading parses it; a large file is parsed once, not twice).
        /// </summary>
        public static EmqxFormat FormOf(SourceFile file) =>
            IsHoconByName(file) ? EmqxFormat.Hocon : Decide(file).Format;

        public static EmqxFormDecision Decide(SourceFile file) => Decide(file, HoconSyntaxTree.Parse(file));

        /// <summary>The same decision, from <paramref name="hocon"/>: the file as HOCON, parsed already by the caller.</summary>
        public static EmqxFormDecision Decide(SourceFile file, HoconSyntaxTree hocon)
        {
            var hoconDecision = new EmqxFormDecision(EmqxFormat.Hocon, hocon.Errors.IsEmpty, hocon.RootKeyNames);
            if (IsHoconByName(file))
                return hoconDecision;
            // Clean HOCON against a single bad 4.x line is HOCON (the rule below): no need to read every 4.x line.
            var hoconErrorLines = SyntaxErrorLines(hocon.Errors);
            if (hoconErrorLines == 0 && CuttlefishParser.HasSyntaxErrorLine(file))
                return hoconDecision;

            var flat = CuttlefishParser.Parse(file);
            var flatDecision = new EmqxFormDecision(EmqxFormat.Flat, flat.Errors.IsEmpty, flat.Entries.Select(e => FirstSegment(e.Key)).ToImmutableArray());
            var flatErrorLines = SyntaxErrorLines(flat.Errors);
            if ((flatErrorLines == 0) != (hoconErrorLines == 0))
                return flatErrorLines == 0 ? Kept(flatDecision, file, flat) : hoconDecision;

            var keys = KeyMarkers.LeadingKeys(file.Text).ToList();
            var hasEmqx4Keys = keys.Any(k => Emqx4Markers.Any(m => KeyMarkers.Matches(k, m)));
            var hasEmqx5Keys = keys.Any(k => Emqx5Markers.Any(m => KeyMarkers.Matches(k, m)));
            if (hasEmqx4Keys != hasEmqx5Keys)
                return hasEmqx4Keys ? Kept(flatDecision, file, flat) : hoconDecision;

            return flatErrorLines < hoconErrorLines ? Kept(flatDecision, file, flat) : hoconDecision;
        }

        /// <summary>The 4.x parse of <paramref name="file"/>: the one deciding made, handed over once, or a new one.</summary>
        public static CuttlefishDocument FlatParseOf(SourceFile file)
        {
            if (!FlatParses.TryGetValue(file, out var parsed))
                return CuttlefishParser.Parse(file);
            FlatParses.Remove(file);
            return parsed;
        }

        private static EmqxFormDecision Kept(EmqxFormDecision flatDecision, SourceFile file, CuttlefishDocument flat)
        {
            FlatParses.GetValue(file, _ => flat);
            return flatDecision;
        }

        private static bool IsHoconByName(SourceFile file) => file.FullPath.EndsWith(".hocon", StringComparison.Ordinal);

        private static int SyntaxErrorLines(ImmutableArray<ParseError> errors) =>
            errors.Where(e => e.Kind == ParseErrorKind.Syntax).Select(e => e.LineSpan.Start.Line).Distinct().Count();

        private static string FirstSegment(string key)
        {
            var dot = key.IndexOf('.');
            return dot < 0 ? key : key.Substring(0, dot);
        }
    }
}
