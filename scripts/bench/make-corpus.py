#!/usr/bin/env python3
"""Write a deterministic benchmark corpus of N articles built from any folder of source articles.

    make-corpus.py --source DIR --count N --out DIR [--seed 1] [--text-share 0.2]

Each output article mixes paragraphs from the source articles (plain .txt files, one paragraph per
line or blank-line separated) into 300-1,200 words. Most become Markdown with YAML front matter
(title, date, author, tags: 1-4); a share become raw scraped text (title line, paragraphs). The same
arguments always give the same files. The source texts are read at run time and never copied into
the repository.
"""
import argparse, os, random, sys

TAGS = ["politics", "economy", "health", "schools", "police", "courts", "transport", "housing",
        "weather", "sport", "culture", "science", "technology", "environment", "elections", "budget"]
AUTHORS = ["Ana Ruiz", "Ben Okafor", "Chloe Martin", "Dev Patel", "Erin Walsh", "Farid Haddad"]

def paragraphs(source):
    out = []
    for name in sorted(os.listdir(source)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(source, name), encoding="utf-8", errors="replace") as f:
            lines = [l.strip() for l in f.read().splitlines()]
        out.extend(l for l in lines[1:] if len(l.split()) >= 12)
    if not out:
        sys.exit(f"{source}: no paragraphs found")
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--text-share", type=float, default=0.2)
    a = ap.parse_args()
    pool = paragraphs(a.source)
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    width = len(str(a.count))
    for i in range(a.count):
        target = rng.randint(300, 1200)
        body, words = [], 0
        while words < target:
            p = pool[rng.randrange(len(pool))]
            body.append(p)
            words += len(p.split())
        title = " ".join(body[0].split()[:rng.randint(6, 11)]).rstrip(",.;:") + f" ({i})"
        year = 2015 + i % 10
        date = f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        tags = rng.sample(TAGS, rng.randint(1, 4))
        name = f"{i:0{width}d}"
        if rng.random() < a.text_share:
            with open(os.path.join(a.out, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(title + "\n\n" + "\n\n".join(body) + "\n")
        else:
            with open(os.path.join(a.out, name + ".md"), "w", encoding="utf-8") as f:
                f.write("---\n")
                f.write(f'title: "{title.replace(chr(34), chr(39))}"\n')
                f.write(f"date: {date}\n")
                f.write(f"author: {AUTHORS[i % len(AUTHORS)]}\n")
                f.write("tags: [" + ", ".join(tags) + "]\n---\n\n")
                f.write("\n\n".join(body) + "\n")

if __name__ == "__main__":
    main()
