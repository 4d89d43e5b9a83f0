#!/usr/bin/env bash
# Fuzzes one target for real and keeps what it learnt. Usage (from the repository):
#   bench/fuzz/fuzz.sh 'RenderingFuzzTest#markdownRendersToSafeHtml' [seconds=120]
# The corpus grows under .cifuzz-corpus/ (not committed); a finding is written as a regression
# input under src/test/resources/<package>/<Class>Inputs/<method>/, where ./mvnw verify replays it.
set -euo pipefail
cd "$(dirname "$0")/../.."
target="$1"
seconds="${2:-120}"
JAZZER_FUZZ=1 ./mvnw -B test -Dfuzz.only=true -Dtest="$target" \
  -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration="${seconds}s"
