#!/usr/bin/env bash
# A rehearsed cluster on one Debian machine, without containers:
#   - PostgreSQL from Debian's packages (postgresql-15), not the embedded one;
#   - three OpenSearch nodes forming one cluster (the node the tests build, src/test/opensearch-node):
#     three, so that two remain a majority and keep a cluster manager when one is killed;
#   - three HCPress instances from the packaged jar, sharing both;
#   - nginx in front, round robin, no sticky sessions.
# Then new readers go through nginx (deploy/cluster/journey.py): sign up, the whole gate with the
# demo reviewer approving, then read the gated article, comment and search; midway
# one HCPress instance and one OpenSearch node are killed with kill -9. At the end it checks that
# no reader saw an error beyond requests in flight at the kill, that sessions carried on at the
# other instances, that every acknowledged comment is in the database, and that search answered.
#
#   deploy/cluster/rehearse.sh            (as root or a user who may run nginx on high ports)
#
# Heavy: six JVMs and PostgreSQL on one machine for a few minutes. Not part of ./mvnw verify.
# Output: a summary on standard output (kept in docs/operations.md); logs in target/cluster/.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=$root/target/cluster
base=${CLUSTER_BASE_PORT:-58000}
pg_port=$((base + 432)); nginx_port=$((base + 80))
os_http=($((base + 201)) $((base + 202)) $((base + 203))); os_transport=($((base + 301)) $((base + 302)) $((base + 303)))
app_ports=($((base + 81)) $((base + 82)) $((base + 83)))
readers=${CLUSTER_READERS:-8}; rounds=${CLUSTER_ROUNDS:-30}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -t/ -k5 -n | tail -1)
db_password=cluster-rehearsal

rm -rf "$work"; mkdir -p "$work"/{pg,logs,nginx,journey}
declare -A pids
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
    set +e
    for name in "${!pids[@]}"; do kill "${pids[$name]}" 2>/dev/null; done
    [ -f "$work/nginx/nginx.pid" ] && nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null
    as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1
    wait 2>/dev/null
}
trap cleanup EXIT

log "building the application and the OpenSearch node"
./mvnw -B -q -o -DskipTests package
./mvnw -B -q -o -f src/test/opensearch-node/pom.xml package
jar=$(ls "$root"/target/hcpress-*.jar | grep -v -- -plain | head -1)
node_cp="$root/target/opensearch-node/hcpress-opensearch-node-0.1.0-SNAPSHOT.jar:$(cat "$root/target/opensearch-node/classpath.txt")"

log "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on $pg_port"
echo "$db_password" > "$work/pg/password"
[ "$(id -u)" = 0 ] && chown -R postgres "$work/pg"
as_pg "$pg_bin/initdb" -D "$work/pg/data" -U hcpress --pwfile="$work/pg/password" --auth=scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 > "$work/logs/initdb.log"
as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -w -l "$work/pg/postgres.log" \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=100" start > /dev/null
PGPASSWORD=$db_password "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U hcpress -d postgres -qc "create database hcpress"
psql_db() { PGPASSWORD=$db_password "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U hcpress -d hcpress -Atc "$1"; }

for i in 0 1 2; do
    home=$work/opensearch-$((i + 1)); mkdir -p "$home/tmp"
    log "OpenSearch node $((i + 1)) on ${os_http[$i]}"
    # The node stops when its standard input closes: this script holds a FIFO open as its input.
    mkfifo "$home/stdin"
    java -Xms256m -Xmx512m -XX:TieredStopAtLevel=1 -Djava.io.tmpdir="$home/tmp" \
        -Dopensearch.cluster.name=hcpress-rehearsal -Dopensearch.node.name="node-$((i + 1))" \
        -Dopensearch.http.port="${os_http[$i]}" -Dopensearch.transport.port="${os_transport[$i]}" \
        -Dopensearch.discovery.seed_hosts="127.0.0.1:${os_transport[0]},127.0.0.1:${os_transport[1]},127.0.0.1:${os_transport[2]}" \
        -Dopensearch.cluster.initial_cluster_manager_nodes=node-1,node-2,node-3 \
        -cp "$node_cp" com.hcpress.opensearchnode.OpenSearchNode "$home" \
        < "$home/stdin" > "$work/logs/opensearch-$((i + 1)).log" 2>&1 &
    pids[os$((i + 1))]=$!
    eval "exec $((7 + i))>\"\$home/stdin\""
done
wait_for() { # url, seconds, pattern
    local deadline=$((SECONDS + $2))
    until curl -fsS --max-time 3 "$1" 2>/dev/null | grep -q "$3"; do
        [ $SECONDS -lt $deadline ] || { echo "timed out waiting for $1" >&2; return 1; }
        sleep 2
    done
}
wait_for "http://127.0.0.1:${os_http[0]}/_cluster/health" 240 '"number_of_nodes":3'
log "OpenSearch cluster of 3 nodes is up"

start_app() { # index, extra args...
    local i=$1; shift
    HCPRESS_DATA_DIR="$work/app-$i" PORT="${app_ports[$i]}" \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/hcpress" SPRING_DATASOURCE_USERNAME=hcpress \
    SPRING_DATASOURCE_PASSWORD=$db_password HCPRESS_SEARCH_BACKEND=opensearch \
    HCPRESS_SEARCH_OPENSEARCH_URL="http://127.0.0.1:${os_http[0]},http://127.0.0.1:${os_http[1]},http://127.0.0.1:${os_http[2]}" \
    java -Xmx512m -XX:TieredStopAtLevel=1 -Djava.io.tmpdir="$work/app-$i" -jar "$jar" "$@" \
        > "$work/logs/hcpress-$((i + 1)).log" 2>&1 &
    pids[app$((i + 1))]=$!
}
mkdir -p "$work"/app-{0,1,2}
log "HCPress 1 on ${app_ports[0]} (loads the demo content into the empty database)"
start_app 0 --hcpress.demo.external-database=true
wait_for "http://127.0.0.1:${app_ports[0]}/actuator/health/readiness" 300 UP
log "HCPress 2 and 3 on ${app_ports[1]}, ${app_ports[2]}"
start_app 1; start_app 2
wait_for "http://127.0.0.1:${app_ports[1]}/actuator/health/readiness" 300 UP
wait_for "http://127.0.0.1:${app_ports[2]}/actuator/health/readiness" 300 UP
replicas=$(curl -fsS "http://127.0.0.1:${os_http[0]}/_cat/indices/hcpress-*?h=rep" | head -1 | tr -d ' ')
log "search index replicas: ${replicas:-?}"

cat > "$work/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/logs/nginx-error.log warn;
events { worker_connections 512; }
http {
    access_log $work/logs/nginx-access.log;
    client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
    upstream hcpress {
        server 127.0.0.1:${app_ports[0]} max_fails=1 fail_timeout=30s;
        server 127.0.0.1:${app_ports[1]} max_fails=1 fail_timeout=30s;
        server 127.0.0.1:${app_ports[2]} max_fails=1 fail_timeout=30s;
        keepalive 16;
    }
    server {
        listen 127.0.0.1:$nginx_port;
        client_max_body_size 10m;
        location / {
            proxy_pass http://hcpress;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Request-Id \$request_id;
            proxy_next_upstream error timeout http_502 http_503;
        }
    }
}
NGINX
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
log "nginx on $nginx_port, round robin over 3 instances"
site=http://127.0.0.1:$nginx_port

log "$readers readers, $rounds rounds each, through nginx"
journeys=()
for n in $(seq 1 "$readers"); do
    python3 deploy/cluster/journey.py "$site" "$n" "$rounds" > "$work/journey/reader-$n.log" 2>&1 & journeys+=($!)
done
# The kill comes once half the readers have passed the gate: the others are mid-gate.
deadline=$((SECONDS + 300))
until [ "$(cat "$work"/journey/reader-*.log 2>/dev/null | grep -c '^200 gate-passed')" -ge $(((readers + 1) / 2)) ] \
    || [ $SECONDS -ge $deadline ]; do sleep 1; done
log "kill -9 of HCPress 2 (pid ${pids[app2]}) and OpenSearch node 2 (pid ${pids[os2]})"
kill -9 "${pids[app2]}" "${pids[os2]}"
unset 'pids[app2]' 'pids[os2]'
wait "${journeys[@]}" || true
log "journeys done; cluster health: $(curl -sS --max-time 10 "http://127.0.0.1:${os_http[0]}/_cluster/health" | grep -o '"status":"[a-z]*"' || echo 'no answer (no cluster manager)')"

all=$(cat "$work"/journey/reader-*.log)
total=$(echo "$all" | wc -l)
# 429: the comment rate limit of one account, an answer the reader is meant to see
limited=$(echo "$all" | grep -c '^429 comment' || true)
bad=$(echo "$all" | grep -v -E '^(200|201|302) |^429 comment' || true)
passed=$(echo "$all" | grep -c '^200 gate-passed' || true)
acked=$(echo "$all" | awk '$2 == "comment" && ($1 == 200 || $1 == 201) {print $3}' | sort -u)
stored=$(psql_db "select body from comment where body like 'Rehearsal comment %'" | sed 's/Rehearsal comment //' | sort -u)
lost=$(comm -23 <(echo "$acked") <(echo "$stored"))
search_ok=$(echo "$all" | grep -c '^200 search$' || true)
search_all=$(echo "$all" | grep -c ' search' || true)
echo
echo "requests through nginx:          $total"
echo "new readers who passed the gate: $passed of $readers"
echo "comments refused by the rate limit (429): $limited"
echo "answers other than 200/201/302/429: $(echo -n "$bad" | grep -c . || true)"
[ -z "$bad" ] || echo "$bad" | sort | uniq -c | sed 's/^/    /'
echo "comments acknowledged:           $(echo -n "$acked" | grep -c . || true)"
echo "acknowledged comments missing:   $(echo -n "$lost" | grep -c . || true)"
echo "searches answered with hits:     $search_ok of $search_all"
echo "reads not served (lost session or gate): $(echo "$all" | grep -c -- '-not-served read' || true)"
echo "HCPress log lines at ERROR:      $(cat "$work"/logs/hcpress-{1,3}.log | grep -c ' ERROR ' || true)"
