#!/usr/bin/env bash
# Produces the figures of docs/performance.md: builds in Release, starts a throwaway PostgreSQL 15 cluster with normal
# durability, and prints one table row per measurement.
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
