#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1 (the first free port from 55432) for
# tst_store_postgres and prints the
# TIERBENCH_TEST_PG_URL to use. Optional: without it that test skips and says why.
# Debian/Ubuntu only; needs root or sudo for apt.
set -euo pipefail
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/tierbench-pg.XXXXXX)
chown postgres "$dir" 2>/dev/null || true
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
as_pg "'$bin/initdb' -D '$dir/data' -A trust -U postgres" >/dev/null
for port in $(seq 55432 55441); do
    if as_pg "'$bin/pg_ctl' -D '$dir/data' -l '$dir/log' -o '-p $port -k $dir -c listen_addresses=127.0.0.1' -w start" >/dev/null 2>&1; then
        echo "postgres://postgres@127.0.0.1:$port/postgres"
        exit 0
    fi
done
echo "start-test-postgres: no free port in 55432-55441; see $dir/log" >&2
exit 1
