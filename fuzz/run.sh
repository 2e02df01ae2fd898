#!/bin/sh
# Runs parley's fuzz targets, each for SECONDS, one after the other, at low priority.
#
#   fuzz/run.sh SECONDS [TARGET...]      (default: every target)
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). cargo-fuzz passes -Z flags to rustc,
# which a stable toolchain refuses unless RUSTC_BOOTSTRAP=1 is set, as this script does,
# so no nightly is needed. It builds without a sanitizer (`-s none`): parley and its
# suffix-array crate have no unsafe code, and libFuzzer runs about twice as fast
# without AddressSanitizer; set PARLEY_FUZZ_SANITIZER=address to use it anyway.
# Crashes do not stop a run (libFuzzer's fork mode): each is written to
# fuzz/artifacts/TARGET/ and the run goes on. The corpora grow in fuzz/corpus/TARGET/,
# seeded from the bundled reports. Not part of CI.
set -eu
cd "$(dirname "$0")"
seconds=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
targets=${*:-ingest_bytes ingest_published load_folder}
sanitizer=${PARLEY_FUZZ_SANITIZER:-none}
export RUSTC_BOOTSTRAP=1

seed() {
    dir=corpus/$1
    [ -d "$dir" ] && return
    mkdir -p "$dir"
    for report in ../assets/*.txt; do
        name=$(basename "$report" .txt)
        case $1 in
        ingest_bytes) cp "$report" "$dir/$name" ;;
        # Four bytes choosing the date, then the body.
        ingest_published) { printf '\001\000\000\000'; sed '1,/^$/d' "$report"; } >"$dir/$name" ;;
        # The report and its annotation, joined by a byte that UTF-8 never has.
        load_folder) { cat "$report"; printf '\377'; cat "../assets/$name.json"; } >"$dir/$name" ;;
        esac
    done
}

for target in $targets; do
    seed "$target"
    nice cargo fuzz build -s "$sanitizer" "$target"
    mkdir -p "artifacts/$target"
    echo "== $target for $seconds s"
    nice cargo fuzz run -s "$sanitizer" "$target" -- \
        -max_total_time="$seconds" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 \
        -ignore_ooms=1 -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
        -artifact_prefix="artifacts/$target/" 2>&1 | tee "artifacts/$target.log" |
        grep -E '^#[0-9]+.*(pulse|DONE)|crash|Test unit written|ERROR|panicked' || true
    echo "== $target: $(ls "artifacts/$target" | wc -l) findings in fuzz/artifacts/$target/"
done
