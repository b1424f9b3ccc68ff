"""Every discrepancy reported on the same-event ECB+ pairs, one a line, to compare two
versions of the discrepancy rules: run it before and after a change and `diff` the two
files (lines are sorted; each tells the pair, the kind, the detail and the two sentences).

    python benchmarks/discrepancy_scan.py [--corpus ../shared/corpora/ecbplus-dev]
                                          [--lexical] [--only number] > scan.tsv

Pairs are every two articles of one folder (articles of one folder report one event),
aligned as the app does (with the sentence model unless --lexical or it is missing).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

from reader.analysis import LEXICAL_PARAMS, SEMANTIC_PARAMS, SEMANTIC_WEIGHT
from reader.analysis.embedding import default_embedder
from reader.analysis.pipeline import align
from reader.analysis.semantic import SemanticSimilarity
from reader.ingest import load_document
from reader.model import Alignment, Document, Span

ROOT = Path(__file__).resolve().parent.parent


def same_event_pairs(corpus: Path) -> list[tuple[Path, Path]]:
    """Every two articles of one event folder, in a stable order."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    out: list[tuple[Path, Path]] = []
    for folder, docs in sorted(gold["events"].items()):
        paths = [corpus / folder / f"{d}.txt" for d in sorted(docs)]
        out.extend(itertools.combinations(paths, 2))
    return out


def _sentence(doc: Document, span: Span) -> str:
    """The sentence of ``doc`` around ``span``, on one line."""
    for s in doc.sentences:
        if s.start <= span.start < s.end:
            return " ".join(doc.text[s.start : s.end].split())
    return " ".join(doc.text[span.start : span.end].split())


def lines(pair: tuple[Path, Path], a: Document, b: Document, al: Alignment) -> list[str]:
    name = f"{pair[0].stem}|{pair[1].stem}"
    return [
        "\t".join((name, d.kind.value, d.detail, _sentence(a, d.a), _sentence(b, d.b)))
        for d in al.discrepancies
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/ecbplus-dev")
    ap.add_argument("--lexical", action="store_true", help="without the sentence model")
    ap.add_argument("--only", help="only discrepancies of this kind (number, date, ...)")
    args = ap.parse_args()
    embedder = None if args.lexical else default_embedder()
    extra = [(SemanticSimilarity(embedder), SEMANTIC_WEIGHT)] if embedder is not None else []
    params = SEMANTIC_PARAMS if extra else LEXICAL_PARAMS
    docs: dict[Path, Document] = {}
    found: list[str] = []
    pairs = same_event_pairs(args.corpus)
    for k, pair in enumerate(pairs, 1):
        a, b = (docs.setdefault(p, load_document(p)) for p in pair)
        al = align(a, b, extra=extra, params=params, method="semantic" if extra else "lexical")
        found.extend(
            line for line in lines(pair, a, b, al) if args.only in (None, line.split("\t")[1])
        )
        if k % 100 == 0:
            print(f"{k}/{len(pairs)} pairs, {len(found)} discrepancies", file=sys.stderr)
    print("\n".join(sorted(found)))
    print(f"{len(pairs)} pairs, {len(found)} discrepancies", file=sys.stderr)


if __name__ == "__main__":
    main()
