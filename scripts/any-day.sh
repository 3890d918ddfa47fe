#!/usr/bin/env bash
# Runs the test projects that need neither a browser nor PostgreSQL's own clock (already built: run ./test.sh or
# `dotnet build` first) 400 days from today under libfaketime (Debian package faketime), and ends with one line:
#   any day (+400d): tests: N passed, N failed, N skipped
# A test that compares the wall-clock date with a fixed one fails here. Only the test processes are faked (through the
# run settings' environment): MSBuild and vstest.console on a faked clock fail to start their nodes.
# FAKETIME_DONT_FAKE_MONOTONIC=1 keeps the monotonic clock real, so that timers, Task.Delay and HTTP timeouts behave;
# only the calendar moves.
# Usage: scripts/any-day.sh [libfaketime offset, default +400d]
set -uo pipefail
cd "$(dirname "$0")/.."

offset=${1:-+400d}
projects=(Sdk.Tests Simulators.Tests Yardi.Tests RealPage.Tests AppFolio.Tests Vendors.Tests Telephony.Twilio.Tests Ai.Local.Tests Ai.OpenAI.Tests)
lib=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1)
[ -n "$lib" ] || { echo "any-day: libfaketime is missing (apt-get install faketime)"; exit 1; }

log=$(mktemp)
settings=$(mktemp --suffix=.runsettings)
trap 'rm -f "$log" "$settings"' EXIT
cat >"$settings" <<XML
<RunSettings><RunConfiguration><EnvironmentVariables>
  <LD_PRELOAD>$lib</LD_PRELOAD><FAKETIME>$offset</FAKETIME><FAKETIME_DONT_FAKE_MONOTONIC>1</FAKETIME_DONT_FAKE_MONOTONIC>
</EnvironmentVariables></RunConfiguration></RunSettings>
XML
status=0
for project in "${projects[@]}"; do
  dotnet test "tests/$project" --no-build -nologo --settings "$settings" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done

awk -v offset="$offset" '/(Passed|Failed)! +- Failed:/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "any day (%s): tests: %d passed, %d failed, %d skipped\n", offset, p, f, s }' "$log"
exit "$status"
