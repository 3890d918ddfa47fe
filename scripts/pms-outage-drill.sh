#!/usr/bin/env bash
# A real-time PMS outage drill (docs/reliability.md): a PMS simulator fails for K minutes while calls come in, then
# recovers; every work order must then exist in the PMS exactly once. Not part of the test suite (it takes minutes);
# the suite runs the same faults on a fake clock (tests/Hub.Tests/Pms).
#
#   scripts/pms-outage-drill.sh [yardi|realpage|appfolio] [minutes] [fault kind]
#
# Needs a built solution (dotnet build). Runs its own hub on a throwaway data directory and port 5155.
set -euo pipefail
cd "$(dirname "$0")/.."
pms="${1:-yardi}"; minutes="${2:-2}"; kind="${3:-ServerError}"
case "$pms" in
  yardi) port=5101; to=+16175550100; from=+16175551000 ;;
  realpage) port=5102; to=+15125551100; from=+15125551101 ;;
  appfolio) port=5103; to=+12135552100; from=+12135551200 ;;
  *) echo "unknown PMS $pms" >&2; exit 2 ;;
esac
data="$(mktemp -d)"
hub="dotnet src/Hub/bin/Debug/net10.0/AiPhoneCoverage.Hub.dll"
# Short backoff so that recovery is visible within minutes: first retry 2 s, capped at 30 s.
export AIPC_Hub__OutboxBackoffCap=00:00:30
$hub serve --data "$data" --urls http://127.0.0.1:5155 > "$data/serve.log" 2>&1 &
serve=$!
trap 'kill $serve 2>/dev/null; wait $serve 2>/dev/null || true' EXIT
until curl -sf http://127.0.0.1:5155/health > /dev/null; do sleep 0.5; done
echo "== $pms fails with $kind for $minutes min"
curl -sf -X POST "http://127.0.0.1:$port/__faults?kind=$kind" > /dev/null
for words in "my kitchen sink is leaking" "the heat is not working" "my toilet is clogged" "the dishwasher won't drain" "a light in my hallway is out"; do
  $hub call "$words" "no" --data "$data" --to "$to" --from "$from" --no-wait | head -1
done
$hub workorders list --data "$data"
sleep $((minutes * 60))
echo "== $pms recovers"
curl -sf -X DELETE "http://127.0.0.1:$port/__faults" > /dev/null
sleep 45
$hub workorders list --data "$data"
echo "== work orders in the $pms simulator's ledger, by correlation key (each must appear once):"
curl -sf "http://127.0.0.1:$port/__ledger/work-orders" | python3 -c '
import json, re, sys, collections
entries = json.load(sys.stdin)
keys = collections.Counter(k for e in entries for k in set(re.findall(r"CA[0-9a-f]{32}:wo[0-9]+", json.dumps(e))))
for key, count in sorted(keys.items()):
    print(f"  {key}  {count}")
print(f"{len(entries)} work orders, {len(keys)} keys, duplicates: {sum(c - 1 for c in keys.values())}")'

