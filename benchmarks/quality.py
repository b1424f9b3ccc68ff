"""Alignment quality: precision, recall and F1 of claim and quote matches.

1. The seed pair against the hand-made gold file tests/data/seed_gold.json (a careful
   reader's links; recall over 'core' links, precision counting 'core' and 'related').
2. Same-event article pairs of the ECB+ dev corpus against its event-coreference gold,
   and the different-event control (claim matches per 10 sentences, same vs different).
3. Held-out pairs: two longer ECB+ pairs with a careful reader's gold made after the
   parameters were fixed (tests/data/heldout_*_gold.json, scored as the seed pair): a
   news column against a news report, and two rewrites of one wire story.
4. The 40 same-event ECB+ pairs of (2) against a careful reader's gold instead of the
   corpus' own (tests/data/ecbplus_reader_gold.json: every sentence pair judged, core and
   related links as on the seed pair), pooled over the pairs. It tells whether a variant
   that scores better on event coreference also makes links a reader would accept. Then
   20 more pairs of the sample with such a gold made later, held out
   (tests/data/ecbplus_reader_gold_heldout.json).
5. Discrepancies on those 60 pairs against a careful reader's list of the facts the two
   articles state with different values (tests/data/ecbplus_discrepancy_gold.json).

    python benchmarks/quality.py [--corpus ../shared/corpora/ecbplus-dev] [--pairs 40]
                                 [--ablation] [--crosscheck]

The scoring re-implements the rules of ../shared/tools/score_pair.py and score_ecb.py
(same sample of pairs, seed 7); --crosscheck also runs those scripts on `crossread align`
output so the two can be compared.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reader.analysis import (
    LEXICAL_PARAMS,
    SEMANTIC_PARAMS,
    SEMANTIC_WEIGHT,
    SelectParams,
    pair_analysis,
)
from reader.analysis import align as align_auto
from reader.analysis.linking.relatedness import NOTHING_SHARED, pair_notice
from reader.analysis.linking.sources import SimilaritySource
from reader.analysis.linking.word_forms import ENGLISH_FORMS, side_forms
from reader.analysis.pipeline import align
from reader.analysis.sentence_model.embedding import default_embedder
from reader.analysis.sentence_model.semantic import SemanticSimilarity
from reader.ingest import load_document
from reader.model import Alignment, Document

ROOT = Path(__file__).resolve().parent.parent
SEED_A = ROOT / "resources/sample/hankyoreh-2024-06-20-putin-kim-mutual-assistance.txt"
SEED_B = ROOT / "resources/sample/ap-2024-06-20-north-korea-deal-military-assistance.txt"
GOLD = ROOT / "tests/data/seed_gold.json"
HELD_OUT = sorted((ROOT / "tests/data").glob("heldout_*_gold.json"))
READER_GOLD = ROOT / "tests/data/ecbplus_reader_gold.json"
READER_HELD_OUT = ROOT / "tests/data/ecbplus_reader_gold_heldout.json"
DISCREPANCY_GOLD = ROOT / "tests/data/ecbplus_discrepancy_gold.json"
LANGUAGES = ROOT / "tests/data/languages"
FOLD = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2014": "-",
        "\u2013": "-"}  # fmt: skip

Span2 = tuple[int, int]


def _folded(text: str) -> tuple[str, list[int]]:
    out, idx, prev_space = [], [], False
    for i, ch in enumerate(text):
        ch = FOLD.get(ch, ch)
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        out.append(ch.lower())
        idx.append(i)
    idx.append(len(text))
    return "".join(out), idx


def find_all(text: str, needle: str) -> list[Span2]:
    hay, idx = _folded(text)
    nd = _folded(needle)[0].strip()
    found, k = [], hay.find(nd)
    while nd and k >= 0:
        found.append((idx[k], idx[k + len(nd) - 1] + 1))
        k = hay.find(nd, k + 1)
    return found


def _hit(m: dict[str, Any], sa: list[Span2], sb: list[Span2]) -> bool:
    def ov(s: Span2, side: dict[str, int]) -> bool:
        return side["start"] < s[1] and s[0] < side["end"]

    return any(ov(s, m["a"]) for s in sa) and any(ov(s, m["b"]) for s in sb)


def score_seed(result: dict[str, Any], gold: dict[str, Any]) -> dict[str, float]:
    ta, tb = result["documents"][0]["text"], result["documents"][1]["text"]
    pairs = []
    for p in gold["pairs"]:
        sa = [s for x in p["a"] for s in find_all(ta, x)]
        sb = [s for x in p["b"] for s in find_all(tb, x)]
        pairs.append((p["level"], sa, sb))
    passage = [m for m in result["matches"] if m["kind"] in ("claim", "quote")]
    core = [(sa, sb) for lvl, sa, sb in pairs if lvl == "core"]
    found = sum(any(_hit(m, sa, sb) for m in passage) for sa, sb in core)
    correct = sum(any(_hit(m, sa, sb) for _, sa, sb in pairs) for m in passage)
    r = found / len(core) if core else 0.0
    p = correct / len(passage) if passage else 0.0
    return {"recall": r, "precision": p, "f1": _f1(p, r), "matches": len(passage),
            "found": found, "core": len(core), "correct": correct}  # fmt: skip


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


def line_spans(text: str, lines: list[str]) -> list[Span2 | None]:
    hay, idx = [], []
    prev = False
    for i, ch in enumerate(text.replace("\u00a0", " ")):
        if ch.isspace():
            if prev:
                continue
            prev, ch = True, " "
        else:
            prev = False
        hay.append(ch.lower())
        idx.append(i)
    h = "".join(hay)
    out: list[Span2 | None] = []
    pos = 0
    for ln in lines:
        n = _norm(ln)
        k = h.find(n, pos) if n else -1
        if n and k < 0:
            k = h.find(n)
        if k < 0:
            out.append(None)
            continue
        out.append((idx[k], idx[k + len(n) - 1] + 1))
        pos = k + len(n)
    return out


def line_pairs(result: dict[str, Any], la: list[str], lb: list[str]) -> set[tuple[int, int]]:
    sa = line_spans(result["documents"][0]["text"], la)
    sb = line_spans(result["documents"][1]["text"], lb)
    pairs: set[tuple[int, int]] = set()
    for m in result["matches"]:
        if m["kind"] not in ("claim", "quote"):
            continue
        ia = [i for i, s in enumerate(sa) if s and m["a"]["start"] < s[1] and s[0] < m["a"]["end"]]
        ib = [j for j, s in enumerate(sb) if s and m["b"]["start"] < s[1] and s[0] < m["b"]["end"]]
        pairs.update((i, j) for i in ia for j in ib)
    return pairs


@dataclasses.dataclass
class Config:
    name: str
    params: SelectParams
    semantic: bool


class Corpus:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        self.group = {d: g for g, ds in self.gold["events"].items() for d in ds}
        self._docs: dict[str, Document] = {}

    def path(self, d: str) -> Path:
        return self.folder / str(self.group[d]) / f"{d}.txt"

    def doc(self, d: str) -> Document:
        if d not in self._docs:
            self._docs[d] = load_document(self.path(d))
        return self._docs[d]

    def lines(self, d: str) -> list[str]:
        return self.path(d).read_text(encoding="utf-8").splitlines()

    def sample(self, n: int) -> list[str]:
        keys = sorted(self.gold["links"])
        random.Random(7).shuffle(keys)
        return keys[:n]

    def sibling(self, d: str) -> str | None:
        grp = self.group[d]
        sib = grp[:-4] if grp.endswith("ecbplus") else grp + "plus"
        return sorted(self.gold["events"][sib])[0] if sib in self.gold["events"] else None


def run_align(a: Document, b: Document, cfg: Config, sem: SimilaritySource | None) -> Alignment:
    extra = [(sem, SEMANTIC_WEIGHT)] if cfg.semantic and sem is not None else []
    return align(a, b, extra=extra, params=cfg.params, method=cfg.name)


def score_corpus(
    corpus: Corpus, n: int, cfg: Config, sem: SimilaritySource | None
) -> dict[str, float]:
    tp = fp = fn = 0
    same: list[float] = []
    diff: list[float] = []
    told = {"same": 0, "diff": 0}  # pairs given the "nothing in common" notice
    for key in corpus.sample(n):
        d1, d2 = key.split("|")
        la, lb = corpus.lines(d1), corpus.lines(d2)
        al = run_align(corpus.doc(d1), corpus.doc(d2), cfg, sem)
        told["same"] += pair_notice(al) == NOTHING_SHARED
        res = al.to_json()
        pred = line_pairs(res, la, lb)
        gold = {(int(x[0]), int(x[1])) for x in corpus.gold["links"][key]}
        ann1, ann2 = set(corpus.gold["annotated"][d1]), set(corpus.gold["annotated"][d2])
        judged = {(i, j) for i, j in pred if i in ann1 and j in ann2}
        tp += len(judged & gold)
        fp += len(judged - gold)
        fn += len(gold - pred)
        same.append(len(pred) * 10 / max(1, len(la) + len(lb)))
        d3 = corpus.sibling(d1)
        if d3 is not None:
            l3 = corpus.lines(d3)
            al2 = run_align(corpus.doc(d1), corpus.doc(d3), cfg, sem)
            told["diff"] += pair_notice(al2) == NOTHING_SHARED
            diff.append(len(line_pairs(al2.to_json(), la, l3)) * 10 / max(1, len(la) + len(l3)))
    r, p = tp / max(1, tp + fn), tp / max(1, tp + fp)
    ms, md = sum(same) / max(1, len(same)), sum(diff) / max(1, len(diff))
    return {"recall": r, "precision": p, "f1": _f1(p, r), "per10_same": ms, "per10_diff": md,
            "separation": ms / md if md else float("inf"),
            "told_same": told["same"] / max(1, len(same)),
            "told_diff": told["diff"] / max(1, len(diff))}  # fmt: skip


def configs(ablation: bool) -> Iterable[Config]:
    yield Config("lexical", LEXICAL_PARAMS, False)
    yield Config("semantic", SEMANTIC_PARAMS, True)
    if not ablation:
        return
    base = SEMANTIC_PARAMS
    yield Config("semantic, no IDF prior", dataclasses.replace(base, idf_prior=0.0), True)
    yield Config("semantic, no context", dataclasses.replace(base, context=0.0), True)
    yield Config("semantic, no event gate", dataclasses.replace(base, gate_base=1.0), True)
    yield Config("semantic, absolute only", dataclasses.replace(base, sure=base.floor), True)
    yield Config("semantic, relative only", dataclasses.replace(base, floor=0.0, sure=2.0), True)


def held_out(corpus_dir: Path, sem: SimilaritySource | None) -> None:
    """Recall, precision and F1 of lexical and semantic on each held-out gold file."""
    print(f"\n{'held-out pair':28} {'method':9} {'R':>5} {'P':>5} {'F1':>5} {'n':>3}")
    for path in HELD_OUT:
        gold = json.loads(path.read_text(encoding="utf-8"))
        a = load_document(corpus_dir / gold["files"]["a"])
        b = load_document(corpus_dir / gold["files"]["b"])
        name = path.stem.removeprefix("heldout_").removesuffix("_gold")
        for cfg in configs(False):
            if cfg.semantic and sem is None:
                continue
            s = score_seed(run_align(a, b, cfg, sem).to_json(), gold)
            print(
                f"{name:28} {cfg.name:9} {s['recall']:5.2f} {s['precision']:5.2f} "
                f"{s['f1']:5.2f} {s['matches']:3.0f}"
            )


def reader_gold(
    corpus: Corpus, ablation: bool, sem: SimilaritySource | None, path: Path, what: str
) -> None:
    """ECB+ same-event pairs against a careful reader's links (every sentence pair judged,
    as on the seed pair): recall of core links, precision of all claim and quote matches,
    pooled over the pairs."""
    gold = json.loads(path.read_text(encoding="utf-8"))["pairs"]
    print(f"\nECB+ same-event pairs against a careful reader's gold: {what} ({len(gold)} pairs)")
    print(f"{'method':28} {'R':>5} {'P':>5} {'F1':>5} {'core found':>11} {'right':>9}")
    for cfg in configs(ablation):
        if cfg.semantic and sem is None:
            continue
        found = core = correct = total = 0
        for key, pair in gold.items():
            d1, d2 = key.split("|")
            s = score_seed(run_align(corpus.doc(d1), corpus.doc(d2), cfg, sem).to_json(), pair)
            found, core = found + int(s["found"]), core + int(s["core"])
            correct, total = correct + int(s["correct"]), total + int(s["matches"])
        r, p = found / max(1, core), correct / max(1, total)
        print(
            f"{cfg.name:28} {r:5.2f} {p:5.2f} {_f1(p, r):5.2f} {found:5}/{core:<5} "
            f"{correct:4}/{total:<4}"
        )


def discrepancy_gold(corpus: Corpus, sem: SimilaritySource | None) -> None:
    """Reported discrepancies against a careful reader's list of the facts two articles
    state with different values: recall of the clear ones, precision of the reported ones
    (right when both their passages lie in the lines of a listed one, clear or arguable)."""
    gold = json.loads(DISCREPANCY_GOLD.read_text(encoding="utf-8"))["pairs"]
    n = sum(len(p["discrepancies"]) for p in gold.values())
    print(f"\nDiscrepancies against a careful reader's list ({len(gold)} ECB+ pairs, {n} listed)")
    print(f"{'method':28} {'clear found':>12} {'all found':>10} {'reported right':>15}")
    for cfg in configs(False):
        if cfg.semantic and sem is None:
            continue
        clear = found_clear = found_all = right = reported = 0
        for key, pair in gold.items():
            d1, d2 = key.split("|")
            res = run_align(corpus.doc(d1), corpus.doc(d2), cfg, sem).to_json()
            ta, tb = res["documents"][0]["text"], res["documents"][1]["text"]
            listed = [
                (d["certainty"], [x for t in d["a"] for x in find_all(ta, t)],
                 [x for t in d["b"] for x in find_all(tb, t)])
                for d in pair["discrepancies"]
            ]  # fmt: skip
            hits = [[_hit(r, sa, sb) for _, sa, sb in listed] for r in res["discrepancies"]]
            reported += len(hits)
            right += sum(any(h) for h in hits)
            for k, (certainty, _, _) in enumerate(listed):
                got = any(h[k] for h in hits)
                found_all += got
                if certainty == "clear":
                    clear += 1
                    found_clear += got
        print(
            f"{cfg.name:28} {found_clear:5}/{clear:<6} {found_all:4}/{n:<5} {right:7}/{reported:<7}"
        )


def other_languages() -> None:
    """Three pairs written in German, French and Spanish (tests/data/languages), aligned
    as the app aligns them (method auto: words, names and figures, the sentence model
    reading English only), scored as the seed pair: each language stemmed by its own
    Snowball stemmer (shipped), and by the English one (as before the twenty-sixth
    session)."""
    gold = json.loads((LANGUAGES / "gold.json").read_text(encoding="utf-8"))["pairs"]
    print("\nArticles in other languages (tests/data/languages, method auto)")
    print(f"{'pair':6} {'stemmer':10} {'R':>5} {'P':>5} {'F1':>5} {'core found':>11} {'right':>7}")
    english = lambda a, b: (ENGLISH_FORMS, ENGLISH_FORMS)  # noqa: E731
    for lang, pair in gold.items():
        a, b = (load_document(LANGUAGES / f"{lang}_{side}.txt") for side in "ab")
        for name, forms in (("own", side_forms), ("English", english)):
            setattr(pair_analysis, "side_forms", forms)  # noqa: B010
            try:
                s = score_seed(align_auto(a, b, method="auto").to_json(), pair)
            finally:
                setattr(pair_analysis, "side_forms", side_forms)  # noqa: B010
            found, right = (
                f"{s['found']:.0f}/{s['core']:.0f}",
                f"{s['correct']:.0f}/{s['matches']:.0f}",
            )
            print(
                f"{lang:6} {name:10} {s['recall']:5.2f} {s['precision']:5.2f} {s['f1']:5.2f} "
                f"{found:>11} {right:>7}"
            )


def crosscheck(corpus_dir: Path, n: int) -> None:
    tools = ROOT.parent / "shared" / "tools"
    cmd = [sys.executable, "-m", "reader", "align", "--format", "json"]
    with open("/tmp/crossread-seed.json", "w", encoding="utf-8") as fh:
        subprocess.run([*cmd, str(SEED_A), str(SEED_B)], stdout=fh, check=True)
    for args in (
        [str(tools / "score_pair.py"), str(GOLD), "/tmp/crossread-seed.json"],
        [str(tools / "score_ecb.py"), str(corpus_dir), str(n), "--", *cmd],
    ):
        out = subprocess.run([sys.executable, *args], capture_output=True, text=True)
        print("  shared/tools:", out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/ecbplus-dev")
    ap.add_argument("--pairs", type=int, default=40)
    ap.add_argument("--ablation", action="store_true", help="also score variants without each idea")
    ap.add_argument("--crosscheck", action="store_true", help="also run ../shared/tools scorers")
    args = ap.parse_args()
    embedder = default_embedder()
    sem = SemanticSimilarity(embedder) if embedder is not None else None
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    a, b = load_document(SEED_A), load_document(SEED_B)
    corpus = Corpus(args.corpus) if (args.corpus / "gold.json").exists() else None
    if corpus is None:
        print(
            f"no ECB+ corpus at {args.corpus} (give its folder with --corpus): only the seed"
            " pair and the other languages are scored\n",
            flush=True,
        )
    head = f"{'method':28} {'seed R':>7} {'P':>5} {'F1':>5} {'n':>3} | "
    head += f"{'ECB+ R':>7} {'P':>5} {'F1':>5} {'/10 same':>8} {'/10 diff':>8} {'sep':>6} | time"
    print(head)
    notices: list[str] = []
    for cfg in configs(args.ablation):
        if cfg.semantic and sem is None:
            print(f"{cfg.name:28} skipped: the sentence model did not load")
            continue
        t0 = time.perf_counter()
        s = score_seed(run_align(a, b, cfg, sem).to_json(), gold)
        line = f"{cfg.name:28} {s['recall']:7.2f} {s['precision']:5.2f} {s['f1']:5.2f} "
        line += f"{s['matches']:3.0f} | "
        if corpus is not None:
            e = score_corpus(corpus, args.pairs, cfg, sem)
            line += f"{e['recall']:7.2f} {e['precision']:5.2f} {e['f1']:5.2f} "
            line += f"{e['per10_same']:8.2f} {e['per10_diff']:8.2f} {e['separation']:5.1f}x | "
            notices.append(
                f"{cfg.name:28} same event {e['told_same']:4.0%}, different events "
                f"{e['told_diff']:4.0%}"
            )
        print(line + f"{time.perf_counter() - t0:.1f} s", flush=True)
    if notices:
        print(
            "\nECB+ pairs told 'no claim or quote in common' (reader.analysis.linking.relatedness):"
        )
        print("\n".join(notices))
    if corpus is not None:
        held_out(args.corpus, sem)
        for path, what in ((READER_GOLD, "the sample"), (READER_HELD_OUT, "held out")):
            if path.exists():
                reader_gold(corpus, args.ablation, sem, path, what)
        if DISCREPANCY_GOLD.exists():
            discrepancy_gold(corpus, sem)
    if LANGUAGES.exists():
        other_languages()
    if args.crosscheck and corpus is not None:
        crosscheck(args.corpus, args.pairs)


if __name__ == "__main__":
    main()
