#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# run-before-after.sh [REV [HOSTS [SHARES]]] — the before-and-after table of today's Hyper-V in docs/benchmarks.md
# (issue 14): the end-to-end phases at HOSTS hosts × 20 VMs (default 2000) of the build at REV (default da1f69d, the
# last commit before today's Hyper-V) on the classic model, then of this checkout on the same classic model and on the
# model with the generator's SHARES of today's Hyper-V (VLAN,NAT,SET,ACL percentages, default 30,10,20,20). REV is
# cloned from this repository into $BENCH_OUT/before-src and built there with its own Maven wrapper (the Maven profile
# `benchmarks`; BENCH_OFFLINE=1 adds -o). Each side runs its own benchmarks/run-end-to-end.sh (in-process phases:
# median of 5 runs after 2 warm-ups; then `hvnet simulate` as its own process), the write commands left out; the three
# sides take turns, BENCH_ROUNDS times (default 3), so that a slow spell of the machine falls on all of them. Each
# round's row goes to $BENCH_OUT/{before,after,after-shares}/rounds.tsv (default BENCH_OUT:
# benchmarks/target/before-after); BENCH_ROUNDS=0 measures nothing and prints the table of the rounds there. The table goes to standard output: per cell the median of the rounds, each "after"
# divided by "before", and the ratio of every round (after and before of the same round) beside it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REV="${1:-da1f69d}"
HOSTS="${2:-2000}"
SHARES="${3:-30,10,20,20}"
OUT="${BENCH_OUT:-$ROOT/benchmarks/target/before-after}"
BEFORE_SRC="$OUT/before-src"
OFFLINE=()
[ "${BENCH_OFFLINE:-0}" = "0" ] || OFFLINE=(-o)

mkdir -p "$OUT"
if [ ! -f "$BEFORE_SRC/benchmarks/target/benchmarks.jar" ] || [ "$(git -C "$BEFORE_SRC" rev-parse HEAD 2>/dev/null)" != "$(git -C "$ROOT" rev-parse "$REV^{commit}")" ]; then
    rm -rf "$BEFORE_SRC"
    git clone -q "$ROOT" "$BEFORE_SRC"
    git -C "$BEFORE_SRC" checkout -q "$REV"
    echo "# building $REV in $BEFORE_SRC: ./mvnw -B -q ${OFFLINE[*]} -Pbenchmarks -DskipTests package" >&2
    (cd "$BEFORE_SRC" && ./mvnw -B -q "${OFFLINE[@]}" -Pbenchmarks -DskipTests package) >&2
fi

echo "# before: $REV ($(git -C "$BEFORE_SRC" log -1 --format='%cd' --date=short)), after: $(git -C "$ROOT" rev-parse --short HEAD)" >&2
ROUNDS="${BENCH_ROUNDS:-3}"
if [ "$ROUNDS" -gt 0 ]; then
    echo "# start: $(uptime)" >&2
    for side in before after after-shares; do
        mkdir -p "$OUT/$side"
        : > "$OUT/$side/rounds.tsv"
    done
    for round in $(seq "$ROUNDS"); do
        echo "# round $round of $ROUNDS: $(uptime)" >&2
        BENCH_OUT="$OUT/before" bash "$BEFORE_SRC/benchmarks/run-end-to-end.sh" "$HOSTS" >/dev/null
        BENCH_WRITES=0 BENCH_OUT="$OUT/after" bash "$ROOT/benchmarks/run-end-to-end.sh" "$HOSTS" >/dev/null
        BENCH_WRITES=0 BENCH_OUT="$OUT/after-shares" bash "$ROOT/benchmarks/run-end-to-end.sh" --shares "$SHARES" "$HOSTS" >/dev/null
        for side in before after after-shares; do
            tail -1 "$OUT/$side/rows.tsv" >> "$OUT/$side/rounds.tsv"
        done
    done
    echo "# end: $(uptime)" >&2
fi
ROUNDS="$(wc -l < "$OUT/before/rounds.tsv")"

# cells FILE KEY: the values of KEY=... in the rows of FILE, one per line, in round order
cells() {
    while IFS= read -r row; do
        tr '\t' '\n' <<<"$row" | sed -n "s/^$2=//p"
    done < "$1"
}

# median FILE KEY: the median of the rounds' values (the lower middle one for an even count)
median() {
    cells "$1" "$2" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# ratios FILE KEY: each round's value divided by the same round's "before", as "1.02× 0.97× ..."
ratios() {
    paste <(cells "$1" "$2") <(cells "$OUT/before/rounds.tsv" "$2") | awk '{ printf "%s%.2f×", (NR > 1 ? " " : ""), $1 / $2 }'
}

printf '| %s hosts × 20 VMs, median of %s rounds | before (%s), classic | after, classic | after / before | each round | after, shares %s | after / before | each round |\n' \
    "$HOSTS" "$ROUNDS" "$REV" "$SHARES"
printf '|---|---:|---:|---:|---|---:|---:|---|\n'
for phase in fileMB:file_MB interfaces:interfaces parseMs:parse+link_ms validateMs:validate_ms installMs:install_ms \
    segmentsMs:segments+addresses_ms reachMs:reachability_summary_ms tracesMs:1,000_traces_ms \
    traceMedianUs:trace_median_µs xmiMs:XMI_load_ms simulateS:hvnet_simulate_s simulateRssMB:simulate_max_RSS_MiB \
    heapMB:in-process_peak_heap_MiB; do
    key="${phase%%:*}"
    name="${phase#*:}"
    before="$(median "$OUT/before/rounds.tsv" "$key")"
    after="$(median "$OUT/after/rounds.tsv" "$key")"
    shares="$(median "$OUT/after-shares/rounds.tsv" "$key")"
    awk -v name="${name//_/ }" -v b="$before" -v a="$after" -v s="$shares" \
        -v ar="$(ratios "$OUT/after/rounds.tsv" "$key")" -v sr="$(ratios "$OUT/after-shares/rounds.tsv" "$key")" '
        function shown(v) { return v >= 100 ? sprintf("%.0f", v) : v >= 10 ? sprintf("%.1f", v) : sprintf("%.2f", v) }
        BEGIN { printf "| %s | %s | %s | %.2f× | %s | %s | %.2f× | %s |\n", name, shown(b), shown(a), a / b, ar, shown(s), s / b, sr }'
done
