#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "N passed, N failed[, N skipped]" from the real results.
# Usage: bash tests/run.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")/.."

bash tests/setup-machine.sh || { echo "Machine setup failed"; echo "0 passed, 0 failed"; exit 1; }

log=$(mktemp)
dotnet test KiOfficeAddin.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Microsoft.Testing.Platform closes with an aggregated summary: total / failed / succeeded / skipped.
summary() { grep -E "^\s+$1: [0-9]+" "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
passed=$(summary succeeded); failed=$(summary failed); skipped=$(summary skipped); total=$(summary total)
rm -f "$log"

if [[ $total -eq 0 ]]; then
  echo "No test results (build failure or no tests found)."
  echo "0 passed, 0 failed"
  exit 1
fi
line="$passed passed, $failed failed"
[[ $skipped -gt 0 ]] && line="$line, $skipped skipped"
echo "$line"
[[ $status -eq 0 && $failed -eq 0 ]]
