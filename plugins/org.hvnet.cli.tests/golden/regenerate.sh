#!/usr/bin/env bash
# Regenerates the golden JSON files of cases.txt with the built hvnet command (run ./mvnw -B verify first).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
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
        install) "$ROOT/hvnet" install "$ROOT/examples/$example" --host "${rest[0]}" --json > "$dir/$name" ;;
        trace) "$ROOT/hvnet" trace "$ROOT/examples/$example" "${rest[@]}" --json > "$dir/$name" ;;
        *) "$ROOT/hvnet" "$command" "$ROOT/examples/$example" --json > "$dir/$name" ;;
    esac
done
