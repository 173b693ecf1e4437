#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# run-diff.sh [HOSTS] [VMS] [RUNS] — `hvnet diff` of two versions of a generated data centre that differ in one host
# (the first VM NIC on a host's external switch moved to its private switch), against one `hvnet simulate` of the
# same model, each as its own process, RUNS times each (default 2000 hosts, 20 VMs, 3 runs), alternating; prints every
# wall time (s) and the medians, with the load average. Builds the hvnet product if missing (./hvnet does).
# Files go to $BENCH_OUT (default benchmarks/target/diff).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOSTS="${1:-2000}"
VMS="${2:-20}"
RUNS="${3:-3}"
OUT="${BENCH_OUT:-$ROOT/benchmarks/target/diff}"
HVNET="$ROOT/hvnet"
mkdir -p "$OUT"
OLD="$OUT/dc-$HOSTS-$VMS.hvnet"
NEW="$OUT/dc-$HOSTS-$VMS-one-host.hvnet"
"$HVNET" help >/dev/null 2>&1 || true # builds the product and its class-data archive outside the timed runs
[ -f "$OLD" ] || "$HVNET" generate --hosts "$HOSTS" --vms-per-host "$VMS" -o "$OLD" >/dev/null
# one host differs: the first VM NIC on an external switch moves to that host's private switch
awk 'done != 1 && /nic eth0 .* on External/ { sub(/ on External/, " on Isolated"); done = 1 } { print }' "$OLD" > "$NEW"
if cmp -s "$OLD" "$NEW"; then
    echo "run-diff.sh: no VM NIC on an external switch to move in $OLD" >&2
    exit 2
fi

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, uptime: $(uptime)"
echo "# $HOSTS hosts x $VMS VMs; OLD=$OLD NEW=$NEW (diff -u: $(diff "$OLD" "$NEW" | grep -c '^[<>]') lines)"
timed() { # prints the wall time of the command, in seconds
    /usr/bin/time -f '%e' -o "$OUT/time" "$@" >"$OUT/last.out" 2>"$OUT/last.err" || true
    tail -1 "$OUT/time" # /usr/bin/time writes "Command exited with non-zero status N" first when the command exits non-zero
}
simulate=()
diffs=()
for ((run = 1; run <= RUNS; run++)); do
    s="$(timed "$HVNET" simulate "$OLD")"
    d="$(timed "$HVNET" diff "$OLD" "$NEW")"
    simulate+=("$s")
    diffs+=("$d")
    echo "run $run: simulate ${s}s, diff ${d}s, load $(cut -d' ' -f1-3 /proc/loadavg)"
done
head -3 "$OUT/last.out" | sed 's/^/# diff says: /'
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ms="$(median "${simulate[@]}")"
md="$(median "${diffs[@]}")"
echo "median: simulate ${ms}s, diff ${md}s, diff/simulate $(awk -v d="$md" -v s="$ms" 'BEGIN { printf "%.2f", d / s }')"
