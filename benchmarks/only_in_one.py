"""How right "Only in one" is: the sentences Crossread shades as reported by one article
alone, against the careful readers' golds (the seed pair, the two held-out pairs and the
60 ECB+ pairs of tests/data/ecbplus_reader_gold*.json, every sentence pair judged).

    python benchmarks/only_in_one.py [--corpus ../shared/corpora/ecbplus-dev]

Each sentence Crossread matches (its units: boilerplate left out) is, by the gold, one
the other article also reports (it lies in a 'core' link), one it reports in part (only
in 'related' links), or one it does not report (in no link). For the sentences shaded
"only in one":

- ``said elsewhere``: the share the other article does report (core): a false "only here";
- ``P strict``: the share in no link; ``P``: the share in no core link (a related one is a
  fair "only here": the other article tells something near, not the same);
- ``R``: of the sentences in no link, the share shaded;
- ``closest``: of the shaded sentences the other article does report, the share whose
  closest sentence there is one of those that report it;
- ``panel``: the same share for the closest sentence the Only in one panel shows beside
  the passage holding the sentence (the best of its sentences' closest: one for them all);
- ``offered``: of the shaded sentences in no link (the other article does not report
  them), the share given a closest sentence all the same (the rest show a dash);
- ``passages``: how many passages are shaded, and ``across`` how many of them run across
  a paragraph break (a passage is one per paragraph stretch since the fortieth session).

The careful reader's ECB+ pairs are listed as the 40 that tuned the closest sentence's
choice and the link check, the 20 held out from both, and the 60 together.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quality import (
    GOLD,
    HELD_OUT,
    READER_GOLD,
    READER_HELD_OUT,
    ROOT,
    SEED_A,
    SEED_B,
    Span2,
    _f1,
    configs,
    find_all,
    run_align,
)

from reader.analysis.linking.sources import SimilaritySource
from reader.analysis.sentence_model.embedding import default_embedder
from reader.analysis.sentence_model.semantic import SemanticSimilarity
from reader.analysis.units import document_units
from reader.ingest import load_document
from reader.model import Alignment, Closest, Document


@dataclass
class Tally:
    """Sentences by what the gold says of them, and how many of each were shaded."""

    shaded: dict[str, int]
    total: dict[str, int]
    closest_right: int = 0  # shaded sentences the other reports, its closest one of them
    panel_right: int = 0  # ... the closest shown beside its passage one of them
    offered: int = 0  # shaded sentences in no link given a closest all the same
    passages: int = 0
    across: int = 0  # passages running across a paragraph break

    @classmethod
    def empty(cls) -> Tally:
        return cls(
            dict.fromkeys(("core", "related", "none"), 0),
            dict.fromkeys(("core", "related", "none"), 0),
        )

    def row(self) -> str:
        n = sum(self.shaded.values())
        core, none = self.shaded["core"], self.shaded["none"]
        strict = none / max(1, n)
        fair = (n - core) / max(1, n)
        recall = none / max(1, self.total["none"])
        return (
            f"{n:6} {core:6} ({core / max(1, n):4.0%}) {strict:8.2f} {fair:5.2f} "
            f"{recall:5.2f} {_f1(fair, recall):5.2f} {self.closest_right / max(1, core):8.0%}"
            f" {self.panel_right / max(1, core):6.0%} {self.offered / max(1, none):8.0%}"
            f" {self.passages:8} {self.across:6}"
        )

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            {k: v + other.shaded[k] for k, v in self.shaded.items()},
            {k: v + other.total[k] for k, v in self.total.items()},
            self.closest_right + other.closest_right,
            self.panel_right + other.panel_right,
            self.offered + other.offered,
            self.passages + other.passages,
            self.across + other.across,
        )


def _gold_pairs(corpus: Path) -> Iterator[tuple[str, Path, Path, dict[str, Any]]]:
    yield "seed", SEED_A, SEED_B, json.loads(GOLD.read_text(encoding="utf-8"))
    for path in HELD_OUT:
        gold = json.loads(path.read_text(encoding="utf-8"))
        yield "held out", corpus / gold["files"]["a"], corpus / gold["files"]["b"], gold
    for path, group in ((READER_GOLD, "ECB+ 40 tuning"), (READER_HELD_OUT, "ECB+ 20 held out")):
        for pair in json.loads(path.read_text(encoding="utf-8"))["pairs"].values():
            a, b = corpus / pair["files"]["a"], corpus / pair["files"]["b"]
            yield group, a, b, pair


def _status(span: Span2, core: list[Span2], related: list[Span2]) -> str:
    def touches(spans: list[Span2]) -> bool:
        return any(span[0] < e and s < span[1] for s, e in spans)

    return "core" if touches(core) else "related" if touches(related) else "none"


def _count(al: Alignment, side: str, gold: dict[str, Any], t: Tally) -> None:
    doc, other = (al.a, al.b) if side == "a" else (al.b, al.a)
    shaded = al.only_a if side == "a" else al.only_b
    core: list[tuple[list[Span2], list[Span2]]] = []  # each core link: its spans here, there
    related: list[Span2] = []
    for p in gold["pairs"]:
        here = [s for x in p[side] for s in find_all(doc.text, x)]
        there = [s for x in p["b" if side == "a" else "a"] for s in find_all(other.text, x)]
        if p["level"] == "core":
            core.append((here, there))
        else:
            related.extend(here)
    t.passages += len(shaded)
    t.across += sum(sum(p.overlaps(o) for p in doc.paragraphs) > 1 for o in shaded)
    for unit in document_units(doc):
        span = (unit.span.start, unit.span.end)
        status = _status(span, [s for here, _ in core for s in here], related)
        t.total[status] += 1
        passage = next((o for o in shaded if o.start <= span[0] and span[1] <= o.end), None)
        if passage is None:
            continue
        t.shaded[status] += 1
        if status == "none":
            t.offered += al.closest_to(side, unit.span) is not None
        if status != "core":
            continue
        partners = [s for here, there in core if _status(span, here, []) == "core" for s in there]
        t.closest_right += _reports(al.closest_to(side, unit.span), partners)
        t.panel_right += _reports(al.closest_to(side, passage), partners)


def _reports(closest: Closest | None, partners: list[Span2]) -> bool:
    """``closest`` (a sentence's or a passage's) lies in one of the sentences ``partners``
    (those of the other article that report it)."""
    if closest is None:
        return False
    return _status((closest.partner.start, closest.partner.end), partners, []) == "core"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/ecbplus-dev")
    args = ap.parse_args()
    embedder = default_embedder()
    sem: SimilaritySource | None = SemanticSimilarity(embedder) if embedder is not None else None
    tallies: dict[tuple[str, str], Tally] = {}
    docs: dict[Path, Document] = {}
    for group, pa, pb, gold in _gold_pairs(args.corpus):
        a = docs.setdefault(pa, load_document(pa))
        b = docs.setdefault(pb, load_document(pb))
        for cfg in configs(False):
            if cfg.semantic and sem is None:
                continue
            al = run_align(a, b, cfg, sem)
            t = tallies.setdefault((group, cfg.name), Tally.empty())
            _count(al, "a", gold, t)
            _count(al, "b", gold, t)
    print(
        f"{'pairs':16} {'method':9} {'shaded':>6} {'said elsewhere':>14} {'P strict':>8} "
        f"{'P':>5} {'R':>5} {'F1':>5} {'closest':>8} {'panel':>6} {'offered':>8} "
        f"{'passages':>8} {'across':>6}"
    )
    for method in ("lexical", "semantic"):
        tuning = tallies.get(("ECB+ 40 tuning", method))
        held = tallies.get(("ECB+ 20 held out", method))
        if tuning is not None and held is not None:
            tallies[("ECB+ 60 pairs", method)] = tuning + held
    for (group, method), t in tallies.items():
        print(f"{group:16} {method:9} {t.row()}")


if __name__ == "__main__":
    main()
