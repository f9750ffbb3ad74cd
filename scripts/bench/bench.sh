#!/usr/bin/env bash
# Times `gazette build` (and Hugo, when installed) on generated corpora; run on demand.
#
#   scripts/bench/bench.sh --source DIR [--sizes "1000 10000 50000"] [--runs 3] [--work /tmp/gazette-bench]
#
# DIR is any folder of plain-text articles (title line, then paragraphs), read only to make the
# corpus. Runs alternate Gazette and Hugo; each line reports wall seconds, CPU seconds and peak
# memory (GNU time), and the script prints medians and Gazette/Hugo ratios. Every run's output
# is kept in the work folder until the next benchmark of the same size (about 2 GB for three runs
# of 10,000 articles, 3.7 GB a run at 50,000).
set -euo pipefail
cd "$(dirname "$0")/../.."
source=""; sizes="1000 10000"; runs=3; work=/tmp/gazette-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --source) source=$2; shift 2;;
    --sizes) sizes=$2; shift 2;;
    --runs) runs=$2; shift 2;;
    --work) work=$2; shift 2;;
    *) echo "unknown argument $1" >&2; exit 64;;
  esac
done
[ -n "$source" ] || { echo "usage: $0 --source DIR [--sizes \"1000 10000\"] [--runs 3]" >&2; exit 64; }
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
bash .ci/install-deps
swift build -c release --product gazette >/dev/null
gazette=$PWD/.build/release/gazette
mkdir -p "$work"
results="$work/results.tsv"
: > "$results"
: > "$work/timings.txt"

hugo_site() {  # $1 corpus, $2 hugo folder
  rm -rf "$2"; mkdir -p "$2/content/posts" "$2/layouts/_default"
  find -L "$1" -maxdepth 1 -name '*.md' -exec cp -t "$2/content/posts/" {} +  # 50,000 names overflow `cp "$1"/*.md`
  printf 'baseURL = "https://example.org/"\ntitle = "Bench"\n[taxonomies]\ntag = "tags"\n' > "$2/hugo.toml"
  printf '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1><p>{{ .Summary }}</p>{{ .Content }}</body></html>\n' > "$2/layouts/_default/single.html"
  printf '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul></body></html>\n' > "$2/layouts/_default/list.html"
}

measure() {  # $1 label, $2 size, then the command
  local label=$1 size=$2; shift 2
  # Each run starts with nothing left to write back: the last run's output (gigabytes at 50,000
  # articles) can otherwise keep the disk busy into the next measurement (once, a 50,000-article
  # build spent 17 s of wall time, 3 s of it on the processor, hashing its inputs).
  sync
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; return 1; }
  read -r wall user sys rss < "$work/time.txt"
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$size" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" | tee -a "$results"
}

# On ext4 without a journal (as on the machines this was measured on), the kernel skips inodes
# freed in the last 60 s when it makes a file, and in the last 6 minutes while their inode table
# block is not yet written back (which writing new files makes it again), so creating files soon
# after deleting tens of thousands is slow, for both tools: once, a 10,000-article build's
# render+write stage took 20 s of CPU time after the last run's output was deleted, against 9 s
# into a new folder when nothing had been deleted for minutes. So every run writes into a folder
# of its own, earlier outputs of every size are deleted before the first run, and the script
# then writes back the disk and waits that window out.
for size in $sizes; do
  corpus="$work/corpus-$size"
  [ -d "$corpus" ] || python3 scripts/bench/make-corpus.py --source "$source" --count "$size" --out "$corpus" --text-share 0
  rm -rf "$work/site-$size" "$work/site-$size-"* "$work/cache-$size-"*
  command -v hugo >/dev/null && hugo_site "$corpus" "$work/hugo-$size"
done
sync
echo "waiting 6 minutes for the file system to forget the deleted outputs" >&2
sleep 361

for size in $sizes; do
  corpus="$work/corpus-$size"
  for run in $(seq "$runs"); do
    measure gazette "$size" "$gazette" build --quiet --timings --cache-dir "$work/cache-$size-$run" --input "$corpus" \
      --output "$work/site-$size-$run" --templates templates
    { echo "run $run, $size articles:"; cat "$work/stderr.txt"; } >> "$work/timings.txt"
    if command -v hugo >/dev/null; then
      measure hugo "$size" hugo --quiet --source "$work/hugo-$size" --destination "$work/hugo-$size/public-$run"
    fi
  done
  # Incremental, on the last full build's site and cache: one article edited (a new sentence
  # each run), then nothing edited. The article is restored afterwards.
  site="$work/site-$size-$runs" cache="$work/cache-$size-$runs"
  if [ -d "$site" ]; then
    first=$(cd "$corpus" && set -- *.md && echo "$1")  # no `ls | head`: pipefail would stop the script
    cp "$corpus/$first" "$work/edited.orig"
    for run in $(seq "$runs"); do
      echo "Edited for the benchmark, run $run." >> "$corpus/$first"
      measure gazette-one-edit "$size" "$gazette" build --quiet --cache-dir "$cache" --input "$corpus" --output "$site" --templates templates
      measure gazette-no-edit "$size" "$gazette" build --quiet --cache-dir "$cache" --input "$corpus" --output "$site" --templates templates
    done
    cp "$work/edited.orig" "$corpus/$first"
  fi
done

echo "Per-stage timings of each full Gazette build (gazette build --timings): $work/timings.txt"
python3 - "$results" <<'PY'
import statistics, sys, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, size, wall, cpu, rss = line.split("\t")
    rows[(label, int(size))].append((float(wall), float(cpu), int(rss)))
print("\n| tool | articles | wall s (median) | CPU s | peak MB |")
print("|---|---|---|---|---|")
for (label, size), v in sorted(rows.items(), key=lambda kv: (kv[0][1], kv[0][0])):
    print(f"| {label} | {size} | {statistics.median(x[0] for x in v):.2f} | {statistics.median(x[1] for x in v):.2f} | {max(x[2] for x in v)} |")
for size in sorted({s for _, s in rows}):
    g, h = rows.get(("gazette", size)), rows.get(("hugo", size))
    if g and h:
        print(f"\n{size} articles: Gazette/Hugo wall ratio {statistics.median(x[0] for x in g) / statistics.median(x[0] for x in h):.2f}, memory ratio {max(x[2] for x in g) / max(x[2] for x in h):.2f}")
PY
