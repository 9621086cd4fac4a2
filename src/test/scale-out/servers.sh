# Sourced by run.sh and load.sh: the build, a throwaway PostgreSQL and the content in a work
# folder, copies of the built server (target/liberty) under names of their own, and waiting for
# them; everything started is stopped when the script ends. Needs root, wlp, work, pg_port,
# db_url, hz1 and hz2 (and port1, port2, lb_port for two servers) set by the caller; extra_env
# holds more server.env lines for every copy.

started=()

set_up() {
    command -v haproxy >/dev/null || { echo "HAProxy is missing: sudo apt-get install haproxy" >&2; exit 1; }
    if [ "${SKIP_BUILD:-}" != 1 ]; then
        echo "Building the server (mvn package liberty:create liberty:deploy)..."
        mvn -q ${MAVEN_ARGS:-} package -DskipTests liberty:create liberty:deploy
    fi
    trap clean_up EXIT
    rm -rf "$work"
    mkdir -p "$work"
    "$root/src/test/postgres/start.sh" "$work/postgresql" "$pg_port"
    [ -f "$work/postgresql/data-path" ] || { echo "This needs PostgreSQL: sudo apt-get install postgresql" >&2; exit 1; }
    cp -r "$root/content" "$work/content"
}

clean_up() {
    [ -f "$work/haproxy.pid" ] && kill "$(cat "$work/haproxy.pid")" 2>/dev/null || true
    for server in "${started[@]}"; do
        "$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
    done
    "$root/src/test/postgres/stop.sh" "$work/postgresql" || true
}

# make_server NAME PORT CLUSTER [MEMBER_PORT]: a copy with its own port, data folder and settings
make_server() {
    local name=$1 port=$2 cluster=$3 member_port=${4:-}
    local dir=$wlp/usr/servers/$name
    rm -rf "$dir"
    cp -r "$wlp/usr/servers/gefyra" "$dir"
    rm -rf "$dir/workarea" "$dir/logs"
    cat > "$dir/configDropins/overrides/liberty-plugin-variable-config.xml" <<XML
<server>
    <variable name="http.port" value="$port"/>
    <variable name="gefyra.project.dir" value="$root"/>
</server>
XML
    cat > "$dir/server.env" <<ENV
GEFYRA_DB_URL=$db_url
GEFYRA_DB_USER=gefyra
GEFYRA_DB_PASSWORD=gefyra
GEFYRA_DATA_DIR=$work/data-$name
GEFYRA_CONTENT_DIR=$work/content
GEFYRA_CLUSTER=$cluster
${extra_env:-}
ENV
    if [ "$cluster" = hazelcast ]; then
        cat >> "$dir/jvm.options" <<OPTIONS
-Dgefyra.cluster.address=127.0.0.1
-Dgefyra.cluster.port=$member_port
-Dgefyra.cluster.members=127.0.0.1:$hz1,127.0.0.1:$hz2
OPTIONS
    fi
}

# Two clustered servers (gefyra-scale-1 and -2 on port1 and port2) started together, HAProxy in
# front of them on lb_port
start_two_behind_haproxy() {
    make_server gefyra-scale-1 "$port1" hazelcast "$hz1"
    make_server gefyra-scale-2 "$port2" hazelcast "$hz2"
    started+=(gefyra-scale-1 gefyra-scale-2)
    "$wlp/bin/server" start gefyra-scale-1 >/dev/null &
    "$wlp/bin/server" start gefyra-scale-2 >/dev/null &
    wait
    wait_ready "$port1" gefyra-scale-1
    wait_ready "$port2" gefyra-scale-2
    GEFYRA_LB_BIND=127.0.0.1:$lb_port GEFYRA_SERVER_1=127.0.0.1:$port1 GEFYRA_SERVER_2=127.0.0.1:$port2 \
        haproxy -f "$root/src/main/deploy/haproxy.cfg" -D -p "$work/haproxy.pid"
    wait_ready "$lb_port" "the balancer"
}

# wait_ready PORT NAME: until the server on PORT says it is ready (five minutes at most)
wait_ready() {
    local port=$1 name=$2
    for _ in $(seq 1 300); do
        if curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; then
            return 0
        fi
        sleep 1
    done
    echo "$name did not become ready on port $port; its log:" >&2
    tail -n 40 "$wlp/usr/servers/$name/logs/messages.log" >&2 || true
    exit 1
}
