using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using ConfigLint.Sarif.Model;

namespace ConfigLint.Sarif
{
    /// <summary>
    /// The findings recorded by <c>configlint --write-baseline</c>: the results of a SARIF log ConfigLint wrote, read
    /// back into the model it writes. Only what a comparison needs must be there (each result's rule, level, message and
    /// <see cref="PartialFingerprints.Key"/> fingerprint); the rest (locations, properties) is carried along as read.
    /// </summary>
    public sealed class BaselineLog
    {
        private BaselineLog(IReadOnlyList<Result> results) => Results = results;

        /// <summary>The results of every run, in the order of the file; each has a <see cref="PartialFingerprints.Key"/> fingerprint.</summary>
        internal IReadOnlyList<Result> Results { get; }

        /// <summary>The fingerprint a baseline result is matched by.</summary>
        internal static string FingerprintOf(Result result) => result.PartialFingerprints![PartialFingerprints.Key];

        /// <summary>Reads a SARIF log.</summary>
        /// <exception cref="InvalidDataException">Not such a log; the message says what is wrong, in one line.</exception>
        public static BaselineLog Read(byte[] sarif)
        {
            using var document = Parse(sarif);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.1.0")
                throw new InvalidDataException("it is not a SARIF 2.1.0 log (no \"version\": \"2.1.0\")");
            if (!root.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
                throw new InvalidDataException("it has no \"runs\" array");

            var results = new List<Result>();
            var runIndex = 0;
            foreach (var run in runs.EnumerateArray())
            {
                if (run.ValueKind != JsonValueKind.Object || !run.TryGetProperty("results", out var runResults) || runResults.ValueKind != JsonValueKind.Array)
                    throw new InvalidDataException($"runs[{runIndex}] has no \"results\" array");
                var resultIndex = 0;
                foreach (var element in runResults.EnumerateArray())
                {
                    var result = ReadResult(element, $"runs[{runIndex}].results[{resultIndex++}]");
                    // A log written with --baseline also carries what was gone by then; it records only what was found.
                    if (result.BaselineState != BaselineStates.Absent)
                        results.Add(result);
                }
                runIndex++;
            }
            return new BaselineLog(results);
        }

        private static JsonDocument Parse(byte[] sarif)
        {
            try
            {
                return JsonDocument.Parse(sarif);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"it is not JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})", e);
            }
        }

        private static Result ReadResult(JsonElement element, string where)
        {
            Result? result;
            try
            {
                result = element.Deserialize(SarifJsonContext.Default.Result);
            }
            catch (JsonException e)
            {
                // The model's required members are what ConfigLint always writes: ruleId, level, message.text.
                var at = where + (e.Path ?? "$").Substring(1);
                throw new InvalidDataException($"{at} is not as ConfigLint writes it (a result has a ruleId, a level and a message text)", e);
            }
            if (result?.PartialFingerprints == null || !result.PartialFingerprints.ContainsKey(PartialFingerprints.Key))
                throw new InvalidDataException($"{where} has no \"{PartialFingerprints.Key}\" partial fingerprint (written by another tool or version?)");
            return result;
        }
    }
}
