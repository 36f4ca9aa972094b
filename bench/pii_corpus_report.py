#!/usr/bin/env python3
"""Report of bench/pii-corpus-report.sh: score.py per corpus, pooled over the batches held unseen, per category.

    pii_corpus_report.py DIR [--corpora a,b] [--misses CATS|all] [--false-alarms CATS|all] [--show-unseen]

DIR holds inputs/NAME.jsonl (the corpora) and NAME.score.jsonl (the detector's predictions). The unseen pool is read
from FreshCorpusTests.TheUnseenBatchesDoNotGetWorse, so it follows the tests: a batch whose misses were read leaves
that list and this pool; so their misses and false alarms are listed only with --show-unseen. Corpora that are not in the repository (a new blind batch) are listed on their own.
"""
import argparse
import collections
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "corpus"))
from score import load, score  # noqa: E402

TESTS = os.path.join(ROOT, "tests", "KiOfficeAddin.Guardrails.Tests", "Pii")


def unseen_batches():
    source = open(os.path.join(TESTS, "FreshCorpusTests.cs"), encoding="utf-8").read()
    end = source.index("TheUnseenBatchesDoNotGetWorse(")
    own = source.rindex("public void", 0, end)
    start = source.rindex("public void", 0, own)  # the attributes sit between the previous test and this one
    return re.findall(r'InlineData\("(fresh\d*)\.jsonl"', source[start:own])


def pooled(results):
    total = sum(r["entities"] for r in results)
    protected = sum(r["recall"] * r["entities"] for r in results)
    spans = sum(r["spans"] for r in results)
    alarms = sum(len(r["falseAlarms"]) for r in results)
    by_category = collections.defaultdict(lambda: [0.0, 0])
    for r in results:
        for category, recall in r["recallByCategory"].items():
            by_category[category][0] += recall * r["counts"][category]
            by_category[category][1] += r["counts"][category]
    return total, protected / total, 1 - alarms / spans if spans else 1.0, {
        c: (p / n, n) for c, (p, n) in sorted(by_category.items())}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--corpora", default="")
    parser.add_argument("--misses", default="")
    parser.add_argument("--false-alarms", default="")
    parser.add_argument("--pool", action="store_true", help="also pool the corpora named by --corpora (a wave of new batches)")
    parser.add_argument("--show-unseen", action="store_true",
                        help="also list the misses and false alarms of the batches held unseen (they stop being unseen)")
    args = parser.parse_args()

    results = {}
    for file in sorted(os.listdir(os.path.join(args.dir, "inputs"))):
        name = file.removesuffix(".jsonl")
        corpus = load(os.path.join(args.dir, "inputs", file))
        result = score(corpus, load(os.path.join(args.dir, name + ".score.jsonl")))
        result["counts"] = collections.Counter(e["category"] for d in corpus.values() for e in d["entities"]
                                               if any(ch.isalnum() for ch in e["text"]))
        predictions = load(os.path.join(args.dir, name + ".score.jsonl"))
        result["spans"] = sum(1 for doc_id, p in predictions.items() if doc_id in corpus for e in p["entities"]
                              if any(ch.isalnum() for ch in corpus[doc_id]["text"][max(0, e["start"]):e["end"]]))
        results[name] = result

    chosen = [c for c in args.corpora.split(",") if c] or list(results)
    in_repo = set(os.path.splitext(f)[0] for f in os.listdir(os.path.join(TESTS, "Corpus")) if f.endswith(".jsonl"))
    ref = open(os.path.join(args.dir, "REF")).read().strip() if os.path.exists(os.path.join(args.dir, "REF")) else "?"
    print(f"detector: {ref}")
    for name in chosen:
        r = results[name]
        special = r["specialCategories"]["recall"]
        print(f"{name:<10} entities {r['entities']:>4}  recall {r['recall']:.3f}  precision {r['precision']:.3f}"
              f"  special {special if special is not None else '-'}")

    def show_pool(title, names):
        names = [n for n in names if n in results]
        if not names:
            return
        total, recall, precision, categories = pooled([results[n] for n in names])
        print(f"\n{title} ({len(names)} batches, {total} entities): recall {recall:.4f}  precision {precision:.4f}")
        print("  " + ", ".join(f"{c} {r:.3f} ({n})" for c, (r, n) in categories.items()))

    show_pool("unseen pool (FreshCorpusTests.TheUnseenBatchesDoNotGetWorse)", unseen_batches())
    show_pool("new batches, not in the repository", [n for n in results if n not in in_repo and n != "dev"])
    show_pool("every held-out batch", [n for n in results if n != "dev"])
    if args.pool and args.corpora:
        show_pool("the corpora named by --corpora", chosen)

    def wanted(option, category):
        return option == "all" or category in option.split(",")

    held_unseen = set(unseen_batches())
    for name in chosen:
        if name in held_unseen and not args.show_unseen:
            continue
        for leak in results[name]["leaks"]:
            if args.misses and wanted(args.misses, leak["category"]):
                print(f"miss   {leak['id']:<12} {leak['category']:<16} {leak['text']!r}")
        for alarm in results[name]["falseAlarms"]:
            if args.false_alarms and wanted(args.false_alarms, alarm["category"]):
                print(f"alarm  {alarm['id']:<12} {alarm['category']:<16} {alarm['text']!r}")


if __name__ == "__main__":
    main()
