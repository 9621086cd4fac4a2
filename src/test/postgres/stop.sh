#!/usr/bin/env bash
# Stops the PostgreSQL that start.sh started from the same folder; does nothing if none runs.
#
#   src/test/postgres/stop.sh [folder]        (default: target/postgresql)
set -euo pipefail

folder=${1:-target/postgresql}
[ -f "$folder/data-path" ] && [ -f "$folder/bin-path" ] || exit 0
data=$(cat "$folder/data-path")
bin=$(cat "$folder/bin-path")
if [ -f "$data/postmaster.pid" ]; then
    stop=("$bin/pg_ctl" --pgdata="$data" --mode=fast --wait --timeout=60 stop)
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$(stat -c %U "$data")" -- "${stop[@]}" >/dev/null
    else
        "${stop[@]}" >/dev/null
    fi
    echo "Stopped the PostgreSQL for the tests (cluster in $data)"
fi
# A cluster that had to live in /tmp goes with it; one under target/ goes with mvn clean.
case "$(dirname "$data")" in
    /tmp/gefyra-postgresql.*) rm -rf "$(dirname "$data")" ;;
esac
