#!/usr/bin/env python3
"""Explore summary weights offline, from one `gazette analyze --explain` run.

    gazette analyze CORPUS/articles --summary-sentences 3 --explain > EXPLAIN.jsonl
    scripts/tune_summary.py --explain EXPLAIN.jsonl --corpus CORPUS [--trials 100] [--seed 1]

CORPUS holds summaries/<id>.txt (the reference summaries). Each sentence's score parts in the
explain output are divided by the weights they were made with (--made-with, the defaults), then
re-weighted and selected again as `Summarizer` does: greedy MMR under the word budget. The MMR
cosine is approximated with TF-IDF over the corpus's sentences, so the figures are close to, not
equal to, `gazette analyze`'s: check a chosen setting with `scripts/eval-analysis.sh`. Each
setting is scored with ROUGE-1/2 F1 on the odd and the even articles separately, to show whether
a gain holds on both halves. Titled articles only: an article without a title line gets its lede.
Needs rouge-score (pip install rouge-score).
"""
import argparse, json, math, os, random, re
from collections import Counter

from rouge_score import rouge_scorer

PARTS = ["position", "centrality", "title", "keyphrases", "length"]
STOP = set("the a an of to in and or for on at by with from that this is was are were be been it its "
           "as he she they his her their said has have had will would not but".split())


def tokens(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def load(explain, corpus, made_with):
    articles, df, count = [], Counter(), 0
    with open(explain, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            stem = os.path.splitext(os.path.basename(o["path"]))[0]
            ref = os.path.join(corpus, "summaries", stem + ".txt")
            if not os.path.exists(ref):
                continue
            candidates = []
            for s in o["explain"]["sentences"]:
                parts = s["parts"]
                if "excluded" in parts or "centrality" not in parts:
                    continue  # not usable, or a lede-only (untitled) article
                raw = {k: parts.get(k, 0) / made_with[k] if made_with[k] else 0 for k in PARTS}
                candidates.append({"text": s["sentence"], "raw": raw, "words": len(s["sentence"].split())})
            if not candidates:
                continue
            for c in candidates:
                df.update(set(tokens(c["text"])))
                count += 1
            articles.append({"id": stem, "candidates": candidates,
                             "ref": open(ref, encoding="utf-8").read().strip()})
    for a in articles:
        vectors = []
        for c in a["candidates"]:
            tf = Counter(w for w in tokens(c["text"]) if w not in STOP)
            v = {w: n * math.log(count / (1 + df[w])) for w, n in tf.items()}
            norm = math.sqrt(sum(x * x for x in v.values())) or 1
            vectors.append({w: x / norm for w, x in v.items()})
        a["cos"] = [[sum(x * u.get(w, 0) for w, x in v.items()) for u in vectors] for v in vectors]
    return articles


def select(a, w, count=3):
    scores = []
    for rank, c in enumerate(a["candidates"]):
        r = c["raw"]
        scores.append(w["position"] * math.exp(-rank / w["decay"]) + w["centrality"] * r["centrality"]
                      + w["title"] * r["title"] + w["keyphrases"] * r["keyphrases"]
                      + w["length"] * min(c["words"], w["target"]) / w["target"])
    budget = w["budget"] * count / 3
    chosen, used, left = [], 0, list(range(len(scores)))
    while len(chosen) < count and left:
        best = None
        for i in left:
            if chosen and used + a["candidates"][i]["words"] > budget:
                continue
            value = scores[i] - w["redundancy"] * max((a["cos"][i][j] for j in chosen), default=0)
            if best is None or value > best[1]:
                best = (i, value)
        if best is None:
            break
        chosen.append(best[0])
        used += a["candidates"][best[0]]["words"]
        left.remove(best[0])
    return tuple(sorted(chosen))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--explain", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--trials", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--made-with", default="position=1,centrality=2,title=0.25,keyphrases=0.3,length=1.5",
                    help="the weights the explain run used (the defaults of SummaryWeights)")
    a = ap.parse_args()
    made_with = {k: float(v) for k, v in (p.split("=") for p in a.made_with.split(","))}
    articles = load(a.explain, a.corpus, made_with)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    memo = {}

    def evaluate(w, half):
        r1 = r2 = 0.0
        chosen = [(x, select(x, w)) for k, x in enumerate(articles) if k % 2 == half]
        for x, picked in chosen:
            key = (x["id"], picked)
            if key not in memo:
                s = scorer.score(x["ref"], "\n".join(x["candidates"][i]["text"] for i in picked))
                memo[key] = (s["rouge1"].fmeasure, s["rouge2"].fmeasure)
            r1 += memo[key][0]
            r2 += memo[key][1]
        lede = sum(1 for _, picked in chosen if 0 in picked)
        return 100 * r1 / len(chosen), 100 * r2 / len(chosen), lede / len(chosen)

    default = dict(made_with, decay=0.5, target=30, redundancy=0.25, budget=100)
    rng = random.Random(a.seed)
    settings = [default] + [dict(default, position=rng.choice([0, 0.25, 0.5, 1, 1.5]),
                                 decay=rng.choice([0.5, 1, 2, 5]), centrality=rng.choice([0.5, 1, 2, 3]),
                                 title=rng.choice([0, 0.25, 0.5, 1]), keyphrases=rng.choice([0, 0.3, 0.6, 1]),
                                 length=rng.choice([0, 0.5, 1, 1.5]), target=rng.choice([20, 30, 40]),
                                 redundancy=rng.choice([0, 0.25, 0.5, 1]))
                            for _ in range(a.trials)]
    print("odd R1\todd R2\teven R1\teven R2\tlede share\tsetting")
    for w in settings:
        odd, even = evaluate(w, 1), evaluate(w, 0)
        setting = " ".join(f"{k}={w[k]}" for k in sorted(w))
        print(f"{odd[0]:.2f}\t{odd[1]:.2f}\t{even[0]:.2f}\t{even[1]:.2f}\t{(odd[2] + even[2]) / 2:.3f}\t{setting}",
              flush=True)


if __name__ == "__main__":
    main()
