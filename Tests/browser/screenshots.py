#!/usr/bin/env python3
"""Screenshots of one page of each kind of a built site, at 1280 and 375 px, light and dark,
for a person to look at (the browser tests take the same ones).

    python3 Tests/browser/screenshots.py --site /tmp/site [--out DIR] [--only front,article]
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import browser_tests as bt  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", required=True)
    parser.add_argument("--out", default=os.environ.get("GAZETTE_SCREENSHOTS", "/tmp/gazette-screenshots"))
    parser.add_argument("--only", default="", help="comma-separated page kinds")
    args = parser.parse_args()
    site = Path(args.site).resolve()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    kinds = bt.page_kinds(site)
    if args.only:
        kinds = {k: v for k, v in kinds.items() if k in args.only.split(",")}
    browser = bt.Browser()
    try:
        with bt.serve(site) as base:
            if "notfound" in kinds:
                kinds["notfound"] = base + "404.html"
            bt.screenshots(browser, kinds, out)
    finally:
        browser.close()
    for kind in kinds:
        print(f"{out}/{kind}-{{1280,375}}-{{light,dark}}.png")


if __name__ == "__main__":
    main()
