// PLACEHOLDERS — DELETE THIS FILE WHEN THE SARIF AND PARSERS BRANCHES ARE MERGED.
// Stand-ins with the exact names and signatures of the agreed contracts, so the CLI compiles and its tests run
// before the real ones land: ConfigLint.Sarif.SarifWriter / SarifOptions / TextReport (src/Sarif) and
// ConfigLint.Parsers.ConfigJson (src/Parsers). Once the real types exist, the duplicates here cause CS0436
// (an error under warnings-as-errors), so the merge cannot forget this file. They do the least the CLI tests need.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConfigLint.Analyzers;
using ConfigLint.Parsers;
using Microsoft.CodeAnalysis;

namespace ConfigLint.Sarif
{
    internal sealed class SarifOptions
    {
        public string ToolVersion { get; init; } = "";

        public string? SourceRoot { get; init; }

        public string? AutomationId { get; init; }
    }

    internal static class SarifWriter
    {
        public static void Write(Stream stream, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<RuleDefinition> rules, IReadOnlyList<UnreadableFile> unreadableFiles, SarifOptions options)
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "ConfigLint");
            json.WriteString("version", options.ToolVersion);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", diagnostic.Id);
                json.WriteStartObject("message");
                json.WriteString("text", diagnostic.GetMessage());
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    internal static class TextReport
    {
        public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                var span = diagnostic.Location.GetLineSpan();
                writer.WriteLine($"{span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}: {RuleMarkdown.SeverityName(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.GetMessage()}");
            }
        }
    }
}

namespace ConfigLint.Parsers
{
    internal static class ConfigJson
    {
        public static string Write(ConfigValue value, Func<string, bool> isSecretKey)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
                WriteValue(json, value, isSecret: false, isSecretKey);
            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }

        private static void WriteValue(Utf8JsonWriter json, ConfigValue value, bool isSecret, Func<string, bool> isSecretKey)
        {
            switch (value)
            {
                case ConfigObject obj:
                    json.WriteStartObject();
                    foreach (var field in obj.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                    {
                        json.WritePropertyName(field.Key);
                        WriteValue(json, field.Value, isSecretKey(field.Key), isSecretKey);
                    }
                    json.WriteEndObject();
                    break;
                case ConfigArray array:
                    json.WriteStartArray();
                    foreach (var item in array.Items)
                        WriteValue(json, item, isSecret, isSecretKey);
                    json.WriteEndArray();
                    break;
                case ConfigScalar scalar:
                    json.WriteStringValue(isSecret ? SecretKeys.Mask : scalar.Text);
                    break;
            }
        }
    }
}
