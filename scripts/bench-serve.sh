#!/usr/bin/env bash
# Compares `gazette serve` with `python3 -m http.server` on the same built site:
#   wrk -t2 -c64 -d10s on / for each, then the ratio of requests per second.
# Usage: scripts/bench-serve.sh   (from the repository root; SKIP_BUILD=1 reuses .build/release;
#        GAZETTE=path/to/release/gazette skips the build and uses that binary)
# Needs wrk (apt-get install -y wrk) and python3.
set -euo pipefail

PORT_GAZETTE=${PORT_GAZETTE:-18080}
PORT_PYTHON=${PORT_PYTHON:-18081}
DURATION=${DURATION:-10s}
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

if [ -n "${GAZETTE:-}" ]; then
    gazette=$GAZETTE
else
    if [ -z "${SKIP_BUILD:-}" ]; then swift build -c release --product gazette; fi
    gazette=$(swift build -c release --show-bin-path)/gazette
fi

# Work on a copy, so the repository's site/ is left alone.
mkdir "$work/project"
cp -R seeds templates "$work/project/"
if [ -f gazette.yml ]; then cp gazette.yml "$work/project/"; fi
(cd "$work/project" && "$gazette" build --quiet)
(cd "$work/project" && exec "$gazette" serve --port "$PORT_GAZETTE") >"$work/serve.log" 2>&1 &
pids+=($!)
python3 -m http.server "$PORT_PYTHON" --bind 127.0.0.1 --directory "$work/project/site" >"$work/python.log" 2>&1 &
pids+=($!)

for port in "$PORT_GAZETTE" "$PORT_PYTHON"; do
    for _ in $(seq 1 100); do
        curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
        sleep 0.1
    done
done

run() {  # name port
    local out
    out=$(wrk -t2 -c64 -d"$DURATION" "http://127.0.0.1:$2/")
    echo "== $1" >&2
    echo "$out" >&2
    echo "$out" | awk '/Requests\/sec/ { print $2 }'
}
gazette_rps=$(run "gazette serve" "$PORT_GAZETTE")
python_rps=$(run "python3 -m http.server" "$PORT_PYTHON")
echo "gazette serve: $gazette_rps req/s; python3 -m http.server: $python_rps req/s; ratio: $(echo "scale=1; $gazette_rps / $python_rps" | bc)x"
