#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Regenerates the golden JSON files of cases.txt with the built hvnet command (run ./mvnw -B verify first), from the
# repository root so that file names in diagnostics read examples/NAME.hvnet. HVNET=path runs another build of hvnet.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
HVNET="${HVNET:-$ROOT/hvnet}"
cd "$ROOT"
grep -v '^#' "$HERE/cases.txt" | while IFS=$'\t' read -r command example args; do
    [ -z "$command" ] && continue
    read -r -a rest <<< "${args:-}"
    if [ "${#rest[@]}" -gt 0 ]; then
        suffix="-$(IFS=-; echo "${rest[*]}")"
    else
        suffix=""
    fi
    name="$(echo "$command$suffix" | sed 's/[^A-Za-z0-9.-]/_/g').json"
    dir="$HERE/${example%.hvnet}"
    mkdir -p "$dir"
    case "$command" in
        install) "$HVNET" install "examples/$example" --host "${rest[0]}" --json > "$dir/$name" ;;
        trace) "$HVNET" trace "examples/$example" "${rest[@]}" --json > "$dir/$name" ;;
        *) "$HVNET" "$command" "examples/$example" --json > "$dir/$name" ;;
    esac
done
