"""Peak memory and time for ingesting and aligning two ~1 MB articles (issue 7).

    python benchmarks/memory.py [--size 1000000] [--method lexical] [--runs 1]

Two documents of ``--size`` bytes each are built from the ECB+ development articles
(../shared/corpora/ecbplus-dev) concatenated, B starting half way through the corpus so
the two differ, and written to a temporary folder. A fresh child process then imports
Crossread, loads both files with ``load_document`` and aligns them; it reports its own
peak resident set size from ``/proc/self/status`` VmHWM (not ``ru_maxrss``, which survives
``exec`` and would include this parent) after each stage, and the time of each stage.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared/corpora/ecbplus-dev"


def corpus_text(size: int, offset: int) -> str:
    """About ``size`` UTF-8 bytes of news: ECB+ articles one after another."""
    files = sorted(CORPUS.glob("*/*.txt"))
    if not files:
        raise SystemExit(f"no articles in {CORPUS}")
    files = files[offset % len(files) :] + files[: offset % len(files)]
    parts: list[str] = [f"Long article {offset}: ECB+ reports one after another"]
    total = len(parts[0]) + 2
    i = 0
    while total < size:
        text = files[i % len(files)].read_text(encoding="utf-8").strip()
        parts.append(text)
        total += len(text.encode("utf-8")) + 2
        i += 1
    data = "\n\n".join(parts).encode("utf-8")[:size]
    return data.decode("utf-8", errors="ignore")


CHILD = r"""
import json, sys, time

def hwm():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    return float("nan")

t0 = time.perf_counter()
from reader.analysis import align
from reader.ingest import load_document
t1 = time.perf_counter()
after_import = hwm()
a = load_document(sys.argv[1])
b = load_document(sys.argv[2])
t2 = time.perf_counter()
after_ingest = hwm()
al = align(a, b, method=sys.argv[3])
t3 = time.perf_counter()
print(json.dumps({
    "import_s": t1 - t0, "ingest_s": t2 - t1, "align_s": t3 - t2,
    "hwm_import_mb": after_import, "hwm_ingest_mb": after_ingest, "hwm_align_mb": hwm(),
    "chars": [len(a.text), len(b.text)], "sentences": [len(a.sentences), len(b.sentences)],
    "matches": len(al.matches),
}))
"""


def run_child(path_a: Path, path_b: Path, method: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(path_a), str(path_b), method],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"child failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes per document")
    parser.add_argument("--method", default="lexical", choices=["lexical", "semantic", "auto"])
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    files = sorted(CORPUS.glob("*/*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        path_a, path_b = Path(tmp) / "a.txt", Path(tmp) / "b.txt"
        path_a.write_text(corpus_text(args.size, 0), encoding="utf-8")
        path_b.write_text(corpus_text(args.size, len(files) // 2), encoding="utf-8")
        sizes = (path_a.stat().st_size, path_b.stat().st_size)
        print(f"documents: {sizes[0]:,} and {sizes[1]:,} bytes; method {args.method}")
        for run in range(1, args.runs + 1):
            r = run_child(path_a, path_b, args.method)
            print(
                f"run {run}: {r['chars'][0]:,} + {r['chars'][1]:,} chars, "
                f"{r['sentences'][0]:,} x {r['sentences'][1]:,} sentences, "
                f"{r['matches']:,} matches"
            )
            print(
                f"  time: import {r['import_s']:.2f} s, ingest {r['ingest_s']:.2f} s, "
                f"align {r['align_s']:.2f} s"
            )
            print(
                f"  peak RSS (VmHWM): after import {r['hwm_import_mb']:.0f} MB, "
                f"after ingest {r['hwm_ingest_mb']:.0f} MB, "
                f"after align {r['hwm_align_mb']:.0f} MB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
