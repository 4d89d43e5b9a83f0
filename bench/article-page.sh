#!/usr/bin/env bash
# Measures the gated article page against nginx serving the same HTML as a static file.
#
# Builds HCPress, starts it on a fresh embedded PostgreSQL with the demo content, signs in as the
# demo reader (who passed the zone's gate), checks that the page wrk will ask for is the real
# article, then runs wrk on loopback at 16, 64 and 256 connections against HCPress and against
# nginx in the same run. Writes the table to docs/benchmarks.md (between the article-page markers)
# and to target/bench/article-page.md.
#
#   bench/article-page.sh                   # the official run: 30 s warm-up, 30 s per measurement
#   bench/article-page.sh --warmup 5 --duration 5 --no-build   # a quick look while iterating
#
# Options: --warmup SECONDS (default 30), --duration SECONDS (default 30),
#          --connections "16 64 256", --threads N (wrk threads, default 2), --no-build,
#          --no-docs (do not touch docs/benchmarks.md), --jfr (record a JFR file of the load run).
# Environment: JAVA_OPTS (extra JVM options for HCPress), APP_PORT (default 18480),
#              NGINX_PORT (default 18481), DB_PORT (default 18482).
set -euo pipefail

WARMUP=30
DURATION=30
CONNECTIONS="16 64 256"
THREADS=2
BUILD=1
DOCS=1
JFR=0
SLUG=tace-haic-2025-review
READER=reader@hcpress.test
PASSWORD=hcpress-demo
APP_PORT=${APP_PORT:-18480}
NGINX_PORT=${NGINX_PORT:-18481}
DB_PORT=${DB_PORT:-18482}

while [ $# -gt 0 ]; do
    case "$1" in
        --warmup) WARMUP=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --threads) THREADS=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --no-docs) DOCS=0; shift ;;
        --jfr) JFR=1; shift ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
done

fail() { echo "article-page benchmark: $*" >&2; exit 1; }

for tool in wrk nginx java curl awk; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed (Debian: apt-get install wrk nginx-light curl openjdk-17-jdk)"
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT="$ROOT/target/bench"
mkdir -p "$OUT"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
bench_workdir hcpress-bench
bench_ports_free "$APP_PORT" "$NGINX_PORT" "$DB_PORT"
bench_jar "$BUILD" "$OUT"

echo "== starting HCPress on a fresh embedded PostgreSQL ($WORK)"
JFR_OPTS=""
# JFR needs no start option on JDK 17: jcmd starts the recording after the warm-up.
START_NS=$(date +%s%N)
# shellcheck disable=SC2086
# The PostgreSQL binaries unpack once into target/bench/tmp; the database itself is new every run.
mkdir -p "$OUT/tmp"
java ${JAVA_OPTS:-} $JFR_OPTS -Djava.io.tmpdir="$OUT/tmp" -jar "$JAR" \
    --server.port="$APP_PORT" --server.address=127.0.0.1 \
    --hcpress.data-dir="$WORK/data" --hcpress.embedded-db.port="$DB_PORT" \
    > "$OUT/app.log" 2>&1 &
APP_PID=$!

BASE="http://127.0.0.1:$APP_PORT"
for _ in $(seq 1 600); do
    kill -0 "$APP_PID" 2>/dev/null || fail "HCPress exited during start, see $OUT/app.log"
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/" || true)
    [ "$code" = 200 ] && break
    sleep 0.1
done
[ "$code" = 200 ] || fail "HCPress did not serve / within 60 s, see $OUT/app.log"
COLD_START_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
echo "   first page served after ${COLD_START_MS} ms"
# The demo content is loaded once the server runs: wait until the article exists (anonymous: redirect).
for _ in $(seq 1 600); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/articles/$SLUG" || true)
    [ "$code" = 302 ] && break
    kill -0 "$APP_PID" 2>/dev/null || fail "HCPress exited while loading the demo content, see $OUT/app.log"
    sleep 0.2
done
[ "$code" = 302 ] || fail "the demo article did not appear within 120 s, see $OUT/app.log"

echo "== signing in as $READER"
JAR_FILE="$WORK/cookies.txt"
LOGIN_HTML=$(curl -s -c "$JAR_FILE" -b "$JAR_FILE" "$BASE/login")
CSRF=$(printf '%s' "$LOGIN_HTML" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"$//')
[ -n "$CSRF" ] || fail "no CSRF token on the sign-in page"
curl -s -c "$JAR_FILE" -b "$JAR_FILE" --data-urlencode "username=$READER" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$CSRF" -o /dev/null "$BASE/login"
SESSION=$(awk '$6=="SESSION"{print $7}' "$JAR_FILE" | tail -1)
[ -n "$SESSION" ] || fail "sign-in gave no SESSION cookie"
COOKIE="Cookie: SESSION=$SESSION"

URL_PATH="/articles/$SLUG"
PAGE="$WORK/article.html"
code=$(curl -s -o "$PAGE" -w '%{http_code}' -H "$COOKIE" "$BASE$URL_PATH")
[ "$code" = 200 ] || fail "the article answered $code for the signed-in reader (gate not passed?)"
TITLE=$(grep -o '<h1>[^<]*</h1>' "$PAGE" | sed -n 1p | sed 's/<[^>]*>//g')
[ -n "$TITLE" ] || fail "the page has no article title"
grep -q 'class="article-body"' "$PAGE" || fail "the page is not the article (no article body)"
grep -q 'id="comments"' "$PAGE" || fail "the page has no comments section"
PAGE_BYTES=$(wc -c < "$PAGE")
echo "   article \"$TITLE\", $PAGE_BYTES bytes of HTML"

# nginx serves the very same HTML; its own prefix, config and temp directories, in the foreground.
NGX="$WORK/nginx"
mkdir -p "$NGX/html/articles" "$NGX/logs" "$NGX/tmp"
cp "$PAGE" "$NGX/html/articles/$SLUG"
# Run as root, nginx's workers drop to an unprivileged user: let them reach the page.
chmod a+x "$WORK"
chmod -R a+rX "$NGX/html"
cat > "$NGX/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $NGX/nginx.pid;
error_log $NGX/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 10000;
    client_body_temp_path $NGX/tmp/body;
    proxy_temp_path $NGX/tmp/proxy;
    fastcgi_temp_path $NGX/tmp/fastcgi;
    uwsgi_temp_path $NGX/tmp/uwsgi;
    scgi_temp_path $NGX/tmp/scgi;
    default_type text/html;
    charset utf-8;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $NGX/html;
    }
}
EOF
nginx -p "$NGX" -c "$NGX/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 1 100); do
    kill -0 "$NGINX_PID" 2>/dev/null || fail "nginx did not start, see $NGX/logs/error.log"
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT$URL_PATH")" = 200 ] && break
    sleep 0.1
done
cmp -s "$PAGE" <(curl -s "http://127.0.0.1:$NGINX_PORT$URL_PATH") || fail "nginx does not serve the page's HTML"

# Pipes end in "sed -n 1p", never "head": with pipefail, a writer cut off by head fails the script.
# One wrk run; prints "requests/s p50_ms p99_ms bytes_per_request socket_errors" (timeouts count as
# errors: wrk leaves them out of the latency figures).
measure() {
    local url=$1 connections=$2 seconds=$3 log=$4
    local threads=$THREADS
    [ "$connections" -lt "$threads" ] && threads=$connections
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s --latency -H "$COOKIE" "$url" > "$log" 2>&1 \
        || fail "wrk failed, see $log"
    if grep -q 'Non-2xx or 3xx responses' "$log"; then fail "wrk saw error responses, see $log"; fi
    if grep -q 'Socket errors' "$log"; then echo "   note: $(grep 'Socket errors' "$log")" >&2; fi
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
        function bytes(v) { if (v ~ /KB$/) return v * 1024; if (v ~ /MB$/) return v * 1048576; if (v ~ /GB$/) return v * 1073741824; return v + 0 }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        / requests in / { n = $1 + 0; read = bytes($5) }
        $1 == "Requests/sec:" { rps = $2 }
        /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
        END { printf "%.0f %.2f %.2f %.0f %d\n", rps, p50, p99, (n > 0 ? read / n : -1), errors }
    ' "$log"
}

APP_URL="$BASE$URL_PATH"
NGINX_URL="http://127.0.0.1:$NGINX_PORT$URL_PATH"

echo "== warming up HCPress for ${WARMUP} s at 64 connections"
measure "$APP_URL" 64 "$WARMUP" "$OUT/warmup.log" > /dev/null
measure "$NGINX_URL" 64 5 "$OUT/warmup-nginx.log" > /dev/null
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$COOKIE" "$APP_URL")" = 200 ] || fail "the article is no longer served after the warm-up"

if [ "$JFR" = 1 ]; then
    jcmd "$APP_PID" JFR.start name=bench settings=profile filename="$OUT/article-page.jfr" > /dev/null
fi

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
ROWS=""
for c in $CONNECTIONS; do
    echo "== $c connections, ${DURATION} s each"
    measure "$APP_URL" "$c" "$DURATION" "$OUT/app-$c.log" > "$WORK/app.result"
    measure "$NGINX_URL" "$c" "$DURATION" "$OUT/nginx-$c.log" > "$WORK/nginx.result"
    read -r app_rps app_p50 app_p99 app_bytes app_errors < "$WORK/app.result"
    read -r ngx_rps ngx_p50 ngx_p99 ngx_bytes ngx_errors < "$WORK/nginx.result"
    # A gate redirect or an error page would be far smaller than the article.
    # (-1: no request completed in time, which the socket-error column then shows.)
    [ "$app_bytes" = -1 ] || [ "$app_bytes" -ge "$PAGE_BYTES" ] \
        || fail "HCPress answered $app_bytes bytes per request, less than the page ($PAGE_BYTES)"
    ratio=$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN { printf "%.1f", (n > 0 ? 100 * a / n : 0) }')
    echo "   HCPress $app_rps req/s p50 $app_p50 ms p99 $app_p99 ms | nginx $ngx_rps req/s p50 $ngx_p50 ms p99 $ngx_p99 ms | $ratio %"
    ROWS+="| $c | $app_rps | $app_p50 ms | $app_p99 ms | $app_errors | $ngx_rps | $ngx_p50 ms | $ngx_p99 ms | $ngx_errors | $ratio % |"$'\n'
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

if [ "$JFR" = 1 ]; then
    jcmd "$APP_PID" JFR.stop name=bench > /dev/null
    echo "   JFR recording: $OUT/article-page.jfr (jfr print --events jdk.ExecutionSample $OUT/article-page.jfr)"
fi

RSS_KB=$(awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status")
HEAP=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | awk 'NR == 2 { print $1, $2, $3, $4, $5, $6 }' || true)
FINAL_CHECK=$(curl -s -H "$COOKIE" "$APP_URL" | grep -c '<h1>' || true)
[ "$FINAL_CHECK" -ge 1 ] || fail "after the load the page no longer shows the article"

CORES=$(nproc)
CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
MEM=$(awk '/^MemTotal:/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)
JDK=$(java -version 2>&1 | sed -n 1p || true)
PG_BIN=$(find "$OUT/tmp" -path '*bin/postgres' -type f 2>/dev/null | sed -n 1p || true)
PG=$([ -n "$PG_BIN" ] && "$PG_BIN" --version || echo "embedded PostgreSQL (version not found)")
NGINX_VERSION=$(nginx -v 2>&1 | sed 's/.*: //' || true)
WRK_VERSION=$(wrk -v 2>&1 | awk 'NR == 1 { print $1, $2 }' || true)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)

TABLE="$OUT/article-page.md"
{
    echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT: \`bench/article-page.sh --warmup $WARMUP --duration $DURATION\`."
    echo
    echo "| connections | HCPress req/s | HCPress p50 | HCPress p99 | HCPress socket errors | nginx req/s | nginx p50 | nginx p99 | nginx socket errors | HCPress / nginx |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    printf '%s' "$ROWS"
    echo
    echo "| what | figure |"
    echo "|---|---|"
    echo "| page | \`GET $URL_PATH\` as $READER (gate passed): \"$TITLE\", $PAGE_BYTES bytes of HTML, no compression (wrk sends no Accept-Encoding) |"
    echo "| cold start to the first served page (fresh embedded database: initdb, migrations, demo content) | $COLD_START_MS ms |"
    echo "| resident memory of HCPress after the load (VmRSS) | $((RSS_KB / 1024)) MB |"
    [ -n "$HEAP" ] && echo "| Java heap after the load | $HEAP |"
    echo "| machine | $CORES cores ($CPU), $MEM |"
    echo "| JDK | $JDK, JVM options: \`${JAVA_OPTS:-none}\` |"
    echo "| PostgreSQL | $PG (embedded, same machine) |"
    echo "| load generator | $WRK_VERSION, $THREADS threads, loopback; nginx $NGINX_VERSION, worker_processes auto |"
    echo "| load average (1 / 5 / 15 min) before / after | $LOAD_BEFORE / $LOAD_AFTER |"
} > "$TABLE"
echo
cat "$TABLE"

if [ "$DOCS" = 1 ]; then
    bench_write_table article-page "$TABLE"
fi
