"""How long File > Update from the article files takes to diff an article's old and new
text (reader.session.text_edits.TextEdit.between, off the GUI thread), and to carry
spans across the edit.

    python benchmarks/update_diff.py [--chars 100000] [--edits 30] [--runs 5]

The article: ECB+ articles one after another (speed.py's synthetic text), in paragraphs;
its new text the same with ``--edits`` edits spread through it, a third each of a word
reworded, a paragraph added and a paragraph removed. Reports the median of ``--runs``
diffs, and of carrying every sentence-sized span of the old text across the edit.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from speed import CORPUS, synthetic_text  # noqa: E402

from reader.model.span import Span  # noqa: E402
from reader.session.text_edits import TextEdit  # noqa: E402

ADDED = "An update: officials said on Tuesday that {n} more people were questioned."


def edited(text: str, edits: int, seed: int = 7) -> str:
    """``text`` with ``edits`` edits spread through its paragraphs: a word reworded, a
    paragraph added, a paragraph removed, in turn."""
    paragraphs = text.split("\n")
    rng = random.Random(seed)
    chosen = sorted(rng.sample(range(1, len(paragraphs) - 1), edits), reverse=True)
    for k, i in enumerate(chosen):  # from the end: the indices before stay valid
        kind = k % 3
        if kind == 0:
            words = paragraphs[i].split(" ")
            if len(words) > 3:
                words[len(words) // 2] = "reportedly"
            paragraphs[i] = " ".join(words)
        elif kind == 1:
            paragraphs.insert(i, ADDED.format(n=k))
        else:
            del paragraphs[i]
    return "\n".join(paragraphs)


def median_s(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        run()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--chars", type=int, default=100_000)
    ap.add_argument("--edits", type=int, default=30)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"the ECB+ corpus is not at {CORPUS}")
    old = synthetic_text(args.chars, 0)
    new = edited(old, args.edits)
    diff = median_s(lambda: TextEdit.between(old, new), args.runs)
    print(
        f"diff of a {len(old):,}-character article with {args.edits} edits: "
        f"median {diff * 1000:.0f} ms ({args.runs} runs)"
    )
    edit = TextEdit.between(old, new)
    spans = [Span(i, min(len(old), i + 150)) for i in range(0, len(old), 150)]
    carry = median_s(lambda: [edit.span(s) for s in spans], args.runs)
    print(f"carrying {len(spans)} spans across it: median {carry * 1000:.0f} ms")


if __name__ == "__main__":
    main()
