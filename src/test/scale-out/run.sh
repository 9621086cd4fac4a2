#!/usr/bin/env bash
# Two Gefyra servers on one PostgreSQL behind HAProxy, and a bad day for one of them:
#   1. one server alone (GEFYRA_CLUSTER=off) on a throwaway PostgreSQL: step-page throughput;
#   2. two servers (GEFYRA_CLUSTER=hazelcast) started together on a new database, HAProxy in
#      front (src/main/deploy/haproxy.cfg): sign-in limits, content reloads, a learner moving
#      between the servers and the idle timeout behave the same on both; step-page throughput;
#   3. learners going through modules while server 1 is killed with kill -9 half-way: every
#      learner carries on, signed in, at the right step, and no acknowledged step is lost.
# Prints the figures, and exits non-zero when a check fails. Everything listens on 127.0.0.1.
#
#   src/test/scale-out/run.sh [learners] [seconds]        (defaults: 40 learners, 60 seconds)
#
# Needs Java 17, Maven, Debian's postgresql and haproxy packages. Builds the server with Maven
# first (SKIP_BUILD=1 uses target/liberty as it is). Ports, all overridable:
#   SCALE_OUT_PORTS="9187 9188 9189"     server 1, server 2, the balancer
#   SCALE_OUT_PG_PORT=55447              the PostgreSQL
#   SCALE_OUT_CLUSTER_PORTS="5711 5712"  the servers' Hazelcast members
#   LOAD_SECONDS=20 LOAD_LEARNERS=16     each throughput measurement
#   SKIP_ALONE=1                         leaves out the measurement of one server alone
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD

learners=${1:-40}
seconds=${2:-60}
load_seconds=${LOAD_SECONDS:-20}
load_learners=${LOAD_LEARNERS:-16}
read -r port1 port2 lb_port <<< "${SCALE_OUT_PORTS:-9187 9188 9189}"
read -r hz1 hz2 <<< "${SCALE_OUT_CLUSTER_PORTS:-5711 5712}"
pg_port=${SCALE_OUT_PG_PORT:-55447}
work=$root/target/scale-out
wlp=$root/target/liberty/wlp
db_url=jdbc:postgresql://127.0.0.1:$pg_port/gefyra
admin_password=scale-out-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')

source "$root/src/test/scale-out/servers.sh"
set_up

extra_env="GEFYRA_ADMIN_PASSWORD=$admin_password
GEFYRA_DEMO=true
GEFYRA_KIOSK_IDLE_SECONDS=50
GEFYRA_KIOSK_COUNTDOWN_SECONDS=10"

learners_java() {
    java -cp "$(ls "$wlp"/usr/servers/gefyra/lib/jdbc/postgresql-*.jar)" "$root/src/test/scale-out/Learners.java" \
        content="$work/content" admin="$admin_password" db="$db_url" \
        learners="$learners" seconds="$seconds" load-seconds="$load_seconds" load-learners="$load_learners" "$@"
}

if [ "${SKIP_ALONE:-}" != 1 ]; then
    echo "== One server alone (GEFYRA_CLUSTER=off) on PostgreSQL"
    make_server gefyra-alone "$port1" off
    started+=(gefyra-alone)
    "$wlp/bin/server" start gefyra-alone >/dev/null
    wait_ready "$port1" gefyra-alone
    learners_java mode=alone server1="http://127.0.0.1:$port1" pids="$(cat "$wlp/usr/servers/.pid/gefyra-alone.pid")" \
        | tee "$work/alone.txt"
    "$wlp/bin/server" stop gefyra-alone >/dev/null
fi

echo "== Two servers (GEFYRA_CLUSTER=hazelcast), started together, behind HAProxy"
start_two_behind_haproxy
grep -h "Members {size:2" "$wlp"/usr/servers/gefyra-scale-*/logs/messages.log | head -n 1 || echo "(no Hazelcast cluster of 2 in the logs)"

learners_java mode=cluster balancer="http://127.0.0.1:$lb_port" \
    server1="http://127.0.0.1:$port1" server2="http://127.0.0.1:$port2" \
    kill="$(cat "$wlp/usr/servers/.pid/gefyra-scale-1.pid")" \
    pids="$(cat "$wlp/usr/servers/.pid/gefyra-scale-1.pid"),$(cat "$wlp/usr/servers/.pid/gefyra-scale-2.pid")" \
    | tee "$work/cluster.txt"
