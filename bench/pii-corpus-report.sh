#!/usr/bin/env bash
# Scores the PII detector on dev.jsonl and every held-out batch in one go (see bench/README.md, "PII detection").
#
#   bash bench/pii-corpus-report.sh TAG [REF] [EXTRA.jsonl ...]
#       builds REF (default: the working tree; a commit is built from `git archive`, so the tree is untouched) and
#       writes score.py predictions for every corpus into $PII_REPORT_DIR/TAG (default /tmp/pii-report/TAG),
#       EXTRA corpora (say a new blind batch not yet in the repository) included; then prints the report.
#   python3 bench/pii_corpus_report.py $PII_REPORT_DIR/TAG [--corpora a,b] [--misses CATS|all] [--false-alarms CATS|all]
#       the report again, or with the misses and false alarms of some categories.
set -euo pipefail

root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=${PII_REPORT_DIR:-/tmp/pii-report}
tag=${1:?usage: $0 TAG [REF] [EXTRA.jsonl ...]}
ref=${2:-}
shift $(( $# >= 2 ? 2 : 1 ))
out="$work/$tag"
rm -rf "$out" && mkdir -p "$out/inputs"

for corpus in "$root/../shared/corpus/dev.jsonl" "$root"/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus/*.jsonl "$@"; do
  ln -s "$(realpath "$corpus")" "$out/inputs/$(basename "$corpus")"
done

source_tree=$root
if [[ -n "$ref" && "$ref" != "." ]]; then
  commit=$(git -C "$root" rev-parse "$ref^{commit}")
  source_tree="$work/src-$commit"
  if [[ ! -d "$source_tree" ]]; then
    mkdir -p "$source_tree" && git -C "$root" archive "$commit" | tar -x -C "$source_tree"
  fi
  echo "$commit" > "$out/REF"
else
  echo "working tree at $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD || echo ' + changes')" > "$out/REF"
fi

project="$source_tree/bench/KiOfficeAddin.Benchmarks"
dotnet build -c Release "$project" -nologo -v q >/dev/null || { echo "build failed" >&2; dotnet build -c Release "$project" -nologo -v q | grep -E " error " | sort -u >&2; exit 1; }
dotnet "$project/bin/Release/net10.0/KiOfficeAddin.Benchmarks.dll" equivalence "$out/inputs" "$out"
rm -f "$out"/*.dump.jsonl
python3 "$root/bench/pii_corpus_report.py" "$out"
