#!/usr/bin/env bash
# Start-up (issue 15, target 4): the hook as pre-commit installs it against a hello-world console app (bench/HelloWorld)
# packaged and installed the same way. Times whole processes, interleaved: `configlint emqx.conf` on one small file
# (examples/emqx5/emqx.conf) and `hello-world`. Prints one Markdown row.
# Usage: bash bench/process/startup.sh [RUNS]   (default 21, after 3 warm-up runs of each)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source bench/process/lib/tools.sh
runs=${1:-21}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
install_tools "$work/tool" bench/HelloWorld ConfigLint.Bench.HelloWorld
mkdir "$work/repo"
cp examples/emqx5/emqx.conf "$work/repo/emqx.conf"
cd "$work/repo"
configlint=("$work/tool/configlint" emqx.conf)
hello=("$work/tool/hello-world")

for _ in 1 2 3; do elapsed_us "${configlint[@]}" >/dev/null; elapsed_us "${hello[@]}" >/dev/null; done
for _ in $(seq "$runs"); do
  elapsed_us "${configlint[@]}" >>"$work/configlint.times"
  elapsed_us "${hello[@]}" >>"$work/hello.times"
done
tool_ms=$(median_ms <"$work/configlint.times")
hello_ms=$(median_ms <"$work/hello.times")
times=$(ratio "$tool_ms" "$hello_ms")
met=$(awk -v r="$times" 'BEGIN { print (r <= 1.5) ? "yes" : "no" }')
echo "| start-up: \`configlint emqx.conf\` ($(wc -c <emqx.conf) B), installed as pre-commit installs it, median of $runs | ${tool_ms} ms | hello-world tool, same packaging: ${hello_ms} ms | ${times} × | ≤ 1.5 × | ${met} |"
