# Sourced by test.sh and benchmarks/run.sh: installs PostgreSQL 15 if missing, starts a throwaway cluster on a free
# loopback port as the postgres user, exports AIPC_TEST_POSTGRES, and removes the cluster when the calling script exits.
# Pass "durable" to keep fsync on (benchmarks); the default turns durability off (tests).

pg_bin=/usr/lib/postgresql/15/bin
if [ ! -x "$pg_bin/initdb" ]; then
  echo "installing PostgreSQL 15 (Debian package postgresql-15)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null \
    || { echo "could not install postgresql-15"; exit 1; }
fi

pg_dir=$(mktemp -d /tmp/aipc-pg.XXXXXX)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$pg_dir"
stop_postgres() {
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" stop -m immediate >/dev/null 2>&1
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  return 1
}
pg_port=$(free_port) || { echo "no free port for PostgreSQL"; exit 1; }
as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log"; exit 1; }
pg_options="-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$pg_dir -c max_connections=200"
if [ "${1:-}" != "durable" ]; then
  pg_options="$pg_options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
fi
as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -o "$pg_options" start >/dev/null \
  || { cat "$pg_dir/postgres.log"; exit 1; }
export AIPC_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Include Error Detail=true"
echo "PostgreSQL 15 on 127.0.0.1:$pg_port (throwaway, removed at exit)"
