#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the integration tests: a new cluster in a folder (by default
# target/postgresql), listening on 127.0.0.1 only, with the role and database the tests use
# (user gefyra, password gefyra, database gefyra). mvn verify runs it before the tests and
# stop.sh after them; run it by hand to get the same database for liberty:run.
#
#   src/test/postgres/start.sh [folder] [port]        (defaults: target/postgresql 55432)
#
# PG_BIN names the folder of initdb and pg_ctl when they are neither on the PATH nor where Debian
# puts them. When PostgreSQL is not installed, it says so and leaves no folder (the build then
# skips the tests on PostgreSQL), except with CI=true: then that is an error, never a skip.
set -euo pipefail

folder=${1:-target/postgresql}
port=${2:-55432}
here=$(cd "$(dirname "$0")" && pwd)

# A leftover of an earlier run (a build that stopped half-way) goes first.
"$here/stop.sh" "$folder" >/dev/null 2>&1 || true
rm -rf "$folder"

# Debian keeps the server programs off the PATH, in one folder per major version.
bin=${PG_BIN:-}
if [ -z "$bin" ] && command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    pg_ctl=$(command -v pg_ctl)
    bin=$(dirname "$(readlink -f "$pg_ctl" 2>/dev/null || echo "$pg_ctl")")
fi
if [ -z "$bin" ]; then
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
    if [ "${CI:-}" = "true" ]; then
        echo "PostgreSQL not found (no initdb/pg_ctl in PG_BIN, on the PATH or in /usr/lib/postgresql/*/bin)," >&2
        echo "and CI=true: the integration tests must run against PostgreSQL. Install Debian's postgresql package." >&2
        exit 1
    fi
    echo "PostgreSQL not found (no initdb/pg_ctl in PG_BIN, on the PATH or in /usr/lib/postgresql/*/bin):"
    echo "SKIPPING the integration tests against PostgreSQL. Install it (sudo apt-get install postgresql) to run them."
    exit 0
fi

mkdir -p "$folder"
folder=$(cd "$folder" && pwd)

# PostgreSQL refuses to run as root: then the cluster belongs to the postgres system user that
# Debian's package creates (or nobody), and every server command runs as that user.
owner=""
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    id "$owner" >/dev/null 2>&1 || owner=nobody
    chown "$owner" "$folder"
fi
as_owner() {
    if [ -n "$owner" ]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}
home="$folder"
if ! as_owner test -w "$home"; then
    # The owner cannot reach target/ (say, a checkout under /root): the cluster goes to /tmp.
    home=$(mktemp -d /tmp/gefyra-postgresql.XXXXXX)
    chown "$owner" "$home"
fi
data="$home/data"
echo "$bin" > "$folder/bin-path"
echo "$data" > "$folder/data-path"

password_file="$home/superuser-password"
superuser_password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
(umask 077 && printf '%s\n' "$superuser_password" > "$password_file")
[ -z "$owner" ] || chown "$owner" "$password_file"

as_owner "$bin/initdb" --pgdata="$data" --username=postgres --pwfile="$password_file" \
    --auth=scram-sha-256 --encoding=UTF8 --no-locale --no-sync >"$home/initdb.log" 2>&1 \
    || { cat "$home/initdb.log" >&2; exit 1; }
rm -f "$password_file"

# Loopback only, no Unix socket, and no waiting for the disk: a cluster that lives for one build.
cat >> "$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
max_connections = 40
shared_buffers = 32MB
fsync = off
synchronous_commit = off
full_page_writes = off
CONF

if ! as_owner "$bin/pg_ctl" --pgdata="$data" --log="$home/postgresql.log" --wait --timeout=60 start >/dev/null; then
    echo "PostgreSQL did not start on 127.0.0.1:$port; its log says:" >&2
    tail -n 20 "$home/postgresql.log" >&2 || true
    exit 1
fi

psql="$bin/psql"
[ -x "$psql" ] || psql=psql
PGPASSWORD=$superuser_password "$psql" --quiet --no-psqlrc --host=127.0.0.1 --port="$port" \
    --username=postgres --dbname=postgres --set=ON_ERROR_STOP=1 \
    --command="CREATE ROLE gefyra LOGIN PASSWORD 'gefyra'" \
    --command="CREATE DATABASE gefyra OWNER gefyra"

echo "PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') for the tests at jdbc:postgresql://127.0.0.1:$port/gefyra (user gefyra, password gefyra), cluster in $data"
