#!/usr/bin/env bash
# Runs every test of the product. Installs what it needs on a fresh Debian machine, then ends with one summary line.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_dotnet_prereqs
ensure_apt chromium
ensure_node_tools

step "Building (nullable on, warnings are errors)"
dotnet build OutlookFollowUp.sln -c Release -nologo -v quiet

step "Publishing the Functions app as azd deploy does (ReadyToRun, linux-x64) to artifacts/functionapp"
rm -rf "$ARTIFACTS/functionapp"
dotnet publish functions/OutlookFollowUp.FunctionApp -c Release -nologo -v quiet -o "$ARTIFACTS/functionapp"

step ".NET tests"
results="$ARTIFACTS/test-results"
rm -rf "$results"
status=0
dotnet test OutlookFollowUp.sln -c Release --no-build -nologo --results-directory "$results" --logger "trx" 2>&1 \
  | tee "$ARTIFACTS/dotnet-test.log" || status=$?

step "Add-in: build, unit tests, browser tests in Chromium against the dev host"
addin_log="$ARTIFACTS/addin-test.log"
(cd addin && npm ci --no-audit --no-fund --loglevel=error && npm run build && DEVHOST_CONFIGURATION=Release npm test) 2>&1 \
  | tee "$addin_log" || status=$?

step "Summary"
python3 "$ROOT/scripts/summarize.py" "$results" "$addin_log" || status=$?
exit "$status"
