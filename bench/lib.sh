# What the bench scripts share; sourced by them after they define fail(), never run on its own.
#
#   bench_workdir PREFIX        a new temporary directory in $WORK; on exit nginx ($NGINX_PID) and
#                               HCPress ($APP_PID) are stopped and the directory removed
#   bench_ports_free PORT...    fails unless nothing listens on these loopback ports
#   bench_jar BUILD OUT         builds the jar when BUILD is 1 (log in OUT/build.log); sets $JAR
#   bench_load                  the load average over 1, 5 and 15 minutes

bench_workdir() {
    WORK=$(mktemp -d "/tmp/$1.XXXXXX")
    APP_PID=""
    NGINX_PID=""
    trap bench_cleanup EXIT
    trap 'exit 130' INT TERM
}

bench_cleanup() {
    local status=$?
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
    if [ -n "$APP_PID" ]; then
        kill "$APP_PID" 2>/dev/null || true
        # Stopping the embedded PostgreSQL and writing a JFR recording may take a while.
        for _ in $(seq 1 120); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
    exit $status
}

bench_ports_free() {
    local port
    for port in "$@"; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port is taken"; fi
    done
}

bench_jar() {
    local build=$1 out=$2
    if [ "$build" = 1 ]; then
        echo "== building"
        ./mvnw -B -q -DskipTests package > "$out/build.log" 2>&1 || fail "build failed, see $out/build.log"
    fi
    JAR=$(ls target/hcpress-*.jar 2>/dev/null | grep -v original | sed -n 1p)
    [ -n "$JAR" ] || fail "no target/hcpress-*.jar: build first or drop --no-build"
}

bench_load() {
    cut -d' ' -f1-3 /proc/loadavg
}

# Replaces what lies between <!-- NAME:begin --> and <!-- NAME:end --> in docs/benchmarks.md with
# the table file, using $ROOT and $WORK of the calling script.
bench_write_table() { # name, table file
    local doc="$ROOT/docs/benchmarks.md" begin="<!-- $1:begin -->" end="<!-- $1:end -->"
    grep -q "$begin" "$doc" || fail "docs/benchmarks.md has no $begin marker"
    awk -v begin="$begin" -v end="$end" -v table="$2" '
        $0 == begin { print; while ((getline line < table) > 0) print line; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }
    ' "$doc" > "$WORK/benchmarks.md"
    cp "$WORK/benchmarks.md" "$doc"
    echo "== written to docs/benchmarks.md"
}
