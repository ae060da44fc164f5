#!/usr/bin/env bash
# Whole-process resolve (issue 15, target 1): `configlint --resolve` of the generated ~5 MB EMQX-style file against a
# whole-process Akka.NET 1.5.74 parse of it (bench/AkkaHoconParse), both installed as pre-commit installs the tool
# (ReadyToRun, same runtime settings). Times whole processes, interleaved. Prints one Markdown row.
# Usage: bash bench/process/resolve.sh [RUNS]   (default 5, after 1 warm-up run of each)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source bench/process/lib/tools.sh
runs=${1:-5}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build bench/ConfigLint.Benchmarks -c Release --nologo -v quiet >/dev/null
dotnet bench/ConfigLint.Benchmarks/bin/Release/net10.0/ConfigLint.Benchmarks.dll generate-hocon 5000000 "$work/generated.conf" "$work/generated.json"
install_tools "$work/tool" bench/AkkaHoconParse ConfigLint.Bench.AkkaHoconParse
cd "$work"
configlint=("$work/tool/configlint" --resolve generated.conf)
akka=("$work/tool/akka-hocon-parse" generated.conf site_0.node.name)
"${configlint[@]}" >/dev/null 2>&1 || { echo "configlint --resolve failed on the generated file" >&2; exit 1; }
[ "$("${akka[@]}")" != "" ] || { echo "Akka.NET did not read the generated file" >&2; exit 1; }

for _ in $(seq "$runs"); do
  elapsed_us "${configlint[@]}" >>"$work/configlint.times"
  elapsed_us "${akka[@]}" >>"$work/akka.times"
done
tool_ms=$(median_ms <"$work/configlint.times")
akka_ms=$(median_ms <"$work/akka.times")
faster=$(ratio "$akka_ms" "$tool_ms")
met=$(awk -v r="$faster" 'BEGIN { print (r >= 3) ? "yes" : "no" }')
echo "| \`configlint --resolve\`, generated $(( $(wc -c <generated.conf) / 1000000 )) MB EMQX file, whole process, median of $runs | ${tool_ms} ms | Akka.NET 1.5.74 \`ParseString\`, whole process: ${akka_ms} ms | ${faster} × faster | ≥ 3 × faster | ${met} |"
