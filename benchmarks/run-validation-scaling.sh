#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# run-validation-scaling.sh [HVNET] — the validation figures of docs/benchmarks.md (issue 12), against the launcher
# HVNET (default: this checkout's ./hvnet; give another checkout's to measure it with the same client):
#   validate   `HVNET validate DIR` on a generated data centre split into $BENCH_FILES files (SplitEstate), wall time
#              and max RSS of each of $BENCH_RUNS runs;
#   workspace  the language server (`HVNET lsp`) opening that folder, from initialize to the diagnostics of every file
#              (org.hvnet.benchmarks.lsp.WorkspaceOpening, a fresh server per run);
#   edit       one-line edits in a file of $BENCH_EDIT_HOSTS hosts x 20 VMs opened in the language server, didChange to
#              the first publishDiagnostics (firstMedianMs: syntax and links, the rule findings moved along) and to the
#              complete one (medianMs: the rules run again) (org.hvnet.benchmarks.lsp.OneLineEdit, $BENCH_WARMUPS
#              warm-up edits, $BENCH_EDITS timed).
# Sizes: $BENCH_HOSTS hosts (default 1000) in $BENCH_FILES files (default 50); $BENCH_EDIT_HOSTS default 2000.
# BENCH_PARTS="validate workspace edit" picks the parts. Builds benchmarks/target/benchmarks.jar if missing. Files go to
# $BENCH_OUT (default benchmarks/target/validation); one line of key=value cells per part on standard output.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
OUT="${BENCH_OUT:-$ROOT/benchmarks/target/validation}"
HVNET="$(cd "$(dirname "${1:-$ROOT/hvnet}")" && pwd)/$(basename "${1:-$ROOT/hvnet}")"
HOSTS="${BENCH_HOSTS:-1000}"
FILES="${BENCH_FILES:-50}"
RUNS="${BENCH_RUNS:-3}"
EDIT_HOSTS="${BENCH_EDIT_HOSTS:-2000}"
PARTS="${BENCH_PARTS:-validate workspace edit}"
# shellcheck source=benchmark-setup.sh
source "$ROOT/benchmarks/benchmark-setup.sh"
build_if_missing
mkdir -p "$OUT"
"$HVNET" help >/dev/null 2>&1 || true # builds the product if missing, outside the timed runs
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); launcher $HVNET" >&2

for part in $PARTS; do
    load="$(cut -d' ' -f1 /proc/loadavg)"
    case "$part" in
    validate)
        dir="$("$JAVA" -cp "$JAR" org.hvnet.benchmarks.lsp.SplitEstate "$HOSTS" "$FILES" "$OUT")"
        times=()
        for run in $(seq "$RUNS"); do
            set +e
            /usr/bin/time -f '%e %M' -o "$OUT/validate.time" "$HVNET" validate "$dir" >"$OUT/validate.out" 2>&1
            exit_code=$?
            set -e
            read -r seconds rss_kb < <(tail -1 "$OUT/validate.time")
            echo "# validate run $run: $seconds s, $((rss_kb / 1024)) MiB, exit $exit_code" >&2
            times+=("$seconds")
        done
        median="$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")"
        echo "part=validate	load=$load	hosts=$HOSTS	files=$FILES	medianS=$median	runs=${times[*]}	exit=$exit_code	rssMB=$((rss_kb / 1024))"
        ;;
    workspace)
        echo "part=workspace	load=$load	$("$JAVA" -cp "$JAR" org.hvnet.benchmarks.lsp.WorkspaceOpening "$HOSTS" "$FILES" "$OUT" "$HVNET" "$RUNS")"
        ;;
    edit)
        echo "part=edit	load=$load	$("$JAVA" -cp "$JAR" org.hvnet.benchmarks.lsp.OneLineEdit "$EDIT_HOSTS" "$OUT" "$HVNET" "${BENCH_WARMUPS:-3}" "${BENCH_EDITS:-10}")"
        ;;
    *)
        echo "run-validation-scaling.sh: unknown part $part (validate, workspace, edit)" >&2
        exit 2
        ;;
    esac
done
