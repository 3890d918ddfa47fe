#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs PostgreSQL 15, Chromium and faketime (Debian packages) if they
# are missing, starts a throwaway PostgreSQL cluster (loopback only, removed at the end), builds the solution (which
# installs the Elsa Studio npm package), runs every test project, and ends with one line:
#   tests: N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing Chromium (Debian package chromium) for the Studio browser tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || { echo "test.sh: could not install chromium"; exit 1; }
fi

if ! ls /usr/lib/*/faketime/libfaketime.so.1 >/dev/null 2>&1; then
  echo "test.sh: installing faketime (Debian package faketime) for scripts/any-day.sh"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null || { echo "test.sh: could not install faketime"; exit 1; }
fi

source scripts/throwaway-postgres.sh

log="$pg_dir/test.log"
dotnet build AiPhoneCoverage.sln -nologo -clp:ErrorsOnly >"$log" 2>&1 || { cat "$log"; echo "tests: 0 passed, 1 failed, 0 skipped"; exit 1; }
dotnet test AiPhoneCoverage.sln --no-build -nologo 2>&1 | tee -a "$log"
status=${PIPESTATUS[0]}

# One summary line over every test assembly's closing line ("Passed!  - Failed: 0, Passed: 25, Skipped: 0, ...").
awk '/(Passed|Failed)! +- Failed:/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
