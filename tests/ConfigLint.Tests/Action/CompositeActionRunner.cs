using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ConfigLint.Tests.Action
{
    /// <summary>What one run of a composite action did.</summary>
    internal sealed record ActionRun(
        int ExitCode,
        string Log,
        IReadOnlyDictionary<string, string> Outputs,
        IReadOnlyList<string> StepsRun,
        IReadOnlyDictionary<string, Dictionary<string, string>> StepOutputs);

    /// <summary>
    /// Runs a composite action's steps as the GitHub runner does: each <c>run:</c> script written to a file and run with
    /// <c>bash --noprofile --norc -eo pipefail FILE</c> in the workspace, with the step's <c>env:</c> (expressions
    /// evaluated) and the variables the runner sets; <c>GITHUB_OUTPUT</c> read back into step outputs; a failing step
    /// ends the run; <c>if:</c> decides whether a step runs. A <c>uses:</c> step is handed to a check of its inputs.
    /// Only the expressions action.yml needs are understood; anything else fails the test rather than being guessed.
    /// </summary>
    internal sealed class CompositeActionRunner
    {
        private static readonly Regex Expression = new(@"\$\{\{\s*(?<expression>.*?)\s*\}\}", RegexOptions.CultureInvariant);
        private static readonly Regex Comparison = new(@"^(?<operand>[A-Za-z0-9_.-]+)\s*(?<operator>==|!=)\s*'(?<literal>[^']*)'$", RegexOptions.CultureInvariant);
        private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(10);

        private readonly CompositeAction _action;
        private readonly IReadOnlyDictionary<string, string> _runnerVariables;
        private readonly string _temp;

        /// <param name="action">The action.</param>
        /// <param name="runnerVariables">
        /// The job's variables as the runner sets them (<c>GITHUB_WORKSPACE</c>, <c>RUNNER_TEMP</c>, <c>GITHUB_ACTION_PATH</c>,
        /// ...) and the machine's own that differ from this process's (<c>HOME</c>).
        /// </param>
        public CompositeActionRunner(CompositeAction action, IReadOnlyDictionary<string, string> runnerVariables)
        {
            _action = action;
            _runnerVariables = runnerVariables;
            _temp = runnerVariables["RUNNER_TEMP"];
        }

        /// <summary>Runs every step (or only <paramref name="onlyStep"/>, by id) with these inputs.</summary>
        /// <param name="with">The workflow's <c>with:</c>; inputs it leaves out take their defaults.</param>
        /// <param name="uses">Checks a <c>uses:</c> step's action and evaluated inputs (it stands in for that action).</param>
        /// <param name="onlyStep">The id of the one step to run.</param>
        public ActionRun Run(IReadOnlyDictionary<string, string> with, Action<string, IReadOnlyDictionary<string, string>> uses, string? onlyStep = null)
        {
            foreach (var name in with.Keys.Where(name => !_action.InputDefaults.ContainsKey(name)))
                throw new ArgumentException($"action.yml has no input {name}");
            var inputs = _action.InputDefaults.ToDictionary(input => input.Key, input => with.TryGetValue(input.Key, out var given) ? given : input.Value);
            var stepOutputs = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            var log = new StringBuilder();
            var stepsRun = new List<string>();
            var exitCode = 0;

            foreach (var step in _action.Steps.Where(step => onlyStep == null || step.Id == onlyStep))
            {
                if (step.If != null && !Condition(step.If, inputs, stepOutputs))
                    continue;
                stepsRun.Add(step.Name);
                var evaluatedWith = step.With.ToDictionary(pair => pair.Key, pair => Evaluate(pair.Value, inputs, stepOutputs));
                if (step.Uses != null)
                {
                    uses(step.Uses, evaluatedWith);
                    continue;
                }

                var env = step.Env.ToDictionary(pair => pair.Key, pair => Evaluate(pair.Value, inputs, stepOutputs));
                var (code, output, outputs) = RunScript(step, env);
                log.Append(output);
                if (step.Id != null)
                    stepOutputs[step.Id] = outputs;
                if (code != 0)
                {
                    exitCode = code;
                    break;
                }
            }

            var actionOutputs = _action.Outputs.ToDictionary(output => output.Key, output => Evaluate(output.Value, inputs, stepOutputs));
            return new ActionRun(exitCode, log.ToString(), actionOutputs, stepsRun, stepOutputs);
        }

        private (int ExitCode, string Output, Dictionary<string, string> Outputs) RunScript(ActionStep step, Dictionary<string, string> env)
        {
            if (step.Shell != "bash")
                throw new NotSupportedException($"step '{step.Name}' runs with shell '{step.Shell}'; this runner knows bash");
            if (step.Run!.Contains("${{", StringComparison.Ordinal))
                throw new InvalidOperationException($"step '{step.Name}' pastes an expression into its script; inputs belong in env:");

            var id = Guid.NewGuid().ToString("N");
            var script = Path.Combine(_temp, id + ".sh");
            File.WriteAllText(script, step.Run);
            var files = new[] { "GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STATE", "GITHUB_STEP_SUMMARY" }
                .ToDictionary(name => name, name => Path.Combine(_temp, $"{name.ToLowerInvariant()}_{id}"));
            foreach (var file in files.Values)
                File.WriteAllText(file, "");

            var variables = new Dictionary<string, string>(_runnerVariables, StringComparer.Ordinal);
            foreach (var (name, file) in files)
                variables[name] = file;
            foreach (var (name, value) in env)
                variables[name] = value;

            var run = ExternalProgram.Run("bash", new[] { "--noprofile", "--norc", "-eo", "pipefail", script }, _runnerVariables["GITHUB_WORKSPACE"], variables, StepLimit, IsSetByRunnerOnly);
            // The action is not meant to change later steps' environment; a write here would go unmodelled.
            foreach (var name in new[] { "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STATE" })
            {
                if (File.ReadAllText(files[name]).Length > 0)
                    throw new NotSupportedException($"step '{step.Name}' writes {name}, which this runner does not model");
            }
            return (run.ExitCode, run.Output, ParseOutputs(File.ReadAllText(files["GITHUB_OUTPUT"])));
        }

        /// <summary>Variables only a runner sets: this test process's own (when CI runs it in GitHub Actions) are not passed on.</summary>
        private static bool IsSetByRunnerOnly(string name) =>
            name.StartsWith("GITHUB_", StringComparison.Ordinal) || name.StartsWith("RUNNER_", StringComparison.Ordinal)
            || name.StartsWith("INPUT_", StringComparison.Ordinal) || name.StartsWith("ACTIONS_", StringComparison.Ordinal);

        /// <summary><c>name=value</c> lines and <c>name&lt;&lt;DELIMITER</c> blocks, as the runner reads GITHUB_OUTPUT.</summary>
        private static Dictionary<string, string> ParseOutputs(string text)
        {
            var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var heredoc = line.IndexOf("<<", StringComparison.Ordinal);
                var equals = line.IndexOf('=');
                if (heredoc > 0 && (equals < 0 || heredoc < equals))
                {
                    var delimiter = line[(heredoc + 2)..];
                    var value = new List<string>();
                    for (i++; i < lines.Length && lines[i] != delimiter; i++)
                        value.Add(lines[i]);
                    if (i == lines.Length)
                        throw new FormatException($"GITHUB_OUTPUT block '{line}' has no closing {delimiter}");
                    outputs[line[..heredoc]] = string.Join("\n", value);
                }
                else if (equals > 0)
                {
                    outputs[line[..equals]] = line[(equals + 1)..];
                }
                else if (line.Length > 0)
                {
                    throw new FormatException($"GITHUB_OUTPUT line '{line}' is neither name=value nor name<<DELIMITER");
                }
            }
            return outputs;
        }

        private static string Evaluate(string text, IReadOnlyDictionary<string, string> inputs, Dictionary<string, Dictionary<string, string>> steps) =>
            Expression.Replace(text, match => Value(match.Groups["expression"].Value, inputs, steps));

        /// <summary>An <c>if:</c>: comparisons of a value with a quoted literal, joined by <c>&amp;&amp;</c>.</summary>
        private static bool Condition(string condition, IReadOnlyDictionary<string, string> inputs, Dictionary<string, Dictionary<string, string>> steps)
        {
            var bare = Expression.Match(condition) is { Success: true } wrapped && wrapped.Length == condition.Trim().Length
                ? wrapped.Groups["expression"].Value
                : condition;
            return bare.Split("&&").All(term =>
            {
                var comparison = Comparison.Match(term.Trim());
                if (!comparison.Success)
                    throw new NotSupportedException($"if: {condition} is not a comparison this runner understands");
                var equal = string.Equals(Value(comparison.Groups["operand"].Value, inputs, steps), comparison.Groups["literal"].Value, StringComparison.OrdinalIgnoreCase);
                return comparison.Groups["operator"].Value == "==" ? equal : !equal;
            });
        }

        /// <summary><c>inputs.NAME</c> or <c>steps.ID.outputs.NAME</c>; an output a step did not set is empty, as on GitHub.</summary>
        private static string Value(string expression, IReadOnlyDictionary<string, string> inputs, Dictionary<string, Dictionary<string, string>> steps)
        {
            var parts = expression.Split('.');
            if (parts.Length == 2 && parts[0] == "inputs")
                return inputs.TryGetValue(parts[1], out var input) ? input : throw new InvalidOperationException($"no input {parts[1]}");
            if (parts.Length == 4 && parts[0] == "steps" && parts[2] == "outputs")
                return steps.TryGetValue(parts[1], out var outputs) && outputs.TryGetValue(parts[3], out var output) ? output : "";
            throw new NotSupportedException($"the expression {expression} is not one this runner understands");
        }
    }
}
