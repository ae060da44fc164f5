#!/usr/bin/env bash
# Start-up of the hook as pre-commit runs it: packs this checkout the way pre-commit's dotnet language does
# (`dotnet pack -c Release` at the root), installs the package with `dotnet tool install --tool-path`, then times
# whole `configlint FILE` processes on one small emqx.conf and prints the median (and range) in milliseconds.
# Usage: bash bench/startup.sh [RUNS]   (default 10, after 3 warm-up runs that fill the disk cache)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-10}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet pack --configuration Release --output "$work/package" --nologo -v quiet >/dev/null
# As pre-commit does: no package source but the folder the pack wrote.
printf '<configuration><packageSources><clear /></packageSources></configuration>' >"$work/nuget.config"
dotnet tool install --configfile "$work/nuget.config" --tool-path "$work/tool" --add-source "$work/package" ConfigLint >/dev/null

mkdir "$work/repo"
cp examples/emqx5/emqx.conf "$work/repo/emqx.conf"
cd "$work/repo"
tool="$work/tool/configlint"

for _ in 1 2 3; do "$tool" emqx.conf >/dev/null || true; done
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$tool" emqx.conf >/dev/null || true
  times+=($(( ($(date +%s%N) - start) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median_us=$(( runs % 2 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2 ))
ms() { printf '%d.%d' $(( $1 / 1000 )) $(( $1 % 1000 / 100 )); }
echo "configlint emqx.conf ($(wc -c <emqx.conf) bytes), $runs runs: median $(ms "$median_us") ms (min $(ms "${sorted[0]}"), max $(ms "${sorted[runs - 1]}"))"
