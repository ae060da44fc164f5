#!/usr/bin/env bash
# Start-up (issue 15, target 4): the hook as pre-commit installs it against a hello-world console app (bench/HelloWorld)
# packaged and installed the same way. Times whole processes, interleaved: `configlint emqx.conf` on one small file
# (examples/emqx5/emqx.conf) and `hello-world`; and, when this machine can build it (a C compiler), the Native AOT
# opt-in package (`ConfigLintNativeAot=true`) on the same file. Prints two Markdown rows (the second says why it was
# skipped when it was).
# Usage: bash bench/process/startup.sh [RUNS]   (default 21, after 3 warm-up runs of each; BENCH_SKIP_AOT=1: no AOT row)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source bench/process/lib/tools.sh
runs=${1:-21}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
install_tools "$work/tool" bench/HelloWorld ConfigLint.Bench.HelloWorld
# The Native AOT pack adds about a minute; BENCH_SKIP_AOT=1 leaves it out.
if [ "${BENCH_SKIP_AOT:-0}" = 1 ]; then
  aot_skipped="BENCH_SKIP_AOT=1"
else
  aot_skipped=$(install_aot_tool "$work/aot") || true
fi
mkdir "$work/repo"
cp examples/emqx5/emqx.conf "$work/repo/emqx.conf"
cd "$work/repo"
configlint=("$work/tool/configlint" emqx.conf)
hello=("$work/tool/hello-world")
aot=("$work/aot/configlint" emqx.conf)
# one_round SUFFIX: one process of each, its time appended to NAME.SUFFIX.
one_round() {
  elapsed_us "${configlint[@]}" >>"$work/configlint.$1"
  elapsed_us "${hello[@]}" >>"$work/hello.$1"
  [ -n "$aot_skipped" ] || elapsed_us "${aot[@]}" >>"$work/aot.$1"
}

for _ in 1 2 3; do one_round warm-up; done
for _ in $(seq "$runs"); do one_round times; done
tool_ms=$(median_ms <"$work/configlint.times")
hello_ms=$(median_ms <"$work/hello.times")
times=$(ratio "$tool_ms" "$hello_ms")
met=$(awk -v r="$times" 'BEGIN { print (r <= 1.5) ? "yes" : "no" }')
echo "| start-up: \`configlint emqx.conf\` ($(wc -c <emqx.conf) B), installed as pre-commit installs it, median of $runs | ${tool_ms} ms | hello-world tool, same packaging: ${hello_ms} ms | ${times} × | ≤ 1.5 × | ${met} |"
if [ -n "$aot_skipped" ]; then
  echo "| start-up, Native AOT opt-in (\`ConfigLintNativeAot=true dotnet pack -c Release\`) | skipped: ${aot_skipped} | | | | |"
else
  aot_ms=$(median_ms <"$work/aot.times")
  aot_times=$(ratio "$aot_ms" "$hello_ms")
  aot_met=$(awk -v r="$aot_times" 'BEGIN { print (r <= 1.5) ? "yes" : "no" }')
  echo "| start-up, Native AOT opt-in (\`ConfigLintNativeAot=true dotnet pack -c Release\`), same file, median of $runs | ${aot_ms} ms | hello-world tool (ReadyToRun): ${hello_ms} ms | ${aot_times} × | ≤ 1.5 × | ${aot_met} |"
fi
