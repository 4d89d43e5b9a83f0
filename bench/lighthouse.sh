#!/usr/bin/env bash
# Lighthouse (mobile: emulated phone, simulated slow 4G and CPU) on the pages a reader uses most,
# as the demo reader who passed the gate: the home page, a zone, the review, a study and the
# clinical tools. Starts HCPress from the jar on a fresh embedded database with the demo content,
# signs in, runs Lighthouse against Debian's Chromium and writes the scores (performance,
# accessibility, best practices, SEO) to target/bench/lighthouse.md and, unless --no-docs, to
# docs/benchmarks.md between the lighthouse markers. Reports stay in target/bench/lighthouse/.
#
#   bench/lighthouse.sh                      # builds the jar, runs every page
#   bench/lighthouse.sh --no-build --runs 3  # the median of three runs per page
#
# Options: --no-build, --no-docs, --runs N (Lighthouse runs per page, median score; 1).
# Environment: APP_PORT (8102), CHROME_PATH (/usr/bin/chromium), LIGHTHOUSE_DIR (where npm installs
#              Lighthouse if it is not there yet: /tmp/hcpress-lighthouse), LIGHTHOUSE_VERSION (12.8.2).
set -euo pipefail

BUILD=1
DOCS=1
RUNS=1
APP_PORT=${APP_PORT:-8102}
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
LIGHTHOUSE_DIR=${LIGHTHOUSE_DIR:-/tmp/hcpress-lighthouse}
LIGHTHOUSE_VERSION=${LIGHTHOUSE_VERSION:-12.8.2}
READER=reader@hcpress.test
PASSWORD=hcpress-demo
PAGES="home=/ zone=/zones/liver-intervention review=/articles/tace-haic-2025-review study=/studies/E_EMERALD1 clinical=/clinical"

while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) BUILD=0; shift ;;
        --no-docs) DOCS=0; shift ;;
        --runs) RUNS=$2; shift 2 ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
done

fail() { echo "lighthouse: $*" >&2; exit 1; }

for tool in java node npm curl python3; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed (Debian: apt-get install nodejs npm curl python3)"
done
[ -x "$CHROME_PATH" ] || fail "no Chromium at $CHROME_PATH (Debian: apt-get install chromium)"

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT="$ROOT/target/bench"
REPORTS="$OUT/lighthouse"
mkdir -p "$OUT" "$REPORTS"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
bench_workdir hcpress-lighthouse
bench_ports_free "$APP_PORT"
bench_jar "$BUILD" "$OUT"

LIGHTHOUSE="$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse"
if [ ! -x "$LIGHTHOUSE" ]; then
    echo "== installing Lighthouse $LIGHTHOUSE_VERSION in $LIGHTHOUSE_DIR"
    mkdir -p "$LIGHTHOUSE_DIR"
    npm install --prefix "$LIGHTHOUSE_DIR" --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION" > "$OUT/lighthouse-npm.log" 2>&1 \
        || fail "npm could not install Lighthouse, see $OUT/lighthouse-npm.log"
fi

echo "== starting HCPress on port $APP_PORT (load $(bench_load))"
mkdir -p "$OUT/tmp"
java -Djava.io.tmpdir="$OUT/tmp" -jar "$JAR" --server.port="$APP_PORT" --server.address=127.0.0.1 \
    --hcpress.data-dir="$WORK/data" > "$OUT/lighthouse-app.log" 2>&1 &
APP_PID=$!
BASE="http://127.0.0.1:$APP_PORT"
code=000
for _ in $(seq 1 600); do
    kill -0 "$APP_PID" 2>/dev/null || fail "HCPress exited during start, see $OUT/lighthouse-app.log"
    # Anonymous, the review answers (its visitors' page, or a redirect to the gate) once the demo
    # content is in; 404 before.
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/articles/tace-haic-2025-review" || true)
    case "$code" in 200|302) break ;; esac
    sleep 0.5
done
case "$code" in 200|302) ;; *) fail "the demo content did not appear within 300 s, see $OUT/lighthouse-app.log" ;; esac

echo "== signing in as $READER"
COOKIES="$WORK/cookies.txt"
CSRF=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p \
    | sed 's/.*value="//;s/"$//')
[ -n "$CSRF" ] || fail "no CSRF token on the sign-in page"
curl -s -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=$READER" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$CSRF" -o /dev/null "$BASE/login"
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$COOKIES" | tail -1)
[ -n "$SESSION" ] || fail "sign-in gave no SESSION cookie"
# Each page once as Chromium asks for it (language, compression), so the kept copies are warm.
for page in $PAGES; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$SESSION" -H 'Accept-Language: en-US' \
        -H 'Accept-Encoding: gzip, deflate, br' "$BASE${page#*=}")
    [ "$code" = 200 ] || fail "${page#*=} answered $code to the signed-in reader"
done

echo "== Lighthouse $("$LIGHTHOUSE" --version), $RUNS run(s) per page (load $(bench_load))"
LOAD_BEFORE=$(bench_load)
for page in $PAGES; do
    name=${page%%=*}
    for run in $(seq 1 "$RUNS"); do
        CHROME_PATH="$CHROME_PATH" "$LIGHTHOUSE" "$BASE${page#*=}" --quiet \
            --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
            --extra-headers="{\"Cookie\": \"SESSION=$SESSION\"}" \
            --output=json --output=html --output-path="$REPORTS/$name-$run" > "$REPORTS/$name-$run.log" 2>&1 \
            || fail "Lighthouse failed on ${page#*=}, see $REPORTS/$name-$run.log"
    done
done
LOAD_AFTER=$(bench_load)

TABLE="$OUT/lighthouse.md"
python3 - "$REPORTS" "$RUNS" $PAGES > "$WORK/scores.md" <<'PY'
import json, statistics, sys
reports, runs, pages = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
categories = ["performance", "accessibility", "best-practices", "seo"]
print("| page | performance | accessibility | best practices | SEO | below 98: what Lighthouse flags |")
print("|---|---|---|---|---|---|")
for page in pages:
    name, path = page.split("=", 1)
    results = [json.load(open(f"{reports}/{name}-{run}.report.json")) for run in range(1, runs + 1)]
    scores = {c: round(100 * statistics.median(r["categories"][c]["score"] for r in results)) for c in categories}
    flagged = []
    last = results[-1]
    for c in categories:
        if scores[c] >= 98:
            continue
        for ref in last["categories"][c]["auditRefs"]:
            audit = last["audits"][ref["id"]]
            if ref["weight"] > 0 and audit.get("score") is not None and audit["score"] < 0.9:
                flagged.append(audit["id"])
    print(f"| {name} `{path}` | " + " | ".join(str(scores[c]) for c in categories)
          + f" | {', '.join(flagged) or '-'} |")
PY
{
    echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown): \`bench/lighthouse.sh${RUNS:+ --runs $RUNS}\`"
    echo "(Lighthouse $("$LIGHTHOUSE" --version), mobile, simulated throttling, Chromium $("$CHROME_PATH" --version 2>/dev/null | awk '{ print $2 }'),"
    echo "as $READER with the gate passed; $(nproc) cores, load average $LOAD_BEFORE before, $LOAD_AFTER after; median of $RUNS run(s) per page)."
    echo
    cat "$WORK/scores.md"
} > "$TABLE"
echo
cat "$TABLE"

if [ "$DOCS" = 1 ]; then
    bench_write_table lighthouse "$TABLE"
fi
