#!/usr/bin/env bash
# Issue 12's crash drill (docs/reliability.md): the built hub takes N calls whose work orders, texts, pages and vendor
# dispatches go to simulators answering in 2–8 s, and is SIGKILLed K times at random moments while its outbox drains,
# on SQLite and on PostgreSQL. An independent checker then compares the simulators' ledgers with the database.
#
#   scripts/crash-drill.sh [calls] [kills]      (default 200 calls, 20 kills; the suite runs 24 and 4)
#
# Needs a built solution (dotnet build). Starts its own throwaway PostgreSQL cluster; all traffic stays on loopback.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/throwaway-postgres.sh
report="$pg_dir/drill-report.txt"
AIPC_DRILL_CALLS="${1:-200}" AIPC_DRILL_KILLS="${2:-20}" AIPC_DRILL_REPORT="$report" \
  dotnet test tests/Hub.Tests --no-build -nologo --filter "FullyQualifiedName~CrashDrillTests" 2>&1 | tail -n 3
status=${PIPESTATUS[0]}
echo "== figures"
cat "$report" 2>/dev/null || echo "(no report: the drill did not get to its check)"
exit "$status"
