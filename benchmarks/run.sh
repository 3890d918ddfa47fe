#!/usr/bin/env bash
# Produces the figures of docs/performance.md: builds in Release, starts a throwaway PostgreSQL 15 cluster with normal
# durability, and prints one table row per measurement. The call load (issue 5) runs 60 s per database here; set
# AIPC_CALL_LOAD_DURATION=120s for the figures of docs/performance.md. The durable timers (issue 7) spread 10,000 timers
# over 10 min per database (about 25 min for both, with the burst and the restart); AIPC_TIMER_SPREAD=2m shortens that.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/throwaway-postgres.sh durable
dotnet build AiPhoneCoverage.sln -c Release -nologo -clp:ErrorsOnly >/dev/null
bench="dotnet benchmarks/Benchmarks/bin/Release/net10.0/AiPhoneCoverage.Benchmarks.dll"
echo "| measurement | result |"
echo "|---|---|"
$bench import
$bench import --postgres "$AIPC_TEST_POSTGRES"
$bench lookup
$bench resume
$bench resume --postgres "$AIPC_TEST_POSTGRES"
$bench analyze artifacts/plugins scenarios
$bench memory src/Hub/bin/Release/net10.0/AiPhoneCoverage.Hub.dll
$bench startup src/Hub/bin/Release/net10.0/AiPhoneCoverage.Hub.dll
$bench pms-sync artifacts/plugins
$bench pms-sync artifacts/plugins --postgres "$AIPC_TEST_POSTGRES"
$bench outbox-lag artifacts/plugins
$bench outbox-lag artifacts/plugins --postgres "$AIPC_TEST_POSTGRES"
$bench outbox-outage artifacts/plugins
$bench timers --spread "${AIPC_TIMER_SPREAD:-10m}" --hub src/Hub/bin/Release/net10.0/AiPhoneCoverage.Hub.dll
$bench timers --spread "${AIPC_TIMER_SPREAD:-10m}" --hub src/Hub/bin/Release/net10.0/AiPhoneCoverage.Hub.dll --postgres "$AIPC_TEST_POSTGRES"
hub=src/Hub/bin/Release/net10.0/AiPhoneCoverage.Hub.dll
callload="dotnet tools/CallLoad/bin/Release/net10.0/AiPhoneCoverage.CallLoad.dll --hub $hub --calls 50 --duration ${AIPC_CALL_LOAD_DURATION:-60s}"
status=0
$callload || status=1
$callload --postgres "$AIPC_TEST_POSTGRES" || status=1
exit $status
