#!/usr/bin/env python3
"""Score the metadata Gazette recovers from web pages against annotated values.

    scripts/eval_metadata.py --corpus DIR --system OUT.jsonl [--show FIELD]

DIR/annotations.jsonl gives, for some pages, the gold "title", "author", "date" (YYYY-MM-DD)
and "sitename"; OUT.jsonl is `gazette analyze PAGES --body` output (title, byline, date,
source). For each field, over the pages whose gold value is not empty: exact matches after
folding case, white space, punctuation at the ends and the separators of a list of names; and, for author and sitename, matches
where one side contains the other. `--show FIELD` lists the misses of that field.
"""
import argparse, json, os, re, unicodedata

FIELDS = [("title", "title"), ("author", "byline"), ("date", "date"), ("sitename", "source")]

def fold(text):
    if isinstance(text, list):  # some pages list several authors
        text = "; ".join(text)
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = re.sub(r"\s+", " ", text)
    # Lists of names: "a; b", "a, b" and "a and b" are one list.
    text = re.sub(r"\s*(;|,| and | & )\s*", "; ", text)
    return text.strip(" .,:;|-–—\"'“”‘’")

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--system", required=True)
    parser.add_argument("--show")
    args = parser.parse_args()
    system = {}
    for line in open(args.system, encoding="utf-8"):
        if line.strip():
            o = json.loads(line)
            system[os.path.basename(o["path"]).split(".")[0]] = o
    gold = [json.loads(line) for line in open(os.path.join(args.corpus, "annotations.jsonl"), encoding="utf-8")]
    for field, key in FIELDS:
        total = exact = partial = 0
        misses = []
        for page in gold:
            want = fold(page.get(field) or "")
            if not want:
                continue
            total += 1
            got = system.get(page["id"], {}).get(key) or ""
            if field == "date":
                got = got[:10]
            got = fold(got)
            if got == want:
                exact += 1
                partial += 1
            elif field in ("author", "sitename") and got and (got in want or want in got):
                partial += 1
                misses.append((page["id"], want, got))
            else:
                misses.append((page["id"], want, got))
        line = f"{field:9} {exact}/{total} exact ({exact / total:.3f})" if total else f"{field:9} no gold values"
        if field in ("author", "sitename") and total:
            line += f", {partial}/{total} one within the other ({partial / total:.3f})"
        print(line)
        if args.show == field:
            for miss in misses:
                print("   ", *miss, sep=" | ")

if __name__ == "__main__":
    main()
