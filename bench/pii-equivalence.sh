#!/usr/bin/env bash
# Shows that a change to the PII detector leaves its output byte-identical (see bench/README.md, "PII detection").
#
#   bash bench/pii-equivalence.sh baseline [REF]   # outputs of REF (default: main), built from `git archive REF`
#   bash bench/pii-equivalence.sh check            # outputs of the working tree, diffed against the baseline
#
# Inputs: shared/corpus/dev.jsonl, the held-out fresh*.jsonl and variants of them written into $PII_EQUIVALENCE_DIR
# (default /tmp/pii-equivalence): lower, upper and swapped case, CRLF line ends, all documents joined into one text
# (by blank lines and by spaces), and every document cut at seeded odd points (prefixes, suffixes, middles, also
# inside words and numbers). For every input both the `score` predictions and the `dump` (entities with identity
# keys, special-category evidence spans, the pseudonymised text) are compared. Exit code 1 on any difference.
set -euo pipefail

root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=${PII_EQUIVALENCE_DIR:-/tmp/pii-equivalence}
mode=${1:-check}
corpora=("$root/../shared/corpus/dev.jsonl" "$root"/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus/*.jsonl)

write_variants() {
  rm -rf "$work/inputs" && mkdir -p "$work/inputs"
  python3 - "$work/inputs" "${corpora[@]}" <<'PY'
import json, os, random, sys
out = sys.argv[1]
for path in sys.argv[2:]:
    name = os.path.basename(path).removesuffix(".jsonl")
    docs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    texts = [(d["id"], d["text"]) for d in docs]
    rng = random.Random(20261130)
    cuts = []
    for doc_id, text in texts:
        n = len(text)
        for k in range(4):
            a = rng.randrange(1, max(2, n))
            b = rng.randrange(a, n + 1) if a < n else n
            cuts.append((f"{doc_id}-prefix{k}", text[:a]))
            cuts.append((f"{doc_id}-suffix{k}", text[a:]))
            cuts.append((f"{doc_id}-middle{k}", text[a:b]))
    variants = {
        "original": texts,
        "lower": [(i, t.lower()) for i, t in texts],
        "upper": [(i, t.upper()) for i, t in texts],
        "swapcase": [(i, t.swapcase()) for i, t in texts],
        "crlf": [(i, t.replace("\n", "\r\n")) for i, t in texts],
        "joined": [("joined", "\n\n".join(t for _, t in texts))],
        "joined-spaces": [("joined-spaces", " ".join(t.replace("\n", " ") for _, t in texts))],
        "cut": cuts,
    }
    for variant, items in variants.items():
        with open(os.path.join(out, f"{name}-{variant}.jsonl"), "w", encoding="utf-8") as f:
            for doc_id, text in items:
                if text:
                    f.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
PY
}

run_outputs() { # $1 = source tree, $2 = output directory
  local project="$1/bench/KiOfficeAddin.Benchmarks"
  dotnet build -c Release "$project" -nologo -v q >/dev/null
  local dll="$project/bin/Release/net10.0/KiOfficeAddin.Benchmarks.dll"
  rm -rf "$2" && mkdir -p "$2"
  # One process for all inputs where the tree has the `equivalence` mode (a baseline from an older commit may not).
  if grep -q '"equivalence"' "$project/Program.cs"; then
    dotnet "$dll" equivalence "$work/inputs" "$2"
    return
  fi
  for input in "$work"/inputs/*.jsonl; do
    local name
    name=$(basename "$input" .jsonl)
    dotnet "$dll" score "$input" "$2/$name.score.jsonl" 2>/dev/null
    dotnet "$dll" dump "$input" "$2/$name.dump.jsonl"
  done
}

case "$mode" in
  baseline)
    # Resolve the commit once, up front: a branch such as main may move while the baseline builds, and the outputs
    # must be labelled with the commit they were built from.
    ref=$(git -C "$root" rev-parse "${2:-main}^{commit}")
    write_variants
    rm -rf "$work/ref-src" && mkdir -p "$work/ref-src"
    git -C "$root" archive "$ref" | tar -x -C "$work/ref-src"
    run_outputs "$work/ref-src" "$work/baseline"
    echo "$ref" > "$work/baseline/REF"
    echo "baseline from $ref ($(cat "$work/baseline/REF")): $(ls "$work"/inputs/*.jsonl | wc -l) inputs, $(cat "$work"/inputs/*.jsonl | wc -l) texts"
    ;;
  check)
    [[ -d "$work/baseline" ]] || { echo "no baseline: run '$0 baseline [REF]' first" >&2; exit 2; }
    write_variants
    run_outputs "$root" "$work/current"
    if diff -q -r -x REF "$work/baseline" "$work/current"; then
      echo "equivalent to $(cat "$work/baseline/REF"): $(ls "$work"/current/*.jsonl | wc -l) output files, $(cat "$work"/inputs/*.jsonl | wc -l) texts, zero differences"
    else
      echo "DIFFERENT from the baseline (diff -r $work/baseline $work/current)" >&2
      exit 1
    fi
    ;;
  *) echo "usage: $0 baseline [REF] | check" >&2; exit 2 ;;
esac
