#!/bin/sh
# Evaluate Gazette's analysis on the development corpora.
#
#   scripts/eval-analysis.sh CORPUS_DIR SCORERS_DIR [GAZETTE_BINARY]
#
# CORPUS_DIR holds bbc-dev/ and human-dev/ (see its README); SCORERS_DIR holds
# score-summaries.py. GAZETTE_BINARY defaults to .build/release/gazette (built when missing).
# Prints ROUGE for 3-sentence summaries on both sets, then topic purity and coverage,
# related-story category agreement and duplicate precision/recall on bbc-dev.
# Needs python3 with rouge-score (pip install rouge-score). Outputs go to a temporary folder.
set -eu
corpus=${1:?usage: eval-analysis.sh CORPUS_DIR SCORERS_DIR [GAZETTE_BINARY]}
scorers=${2:?usage: eval-analysis.sh CORPUS_DIR SCORERS_DIR [GAZETTE_BINARY]}
here=$(cd "$(dirname "$0")" && pwd)
gazette=${3:-$here/../.build/release/gazette}
if [ ! -x "$gazette" ]; then
    (cd "$here/.." && swift build -c release --product gazette)
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for set in human-dev bbc-dev; do
    start=$(date +%s.%N)
    "$gazette" analyze "$corpus/$set/articles" --summary-sentences 3 > "$out/$set.jsonl"
    end=$(date +%s.%N)
    echo "## $set ($(wc -l < "$out/$set.jsonl") articles, analyze took $(echo "$end - $start" | bc) s)"
    python3 "$scorers/score-summaries.py" --corpus "$corpus/$set" --system "$out/$set.jsonl"
    echo
done

echo "## bbc-dev topics, related stories, duplicates"
python3 "$here/eval_analysis.py" --corpus "$corpus/bbc-dev" --system "$out/bbc-dev.jsonl"
