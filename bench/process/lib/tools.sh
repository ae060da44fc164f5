# Sourced by bench/process/*.sh (from the checkout root). Packs and installs tools as pre-commit does, and times
# whole processes.

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# install_tools TOOL_DIR [BENCH_PROJECT PACKAGE_ID]...: packs the checkout as pre-commit's dotnet language does
# (`dotnet pack -c Release` at the root) and each bench project (same ToolPackage.props: ReadyToRun, same runtime
# settings), then installs ConfigLint and those packages with `dotnet tool install --tool-path` from the packed folder
# alone, as pre-commit does.
install_tools() {
  local tools=$1 packages
  shift
  packages=$(mktemp -d)
  dotnet pack -c Release --output "$packages" --nologo -v quiet >/dev/null
  local ids=(ConfigLint)
  while [ $# -gt 0 ]; do
    dotnet pack "$1" -c Release --output "$packages" --nologo -v quiet >/dev/null
    ids+=("$2")
    shift 2
  done
  printf '<configuration><packageSources><clear /></packageSources></configuration>' >"$packages/nuget.config"
  for id in "${ids[@]}"; do
    dotnet tool install --configfile "$packages/nuget.config" --tool-path "$tools" --add-source "$packages" "$id" >/dev/null
  done
  rm -rf "$packages"
}

# elapsed_us COMMAND...: wall-clock microseconds of one whole process (its output discarded).
elapsed_us() {
  local start
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  echo $(( ($(date +%s%N) - start) / 1000 ))
}

# median_ms < LINES: the median of microsecond lines, in milliseconds with one decimal.
median_ms() {
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'
}

# ratio A B: A / B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# install_aot_tool TOOL_DIR: packs the checkout with the Native AOT opt-in as the README tells pre-commit users
# (ConfigLintNativeAot=true in the environment of `dotnet pack -c Release`) and installs the one package it makes
# (ConfigLint.<rid>), as pre-commit installs every package by its id. When that cannot work here, prints why and
# returns 1.
install_aot_tool() {
  local tools=$1 packages nupkg id
  if ! command -v clang >/dev/null && ! command -v gcc >/dev/null; then
    echo "no C compiler (clang or gcc) on PATH"
    return 1
  fi
  packages=$(mktemp -d)
  if ! ConfigLintNativeAot=true dotnet pack -c Release --output "$packages" --nologo -v quiet >"$packages/pack.log" 2>&1; then
    echo "the Native AOT pack failed: $(grep -m1 -o 'error [A-Z]*[0-9]*:.*' "$packages/pack.log" | cut -c1-160)"
    rm -rf "$packages"
    return 1
  fi
  nupkg=$(ls "$packages"/*.nupkg)
  id=$(unzip -p "$nupkg" '*.nuspec' | grep -o '<id>[^<]*' | cut -c5-)
  printf '<configuration><packageSources><clear /></packageSources></configuration>' >"$packages/nuget.config"
  if ! dotnet tool install --configfile "$packages/nuget.config" --tool-path "$tools" --add-source "$packages" "$id" >/dev/null 2>&1; then
    echo "dotnet tool install $id failed"
    rm -rf "$packages"
    return 1
  fi
  rm -rf "$packages"
}
