#!/usr/bin/env bash
# Runs the product locally: Azurite (data in .azurite/), the add-in's build when there is one, and the dev host,
# which serves the API, the add-in and the scheduled jobs on http://127.0.0.1:7071. Ctrl-C stops everything.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_dotnet_prereqs
ensure_node_tools

URL="${DEVHOST_URL:-http://127.0.0.1:7071}"
# DEVHOST_URL may list several addresses (e.g. an https one for Outlook sideloading); examples use the first.
BASE="${URL%%;*}"
AZURITE="$ROOT/tools/node_modules/.bin/azurite"
[ -x "$AZURITE" ] || { echo "Azurite is missing: tools/package.json should list it (npm ci in tools/)." >&2; exit 1; }

azurite_pid=""
stop_azurite() {
  if [ -n "$azurite_pid" ] && kill -0 "$azurite_pid" 2>/dev/null; then
    step "Stopping Azurite"
    kill "$azurite_pid" 2>/dev/null || true
    wait "$azurite_pid" 2>/dev/null || true
  fi
}
trap stop_azurite EXIT
trap 'exit 130' INT TERM

wait_for_port() {
  local port=$1
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "Nothing listens on 127.0.0.1:$port; see artifacts/azurite.log." >&2
  exit 1
}

for port in 10000 10001 10002; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is already in use (another Azurite?). Stop it, or point Storage__ConnectionString elsewhere." >&2
    exit 1
  fi
done

step "Starting Azurite (data in .azurite/, log in artifacts/azurite.log)"
mkdir -p "$ROOT/.azurite"
"$AZURITE" --location "$ROOT/.azurite" \
  --blobHost 127.0.0.1 --blobPort 10000 \
  --queueHost 127.0.0.1 --queuePort 10001 \
  --tableHost 127.0.0.1 --tablePort 10002 \
  --skipApiVersionCheck --loose >"$ARTIFACTS/azurite.log" 2>&1 &
azurite_pid=$!
for port in 10000 10001 10002; do wait_for_port "$port"; done

if [ -f "$ROOT/addin/package.json" ]; then
  step "Building the add-in (addin/dist)"
  if [ ! -d "$ROOT/addin/node_modules" ]; then
    (cd "$ROOT/addin" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  # The API is useful without the pane: a failed add-in build is reported, and the dev host starts anyway.
  (cd "$ROOT/addin" && npm run --silent build) || echo "WARNING: the add-in did not build; the dev host serves the API without it (or the previous addin/dist)." >&2
else
  step "No add-in yet (addin/package.json is missing); the dev host serves an index page instead"
fi

step "Building the dev host"
dotnet build functions/OutlookFollowUp.DevHost -nologo -v quiet

cat <<INFO

The dev host is starting on $BASE. In Development every request is the dev rep, Sam Rivera, whose mailbox
is in the Graph sandbox (X-Dev-User: ava, lukas or priya picks another demo rep).

  Try the add-in without Outlook:  $BASE/tryout/index.html
  What the sweep wrote to Graph:   $BASE/sandbox

Mark Dana Okafor's thread (a seeded sandbox message) as a "no", run the sweep now, and see the plan:

  curl -s -X PUT $BASE/api/plans -H 'Content-Type: application/json' -d '{
    "conversationId": "AAQkAD9gBD26eJFHVEzu_5MNlKGg", "itemId": "AAkALgI6YalNNNzEApHKdBgAfRXfYAQ9uniRR1",
    "subject": "Re: Proposal for the warehouse scanners",
    "prospect": {"email": "dana.okafor@fabrikam.example", "name": "Dana Okafor", "company": "Fabrikam"},
    "reason": "price", "stage": "proposal", "prospectWords": "Too expensive for us right now.",
    "tags": {"goals": ["reduce costs"], "challenges": ["manual stock counts"], "interests": []},
    "callbackAgreed": true, "timeZone": "W. Europe Standard Time"}'
  curl -s -X POST $BASE/dev/sweep
  curl -s $BASE/api/plans

Then see the follow-ups and the callback by moving the dev host's clock ahead and sweeping again:

  curl -s -X POST '$BASE/dev/clock/advance?days=70'
  curl -s -X POST $BASE/dev/sweep

Ctrl-C stops the dev host and Azurite.
INFO

ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development \
  dotnet run --no-build --project functions/OutlookFollowUp.DevHost --no-launch-profile --urls "$URL"
