#!/usr/bin/env bash
# First hook install (issue 15, target 6): what `dotnet pack -c Release` at the root downloads when pre-commit builds
# the hook on a machine with an empty NuGet cache. Packs a copy of the committed tree (HEAD) with empty
# NUGET_PACKAGES and HTTP cache folders and prints one Markdown row: the download (the compressed packages fetched:
# the HTTP cache alone), which the target is about, and beside it what both folders hold unpacked on disk afterwards
# and the share of the runtime packs ReadyToRun needs (microsoft.netcore.app.runtime.* and
# microsoft.netcore.app.crossgen2.*, unpacked).
# Before (commit 3ac7be6, same measure): 948 MB on disk, 183 MB fetched.
# Usage: bash bench/process/install.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/src" "$work/packages" "$work/http-cache"
git archive HEAD | tar -x -C "$work/src"

(cd "$work/src" && NUGET_PACKAGES="$work/packages" NUGET_HTTP_CACHE_PATH="$work/http-cache" \
  dotnet pack -c Release -o "$work/out" --nologo -v quiet >/dev/null)

mb() { du -sm "$@" | awk '{ total += $1 } END { print total + 0 }'; }
total=$(mb "$work/packages" "$work/http-cache")
fetched=$(mb "$work/http-cache") # the packages as they came over the wire
runtime_packs=$(find "$work/packages" -maxdepth 1 \( -name 'microsoft.netcore.app.runtime.*' -o -name 'microsoft.netcore.app.crossgen2.*' \) -print0 \
  | xargs -0 -r du -sm | awk '{ total += $1 } END { print total + 0 }')
met=$([ "$fetched" -lt 250 ] && echo yes || echo no)
echo "| first hook install: \`dotnet pack -c Release\`, empty NuGet cache, MB downloaded | ${fetched} MB (unpacked on disk with the downloads: ${total} MB, of which ReadyToRun runtime + crossgen packs ${runtime_packs} MB) | before, restoring tests and benchmarks too: 183 MB downloaded (948 MB on disk) | $(awk -v a="$fetched" 'BEGIN { printf "%.2f", a / 183 }') × | < 250 MB | ${met} |"
