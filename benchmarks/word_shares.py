"""Which pairs the status bar's share line ("B's words: 37% word for word in A, ...")
would be said of under each rule of when to say it (reader.session.copied_share): the
test pages' pairs (wire and release pairs, which must show it; independent reports, which
must not) and the ECB+ same-event pairs (two reports of one event: most written apart).

    python benchmarks/word_shares.py [--corpus ../shared/corpora/ecbplus-dev]
                                     [--lexical] [--pairs N] [--shares shares.tsv]

Each pair is aligned as the app does (with the sentence model unless --lexical or it is
missing); its two articles' shares (word for word, closely reworded, in whole percent)
are written to --shares as they are found (read back instead of aligning again when the
file exists), then a table: for each rule, the test pairs shown and how many ECB+ pairs
are, with those pairs' names.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from discrepancy_scan import pair_name, same_event_pairs, subset

from reader.analysis import LEXICAL_PARAMS, SEMANTIC_PARAMS, SEMANTIC_WEIGHT
from reader.analysis.pipeline import align
from reader.analysis.sentence_model.embedding import default_embedder
from reader.analysis.sentence_model.semantic import SemanticSimilarity
from reader.ingest import load_document
from reader.model import Document
from reader.session.copied_share import WordShares, word_shares

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "pages"
# the test pages' pairs and whether the line belongs on them (one story built on the
# other's words) or not (two reports written apart); None: either
PAGE_PAIRS: list[tuple[str, str, bool | None]] = [
    ("flood_hill_country_gazette", "flood_dallas_ledger", True),
    ("release_lakeshore_stroke_unit", "release_harlan_courier_stroke_unit", True),
    ("election_selden_herald", "election_coastal_tribune", False),
    ("blast_rhine_courier", "blast_continental_wire", False),
    ("brief_ashbury_library_fire", "feature_ashbury_library_fire", None),
    ("derailment_allgaeuer_rundschau", "derailment_alpine_herald", False),
    ("wildfire_calder_county_courier", "wildfire_northern_press_wire", False),
    ("study_thamesbury_chronicle", "study_continental_health_wire", False),
    ("crash_harwick_observer", "crash_pinecrest_news_service", False),
    ("court_kirkgate_gazette", "court_atlantic_press_wire", None),
]
SAMPLE = ROOT / "resources" / "sample"

# word for word, closely reworded, and word for word in sentences of the outlet's own
# writing (copied_share.STOCK_WORDS: no stock phrase, no quotation), in whole percent
Shares = tuple[int, int, int]
Rule = Callable[[Shares], bool]
RULES: dict[str, Rule] = {
    "same+reworded >= 10 (before)": lambda s: s[0] + s[1] >= 10,
    "own >= 5 and s+r >= 10, or s+r >= 40 (now)": lambda s: (
        (s[2] >= 5 and s[0] + s[1] >= 10) or s[0] + s[1] >= 40
    ),
    "same >= 5 and s+r >= 10, or s+r >= 40 (2026-12-05)": lambda s: (
        (s[0] >= 5 and s[0] + s[1] >= 10) or s[0] + s[1] >= 40
    ),
    "same >= 5 and s+r >= 10, or s+r >= 50": lambda s: (
        (s[0] >= 5 and s[0] + s[1] >= 10) or s[0] + s[1] >= 50
    ),
    "same >= 10": lambda s: s[0] >= 10,
    "same >= 5 and same+reworded >= 15": lambda s: s[0] >= 5 and s[0] + s[1] >= 15,
    "same >= 5 and same+reworded >= 10": lambda s: s[0] >= 5 and s[0] + s[1] >= 10,
    "same >= 3 and same+reworded >= 10": lambda s: s[0] >= 3 and s[0] + s[1] >= 10,
    "same >= 1 and same+reworded >= 10": lambda s: s[0] >= 1 and s[0] + s[1] >= 10,
    "same >= 5": lambda s: s[0] >= 5,
    "same+reworded >= 20": lambda s: s[0] + s[1] >= 20,
    "same+reworded/2 >= 10": lambda s: s[0] + s[1] / 2 >= 10,
}


def _aligner(lexical: bool) -> Callable[[Document, Document], tuple[Shares, Shares]]:
    embedder = None if lexical else default_embedder()
    extra = [(SemanticSimilarity(embedder), SEMANTIC_WEIGHT)] if embedder is not None else []
    params = SEMANTIC_PARAMS if extra else LEXICAL_PARAMS
    method = "semantic" if extra else "lexical"

    def shares(a: Document, b: Document) -> tuple[Shares, Shares]:
        al = align(a, b, extra=extra, params=params, method=method)
        sa, sb = ((*s.percents()[:2], _own_percent(s)) for s in word_shares(al))
        return (sa[0], sa[1], sa[2]), (sb[0], sb[1], sb[2])

    return shares


def _own_percent(shares: WordShares) -> int:
    own = shares.same if shares.copied_own is None else shares.copied_own
    return int(100 * own / shares.words + 0.5) if shares.words else 0


def _read(path: Path) -> dict[str, tuple[Shares, Shares]]:
    out: dict[str, tuple[Shares, Shares]] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            name, *n = line.split("\t")
            if len(n) != 6:  # a file of an earlier version: aligned again
                continue
            v = [int(x) for x in n]
            out[name] = ((v[0], v[1], v[2]), (v[3], v[4], v[5]))
    return out


def measure(
    pairs: list[tuple[str, Path, Path]], lexical: bool, store: Path
) -> dict[str, tuple[Shares, Shares]]:
    """Each pair's two shares, from ``store`` or aligned (and added to it)."""
    found = _read(store)
    shares = None
    with store.open("a", encoding="utf-8") as out:
        for k, (name, pa, pb) in enumerate(pairs, 1):
            if name in found:
                continue
            shares = shares or _aligner(lexical)
            sa, sb = shares(load_document(pa), load_document(pb))
            found[name] = (sa, sb)
            out.write("\t".join([name, *(str(n) for n in (*sa, *sb))]) + "\n")
            out.flush()
            if k % 50 == 0:
                print(f"{k}/{len(pairs)} pairs", file=sys.stderr)
    return found


def _said(shares: tuple[Shares, Shares], rule: Rule) -> bool:
    return rule(shares[0]) or rule(shares[1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/ecbplus-dev")
    ap.add_argument("--lexical", action="store_true", help="without the sentence model")
    ap.add_argument("--pairs", type=int, help="only N ECB+ pairs, spread evenly over the list")
    ap.add_argument("--shares", type=Path, default=Path("word_shares.tsv"))
    args = ap.parse_args(argv)
    pages = [(f"{a}|{b}", PAGES / f"{a}.html", PAGES / f"{b}.html") for a, b, _ in PAGE_PAIRS]
    sample = sorted(SAMPLE.glob("*.txt"))
    pages.append(("sample", sample[1], sample[0]))
    ecb = [(pair_name(p), *p) for p in subset(same_event_pairs(args.corpus), args.pairs)]
    found = measure(pages + ecb, args.lexical, args.shares)
    for name, _pa, _pb in pages:
        (a, b) = found[name]
        print(f"{name}: A {a[0]}% ({a[2]}% own) + {a[1]}%, B {b[0]}% ({b[2]}% own) + {b[1]}%")
    should = {f"{a}|{b}": want for a, b, want in PAGE_PAIRS}
    ecb_names = [name for name, _pa, _pb in ecb]
    print(f"\n{'rule':44} {'test pages shown (!: wrongly)':64} ECB+ of {len(ecb)}")
    for label, rule in RULES.items():
        marks = []
        for name, _pa, _pb in pages:
            said = _said(found[name], rule)
            want = should.get(name)
            wrong = "" if want is None or said == want else "!"
            marks.append(f"{name.split('_')[0]}:{'y' if said else 'n'}{wrong}")
        shown = [n for n in ecb_names if _said(found[n], rule)]
        print(f"{label:44} {' '.join(marks):64} {len(shown)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
