#!/usr/bin/env bash
# The official benchmark: traffic that looks like real reading, against nginx serving the same bytes.
#
# Builds (once) a corpus of published articles and signed-in readers who passed every zone's gate,
# draws a request sequence (Zipf popularity, half Chinese and half English readers, one in ten with
# the other reference style; 80% article pages, 10% comment pages, 5% zone pages, 5% search API),
# pre-renders every distinct request for nginx, and runs wrk at 64 connections against HCPress and
# nginx in the same run: the mix, then one article. Records a JFR profile of the mix. Writes the
# table to docs/benchmarks.md (between the mix markers) and target/bench/mix.md. See bench/README.md.
#
#   bench/mix.sh                                   # the official run (corpus of 2,000 articles, 5,000 readers)
#   bench/mix.sh --articles 200 --readers 300 --warmup 10 --duration 10 --no-docs   # a quick look
#
# Options: --articles N (2000), --readers N (5000), --corpus DIR (target/bench/corpus-ARTICLES),
#          --requests N (length of the sequence, 200000), --warmup S (60), --duration S (60, each
#          measured run), --connections N (64), --threads N (wrk threads, 2), --no-build, --no-docs,
#          --no-jfr.
# Environment: JAVA_OPTS (extra JVM options for HCPress), APP_PORT (8102), NGINX_PORT (8112).
set -euo pipefail

COMMAND="bench/mix.sh${*:+ $*}"
ARTICLES=2000
READERS=5000
CORPUS=""
REQUESTS=200000
WARMUP=60
DURATION=60
CONNECTIONS=64
THREADS=2
BUILD=1
DOCS=1
JFR=1
APP_PORT=${APP_PORT:-8102}
NGINX_PORT=${NGINX_PORT:-8112}

while [ $# -gt 0 ]; do
    case "$1" in
        --articles) ARTICLES=$2; shift 2 ;;
        --readers) READERS=$2; shift 2 ;;
        --corpus) CORPUS=$2; shift 2 ;;
        --requests) REQUESTS=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --threads) THREADS=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --no-docs) DOCS=0; shift ;;
        --no-jfr) JFR=0; shift ;;
        -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
done

fail() { echo "mix benchmark: $*" >&2; exit 1; }

for tool in wrk nginx java jcmd jfr curl awk python3; do
    command -v "$tool" >/dev/null 2>&1 \
        || fail "$tool is not installed (Debian: apt-get install wrk nginx-light curl python3 openjdk-17-jdk)"
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT="$ROOT/target/bench"
CORPUS=${CORPUS:-$OUT/corpus-$ARTICLES}
mkdir -p "$OUT"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
bench_workdir hcpress-mix
bench_ports_free "$APP_PORT" "$NGINX_PORT"
bench_jar "$BUILD" "$OUT"

# 1. The corpus, built once per size and kept (it takes long on a busy machine); each run works on a copy.
if [ ! -s "$CORPUS/corpus/articles.tsv" ]; then
    echo "== building the corpus: $ARTICLES articles, $READERS readers, in $CORPUS (load $(bench_load))"
    rm -rf "$CORPUS"
    mkdir -p "$CORPUS"
    ./mvnw -B -q -Pbench-corpus test-compile exec:exec -Dbench.args="--hcpress.data-dir=$CORPUS/data \
        --hcpress.bench.articles=$ARTICLES --hcpress.bench.readers=$READERS --hcpress.bench.out=$CORPUS/corpus \
        --hcpress.verification.ocr.enabled=false" \
        > "$CORPUS/build.log" 2>&1 || { rm -rf "$CORPUS/corpus"; fail "corpus build failed, see $CORPUS/build.log"; }
elif [ -n "$(find "$CORPUS/corpus/sessions.txt" -mmin +1200)" ]; then
    echo "== the corpus's sessions are 20 hours old: signing the readers in again"
    ./mvnw -B -q -Pbench-corpus test-compile exec:exec -Dbench.args="--hcpress.data-dir=$CORPUS/data \
        --hcpress.bench.articles=0 --hcpress.bench.readers=0 --hcpress.bench.out=$CORPUS/corpus \
        --hcpress.bench.sessions-only=true" >> "$CORPUS/build.log" 2>&1 || fail "sign-in failed, see $CORPUS/build.log"
fi
CORPUS_ARTICLES=$(wc -l < "$CORPUS/corpus/articles.tsv")
CORPUS_READERS=$(wc -l < "$CORPUS/corpus/sessions.txt")
echo "   corpus: $CORPUS_ARTICLES articles, $CORPUS_READERS readers with a session"

# 2. HCPress on a copy of the corpus's database. The licence reader stays off: the corpus's 5,000
#    licence photos were never read (their readers were approved directly), and reading them now
#    would run OCR beside the measurement.
cp -a "$CORPUS/data" "$WORK/data"
echo "== starting HCPress on port $APP_PORT (load $(bench_load))"
mkdir -p "$OUT/tmp"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -Djava.io.tmpdir="$OUT/tmp" -jar "$JAR" --server.port="$APP_PORT" --server.address=127.0.0.1 \
    --hcpress.data-dir="$WORK/data" --spring.flyway.out-of-order=true --hcpress.verification.ocr.enabled=false \
    > "$OUT/mix-app.log" 2>&1 &
APP_PID=$!
BASE="http://127.0.0.1:$APP_PORT"
code=000
for _ in $(seq 1 600); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        # A kept corpus is brought to the code's schema on the copy: migrations merged since are applied,
        # even numbered below its newest (out of order); one changed since it was applied is refused.
        grep -q 'Migrations have failed validation' "$OUT/mix-app.log" \
            && fail "the corpus's database was made by another version of HCPress: remove $CORPUS to rebuild it"
        fail "HCPress exited during start, see $OUT/mix-app.log"
    fi
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/" || true)
    [ "$code" = 200 ] && break
    sleep 0.5
done
[ "$code" = 200 ] || fail "HCPress did not serve / within 300 s, see $OUT/mix-app.log"
# A corpus built before the index version (IndexedEntry.INDEX) was raised has its index rebuilt from
# PostgreSQL at start: search answers and the CPU are only what they will be once that is done.
for _ in $(seq 1 3600); do
    grep -q -e 'Search index matches the database' -e 'Search index rebuilt' "$OUT/mix-app.log" && break
    grep -q 'Rebuilding the search index failed' "$OUT/mix-app.log" && fail "the search index rebuild failed, see $OUT/mix-app.log"
    sleep 0.5
done
grep -q -e 'Search index matches the database' -e 'Search index rebuilt' "$OUT/mix-app.log" \
    || fail "the search index did not match the database within 30 minutes, see $OUT/mix-app.log"
grep -o 'Search index rebuilt: .*' "$OUT/mix-app.log" | sed 's/^/   /' || true

# 3. The sequence, and every distinct request of it fetched once (it also checks each answer).
echo "== drawing $REQUESTS requests and pre-rendering them (load $(bench_load))"
MIX="$WORK/mix"
python3 bench/mix.py prepare --base "$BASE" --corpus "$CORPUS/corpus" --sessions "$CORPUS/corpus/sessions.txt" \
    --requests "$REQUESTS" --out "$MIX" || fail "preparing the sequence failed"
cp "$MIX/plan.txt" "$OUT/mix-plan.txt"

# 4. nginx: the pre-rendered bytes, found by the language cookie and the request URI.
NGX="$WORK/nginx"
mkdir -p "$NGX/logs" "$NGX/tmp"
chmod a+x "$WORK"
chmod -R a+rX "$MIX/html"
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
    types { text/html html; application/json json; }
    charset utf-8;
    map_hash_max_size 262144;
    map_hash_bucket_size 512;
    map "\$cookie_hcpress_lang:\$request_uri" \$page {
        default /missing;
        include $MIX/nginx-map.conf;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $MIX/html;
        location / { try_files \$page =404; }
    }
}
EOF
nginx -p "$NGX" -c "$NGX/nginx.conf" &
NGINX_PID=$!
NGINX_BASE="http://127.0.0.1:$NGINX_PORT"
for _ in $(seq 1 100); do
    kill -0 "$NGINX_PID" 2>/dev/null || fail "nginx did not start, see $NGX/logs/error.log"
    (exec 3<>"/dev/tcp/127.0.0.1/$NGINX_PORT") 2>/dev/null && break
    sleep 0.1
done
# The first entries of the map must come back byte for byte.
sed -n '1,20p' "$MIX/nginx-map.conf" | while read -r key file; do
    key=${key#\"}; key=${key%\"}; file=${file%;}
    curl -s -H "Cookie: hcpress_lang=${key%%:*}" "$NGINX_BASE${key#*:}" | cmp -s - "$MIX/html$file" \
        || fail "nginx does not serve $file for $key"
done

# One wrk run; prints "requests/s p50_ms p99_ms bytes_per_request socket_errors error_answers".
measure() {
    local base=$1 sequence=$2 seconds=$3 log=$4 extra=${5:-}
    # shellcheck disable=SC2086
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency -s bench/mix.lua "$base" \
        -- "$sequence" $extra > "$log" 2>&1 || fail "wrk failed, see $log"
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
        function bytes(v) { if (v ~ /KB$/) return v * 1024; if (v ~ /MB$/) return v * 1048576; if (v ~ /GB$/) return v * 1073741824; return v + 0 }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        / requests in / { n = $1 + 0; read = bytes($5) }
        $1 == "Requests/sec:" { rps = $2 }
        /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
        /Non-2xx or 3xx responses:/ { bad = $5 }
        /Answers outside 2xx:/ { counted = $4 }
        END { printf "%.0f %.2f %.2f %.0f %d %d\n", rps, p50, p99, (n > 0 ? read / n : -1), errors, (counted > bad ? counted : bad) }
    ' "$log"
}

RESULTS="$WORK/results"
: > "$RESULTS"
# run NAME SERVER SEQUENCE SECONDS: one measured run, with the load average before and after.
run() {
    local name=$1 base=$2 sequence=$3 seconds=$4 before
    before=$(bench_load)
    measure "$base" "$sequence" "$seconds" "$OUT/mix-$name.log" > "$WORK/$name.result"
    read -r rps p50 p99 bytes socket bad < "$WORK/$name.result"
    echo "   $name: $rps req/s, p50 $p50 ms, p99 $p99 ms, $bytes bytes/request, socket errors $socket, error answers $bad (load $before -> $(bench_load))"
    echo "$name $rps $p50 $p99 $bytes $socket $bad $before / $(bench_load)" | tr -s ' ' >> "$RESULTS"
}

echo "== warming up HCPress with the mix for $WARMUP s (load $(bench_load))"
measure "$BASE" "$MIX/requests.tsv" "$WARMUP" "$OUT/mix-warmup.log" > /dev/null
measure "$NGINX_BASE" "$MIX/requests.tsv" 5 "$OUT/mix-warmup-nginx.log" > /dev/null

# cpu_split NAME: from 5 s into a measured run until 5 s before its end, who used the two cores.
cpu_split() {
    (sleep 5; python3 bench/mix.py cpu-split --seconds $((DURATION > 15 ? DURATION - 10 : DURATION / 2)) \
        --app-pid "$APP_PID" > "$WORK/cpu-$1.txt" 2>&1) &
}

echo "== measuring, $DURATION s per run, $CONNECTIONS connections"
cpu_split hcpress-mix
run hcpress-mix "$BASE" "$MIX/requests.tsv" "$DURATION"
wait $!
echo "   CPU during it: $(cat "$WORK/cpu-hcpress-mix.txt")"
cpu_split nginx-mix
run nginx-mix "$NGINX_BASE" "$MIX/requests.tsv" "$DURATION"
wait $!
echo "   CPU during it: $(cat "$WORK/cpu-nginx-mix.txt")"
measure "$BASE" "$MIX/one.tsv" 10 "$OUT/mix-warmup-one.log" > /dev/null
run hcpress-one "$BASE" "$MIX/one.tsv" "$DURATION"
run nginx-one "$NGINX_BASE" "$MIX/one.tsv" "$DURATION"

# wrk counts only 4xx and 5xx; a redirect (to the gate, to sign-in) is a 3xx: a separate run counts
# every answer outside 2xx (it hands each body to Lua, so it is not a measured run).
echo "== checking every answer's status for 20 s of the mix and 10 s of the article"
measure "$BASE" "$MIX/requests.tsv" 20 "$OUT/mix-statuses.log" statuses > "$WORK/statuses.result"
measure "$BASE" "$MIX/one.tsv" 10 "$OUT/mix-statuses-one.log" statuses > "$WORK/statuses-one.result"
STATUS_MIX=$(grep 'Answers outside 2xx' "$OUT/mix-statuses.log" | sed 's/Answers outside 2xx: //')
STATUS_ONE=$(grep 'Answers outside 2xx' "$OUT/mix-statuses-one.log" | sed 's/Answers outside 2xx: //')
STATUS_REQUESTS=$(awk '/ requests in / { print $1 }' "$OUT/mix-statuses.log")
echo "   answers outside 2xx: mix $STATUS_MIX of $STATUS_REQUESTS; one article $STATUS_ONE"

HOT=""
if [ "$JFR" = 1 ]; then
    echo "== recording a JFR profile of 30 s of the mix"
    rm -f "$OUT/mix.jfr"
    jcmd "$APP_PID" JFR.start name=mix settings=profile filename="$OUT/mix.jfr" > /dev/null
    measure "$BASE" "$MIX/requests.tsv" 30 "$OUT/mix-jfr.log" > /dev/null
    jcmd "$APP_PID" JFR.stop name=mix > /dev/null
    python3 bench/mix.py jfr-top "$OUT/mix.jfr" > "$OUT/mix-hot.txt"
    HOT=$(cat "$OUT/mix-hot.txt")
    echo "$HOT" | sed 's/^/   /'
fi

RSS_KB=$(awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status")
CORES=$(nproc)
CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
MEM=$(awk '/^MemTotal:/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)
JDK=$(java -version 2>&1 | sed -n 1p || true)
NGINX_VERSION=$(nginx -v 2>&1 | sed 's/.*: //' || true)
WRK_VERSION=$(wrk -v 2>&1 | awk 'NR == 1 { print $1, $2 }' || true)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
SHORTCUT=$([ -f src/main/java/com/hcpress/content/web/ArticlePageShortcut.java ] \
    && echo "present (a plain article request is answered ahead of the security chain)" \
    || echo "absent: every request goes through Spring Security's chain")

TABLE="$OUT/mix.md"
awk -v duration="$DURATION" '
    { r[$1] = $2; p50[$1] = $3; p99[$1] = $4; b[$1] = $5; s[$1] = $6; e[$1] = $7; l[$1] = $8 " " $9 " " $10 " / " $12 " " $13 " " $14 }
    END {
        print "| run | server | req/s | p50 | p99 | bytes/answer | socket errors | 4xx/5xx | HCPress / nginx | load average before / after |"
        print "|---|---|---|---|---|---|---|---|---|---|"
        split("mix one", kinds, " ")
        for (k = 1; k <= 2; k++) {
            name = kinds[k]; h = "hcpress-" name; n = "nginx-" name
            ratio = (r[n] > 0 ? sprintf("%.1f %%", 100 * r[h] / r[n]) : "-")
            printf "| %s | HCPress | %d | %.2f ms | %.2f ms | %d | %d | %d | **%s** | %s |\n", name, r[h], p50[h], p99[h], b[h], s[h], e[h], ratio, l[h]
            printf "| %s | nginx | %d | %.2f ms | %.2f ms | %d | %d | %d | | %s |\n", name, r[n], p50[n], p99[n], b[n], s[n], e[n], l[n]
        }
    }' "$RESULTS" > "$WORK/table.md"
{
    echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT: \`$COMMAND\`"
    echo "($CONNECTIONS connections, $THREADS wrk threads, $DURATION s per run, after $WARMUP s of the mix as warm-up)."
    echo
    cat "$WORK/table.md"
    echo
    echo "| what | figure |"
    echo "|---|---|"
    echo "| corpus | $CORPUS_ARTICLES published articles in $(wc -l < "$CORPUS/corpus/zones.txt") zones, $CORPUS_READERS readers who passed every zone's gate, each with a session |"
    sed 's/^\([^:]*\): \(.*\)$/| \1 | \2 |/' "$MIX/plan.txt"
    echo "| CPU of the machine's $CORES cores during the mix (HCPress run / nginx run) | $(cat "$WORK/cpu-hcpress-mix.txt") / $(cat "$WORK/cpu-nginx-mix.txt") |"
    echo "| answers outside 2xx, counted one by one (20 s of the mix / 10 s of the article) | $STATUS_MIX of $STATUS_REQUESTS / $STATUS_ONE |"
    echo "| article page shortcut | $SHORTCUT |"
    echo "| resident memory of HCPress after the runs (VmRSS) | $((RSS_KB / 1024)) MB |"
    echo "| machine | $CORES cores ($CPU), $MEM, shared with other work: see the load average |"
    echo "| JDK | $JDK, JVM options: \`${JAVA_OPTS:-none}\` |"
    echo "| load generator | $WRK_VERSION on loopback; nginx $NGINX_VERSION, worker_processes auto |"
    if [ -n "$HOT" ]; then
        echo
        echo "JFR profile of 30 s of the mix (\`jfr print --events jdk.ExecutionSample\`, summarised by \`bench/mix.py jfr-top\`):"
        echo
        echo '```'
        echo "$HOT"
        echo '```'
    fi
} > "$TABLE"
echo
cat "$TABLE"

if [ "$DOCS" = 1 ]; then
    bench_write_table mix "$TABLE"
fi
