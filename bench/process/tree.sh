#!/usr/bin/env bash
# Issue 15, target 5: one whole `configlint TREE` process over a tree of >= 10,000 files (the corpus copied into
# numbered folders, each copy keeping its layout so includes and cluster peers resolve as in a real tree), on one core
# (`taskset -c 0`) and on all cores: wall time (median of RUNS) and peak memory (max RSS). Prints the table's rows.
# Uses $CONFIGLINT when set (an installed tool), else the tool packed and installed as pre-commit and CI install it
# (ReadyToRun: a JIT-only build would add its start-up compilation to the serial part). Needs ../shared/corpus.
# Usage: bash bench/process/tree.sh [RUNS]   (default 3)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source bench/process/lib/tools.sh
runs=${1:-3}
corpus=${CORPUS:-../shared/corpus}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${CONFIGLINT:-}" ]; then
  tool=("$CONFIGLINT")
else
  install_tools "$work/tool"
  tool=("$work/tool/configlint")
fi

per_copy=$(find "$corpus" -type f | wc -l)
copies=$(( (10000 + per_copy - 1) / per_copy ))
mkdir "$work/tree"
for i in $(seq -w 1 "$copies"); do cp -r "$corpus" "$work/tree/$i"; done
files=$(find "$work/tree" -type f | wc -l)
cores=$(nproc)

# One run: "seconds kilobytes" from GNU time; findings make the exit code 1, which is expected here.
measure() {
  (cd "$work/tree" && /usr/bin/time -f '%e %M' -o "$work/time" "$@" "${tool[@]}" . --format sarif --output /dev/null 2>/dev/null) || true
  tail -n 1 "$work/time"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The warm-up run fills the disk cache and says how many of the files are configurations ConfigLint analyzes.
(cd "$work/tree" && "${tool[@]}" . --format text --output /dev/null 2>"$work/summary") || true
configs=$(tail -n 1 "$work/summary" | sed -n 's/.* of \([0-9]*\) files.*/\1/p')
one=(); all=(); peak=0
for _ in $(seq "$runs"); do
  read -r s k < <(measure taskset -c 0); one+=("$s"); [ "$k" -gt "$peak" ] && peak=$k
  read -r s k < <(measure); all+=("$s"); [ "$k" -gt "$peak" ] && peak=$k
done
wall_one=$(printf '%s\n' "${one[@]}" | median)
wall_all=$(printf '%s\n' "${all[@]}" | median)
awk -v one="$wall_one" -v all="$wall_all" -v kb="$peak" -v files="$files" -v configs="$configs" -v cores="$cores" 'BEGIN {
  speedup = one / all; mb = kb / 1024
  printf "| tree of %d files (%d configurations), whole process, 1 core (taskset -c 0) | %.2f s | | | | |\n", files, configs, one
  printf "| same tree, all %d cores | %.2f s | 1 core: %.2f s | %.2f x | >= 1.6 x | %s |\n", cores, all, one, speedup, (speedup >= 1.6) ? "yes" : "no"
  printf "| same tree, peak memory (max RSS of any run) | %.0f MB | | | < 200 MB | %s |\n", mb, (mb < 200) ? "yes" : "no"
}'
