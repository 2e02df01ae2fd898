#!/usr/bin/env bash
# Everything `parley ingest` writes for the reports of some folders, kept in OUT so that
# two builds can be compared byte for byte (a change meant only for speed must leave
# them alone): for each folder, `--json` with `--published 2016-11-01` and with the
# headers' dates, the annotation files written beside copies of the reports, the
# annotation of the first report read from standard input, and what went to standard
# error; for each extra FILE given after `--` (a long text, say), a digest of its
# `--json` and of its annotation file.
#
#   tools/ingest_outputs.sh PARLEY OUT FOLDER... [-- FILE...]
#   diff -r OUT_BEFORE OUT_AFTER
#
# Nothing of the folders is changed (the annotations are written beside copies).
set -euo pipefail
if [ $# -lt 3 ]; then
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
bin=$(realpath "$1")
out=$2
shift 2
rm -rf "$out"
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    src=$1
    shift
    name=$(basename "$src")
    reports=("$src"/*.txt)
    "$bin" ingest --json --published 2016-11-01 "${reports[@]}" >"$out/$name.published.jsonl" 2>"$out/$name.published.err" || echo "exit $?" >>"$out/$name.published.err"
    "$bin" ingest --json "${reports[@]}" >"$out/$name.header.jsonl" 2>"$out/$name.header.err" || echo "exit $?" >>"$out/$name.header.err"
    copy=$scratch/$name
    mkdir -p "$copy"
    cp "${reports[@]}" "$copy"/
    (cd "$copy" && "$bin" ingest --force --published 2016-11-01 ./*.txt) >"$out/$name.files.out" 2>"$out/$name.files.err" || echo "exit $?" >>"$out/$name.files.err"
    for f in "$copy"/*.json; do
        echo "== $(basename "$f")"
        cat "$f"
    done >"$out/$name.annotations"
    "$bin" ingest - <"${reports[0]}" >"$out/$name.stdin" 2>&1 || echo "exit $?" >>"$out/$name.stdin"
done
[ "${1:-}" = "--" ] && shift
for file in "$@"; do
    name=$(basename "$file")
    "$bin" ingest --json --published 2016-11-01 "$file" | sha256sum >"$out/$name.json.sha"
    "$bin" ingest --force --published 2016-11-01 -o "$scratch/$name.json" "$file" >/dev/null
    sha256sum <"$scratch/$name.json" >"$out/$name.file.sha"
done
