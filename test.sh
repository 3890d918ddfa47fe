#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs PostgreSQL 15 if it is missing, starts a throwaway cluster
# (loopback only, removed at the end), builds the solution, runs every test project, and ends with one line:
#   tests: N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")"

pg_bin=/usr/lib/postgresql/15/bin
if [ ! -x "$pg_bin/initdb" ]; then
  echo "test.sh: installing PostgreSQL 15 (Debian package postgresql-15)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null || { echo "test.sh: could not install postgresql-15"; exit 1; }
fi

pg_dir=$(mktemp -d /tmp/aipc-pg.XXXXXX)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$pg_dir"
cleanup() {
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" stop -m immediate >/dev/null 2>&1
  rm -rf "$pg_dir"
}
trap cleanup EXIT

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  return 1
}
pg_port=$(free_port) || { echo "test.sh: no free port for PostgreSQL"; exit 1; }
as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log"; exit 1; }
# A throwaway cluster: durability settings off make it fast; it is deleted when the run ends.
as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -o \
  "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$pg_dir/postgres.log"; exit 1; }
export AIPC_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Include Error Detail=true"
echo "test.sh: PostgreSQL 15 on 127.0.0.1:$pg_port"

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
