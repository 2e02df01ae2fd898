#!/usr/bin/env python3
"""Texts for the ingest figures of bench/run.sh, written at bench time and never kept in
the repository (the news articles belong to their publishers).

    python3 bench/ingest_texts.py OUTDIR MB [EVAL_DIR]

Writes OUTDIR/bundled.txt, the bodies of the bundled reports (assets/*.txt, their
`key: value` header left out) repeated to MB megabytes, and OUTDIR/news.txt, the
PolNeAR articles of EVAL_DIR/polnear/*.jsonl (default ../shared/eval, from the repository
root) one after another, repeated to MB megabytes. Without EVAL_DIR it says so and
writes no news.txt. Prints one line per text written: its name and size in bytes."""
import glob
import json
import os
import re
import sys

HEADER_LINE = re.compile(r"^[A-Za-z_-]+:")


def body(report):
    """A report file's text after its header (lines of `key: value`, then a blank line)."""
    head, sep, rest = report.partition("\n\n")
    if sep and all(HEADER_LINE.match(line) for line in head.splitlines()):
        return rest
    return report


def repeated(pieces, size):
    """The pieces one after another, a blank line between, until `size` bytes."""
    unit = "\n\n".join(p.strip("\n") for p in pieces) + "\n\n"
    unit_bytes = len(unit.encode("utf-8"))
    return unit * -(-size // unit_bytes)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{os.path.basename(path)} {os.path.getsize(path)}")


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    out, size = sys.argv[1], int(float(sys.argv[2]) * 1e6)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    eval_dir = sys.argv[3] if len(sys.argv) == 4 else os.path.join(root, "..", "shared", "eval")
    os.makedirs(out, exist_ok=True)

    bundled = [body(open(p, encoding="utf-8").read()) for p in sorted(glob.glob(os.path.join(root, "assets", "*.txt")))]
    write(os.path.join(out, "bundled.txt"), repeated(bundled, size))

    files = sorted(glob.glob(os.path.join(eval_dir, "polnear", "*.jsonl")))
    if not files:
        print(f"no PolNeAR articles in {eval_dir}/polnear: no news.txt (give EVAL_DIR; bench/run.sh reads BENCH_EVAL)", file=sys.stderr)
        return
    articles = [json.loads(line)["text"] for f in files for line in open(f, encoding="utf-8") if line.strip()]
    write(os.path.join(out, "news.txt"), repeated(articles, size))


if __name__ == "__main__":
    main()
