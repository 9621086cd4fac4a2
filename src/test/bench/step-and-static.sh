#!/bin/sh
# A learner's step page and a static file of the same Liberty, loaded together by wrk (README, Performance).
#   src/test/bench/step-and-static.sh [base] [connections per kind] [seconds] [server pid file]
# Signs in 300 guests with PageLoad (cookies in target/bench/cookies.txt), then runs two wrk at once:
# the step page with the guests' cookies in rotation, and the site's CSS. Prints both wrk reports, the
# ratio of their throughputs and the server's CPU seconds over the run. Needs wrk (Debian's package)
# and `mvn -o -q test-compile` once.
set -eu
BASE=${1:-http://127.0.0.1:9080}
CONNECTIONS=${2:-16}
SECONDS_EACH=${3:-20}
PID_FILE=${4:-target/liberty/wlp/usr/servers/.pid/gefyra.pid}
STEP="$BASE/learn/step.xhtml?module=benefits-form&step=welcome"
OUT=target/bench
mkdir -p "$OUT"
java -cp target/test-classes org.gefyra.bench.PageLoad base="$BASE" guests=300 connections=4 static-connections=0 \
    seconds=3 cookies="$OUT/cookies.txt" >/dev/null
cpu() { awk '{print $14 + $15}' "/proc/$(cat "$PID_FILE")/stat"; }
TICKS=$(getconf CLK_TCK)
BEFORE=$(cpu)
GEFYRA_COOKIES="$OUT/cookies.txt" WRK_THREADS=1 wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency \
    -H 'Accept-Encoding: gzip' -s src/test/bench/wrk-step.lua "$STEP" >"$OUT/wrk-step.txt" &
STEP_WRK=$!
wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H 'Accept-Encoding: gzip' "$BASE/static/css/gefyra.css" \
    >"$OUT/wrk-static.txt"
wait $STEP_WRK
AFTER=$(cpu)
echo "== step page ($CONNECTIONS connections)"; cat "$OUT/wrk-step.txt"
echo "== static CSS ($CONNECTIONS connections)"; cat "$OUT/wrk-static.txt"
STEP_RATE=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-step.txt")
STATIC_RATE=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-static.txt")
echo "step/static throughput: $(echo "$STEP_RATE $STATIC_RATE" | awk '{printf "%.2f", $1 / $2}')"
echo "server CPU over the run: $(echo "$BEFORE $AFTER $TICKS" | awk '{printf "%.1f s", ($2 - $1) / $3}')"
