#!/usr/bin/env bash
# What each pass of the name rules costs inside the whole analysis (bench/README.md, "Thirteenth session … the names
# area"). The `stages` mode clocks the names area as two stages (NameRules, Identities); this script clocks the ~50 calls
# inside NameRecognizer.FindByCues one by one, in place, where each document meets the caches as the other stages left
# them. A throw-away copy of the tree is patched (nothing in the product carries the clock), built, and run in the
# profile mode over the corpus; per document and pass the fastest of all calls is kept, and the sums are printed.
#
#   bash bench/names-pass-clock.sh [REF] [CORPUS]     # REF default HEAD, CORPUS default ../shared/corpus/dev.jsonl
#
# The clock's own cost is about 10 ns per mark (a pass that finds nothing reads about 0.002 ms per dev pass). The patch
# finds the call lists of FindAfterPatterns and FindNoteSignOffs by their shape ("        FindX();" lines after the
# method's scan) and fails when it finds none: adapt it when those methods change.
set -euo pipefail

root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
ref=${1:-HEAD}
corpus=$(realpath "${2:-$root/../shared/corpus/dev.jsonl}")
work=$(mktemp -d /tmp/names-pass-clock.XXXXXX)
git -C "$root" archive "$ref" | tar -x -C "$work"

python3 - "$work/src/KiOfficeAddin.Guardrails/Pii/Names" <<'PY'
import re, sys, os
names_dir = sys.argv[1]
labels = []

def mark(label):
    labels.append(label)
    return f"NamePassClock.Mark({len(labels) - 1});"

def method_body(source, signature):
    start = source.index(signature)
    end = source.index("\n    }\n", start)
    return start, end

def patch_calls(source, signature, scan_label, indent_label=""):
    start, end = method_body(source, signature)
    body = source[start:end]
    lines = body.split("\n")
    calls = [i for i, l in enumerate(lines) if re.fullmatch(r"        [A-Z]\w+\((covered)?\);", l)]
    if not calls:
        sys.exit(f"names-pass-clock: no call list found in {signature}")
    patched = []
    for i, line in enumerate(lines):
        if i == calls[0]:
            patched.append("        " + mark(scan_label))
        patched.append(line)
        if i in calls:
            patched.append("        " + mark(indent_label + line.strip().split("(")[0]))
    lines = patched
    return source[:start] + "\n".join(lines) + source[end:]

path = os.path.join(names_dir, "NameRecognizer.cs")
s = open(path, encoding="utf-8").read()
s = s.replace("    public void FindByCues()\n    {\n", "    public void FindByCues()\n    {\n        NamePassClock.Start();\n", 1)
s = s.replace("        FindAfterPatterns();\n    }\n",
              "        " + mark("FindByCues' scan") + "\n        FindAfterPatterns();\n        NamePassClock.Done(text);\n    }\n", 1)
s = patch_calls(s, "    private void FindAfterPatterns()", "FindAfterPatterns' scan")
open(path, "w", encoding="utf-8").write(s)

path = os.path.join(names_dir, "NameRecognizer.NotesAndLists.cs")
n = open(path, encoding="utf-8").read()
n = n.replace("    private void FindNoteSignOffs()\n    {\n",
              "    private void FindNoteSignOffs()\n    {\n        " + mark("  (the call into FindNoteSignOffs)") + "\n", 1)
n = patch_calls(n, "    private void FindNoteSignOffs()", "  FindNoteSignOffs' own scan", indent_label="  ")
open(path, "w", encoding="utf-8").write(n)
# The outer mark after FindNoteSignOffs() now clocks only its last lines; its parts are the indented labels.
labels[labels.index("FindNoteSignOffs")] = "FindNoteSignOffs (its return; parts indented below)"

clock = '''
namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>Throw-away clock of bench/names-pass-clock.sh: per document and pass the fastest time, summed at exit.</summary>
internal static class NamePassClock
{
    private static readonly string[] Labels = [LABELS];
    private static readonly long[] Run = new long[Labels.Length];
    private static readonly System.Collections.Generic.Dictionary<string, long[]> Fastest = new(System.Collections.Generic.ReferenceEqualityComparer.Instance);
    private static long last;

    public static void Start() => last = System.Diagnostics.Stopwatch.GetTimestamp();

    public static void Mark(int label)
    {
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        Run[label] += now - last;
        last = now;
    }

    public static void Done(string text)
    {
        if (!Fastest.TryGetValue(text, out var fastest))
        {
            fastest = new long[Labels.Length];
            System.Array.Fill(fastest, long.MaxValue);
            Fastest[text] = fastest;
        }
        for (var i = 0; i < Labels.Length; i++)
        {
            fastest[i] = System.Math.Min(fastest[i], Run[i]);
            Run[i] = 0;
        }
    }

    static NamePassClock()
    {
        System.AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            var sums = new double[Labels.Length];
            foreach (var fastest in Fastest.Values)
            {
                for (var i = 0; i < Labels.Length; i++)
                {
                    sums[i] += fastest[i] * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
                }
            }
            var total = System.Linq.Enumerable.Sum(sums);
            System.Console.WriteLine($"name rules, each document's fastest call per pass, summed over {Fastest.Count} documents: {total:F3} ms");
            for (var i = 0; i < Labels.Length; i++)
            {
                System.Console.WriteLine($"{Labels[i],-45} {sums[i],8:F4} ms {100 * sums[i] / total,6:F1} %");
            }
        };
    }
}
'''.replace("LABELS", ", ".join('"' + l.replace('"', '\\"') + '"' for l in labels))
open(os.path.join(names_dir, "NamePassClock.cs"), "w", encoding="utf-8").write(clock)
print(f"names-pass-clock: {len(labels)} marks", file=sys.stderr)
PY

dotnet build -c Release "$work/bench/KiOfficeAddin.Benchmarks" -nologo -v q >/dev/null
PROFILE_WARMUP_MS=${PROFILE_WARMUP_MS:-20000} dotnet "$work/bench/KiOfficeAddin.Benchmarks/bin/Release/net10.0/KiOfficeAddin.Benchmarks.dll" \
  profile "$corpus" all
rm -rf "$work"
