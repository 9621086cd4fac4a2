#!/bin/bash
# How soon `mvn liberty:run` answers (README, Performance): the seconds from the command to the first
# HTTP 200 on /, then the server is stopped.
#   src/test/bench/ready.sh [data folder] [port]
# Run it from the project's folder on a built project. An empty or missing data folder measures a
# first start (database, schema, administrator, demo network); one made before, a later start.
set -u
DATA=${1:-target/bench/ready-data}
PORT=${2:-9080}
LOG=target/bench/ready.log
mkdir -p target/bench
started=$(date +%s.%N)
GEFYRA_DATA_DIR=$DATA mvn -o liberty:run -Dhttp.port="$PORT" -Dhttps.port=$((PORT + 1)) > "$LOG" 2>&1 &
maven=$!
for _ in $(seq 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/")" = 200 ] && break
    sleep 0.1
done
answered=$(date +%s.%N)
echo "first HTTP 200 after $(echo "$answered - $started" | bc | cut -c1-5) s;" \
    "$(grep -o 'gefyra server started in [0-9.]* seconds' "$LOG" | sed 's/gefyra //')"
pkill -f "$(pwd)/target/liberty/wlp/bin/tools/ws-server.jar" 2>/dev/null
wait $maven 2>/dev/null
