#!/usr/bin/env bash
# Runs every test of the product. Installs what it needs on a fresh Debian machine, then ends with one summary line.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_dotnet_prereqs
ensure_node_tools

step "Building (nullable on, warnings are errors)"
filter=$(write_local_solution_filter)
dotnet build "$filter" -c Release -nologo -v quiet
build_function_app_or_skip

step ".NET tests"
results="$ARTIFACTS/test-results"
rm -rf "$results"
status=0
dotnet test "$filter" -c Release --no-build -nologo --results-directory "$results" --logger "trx" 2>&1 \
  | tee "$ARTIFACTS/dotnet-test.log" || status=$?

step "Summary"
python3 "$ROOT/scripts/summarize_trx.py" "$results"
exit "$status"
