"""Why the app misses the clear discrepancies of the careful reader's list.

For each clear discrepancy of tests/data/ecbplus_discrepancy_gold.json (the list
benchmarks/quality.py scores against), whether the app reports it, and when not, why:

  a  alignment: the two sentences are not linked (no claim or quote match joins them);
     the best partner of A's sentence and the combined similarity of the two are shown;
  b  no rule: they are linked, but reader.analysis.conflicts.discrepancies.conflicts and the
     denial rule report nothing for them; the figures and dates of each side are listed,
     since a guard inside the rules (figure_owners, earlier_occasions, hedges, the
     clause words of several dates) shows here too and is told apart by reading them;
  c  guard: a rule reads it, but the discrepancy is dropped after (one discrepancy for
     each statement, reader.analysis.conflicts.repeated_facts, or the weekday gate of
     reader.analysis.pipeline); what was read is shown.

    python benchmarks/discrepancy_misses.py [--corpus ../shared/corpora/ecbplus-dev]
                                            [--lexical]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import DISCREPANCY_GOLD, Corpus, Span2, configs, find_all

from reader.analysis import SEMANTIC_WEIGHT
from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.conflicts.negation import denial
from reader.analysis.linking.sources import SimilaritySource
from reader.analysis.pair_analysis import PairAnalysis, analyse
from reader.analysis.pipeline import align
from reader.analysis.sentence_model.embedding import default_embedder
from reader.analysis.sentence_model.semantic import SemanticSimilarity
from reader.model import Alignment, Document, Span

ROOT = Path(__file__).resolve().parent.parent


def _units(pa_units: list[object], spans: list[Span2]) -> list[int]:
    """Indexes of the units overlapping any of ``spans``."""
    return [
        k
        for k, u in enumerate(pa_units)
        if any(u.span.start < e and s < u.span.end for s, e in spans)  # type: ignore[attr-defined]
    ]


def _over(span: Span, spans: list[Span2]) -> bool:
    return any(span.start < e and s < span.end for s, e in spans)


def diagnose(
    key: str, d: dict[str, object], a: Document, b: Document, al: Alignment, pa: PairAnalysis
) -> tuple[str, str]:
    """The class of a listed discrepancy (found, a, b or c) and what tells it."""
    sa = [x for t in d["a"] for x in find_all(a.text, t)]  # type: ignore[attr-defined]
    sb = [x for t in d["b"] for x in find_all(b.text, t)]  # type: ignore[attr-defined]
    if any(_over(r.a, sa) and _over(r.b, sb) for r in al.discrepancies):
        return "found", ""
    ia, jb = _units(pa.units_a, sa), _units(pa.units_b, sb)  # type: ignore[arg-type]
    linked = [
        m
        for m in al.matches
        if m.kind.value in ("claim", "quote") and _over(m.a, sa) and _over(m.b, sb)
    ]
    raw = _read(pa, ia, jb)
    if not linked:
        sim = pa.matrix()
        best = max(((sim[i, j], i, j) for i in ia for j in jb), default=None)
        why = "not linked"
        if best is not None:
            s, i, _ = best
            row = sim[i]
            partner = int(row.argmax())
            why += f"; similarity {s:.3f} (A's best partner: B{partner} at {row[partner]:.3f})"
        why += "; if linked: " + ("; ".join(raw) if raw else "no rule reads it")
        return "a", why
    if raw:
        return "c", "read but dropped: " + "; ".join(raw)
    nums = (
        [(m.surface, m.key) for i in ia for m in pa.feats_a[i].numbers]
        + [("|", "")]
        + [(m.surface, m.key) for j in jb for m in pa.feats_b[j].numbers]
    )
    return "b", "linked, no rule; figures " + " ".join(s for s, _ in nums)


def _read(pa: PairAnalysis, ia: list[int], jb: list[int]) -> list[str]:
    """What the rules read in the listed sentences, linked or not."""
    raw = []
    for i in ia:
        for j in jb:
            fa, fb = pa.feats_a[i], pa.feats_b[j]
            raw += [f"{c.kind.value}: {c.detail}" for c in conflicts(fa, fb)]
            den = denial(fa, fb)
            if den is not None:
                raw.append(f"negation: {den.detail}")
    return raw


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/ecbplus-dev")
    ap.add_argument("--lexical", action="store_true")
    args = ap.parse_args()
    corpus = Corpus(args.corpus)
    cfg = next(c for c in configs(False) if c.semantic != args.lexical)
    sem: SimilaritySource | None = None
    if cfg.semantic:
        embedder = default_embedder()
        sem = SemanticSimilarity(embedder) if embedder is not None else None
    extra = [(sem, SEMANTIC_WEIGHT)] if sem is not None else []
    gold = json.loads(DISCREPANCY_GOLD.read_text(encoding="utf-8"))["pairs"]
    for key, pair in gold.items():
        clear = [d for d in pair["discrepancies"] if d["certainty"] == "clear"]
        if not clear:
            continue
        d1, d2 = key.split("|")
        a, b = corpus.doc(d1), corpus.doc(d2)
        al = align(a, b, extra=extra, params=cfg.params, method=cfg.name)
        pa = analyse(a, b, extra=extra, params=cfg.params)
        for d in clear:
            cls, why = diagnose(key, d, a, b, al, pa)
            print(f"{key}\t{d['kind']}\t{d['a_value']} vs {d['b_value']}\t{cls}\t{why}")


if __name__ == "__main__":
    main()
