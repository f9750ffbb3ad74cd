#!/bin/sh
# Scores Gazette's main-text extraction on a folder of saved web pages.
#
#   scripts/eval-extraction.sh PAGES_DIR SCORER [CORPUS_DIR]
#
# PAGES_DIR   folder of .html pages (for example .../extraction-dev/html)
# SCORER      path of score-extraction.py
# CORPUS_DIR  folder holding annotations.jsonl or expected/ (default: PAGES_DIR's parent)
#
# Runs `gazette analyze PAGES_DIR --body` (the release build, built when missing, or $GAZETTE
# when set) and prints the scorer's precision, recall and F1. The system output is kept in
# $EVAL_OUT (default: a temporary file, removed afterwards).
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 PAGES_DIR SCORER [CORPUS_DIR]" >&2
    exit 2
fi
pages=$1
scorer=$2
corpus=${3:-$(dirname "$pages")}
root=$(cd "$(dirname "$0")/.." && pwd)

gazette=${GAZETTE:-}
if [ -z "$gazette" ]; then
    (cd "$root" && swift build -c release --product gazette >&2)
    gazette="$root/.build/release/gazette"
fi

out=${EVAL_OUT:-}
if [ -z "$out" ]; then
    out=$(mktemp "${TMPDIR:-/tmp}/gazette-extraction.XXXXXX")
    trap 'rm -f "$out"' EXIT
fi

"$gazette" analyze "$pages" --body > "$out"
python3 "$scorer" --corpus "$corpus" --system "$out"
