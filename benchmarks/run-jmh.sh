#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# run-jmh.sh [ROUNDS [WARMUPS [ITERATIONS [SIZES...]]]] — the JMH table of docs/benchmarks.md: every phase benchmark
# at every size (default 3 rounds, 20 warm-up and 10 measured shots per fork, 250 500 1000 2000 hosts), the sizes
# interleaved round by round (org.hvnet.benchmarks.InterleavedJmh). Builds benchmarks/target/benchmarks.jar if
# missing. JMH's log goes to benchmarks/target/jmh/log.txt, the table to benchmarks/target/jmh/table.md and stdout.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
OUT="$ROOT/benchmarks/target/jmh"
# shellcheck source=benchmark-setup.sh
source "$ROOT/benchmarks/benchmark-setup.sh"
build_if_missing
mkdir -p "$OUT"
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); log: $OUT/log.txt" >&2
"$JAVA" -cp "$JAR" org.hvnet.benchmarks.InterleavedJmh "$OUT/table.md" "$@" > "$OUT/log.txt"
cat "$OUT/table.md"
