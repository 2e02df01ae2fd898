#!/bin/sh
# Issue 11's promise that whatever ingest writes, the loader takes: every article of a
# gold file (PolNeAR train by default) as a folder, ingested in memory by `parley check`
# and written by `parley ingest` then checked again. Not in CI: the texts stay outside
# the repository. Run from the repository root after `cargo build --release`.
#   tools/check_ingest_loads.sh [GOLD.jsonl] [SCRATCH_DIR]
# EVAL names the eval folder if it is not ../shared/eval (from a worktree, give it).
set -eu
eval_dir=${EVAL:-../shared/eval}
gold=${1:-$eval_dir/polnear/train.jsonl}
dir=${2:-/tmp/parley-ingest-loads}
bin=target/release/parley
rm -rf "$dir"
python3 "$eval_dir/make_folder.py" "$gold" "$dir" >/dev/null
# Ingested in memory, as a folder without annotations is opened.
PARLEY_NO_CACHE=1 "$bin" check "$dir"
# Written by ingest beside each report, then read from the files.
"$bin" ingest "$dir"/*.txt >/dev/null
PARLEY_NO_CACHE=1 "$bin" check "$dir"
