using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace ConfigLint.Fuzz
{
    /// <summary>What a fuzz run does.</summary>
    public sealed class FuzzOptions
    {
        /// <summary>Each iteration's input follows from this seed and the iteration's number alone.</summary>
        public int Seed { get; init; } = 42;

        /// <summary>The first iteration to run (a restarted run goes on after the input that crashed).</summary>
        public long Start { get; init; }

        /// <summary>The iteration to stop before.</summary>
        public long End { get; init; } = 1000;

        /// <summary>Where the current input and the reproducers go.</summary>
        public required string OutputFolder { get; init; }

        /// <summary>An input still running after this long is a hang.</summary>
        public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(5);

        /// <summary>An input that makes the heap grow past this is a failure, like a hang.</summary>
        public long MemoryLimitBytes { get; init; } = 2L << 30;

        /// <summary>The most times a slice is repeated: deep nesting, long keys, and lines long enough that quadratic work outlasts the time limit.</summary>
        public int MaxRepeat { get; init; } = 100_000;
    }

    /// <summary>A distinct failure: its signature and the folder that reproduces it.</summary>
    public sealed record FuzzFailure(string Signature, string Reproducer, string Details);

    /// <summary>The outcome of a run.</summary>
    public sealed record FuzzReport(long Tried, long NextIteration, IReadOnlyList<FuzzFailure> Failures, bool StoppedByHang);

    /// <summary>
    /// Feeds mutated seeds to each target in turn, each input on a thread of its own under a watchdog, and keeps one
    /// reproducer per distinct failure (exception type and top stack frame, or hang). The input is written to
    /// <c>current/</c> before it runs, since a stack overflow ends the process before anything can be caught.
    /// </summary>
    public sealed class FuzzDriver
    {
        /// <summary>The stack of the main thread on Windows: recursion that overflows there is found here too.</summary>
        private const int StackSize = 1 << 20;

        public const string CurrentFolderName = "current";

        private readonly IReadOnlyList<FuzzTarget> _targets;
        private readonly FuzzOptions _options;
        private readonly TextWriter _log;

        public FuzzDriver(IReadOnlyList<FuzzTarget> targets, FuzzOptions options, TextWriter log)
        {
            _targets = targets;
            _options = options;
            _log = log;
        }

        public string CurrentFolder => Path.Combine(_options.OutputFolder, CurrentFolderName);

        public FuzzReport Run()
        {
            var failures = new Dictionary<string, FuzzFailure>(StringComparer.Ordinal);
            var clock = Stopwatch.StartNew();
            var lastProgress = clock.Elapsed;
            var tried = 0L;
            for (var iteration = _options.Start; iteration < _options.End; iteration++)
            {
                var target = _targets[(int)(iteration % _targets.Count)];
                var input = target.Draw(new Random(IterationSeed(_options.Seed, iteration)), _options.MaxRepeat);
                InputFolder.Write(CurrentFolder, target, input, $"iteration {iteration} of seed {_options.Seed}");
                var outcome = RunGuarded(() => target.Run(CurrentFolder, input));
                tried++;
                if (outcome != null)
                {
                    var signature = target.Name + ": " + outcome.Value.Signature;
                    if (!failures.ContainsKey(signature))
                        failures[signature] = Record(target, signature, outcome.Value.Details);
                    if (outcome.Value.Hang)
                    {
                        // The input's thread cannot be stopped and goes on using a core and memory: end this process.
                        _log.WriteLine("Stopping: the hung input still runs in this process.");
                        return new FuzzReport(tried, iteration + 1, failures.Values.ToList(), StoppedByHang: true);
                    }
                }
                if (clock.Elapsed - lastProgress > TimeSpan.FromSeconds(30))
                {
                    lastProgress = clock.Elapsed;
                    _log.WriteLine($"... iteration {iteration + 1}; this process: {tried} inputs, {failures.Count} distinct failures, {clock.Elapsed.TotalSeconds:F0} s");
                }
            }
            return new FuzzReport(tried, _options.End, failures.Values.ToList(), StoppedByHang: false);
        }

        /// <summary>Runs one reproducer folder through the target it names; the failure's signature, or null when it passes.</summary>
        public static string? Replay(string folder, IReadOnlyList<FuzzTarget> targets, FuzzOptions options)
        {
            var (targetName, input) = InputFolder.Read(folder);
            var target = targets.FirstOrDefault(t => t.Name == targetName) ?? throw new InvalidDataException("Unknown target " + targetName);
            var outcome = new FuzzDriver(targets, options, TextWriter.Null).RunGuarded(() => target.Run(folder, input));
            return outcome == null ? null : target.Name + ": " + outcome.Value.Signature + "\n" + outcome.Value.Details;
        }

        /// <summary>A signature's reproducer folder name: the target and a short hash of the signature.</summary>
        public static string ReproducerName(string signature)
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(signature)), 0, 5).ToLowerInvariant();
            return signature.Substring(0, signature.IndexOf(':')) + "-" + hash;
        }

        /// <summary>Keeps the current input as the signature's reproducer, unless an earlier process of this run already did.</summary>
        private FuzzFailure Record(FuzzTarget target, string signature, string details)
        {
            var reproducer = Path.Combine(_options.OutputFolder, ReproducerName(signature));
            var isNew = !Directory.Exists(reproducer);
            if (isNew)
            {
                CopyFolder(CurrentFolder, reproducer);
                InputFolder.AppendFailure(reproducer, signature, details);
            }
            _log.WriteLine($"FAILURE {signature}{(isNew ? "" : " (found before)")}");
            _log.WriteLine($"  reproducer: {reproducer}");
            return new FuzzFailure(signature, reproducer, details);
        }

        private static void CopyFolder(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
        }

        private readonly record struct Outcome(string Signature, string Details, bool Hang);

        /// <summary>Runs the action on a thread of its own; null when it ends in time without an exception.</summary>
        private Outcome? RunGuarded(Action action)
        {
            Exception? exception = null;
            var thread = new Thread(() =>
            {
                try { action(); }
                catch (Exception e) { exception = e; }
            }, StackSize) { IsBackground = true, Name = "fuzz input" };
            var clock = Stopwatch.StartNew();
            thread.Start();
            while (!thread.Join(TimeSpan.FromMilliseconds(50)))
            {
                if (clock.Elapsed > _options.TimeLimit)
                    return new Outcome($"hang (still running after {_options.TimeLimit.TotalSeconds:F0} s)", "", Hang: true);
                if (GC.GetTotalMemory(forceFullCollection: false) > _options.MemoryLimitBytes)
                    return new Outcome($"runaway memory (over {_options.MemoryLimitBytes >> 20} MB)", "", Hang: true);
            }
            return exception == null ? null : new Outcome(Signature(exception), exception.ToString(), Hang: false);
        }

        /// <summary>The exception type and the top stack frame, and the top frame in ConfigLint when the top one is the runtime's.</summary>
        private static string Signature(Exception exception)
        {
            if (exception is InvariantViolationException)
                return "invariant broken: " + exception.Message;
            var frames = new StackTrace(exception, fNeedFileInfo: false).GetFrames();
            var top = frames.Length > 0 ? Describe(frames[0]) : "(no stack)";
            var own = frames.Select(Describe).FirstOrDefault(f => f.StartsWith("ConfigLint.", StringComparison.Ordinal) && !f.StartsWith("ConfigLint.Fuzz.", StringComparison.Ordinal));
            return exception.GetType().FullName + " at " + top + (own == null || own == top ? "" : " via " + own);
        }

        private static string Describe(StackFrame frame) =>
            frame.GetMethod() is { } method ? method.DeclaringType?.FullName + "." + method.Name : "(unknown)";

        /// <summary>SplitMix64 of the seed and iteration: inputs do not depend on which process or how many ran before.</summary>
        private static int IterationSeed(int seed, long iteration)
        {
            var z = unchecked(((ulong)(uint)seed << 32) + (ulong)iteration + 0x9E3779B97F4A7C15UL);
            z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
            z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
            return (int)(z ^ (z >> 31));
        }
    }
}
