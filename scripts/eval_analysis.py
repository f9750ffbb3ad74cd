#!/usr/bin/env python3
"""Score `gazette analyze` output on the BBC corpus: topics, related stories and duplicates.

    eval_analysis.py --corpus BBC_DIR --system OUT.jsonl [--json]

BBC_DIR holds index.tsv (id, category, ...) and duplicates.tsv (one comma-separated group of
identical article ids per line). OUT.jsonl holds one object per article with "path", "topics"
(slugs), "related" (paths) and "duplicateOf" (path or null), as `gazette analyze` prints it.

Reports
- topics with >= 3 articles, their size-weighted category purity, and the share of articles
  that have at least one topic;
- the share of related stories (top 5) that have the article's category;
- duplicate-pair recall and precision against duplicates.tsv (a predicted pair is an article
  and the article it names in duplicateOf; a gold pair is any two ids of one group).
Corpus data is read from BBC_DIR only; nothing is copied.
"""
import argparse, collections, itertools, json, os, sys


def stem(path):
    return os.path.splitext(os.path.basename(path))[0]


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


def categories(corpus):
    cats = {}
    with open(os.path.join(corpus, "index.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            cats[parts[0]] = parts[1]
    return cats


def gold_pairs(corpus):
    pairs = set()
    path = os.path.join(corpus, "duplicates.tsv")
    if not os.path.exists(path):
        return pairs
    with open(path, encoding="utf-8") as f:
        for line in f:
            ids = [x for x in line.strip().split(",") if x and x != "ids"]
            for a, b in itertools.combinations(sorted(ids), 2):
                pairs.add((a, b))
    return pairs


def score(corpus, rows):
    cats = categories(corpus)
    rows = [r for r in rows if stem(r["path"]) in cats]
    members = collections.defaultdict(list)
    for r in rows:
        for slug in r.get("topics") or []:
            members[slug].append(stem(r["path"]))
    big = {s: m for s, m in members.items() if len(m) >= 3}
    weighted = sum(collections.Counter(cats[a] for a in m).most_common(1)[0][1] for m in big.values())
    total = sum(len(m) for m in big.values())
    covered = sum(1 for r in rows if r.get("topics"))
    rel_same = rel_all = 0
    for r in rows:
        for p in (r.get("related") or [])[:5]:
            rel_all += 1
            rel_same += cats.get(stem(p)) == cats[stem(r["path"])]
    predicted = set()
    for r in rows:
        if r.get("duplicateOf"):
            predicted.add(tuple(sorted((stem(r["path"]), stem(r["duplicateOf"])))))
    gold = gold_pairs(corpus)
    # Copies naming the same canonical article are duplicates of each other too.
    groups = collections.defaultdict(set)
    for r in rows:
        if r.get("duplicateOf"):
            groups[stem(r["duplicateOf"])].update((stem(r["path"]), stem(r["duplicateOf"])))
    closed = set(predicted)
    for g in groups.values():
        closed.update(itertools.combinations(sorted(g), 2))
    hit = len(closed & gold)
    return {
        "articles": len(rows),
        "topics_3plus": len(big),
        "topic_purity": weighted / total if total else 0.0,
        "topic_coverage": covered / len(rows) if rows else 0.0,
        "related_same_category": rel_same / rel_all if rel_all else 0.0,
        "related_links": rel_all,
        "duplicate_recall": hit / len(gold) if gold else 1.0,
        "duplicate_precision": hit / len(closed) if closed else 1.0,
        "duplicate_pairs_predicted": len(closed),
        "duplicate_pairs_gold": len(gold),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--system", required=True)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    res = score(a.corpus, load(a.system))
    if a.json:
        print(json.dumps(res, sort_keys=True))
        return
    for k, v in res.items():
        print(f"{k:28} {v:.3f}" if isinstance(v, float) else f"{k:28} {v}")


if __name__ == "__main__":
    sys.exit(main())
