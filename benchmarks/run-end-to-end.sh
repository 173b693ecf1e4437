#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# run-end-to-end.sh [--shares VLAN,NAT,SET,ACL] [SIZES...] — the end-to-end tables of docs/benchmarks.md, one row per size (default 250 500 1000
# 2000 hosts, 20 VMs each). Per size, in a fresh JVM: the in-process phase times (org.hvnet.benchmarks.EndToEndRow:
# median of 5 runs after 2 warm-ups, fresh objects each run), then `./hvnet simulate FILE` as its own process (wall
# time, max RSS, peak heap from its GC log), then the commands that write a whole model, each as its own process with
# the same JVM options as simulate: `install FILE --host H00003 -o OUT`, `convert XMI --to hvnet -o OUT` (the XMI made
# by `convert FILE --to xmi` first, untimed) and `format COPY --write` (COPY: the file with every indentation halved,
# so that the command rewrites it; the result must equal FILE). BENCH_WRITES=0 leaves the write commands out;
# BENCH_HEAP=2g sets the commands' heap limit (default 1g; "default" leaves it to the JVM, as for users). Builds
# benchmarks/target/benchmarks.jar and the hvnet product if missing. Files go to $BENCH_OUT (default
# benchmarks/target/end-to-end); the tables go to standard output. --shares generates the model with the generator's
# shares of today's Hyper-V (percentages of hosts, as `hvnet generate --vlan-share V --nat-share N --set-share S
# --acl-share A`), e.g. --shares 30,10,20,20; its files then go to benchmarks/target/end-to-end-shares by default.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
PRODUCT="$ROOT/releng/org.hvnet.repository/target/products/org.hvnet.cli.product/linux/gtk/x86_64"
SHARES=""
if [ "${1:-}" = "--shares" ]; then
    SHARES="${2:?--shares takes VLAN,NAT,SET,ACL percentages, e.g. 30,10,20,20}"
    [[ "$SHARES" =~ ^[0-9]+,[0-9]+,[0-9]+,[0-9]+$ ]] || { echo "run-end-to-end.sh: --shares takes VLAN,NAT,SET,ACL percentages, e.g. 30,10,20,20, not '$SHARES'" >&2; exit 2; }
    shift 2
fi
OUT="${BENCH_OUT:-$ROOT/benchmarks/target/end-to-end${SHARES:+-shares}}"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(250 500 1000 2000)
# shellcheck source=benchmark-setup.sh
source "$ROOT/benchmarks/benchmark-setup.sh"
# In-process phases, every size alike: C2 (steady-state code, as JMH measures), 1 GB heap, the parallel collector;
# the whole `hvnet simulate` runs with -Xmx$BENCH_HEAP (1g) and the JVM options the launcher picks for the input (see ./hvnet).
IN_PROCESS_OPTS=(-Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=4)
[ -z "$SHARES" ] || IN_PROCESS_OPTS+=("-Dhvnet.bench.shares=$SHARES")
# BENCH_HEAP sets the commands' heap limit (default 1g); BENCH_HEAP=default leaves it to the JVM (a quarter of the
# memory), as for every user: with room for two models `install -o` writes while it validates (see docs/benchmarks.md).
HEAP="${BENCH_HEAP:-1g}"
SIMULATE_OPTS="$([ "$HEAP" = default ] || echo "-Xmx$HEAP")" # the launcher picks the rest, as for every user
WRITES="${BENCH_WRITES:-1}"

# timed NAME COMMAND...: runs `./hvnet COMMAND...` as its own process with the simulate options; sets the cells
# NAME S (wall seconds), NAME RssMB (max RSS) and the exit code in $exit_code
timed() {
    local name="$1"
    shift
    set +e
    HVNET_JAVA_OPTS="$SIMULATE_OPTS" /usr/bin/time -f '%e %M' -o "$OUT/$name.time" "$ROOT/hvnet" "$@" >/dev/null 2>"$OUT/$name.err"
    exit_code=$?
    set -e
    local seconds rss_kb
    read -r seconds rss_kb < <(tail -1 "$OUT/$name.time")
    cells="$cells	${name%%-*}S=$seconds	${name%%-*}RssMB=$((rss_kb / 1024))"
}

products=("$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar)
build_if_missing "${products[0]}"
mkdir -p "$OUT"
"$ROOT/hvnet" help >/dev/null 2>&1 || true # makes the command's class-data archive outside the timed runs

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "# $("$JAVA" -version 2>&1 | head -1)" >&2
echo "# in-process JVM flags: ${IN_PROCESS_OPTS[*]}" >&2
echo "# model: hvnet generate --hosts N --vms-per-host 20 --seed 1${SHARES:+ with shares VLAN,NAT,SET,ACL = $SHARES %}" >&2
echo "# simulate: HVNET_JAVA_OPTS=\"$SIMULATE_OPTS\" ./hvnet simulate FILE (plus the launcher's own choice for the input size)" >&2

ROWS="$OUT/rows.tsv"
: > "$ROWS.tmp"
for hosts in "${SIZES[@]}"; do
    load="$(cut -d' ' -f1 /proc/loadavg)" # other builds share the machine: the 1-minute load average as the row starts
    row="load=$load	$("$JAVA" "${IN_PROCESS_OPTS[@]}" -cp "$JAR" org.hvnet.benchmarks.EndToEndRow "$hosts" "$OUT")"
    file="$(tr '\t' '\n' <<<"$row" | sed -n 's/^file=//p')"
    gclog="$OUT/simulate-$hosts.gc.log"
    rm -f "$gclog"
    set +e
    HVNET_JAVA_OPTS="$SIMULATE_OPTS -Xlog:gc:file=$gclog" /usr/bin/time -f '%e %M' -o "$OUT/simulate-$hosts.time" \
        "$ROOT/hvnet" simulate "$file" >/dev/null 2>&1
    exit_code=$?
    set -e
    read -r seconds rss_kb < <(tail -1 "$OUT/simulate-$hosts.time") # time prints "Command exited with non-zero status N" first
    # peak heap = the largest occupancy before a collection, e.g. "Pause Young (Allocation Failure) 273M->58M(989M)"
    heap_mb="$(grep -o '[0-9]*M->' "$gclog" 2>/dev/null | sed 's/M->//' | sort -n | tail -1 || true)"
    row="$row	simulateS=$seconds	simulateExit=$exit_code	simulateRssMB=$((rss_kb / 1024))	simulateHeapMB=${heap_mb:-?}"
    if [ "$WRITES" != "0" ]; then
        simulate_s="$seconds"
        cells=""
        timed "install-$hosts" install "$file" --host H00003 -o "$OUT/installed-$hosts.hvnet"
        exits="$exit_code"
        "$ROOT/hvnet" convert "$file" --to xmi -o "$OUT/converted-$hosts.xmi" >/dev/null 2>&1
        timed "convert-$hosts" convert "$OUT/converted-$hosts.xmi" --to hvnet -o "$OUT/converted-$hosts.hvnet"
        exits="$exits/$exit_code"
        sed 's/^\(  *\)\1/\1/' "$file" > "$OUT/formatted-$hosts.hvnet" # every indentation halved
        timed "format-$hosts" format "$OUT/formatted-$hosts.hvnet" --write
        exits="$exits/$exit_code"
        cmp -s "$file" "$OUT/formatted-$hosts.hvnet" || exits="$exits (format differs from the generated file)"
        for command in install convert format; do
            command_s="$(tr '\t' '\n' <<<"$cells" | sed -n "s/^${command}S=//p")"
            cells="$cells	${command}VsSimulate=$(awk -v a="$command_s" -v b="$simulate_s" 'BEGIN { printf "%.2f", a / b }')"
        done
        row="$row$cells	writeExits=$exits"
    fi
    echo "$row" >> "$ROWS.tmp"
    echo "# $hosts hosts done: $row" >&2
done
mv -f "$ROWS.tmp" "$ROWS"
"$JAVA" -cp "$JAR" org.hvnet.benchmarks.EndToEndTable "$ROWS"
