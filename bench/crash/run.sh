#!/usr/bin/env bash
# Crash consistency: SIGKILL the application at random moments and check that no acknowledged
# write is lost, none is stored twice and no review is half-applied. Usage (from the repository):
#   bench/crash/run.sh [kills=25] [seed] [minutes=120]
# Kills stop after the given minutes even if fewer were sent; the check runs either way.
# Needs psql on the PATH (Debian: postgresql-client). Prints its figures; exits 1 on a problem.
set -euo pipefail
cd "$(dirname "$0")/../.."
kills="${1:-25}"
seed="${2:-$RANDOM}"
minutes="${3:-120}"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -DskipTests package
fi
jar="${JAR:-$(ls target/hcpress-*.jar | grep -v original | head -1)}"
work="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/hcpress-crash.XXXXXX")}"
java bench/crash/CrashConsistency.java "$(realpath "$jar")" "$work" "$kills" "$seed" "$minutes"
