#!/usr/bin/env bash
# spdx-headers.sh — gives every hand-written source file the licence header "SPDX-License-Identifier: EPL-2.0".
#
#   releng/spdx-headers.sh            adds the header to every file that lacks one (idempotent)
#   releng/spdx-headers.sh --check    lists the files that lack one; exit 1 when there is any (for CI)
#   releng/spdx-headers.sh --root DIR ...   works on the git checkout DIR instead of this repository
#
# Files: .java .ts .tsx .mjs .xtext .mwe2 .sh .ps1 that git tracks or would track (ignored files — src-gen/,
# xtend-gen/, node_modules/, target/ — are never touched), less generated and third-party paths. The header is a
# line comment on the first line, after a "#!" line and a byte-order mark where there is one; the file's line
# endings are kept. A file that names an SPDX-License-Identifier in its first 5 lines already has its header.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHECK=false
while [ $# -gt 0 ]; do
    case "$1" in
        --check) CHECK=true ;;
        --root) shift; ROOT="$(cd "${1:?--root needs a directory}" && pwd)" ;;
        -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "spdx-headers.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done

IDENTIFIER="SPDX-License-Identifier: EPL-2.0"

# The files to consider, one per line, relative to ROOT.
source_files() {
    git -C "$ROOT" ls-files --cached --others --exclude-standard -- \
            '*.java' '*.ts' '*.tsx' '*.mjs' '*.xtext' '*.mwe2' '*.sh' '*.ps1' \
        | grep -v -E '(^|/)(src-gen|xtend-gen|node_modules|target|dist)/' \
        | sort -u
}

has_header() {
    head -n 5 "$1" | grep -q 'SPDX-License-Identifier:'
}

comment_for() {
    case "$1" in
        *.sh|*.ps1) echo "# $IDENTIFIER" ;;
        *) echo "// $IDENTIFIER" ;;
    esac
}

# Writes FILE with the header line inserted, through a temporary file moved into place (mode kept).
add_header() {
    local file="$1" header temporary eol=$'\n'
    header="$(comment_for "$file")"
    if head -n 1 "$file" | grep -q $'\r$'; then
        eol=$'\r\n'
    fi
    temporary="$(mktemp "$file.spdx.XXXXXX")"
    {
        local first
        first="$(head -c 3 "$file")"
        if [ "$first" = $'\xef\xbb\xbf' ]; then
            printf '\xef\xbb\xbf'
            tail -c +4 "$file" > "$temporary.body"
        else
            cat "$file" > "$temporary.body"
        fi
        if head -n 1 "$temporary.body" | grep -q '^#!'; then
            head -n 1 "$temporary.body"
            printf '%s%s' "$header" "$eol"
            tail -n +2 "$temporary.body"
        else
            printf '%s%s' "$header" "$eol"
            cat "$temporary.body"
        fi
    } > "$temporary"
    rm -f "$temporary.body"
    chmod --reference="$file" "$temporary"
    mv -f "$temporary" "$file"
}

missing=0
while IFS= read -r file; do
    [ -f "$ROOT/$file" ] || continue
    if has_header "$ROOT/$file"; then
        continue
    fi
    missing=$((missing + 1))
    if $CHECK; then
        echo "$file"
    else
        add_header "$ROOT/$file"
    fi
done < <(source_files)

if $CHECK; then
    if [ "$missing" -gt 0 ]; then
        echo "spdx-headers.sh: $missing file(s) without '$IDENTIFIER' (run releng/spdx-headers.sh to add it)" >&2
        exit 1
    fi
    echo "spdx-headers.sh: every source file has its SPDX header" >&2
else
    echo "spdx-headers.sh: added the header to $missing file(s)" >&2
fi
