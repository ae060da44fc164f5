using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfigLint.Analyzers;
using ConfigLint.Cli;
using ConfigLint.Parsers;
using ConfigLint.Parsers.ClpConf;
using ConfigLint.Parsers.Cuttlefish;
using ConfigLint.Parsers.ErlangTerms;
using ConfigLint.Parsers.Hocon;
using ConfigLint.Parsers.VmArgs;

namespace ConfigLint.Fuzz
{
    /// <summary>A file of an input, by its '/'-separated path below the input folder.</summary>
    public sealed record InputFile(string RelativePath, byte[] Bytes);

    /// <summary>
    /// What one run gets: its files, the ones it is pointed at (<see cref="Named"/>: a parser reads its one file, a scan
    /// may be given a single file of the folder), and how the files were made (seeds and mutations), for the notes.
    /// </summary>
    public sealed record FuzzInput(IReadOnlyList<InputFile> Files, IReadOnlyList<string> Named, string Description);

    /// <summary>Something the fuzzer feeds inputs to: one parser, or the whole scan.</summary>
    public abstract class FuzzTarget
    {
        protected FuzzTarget(string name) => Name = name;

        /// <summary>The name used in signatures, reproducer folders and <c>--targets</c>.</summary>
        public string Name { get; }

        /// <summary>A mutated input drawn from the seeds.</summary>
        public abstract FuzzInput Draw(Random random, int maxRepeat);

        /// <summary>Runs the input, which is already written below <paramref name="folder"/>; throws on any failure.</summary>
        public abstract void Run(string folder, FuzzInput input);

        /// <summary>Every target over the seeds: the five parsers, then the scan.</summary>
        public static IReadOnlyList<FuzzTarget> All(SeedCorpus seeds) => new FuzzTarget[]
        {
            ParserTarget.Hocon(seeds), ParserTarget.Cuttlefish(seeds), ParserTarget.ErlangTerms(seeds),
            ParserTarget.VmArgs(seeds), ParserTarget.ClpConf(seeds), new ScanTarget(seeds),
        };

        /// <summary>A seed with mutations drawn for it, and how it was made.</summary>
        protected static (byte[] Bytes, string Description) Mutate(Seed seed, Random random, int maxRepeat)
        {
            var mutations = Mutations.Draw(random, maxRepeat);
            return (Mutations.Apply(seed.Bytes, mutations), seed.Path + ": " + string.Join("; ", mutations));
        }
    }

    /// <summary>One parser over one file, with the invariants its result must hold.</summary>
    public sealed class ParserTarget : FuzzTarget
    {
        private readonly string _fileName;
        private readonly Action<string, byte[]> _parseAndCheck;

        private ParserTarget(string name, string fileName, IReadOnlyList<Seed> seeds, Action<string, byte[]> parseAndCheck) : base(name)
        {
            _fileName = fileName;
            Seeds = seeds;
            _parseAndCheck = parseAndCheck;
        }

        public IReadOnlyList<Seed> Seeds { get; }

        /// <summary>The syntax tree, then the file loaded alone (merged, substitutions resolved) as the rules read it.</summary>
        public static ParserTarget Hocon(SeedCorpus seeds) => new("hocon", "emqx.conf", seeds.Hocon, (path, bytes) =>
        {
            var file = SourceFile.DecodeUtf8(path, bytes);
            Invariants.Hocon(HoconSyntaxTree.Parse(file));
            Invariants.Resolution(HoconLoader.Load(new[] { path }, new SingleFileSource(file)), file.Text);
        });

        /// <summary>The 4.x form, also built into the nested configuration the rules read.</summary>
        public static ParserTarget Cuttlefish(SeedCorpus seeds) => new("cuttlefish", "emqx.conf", seeds.Cuttlefish, (path, bytes) =>
        {
            var document = CuttlefishParser.Parse(SourceFile.DecodeUtf8(path, bytes));
            Invariants.Cuttlefish(document);
            document.ToConfigObject();
        });

        public static ParserTarget ErlangTerms(SeedCorpus seeds) => new("erlang-terms", "ssl_dist.conf", seeds.ErlangTerms,
            (path, bytes) => Invariants.ErlangTerms(ErlangTermParser.Parse(SourceFile.DecodeUtf8(path, bytes))));

        public static ParserTarget VmArgs(SeedCorpus seeds) => new("vm-args", "vm.args", seeds.VmArgs,
            (path, bytes) => Invariants.VmArgs(VmArgsParser.Parse(SourceFile.DecodeUtf8(path, bytes))));

        /// <summary>Decoded by the encoding it declares, as the scan reads it, and viewed through every typed view the rules use.</summary>
        public static ParserTarget ClpConf(SeedCorpus seeds) => new("clp-conf", "clp.conf", seeds.ClpConf, (path, bytes) =>
        {
            var document = ClpConfParser.Parse(ClpConfDecoder.Decode(path, bytes));
            Invariants.ClpConf(document);
            foreach (var server in document.Servers)
                _ = server.LanAddresses.Count();
            foreach (var group in document.Groups)
                _ = group.ResourceReferences.Count();
            _ = (document.ResourcesByType.Count, document.MonitorsByType.Count, document.WebMgr, document.Mail, document.Trap);
        });

        /// <summary>Parses the bytes as this target's format and checks the invariants; throws on any failure.</summary>
        public void Check(byte[] bytes) => _parseAndCheck(Path.Combine(Path.GetTempPath(), "configlint-fuzz", _fileName), bytes);

        public override FuzzInput Draw(Random random, int maxRepeat)
        {
            var (bytes, description) = Mutate(Seeds[random.Next(Seeds.Count)], random, maxRepeat);
            return new FuzzInput(new[] { new InputFile(_fileName, bytes) }, new[] { _fileName }, description);
        }

        public override void Run(string folder, FuzzInput input)
        {
            var file = input.Files.Single(f => f.RelativePath == input.Named[0]);
            _parseAndCheck(Path.Combine(folder, file.RelativePath), file.Bytes);
        }
    }

    /// <summary>Serves one file from memory; every include is missing.</summary>
    internal sealed class SingleFileSource : IConfigFileSource
    {
        private readonly SourceFile _file;

        public SingleFileSource(SourceFile file) => _file = file;

        public FileReadResult Read(string fullPath) =>
            fullPath == _file.FullPath ? FileReadResult.FromText(_file) : FileReadResult.Refused(fullPath, FileReadStatus.NotFound, "not in memory");

        public IReadOnlyList<string> Files(string folderFullPath) => Array.Empty<string>();

        public IReadOnlyList<string> Folders(string folderFullPath) => Array.Empty<string>();
    }

    /// <summary>
    /// The whole scan over two node folders holding every file name it recognises: node1 with emqx.conf, the base.hocon
    /// merged under it, extra.hocon (which inserted includes name), vm.args, ssl_dist.conf and clp.conf; node2 with a
    /// peer's emqx.conf. Some files are mutated, the rest left as their seeds; the scan is given every file, or one.
    /// </summary>
    public sealed class ScanTarget : FuzzTarget
    {
        private readonly (string Path, Func<Random, Seed> Pick)[] _layout;

        public ScanTarget(SeedCorpus seeds) : base("scan")
        {
            Seed Any(IReadOnlyList<Seed> list, Random random) => list[random.Next(list.Count)];
            Seed Emqx(Random random) => random.Next(4) == 0 ? Any(seeds.Cuttlefish, random) : Any(seeds.Hocon, random);
            _layout = new (string, Func<Random, Seed>)[]
            {
                ("node1/emqx.conf", Emqx),
                ("node1/base.hocon", r => Any(seeds.Hocon, r)),
                ("node1/extra.hocon", r => Any(seeds.Hocon, r)),
                ("node1/vm.args", r => Any(seeds.VmArgs, r)),
                ("node1/ssl_dist.conf", r => Any(seeds.ErlangTerms, r)),
                ("node1/clp.conf", r => Any(seeds.ClpConf, r)),
                ("node2/emqx.conf", Emqx),
            };
        }

        public override FuzzInput Draw(Random random, int maxRepeat)
        {
            var mutated = random.Next(_layout.Length);
            var files = new List<InputFile>();
            var description = new List<string>();
            for (var i = 0; i < _layout.Length; i++)
            {
                var (path, pick) = _layout[i];
                var seed = pick(random);
                if (i == mutated || random.Next(4) == 0)
                {
                    var (bytes, how) = Mutate(seed, random, maxRepeat);
                    files.Add(new InputFile(path, bytes));
                    description.Add(path + " from " + how);
                }
                else
                {
                    files.Add(new InputFile(path, seed.Bytes));
                    description.Add(path + " from " + seed.Path);
                }
            }
            // A pre-commit call may pass a single file, which is then judged with the node folder it belongs to.
            var named = random.Next(4) == 0 ? new[] { files[random.Next(files.Count)].RelativePath } : files.Select(f => f.RelativePath).ToArray();
            return new FuzzInput(files, named, string.Join("\n", description));
        }

        public override void Run(string folder, FuzzInput input) =>
            ConfigScanner.Scan(new ScanOptions(folder, input.Named.Select(n => Path.Combine(folder, n.Replace('/', Path.DirectorySeparatorChar))).ToList(),
                new DiskFileSource(new[] { folder }, DiskFileSource.DefaultMaxFileSize)));
    }
}
