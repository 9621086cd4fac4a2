#!/usr/bin/env bash
# The speed issue's generator and load scenario on PostgreSQL, one server beside two: a throwaway
# PostgreSQL filled by the data generator, then the Gatling kiosk learners (KioskLearnersSimulation)
# against one server alone (GEFYRA_CLUSTER=off), then the same learners through HAProxy in front of
# two clustered servers (GEFYRA_CLUSTER=hazelcast). Prints Gatling's figures for each, and the
# servers' processor time per request (user + system time from /proc, all servers together),
# which holds on a machine shared with other work. Everything listens on 127.0.0.1.
#
#   src/test/scale-out/load.sh [learners] [ramp seconds]     (defaults: 500 learners, 60 s)
#
# SIZE=medium (the generator's size; its learners' cards sign in: -Dcards=generated:42:N),
# SKIP_BUILD=1, and the ports of run.sh (SCALE_OUT_PORTS, SCALE_OUT_PG_PORT, SCALE_OUT_CLUSTER_PORTS).
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD

learners=${1:-500}
ramp=${2:-60}
size=${SIZE:-medium}
read -r port1 port2 lb_port <<< "${SCALE_OUT_PORTS:-9187 9188 9189}"
read -r hz1 hz2 <<< "${SCALE_OUT_CLUSTER_PORTS:-5711 5712}"
pg_port=${SCALE_OUT_PG_PORT:-55447}
work=$root/target/scale-out-load
wlp=$root/target/liberty/wlp
db_url=jdbc:postgresql://127.0.0.1:$pg_port/gefyra
case $size in small) cards=200 ;; medium) cards=50000 ;; *) cards=50000 ;; esac

source "$root/src/test/scale-out/servers.sh"
set_up

echo "== The data generator, size $size, into PostgreSQL"
GEFYRA_DB_URL=$db_url GEFYRA_DB_USER=gefyra GEFYRA_DB_PASSWORD=gefyra \
    mvn -q ${MAVEN_ARGS:-} -Pgenerate-data -Dsize="$size" -Dseed=42 -DcardIterations=1024

# user + system ticks of the given processes, summed
ticks() {
    local total=0 pid fields
    for pid in "$@"; do
        read -ra fields <<< "$(sed 's/^.*) //' "/proc/$pid/stat")"
        total=$((total + fields[11] + fields[12]))
    done
    echo "$total"
}

# Gatling against $1, the servers' processes after it; prints its summary and CPU per request
scenario() {
    local base=$1 label=$2
    shift 2
    local before after requests
    before=$(ticks "$@")
    mvn -o -q gatling:test -Dbase="$base" -Dlearners="$learners" -DrampSeconds="$ramp" \
        -Dcards="generated:42:$cards" > "$work/gatling-$label.txt" 2>&1 || true
    after=$(ticks "$@")
    sed -n '/^request kind/,/^all /p' "$work/gatling-$label.txt"
    requests=$(awk '$1 == "all" { print $2; exit }' "$work/gatling-$label.txt")
    if [ "${requests:-0}" -gt 0 ]; then
        echo "$label: $requests requests, servers' processor time $(( (after - before) * 10 )) ms," \
            "$(( (after - before) * 10000 / requests )) us per request"
    fi
}

echo "== One server alone (GEFYRA_CLUSTER=off)"
make_server gefyra-alone "$port1" off
started+=(gefyra-alone)
"$wlp/bin/server" start gefyra-alone >/dev/null
wait_ready "$port1" gefyra-alone
scenario "http://127.0.0.1:$port1" alone "$(cat "$wlp/usr/servers/.pid/gefyra-alone.pid")"
"$wlp/bin/server" stop gefyra-alone >/dev/null

echo "== Two servers (GEFYRA_CLUSTER=hazelcast) behind HAProxy"
start_two_behind_haproxy
scenario "http://127.0.0.1:$lb_port" two-servers \
    "$(cat "$wlp/usr/servers/.pid/gefyra-scale-1.pid")" "$(cat "$wlp/usr/servers/.pid/gefyra-scale-2.pid")"
