using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ConfigLint.Fuzz
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/ConfigLint.Fuzz -- --iterations N --seed S [--out DIR]</c>.
    /// The driver runs in a worker process; when an input crashes it (a stack overflow cannot be caught in .NET) or
    /// hangs, the input in <c>current/</c> becomes the reproducer and a new worker goes on after it.
    /// </summary>
    public static class Program
    {
        private const string Usage =
            "usage: ConfigLint.Fuzz [--iterations N] [--seed S] [--out DIR] [--time-limit SECONDS] [--targets NAME,...]\n" +
            "       ConfigLint.Fuzz --replay FOLDER\n" +
            "targets: hocon, cuttlefish, erlang-terms, vm-args, clp-conf, scan (default: all)";

        // Marks a folder as the fuzzer's, so a new run may empty it.
        private const string OutputMarker = ".configlint-fuzz";
        private static readonly Regex WorkerSummary = new(@"^worker: tried (\d+), next (\d+)$");

        public static int Main(string[] args)
        {
            try
            {
                var arguments = Arguments.Parse(args);
                var targets = SelectTargets(arguments.Targets);
                if (arguments.Replay != null)
                {
                    var failure = FuzzDriver.Replay(arguments.Replay, targets, arguments.Options(Path.GetTempPath()));
                    Console.WriteLine(failure ?? "passes");
                    return failure == null ? 0 : 1;
                }
                return arguments.WorkerStart is { } start ? Worker(arguments, targets, start) : Supervise(arguments, args);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(Usage);
                return 2;
            }
            catch (Exception e) when (e is InvalidOperationException or InvalidDataException or IOException)
            {
                // No seeds, an unreadable reproducer, a worker that died before its first input.
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        }

        private static IReadOnlyList<FuzzTarget> SelectTargets(IReadOnlyList<string>? names)
        {
            var all = FuzzTarget.All(SeedCorpus.FromRepository(SeedCorpus.FindRepositoryRoot()));
            if (names == null)
                return all;
            var unknown = names.Where(n => all.All(t => t.Name != n)).ToList();
            if (unknown.Count > 0)
                throw new ArgumentException("unknown target: " + string.Join(", ", unknown));
            return all.Where(t => names.Contains(t.Name)).ToList();
        }

        /// <summary>Runs iterations from <paramref name="start"/> in this process and ends with a summary line the supervisor reads.</summary>
        private static int Worker(Arguments arguments, IReadOnlyList<FuzzTarget> targets, long start)
        {
            var report = new FuzzDriver(targets, arguments.Options(arguments.Out, start), Console.Out).Run();
            Console.WriteLine($"worker: tried {report.Tried}, next {report.NextIteration}");
            return report.Failures.Count == 0 ? 0 : 1;
        }

        private static int Supervise(Arguments arguments, string[] args)
        {
            var output = Path.GetFullPath(arguments.Out);
            PrepareOutput(output);
            var clock = Stopwatch.StartNew();
            var tried = 0L;
            var next = 0L;
            while (next < arguments.Iterations)
            {
                var (summary, stderr) = RunWorker(args, next);
                if (summary != null && WorkerSummary.Match(summary) is { Success: true } match)
                {
                    tried += long.Parse(match.Groups[1].Value);
                    next = long.Parse(match.Groups[2].Value);
                    continue;
                }
                // The worker died: the input it was running is in current/, and it ran every iteration before that one.
                var crashed = RecordCrash(output, stderr, next);
                tried += crashed - next + 1;
                next = crashed + 1;
            }
            var failures = Directory.EnumerateDirectories(output)
                .Select(folder => (Folder: folder, Signature: InputFolder.ReadSignature(folder)))
                .Where(f => f.Signature != null)
                .OrderBy(f => f.Signature, StringComparer.Ordinal)
                .ToList();
            Console.WriteLine();
            Console.WriteLine($"{tried} inputs tried (seed {arguments.Seed}) in {clock.Elapsed.TotalSeconds:F0} s; {failures.Count} distinct failures");
            foreach (var (folder, signature) in failures)
                Console.WriteLine($"  {signature}\n    reproducer: {folder}");
            return failures.Count == 0 ? 0 : 1;
        }

        /// <summary>Empties the output folder of an earlier run, and refuses a folder that is not the fuzzer's.</summary>
        private static void PrepareOutput(string output)
        {
            if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
            {
                if (!File.Exists(Path.Combine(output, OutputMarker)))
                    throw new ArgumentException($"{output} is not empty and not a fuzz output folder; name another with --out.");
                Directory.Delete(output, recursive: true);
            }
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, OutputMarker), "");
        }

        /// <summary>Runs a worker from an iteration, passing its output through; its last line and its standard error.</summary>
        private static (string? LastLine, string Stderr) RunWorker(string[] args, long start)
        {
            var self = Environment.ProcessPath!;
            var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            // Started as `dotnet ConfigLint.Fuzz.dll`: the host needs the assembly again.
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
                info.ArgumentList.Add(typeof(Program).Assembly.Location);
            foreach (var arg in args)
                info.ArgumentList.Add(arg);
            info.ArgumentList.Add("--worker-start");
            info.ArgumentList.Add(start.ToString());
            using var worker = Process.Start(info)!;
            var stderr = new StringBuilder();
            worker.ErrorDataReceived += (_, e) =>
            {
                lock (stderr)
                {
                    if (e.Data != null && stderr.Length < 64 * 1024)
                        stderr.AppendLine(e.Data);
                }
            };
            worker.BeginErrorReadLine();
            string? last = null;
            while (worker.StandardOutput.ReadLine() is { } line)
            {
                if (WorkerSummary.IsMatch(line))
                    last = line;
                else
                    Console.WriteLine(line);
            }
            worker.WaitForExit();
            lock (stderr)
                return (last, stderr.ToString());
        }

        /// <summary>Keeps the crashing input as a reproducer (once per signature); returns the iteration it was.</summary>
        private static long RecordCrash(string output, string stderr, long workerStart)
        {
            var current = Path.Combine(output, FuzzDriver.CurrentFolderName);
            var notes = Path.Combine(current, InputFolder.NotesFileName);
            var iteration = File.Exists(notes) ? Regex.Match(File.ReadAllText(notes), @"^iteration (\d+) ", RegexOptions.Multiline) : Match.Empty;
            // An earlier worker's input (left by a hang) does not count: this one died before writing its own.
            if (!iteration.Success || long.Parse(iteration.Groups[1].Value) < workerStart)
                throw new InvalidOperationException("The worker ended before running an input:\n" + stderr);
            var (target, _) = InputFolder.Read(current);
            var lines = stderr.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            // The frame a stack overflow stops in is whichever call ran out of stack; the recursion is in ConfigLint's frames.
            var frames = lines.Where(l => l.StartsWith("at ", StringComparison.Ordinal)).Select(l => Regex.Replace(l, @"\(.*", "")).ToList();
            var frame = frames.FirstOrDefault(f => f.StartsWith("at ConfigLint.", StringComparison.Ordinal) && !f.StartsWith("at ConfigLint.Fuzz.", StringComparison.Ordinal))
                ?? frames.FirstOrDefault() ?? "(no stack)";
            var signature = $"{target}: process crash: {lines.FirstOrDefault() ?? "(no message)"} {frame}";
            var reproducer = Path.Combine(output, FuzzDriver.ReproducerName(signature));
            var isNew = !Directory.Exists(reproducer);
            Console.WriteLine($"FAILURE {signature}{(isNew ? "" : " (found before)")}");
            if (!isNew)
                Directory.Delete(current, recursive: true);
            else
            {
                Directory.Move(current, reproducer);
                InputFolder.AppendFailure(reproducer, signature, string.Join("\n", CollapseRepeats(lines).Take(40)));
            }
            Console.WriteLine($"  reproducer: {reproducer}");
            return long.Parse(iteration.Groups[1].Value);
        }

        /// <summary>Runs of one line (a recursion's frames) as the line and its count.</summary>
        private static IEnumerable<string> CollapseRepeats(IReadOnlyList<string> lines)
        {
            for (var i = 0; i < lines.Count;)
            {
                var run = 1;
                while (i + run < lines.Count && lines[i + run] == lines[i])
                    run++;
                yield return run == 1 ? lines[i] : $"{lines[i]}   [{run} times]";
                i += run;
            }
        }

        private sealed class Arguments
        {
            public long Iterations { get; private set; } = 10_000;
            public int Seed { get; private set; } = 42;
            public string Out { get; private set; } = "fuzz-out";
            public double TimeLimitSeconds { get; private set; } = 5;
            public IReadOnlyList<string>? Targets { get; private set; }
            public string? Replay { get; private set; }
            public long? WorkerStart { get; private set; }

            public FuzzOptions Options(string output, long start = 0) => new()
            {
                Seed = Seed,
                Start = start,
                End = Iterations,
                OutputFolder = output,
                TimeLimit = TimeSpan.FromSeconds(TimeLimitSeconds),
            };

            public static Arguments Parse(string[] args)
            {
                var parsed = new Arguments();
                for (var i = 0; i < args.Length; i++)
                {
                    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value");
                    switch (args[i])
                    {
                        case "--iterations": parsed.Iterations = long.Parse(Value()); break;
                        case "--seed": parsed.Seed = int.Parse(Value()); break;
                        case "--out": parsed.Out = Value(); break;
                        case "--time-limit": parsed.TimeLimitSeconds = double.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture); break;
                        case "--targets": parsed.Targets = Value().Split(',', StringSplitOptions.RemoveEmptyEntries); break;
                        case "--replay": parsed.Replay = Value(); break;
                        case "--worker-start": parsed.WorkerStart = long.Parse(Value()); break;
                        default: throw new ArgumentException("unknown option " + args[i]);
                    }
                }
                return parsed;
            }
        }
    }
}
