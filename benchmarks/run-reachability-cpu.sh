#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# run-reachability-cpu.sh [HOSTS [ROUNDS [SHARES...]]] — the reachability summary's CPU time and class walks of
# docs/benchmarks.md (issue 14): generated data centres of HOSTS hosts (default 2000) with 20 VMs each, seed 1, one per
# SHARES (VLAN,NAT,SET,ACL percentages; default the classic model 0,0,0,0 and today's 30,10,20,20), all in one JVM
# (org.hvnet.benchmarks.ReachabilityCpuTime): per model the source and destination classes, the class walks, the
# reachable pairs, then the measuring thread's CPU milliseconds of each of ROUNDS rounds (default 15; the models
# alternate round by round) and their median and least after the first third of the rounds (JIT warm-up). Heap: BENCH_XMX (default 4g; about 1.5 GB per model).
# BENCH_JAVA_OPTS: further JVM options (e.g. -XX:StartFlightRecording=filename=reach.jfr to profile). Builds
# benchmarks/target/benchmarks.jar if missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
HOSTS="${1:-2000}"
ROUNDS="${2:-15}"
shift $(( $# < 2 ? $# : 2 ))
SHARES=("$@")
[ ${#SHARES[@]} -gt 0 ] || SHARES=(0,0,0,0 30,10,20,20)
# shellcheck source=benchmark-setup.sh
source "$ROOT/benchmarks/benchmark-setup.sh"
build_if_missing
echo "# start: $(uptime)"
"$JAVA" "-Xmx${BENCH_XMX:-4g}" -XX:+UseParallelGC ${BENCH_JAVA_OPTS:-} -cp "$JAR" org.hvnet.benchmarks.ReachabilityCpuTime "$HOSTS" "$ROUNDS" "${SHARES[@]}"
echo "# end: $(uptime)"
