"""Alignment speed and memory.

    python benchmarks/speed.py [--sizes 25000,50000,100000,200000]

Reports: the seed pair inside the process (lexical, and semantic with a cold and a warm
embedding cache), `crossread align` on it in a new process (with no vectors kept on disk,
then with those the first run kept), model load and embedding throughput (from
speed_embedding.py), and two synthetic documents of N characters each (ECB+ articles
concatenated, different for A and B) aligned in a fresh child process, with the child's
peak RSS, so each figure includes nothing left over from the previous one (semantic: also
a run keeping its vectors on disk and one reading them back).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED_A = ROOT / "resources/sample/hankyoreh-2024-06-20-putin-kim-mutual-assistance.txt"
SEED_B = ROOT / "resources/sample/ap-2024-06-20-north-korea-deal-military-assistance.txt"
CORPUS = ROOT.parent / "shared/corpora/ecbplus-dev"


def synthetic_text(chars: int, offset: int) -> str:
    """News text of about ``chars`` characters: ECB+ articles one after another."""
    files = sorted(CORPUS.glob("*/*.txt"))
    if not files:  # a checkout not beside ../shared (a worktree under /tmp)
        raise SystemExit(f"no articles in {CORPUS}: the long articles are made of ECB+ ones")
    files = files[offset:] + files[:offset]
    parts: list[str] = ["Synthetic long article for timing"]
    total = 0
    i = 0
    while total < chars:
        text = files[i % len(files)].read_text(encoding="utf-8")
        parts.append(text)
        total += len(text) + 1
        i += 1
    return "\n".join(parts)[:chars]


CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
from reader.analysis import align
from reader.ingest import document_from_text
a_text, b_text, method = sys.argv[1], sys.argv[2], sys.argv[3]
if len(sys.argv) > 4:  # vectors kept on disk, as the app keeps them between runs
    from reader.analysis.sentence_model.semantic import use_vector_store
    from reader.session.vector_files import VectorFiles
    use_vector_store(VectorFiles(sys.argv[4]))
a = document_from_text(open(a_text, encoding="utf-8").read(), path=a_text)
b = document_from_text(open(b_text, encoding="utf-8").read(), path=b_text)
t1 = time.perf_counter()
al = align(a, b, method=method)
t2 = time.perf_counter()
# VmHWM: this process's own peak (ru_maxrss would include the parent's, kept across exec)
rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024
units = [len(a.sentences), len(b.sentences)]
print(json.dumps({"ingest_s": t1 - t0, "align_s": t2 - t1, "units": units,
                  "matches": len(al.matches), "rss_mb": rss}))
"""


def child_run(chars: int, method: str, tmp: Path, vectors: Path | None = None) -> dict[str, Any]:
    """Align two synthetic documents in a fresh process; with ``vectors``, sentence vectors
    are kept in (and read from) that folder, as the app keeps them between runs."""
    pa, pb = tmp / f"a{chars}.txt", tmp / f"b{chars}.txt"
    pa.write_text(synthetic_text(chars, 0), encoding="utf-8")
    pb.write_text(synthetic_text(chars, 97), encoding="utf-8")
    extra = [str(vectors)] if vectors is not None else []
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(pa), str(pb), method, *extra],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def seed_in_process() -> None:
    from reader.analysis import align
    from reader.analysis.sentence_model.embedding import default_embedder
    from reader.ingest import load_document

    t0 = time.perf_counter()
    a, b = load_document(SEED_A), load_document(SEED_B)
    print(f"seed ingest: {(time.perf_counter() - t0) * 1000:.1f} ms")
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        align(a, b, method="lexical")
        runs.append(time.perf_counter() - t)
    print(f"seed align, lexical: median {statistics.median(runs) * 1000:.1f} ms (5 runs)")
    t = time.perf_counter()
    loaded = default_embedder() is not None
    print(f"model load (checksum + session + tokenizer): {(time.perf_counter() - t) * 1000:.0f} ms"
          + ("" if loaded else " (FAILED: semantic figures skipped)"))  # fmt: skip
    if not loaded:
        return
    t = time.perf_counter()
    align(a, b, method="semantic")
    print(f"seed align, semantic, cold cache: {(time.perf_counter() - t) * 1000:.1f} ms")
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        align(a, b, method="semantic")
        runs.append(time.perf_counter() - t)
    print(f"seed align, semantic, warm cache: median {statistics.median(runs) * 1000:.1f} ms")


def seed_end_to_end(repeats: int = 9) -> None:
    """`crossread align` on the seed pair in a new process, model load included.

    Python's bytecode is kept in a folder of its own (PYTHONPYCACHEPREFIX), written by
    the first run, which is reported alone: an installed Crossread has its bytecode
    (pip compiles it), so the runs after it are what a user waits for. Those are
    ``repeats`` runs with an empty cache folder each ("patterns not yet kept": the
    first run of an install), ``repeats`` with only the compiled patterns of an earlier
    run in it (reader.regex_cache; "first run": a pair opened for the first time), then
    ``repeats`` with the vectors the first of them kept on disk ("again"); the median
    and the fastest are reported, since a 2-core machine's other work shows in each.
    """
    import os
    import shutil
    import tempfile

    def timed(env: dict[str, str]) -> float:
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "reader", "align", str(SEED_A), str(SEED_B)],
            check=True, stdout=subprocess.DEVNULL, env=env,
        )  # fmt: skip
        return time.perf_counter() - t

    def report(label: str, runs: list[float]) -> None:
        print(f"seed end to end (`crossread align`, new process, model load included), "
              f"{label}: median {statistics.median(runs):.2f} s, fastest {min(runs):.2f} s "
              f"({len(runs)} runs)")  # fmt: skip

    with tempfile.TemporaryDirectory() as tmp:
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "bytecode")

        def cache(name: str) -> dict[str, str]:
            return dict(base, CROSSREAD_CACHE_DIR=str(Path(tmp) / name))

        def cache_with_patterns(name: str) -> dict[str, str]:
            # the patterns the first run compiled (reader.regex_cache), no vectors
            shutil.copytree(Path(tmp) / "no-bytecode" / "regex", Path(tmp) / name / "regex")
            return cache(name)

        once = timed(cache("no-bytecode"))
        print(f"seed end to end, no bytecode yet (a source checkout's very first start): "
              f"{once:.2f} s")  # fmt: skip
        bare = [timed(cache(f"bare-{k}")) for k in range(repeats)]
        report("first run, patterns not yet kept", bare)
        report("first run", [timed(cache_with_patterns(f"first-{k}")) for k in range(repeats)])
        report("again, vectors kept on disk", [timed(cache("first-0")) for _ in range(repeats)])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="25000,50000,100000,200000")
    ap.add_argument("--methods", default="lexical,semantic")
    args = ap.parse_args()
    seed_in_process()
    seed_end_to_end()
    try:
        sys.path.insert(0, str(Path(__file__).parent))
        import speed_embedding

        speed_embedding.main()
    except Exception as exc:  # the embedding benchmark is optional here
        print(f"(embedding benchmark skipped: {exc})")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for method in args.methods.split(","):
            for size in (int(s) for s in args.sizes.split(",")):
                runs: list[tuple[str, Path | None]] = [(method, None)]
                if method == "semantic":  # a first run keeps the vectors, the next reads them
                    kept = Path(tmp) / f"vectors-{size}"
                    runs += [("semantic, first run keeping vectors", kept)]
                    runs += [("semantic, vectors kept by an earlier run", kept)]
                for label, vectors in runs:
                    r = child_run(size, method, Path(tmp), vectors)
                    units = f"{r['units'][0]}+{r['units'][1]} sentences"
                    line = f"{label} 2 x {size:>7,} chars ({units}): ingest {r['ingest_s']:.2f} s, "
                    line += f"align {r['align_s']:.2f} s, {r['matches']} matches, "
                    print(line + f"peak RSS {r['rss_mb']:.0f} MB", flush=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this process: peak RSS {rss:.0f} MB)")


if __name__ == "__main__":
    main()
