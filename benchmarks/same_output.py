"""Is `crossread align --format json` the same, byte for byte, from two source trees? For
a change meant to make Crossread faster and nothing else.

    python benchmarks/same_output.py save TREE DIR    # TREE's outputs kept in DIR
    python benchmarks/same_output.py check TREE DIR   # TREE's compared with them

TREE is a source tree (a worktree, or `git archive` of a commit unpacked), run as
`python -m reader` with PYTHONPATH=TREE in a new process for each pair, with no vectors
kept (CROSSREAD_CACHE_DIR=off). The pairs: the sample pair and 20 ECB+ pairs (two
articles of one sub-topic in each of the first 12 topic folders, an ecb article against an
ecbplus one, another event, in the first 8 topics). The outputs are compared whole but
for the figures of ``timing_ms``. ``check`` exits 1 when one differs, and writes TREE's
output beside the kept one (``.new``), for `diff`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources/sample"
CORPUS = ROOT.parent / "shared/corpora/ecbplus-dev"


def pairs(corpus: Path = CORPUS) -> list[tuple[Path, Path]]:
    """The sample pair, then 20 ECB+ pairs of ``corpus`` (12 of one event, 8 of two)."""
    out = [
        (
            SAMPLE / "hankyoreh-2024-06-20-putin-kim-mutual-assistance.txt",
            SAMPLE / "ap-2024-06-20-north-korea-deal-military-assistance.txt",
        )
    ]
    topics = sorted(p for p in corpus.iterdir() if p.is_dir())
    for topic in topics[:12]:
        files = sorted(topic.glob("*.txt"))
        out.append((files[0], files[-1]))
    for topic in [t for t in topics if not t.name.endswith("plus")][:8]:
        other = corpus / (topic.name + "plus")
        out.append((sorted(topic.glob("*.txt"))[1], sorted(other.glob("*.txt"))[0]))
    return out


def without_timing(raw: str) -> str:
    """``raw`` (the JSON as written) with the figures of its ``timing_ms`` object put as
    "X", nothing else touched."""
    start = raw.index('"timing_ms": {')
    end = raw.index("}", start)
    lines = raw[start:end].split("\n")
    kept = [lines[0]] + [
        line.split(":")[0] + ": X" if line.strip().startswith('"') else line for line in lines[1:]
    ]
    return raw[:start] + "\n".join(kept) + raw[end:]


def aligned(tree: Path, a: Path, b: Path) -> bytes:
    """`crossread align A B --format json` of ``tree``, timing aside."""
    env = dict(os.environ, PYTHONPATH=str(tree), CROSSREAD_CACHE_DIR="off")
    done = subprocess.run(
        [sys.executable, "-m", "reader", "align", str(a), str(b), "--format", "json"],
        env=env, capture_output=True, check=True, cwd=tree,
    )  # fmt: skip
    raw = done.stdout.decode("utf-8")
    json.loads(raw)  # whole
    return without_timing(raw).encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3 or args[0] not in ("save", "check"):
        print(__doc__)
        return 2
    mode, tree, folder = args[0], Path(args[1]).resolve(), Path(args[2])
    folder.mkdir(parents=True, exist_ok=True)
    chosen = pairs()
    different = 0
    for k, (a, b) in enumerate(chosen):
        out = aligned(tree, a, b)
        kept = folder / f"{k:02d}-{a.stem}-{b.stem}.json"
        if mode == "save":
            kept.write_bytes(out)
            print(f"kept {kept.name}", flush=True)
            continue
        same = kept.read_bytes() == out
        if not same:
            different += 1
            kept.with_suffix(".new").write_bytes(out)
        print(f"{'same     ' if same else 'DIFFERENT'} {kept.name}", flush=True)
    if mode == "check":
        print(f"{len(chosen) - different} of {len(chosen)} pairs identical (timing_ms aside)")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
