#!/usr/bin/env python3
"""Times `gazette serve` after one edit: how soon the edited article's page shows the edit
(the quick preview), and how soon the exact rebuild lands. Run on demand, not in the tests.

    python3 scripts/bench/serve-edit.py --gazette .build/release/gazette --input CORPUS [--runs 3]

CORPUS is a folder of Markdown articles with a `title:` line (scripts/bench/make-corpus.py makes
one). The script starts the server on a free loopback port, waits for the first build, then per
run appends a new sentence to the first article, polls its page every 10 ms until the sentence
shows, waits for the server's "built" log line of the exact rebuild, and restores the article
(and waits for that rebuild too). It prints each run and the medians.
"""
import argparse
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """The server process and its log lines (stderr), read in the background."""

    def __init__(self, command):
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.lines = []
        self.lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stderr:
            with self.lock:
                self.lines.append((time.monotonic(), line.rstrip("\n")))

    def wait_for(self, pattern, after, timeout):
        """The first log line matching `pattern` logged after `after` (monotonic seconds)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                for stamp, line in self.lines:
                    if stamp >= after and re.search(pattern, line):
                        return stamp, line
            if self.process.poll() is not None:
                sys.exit("gazette serve exited:\n" + "\n".join(l for _, l in self.lines))
            time.sleep(0.01)
        sys.exit(f"no log line matching {pattern!r} within {timeout} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gazette", required=True)
    parser.add_argument("--input", required=True)
    parser.add_argument("--templates", default="templates")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    article = os.path.join(args.input, sorted(n for n in os.listdir(args.input) if n.endswith(".md"))[0])
    original = open(article, encoding="utf-8").read()
    title = re.search(r'^title:\s*"?(.*?)"?\s*$', original, re.M).group(1)
    port = free_port()
    server = Server([args.gazette, "serve", "--input", args.input, "--templates", args.templates,
                     "--port", str(port)])
    base = f"http://127.0.0.1:{port}/"
    quick, exact = [], []
    try:
        server.wait_for(r"^serving http", 0, 3600)
        index = urllib.request.urlopen(base + "search-index.js").read().decode()
        entries = json.loads(index[index.index("["):index.rindex("]") + 1])
        page = base + next(e["u"] for e in entries if e["t"] == title)
        for run in range(1, args.runs + 1):
            marker = f"Benchmark sentence {random.randrange(10**12)}."
            with open(article, "a", encoding="utf-8") as f:
                f.write("\n" + marker + "\n")
            saved = time.monotonic()
            while marker not in urllib.request.urlopen(page).read().decode():
                if time.monotonic() - saved > 600:
                    sys.exit("the edit never showed")
                time.sleep(0.01)
            shown = time.monotonic() - saved
            stamp, line = server.wait_for(r"\bbuilt \d+ articles", saved, 600)
            landed = stamp - saved
            quick.append(shown)
            exact.append(landed)
            print(f"run {run}: edit shown after {shown:.2f} s; exact rebuild landed after {landed:.2f} s ({line.split('] ')[-1]})")
            with open(article, "w", encoding="utf-8") as f:
                f.write(original)
            server.wait_for(r"\bbuilt \d+ articles", time.monotonic(), 600)
    finally:
        with open(article, "w", encoding="utf-8") as f:
            f.write(original)
        server.process.terminate()
        server.process.wait()
    print(f"median of {args.runs}: edit shown after {statistics.median(quick):.2f} s, "
          f"exact rebuild landed after {statistics.median(exact):.2f} s")


if __name__ == "__main__":
    main()
