"""Every discrepancy reported on the same-event ECB+ pairs, one a line, to compare two
versions of the discrepancy rules: run it before and after a change and `diff` the two
files (lines are sorted; each tells the pair, the kind, the detail and the two sentences).

    python benchmarks/discrepancy_scan.py [--corpus ../shared/corpora/ecbplus-dev]
                                          [--lexical] [--only number] > scan.tsv

Pairs are every two articles of one folder (articles of one folder report one event),
aligned as the app does (with the sentence model unless --lexical or it is missing).

    python benchmarks/discrepancy_scan.py --check [--pairs 100] [--folder 12ecbplus]

runs the scan and compares it with the reviewed scan kept in the repository
(benchmarks/data/discrepancy_scan.tsv, semantic method): exit 0 when they are identical,
else the lines added and dropped, as a unified diff, and exit 1. --pairs N (N pairs spread
evenly over the list) and --folder X (the pairs of event folder X; may be repeated) scan a
subset, compared with that subset's lines of the file only. A change to the file is a
change of what the app reports on real news: make it deliberately, after reading every
added and dropped line.
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import json
import sys
from pathlib import Path

from reader.analysis import LEXICAL_PARAMS, SEMANTIC_PARAMS, SEMANTIC_WEIGHT
from reader.analysis.pipeline import align
from reader.analysis.sentence_model.embedding import default_embedder
from reader.analysis.sentence_model.semantic import SemanticSimilarity
from reader.ingest import load_document
from reader.model import Alignment, Document, Span

ROOT = Path(__file__).resolve().parent.parent
REVIEWED = ROOT / "benchmarks" / "data" / "discrepancy_scan.tsv"


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


def pair_name(pair: tuple[Path, Path]) -> str:
    """How a line of the scan names its pair: the two articles' names."""
    return f"{pair[0].stem}|{pair[1].stem}"


def subset(
    pairs: list[tuple[Path, Path]], count: int | None = None, folders: list[str] | None = None
) -> list[tuple[Path, Path]]:
    """The pairs of ``folders`` (all when None), then ``count`` of them spread evenly over
    the list (all when None), in the list's order."""
    chosen = [p for p in pairs if folders is None or p[0].parent.name in folders]
    if count is None or count >= len(chosen):
        return chosen
    return [chosen[k * len(chosen) // count] for k in range(max(count, 0))]


def lines(pair: tuple[Path, Path], a: Document, b: Document, al: Alignment) -> list[str]:
    name = pair_name(pair)
    return [
        "\t".join((name, d.kind.value, d.detail, _sentence(a, d.a), _sentence(b, d.b)))
        for d in al.discrepancies
    ]


def scan(
    pairs: list[tuple[Path, Path]], lexical: bool = False, only: str | None = None
) -> list[str]:
    """The sorted lines of every discrepancy of ``pairs`` (of kind ``only``), aligned with
    the sentence model unless ``lexical`` or it is missing."""
    embedder = None if lexical else default_embedder()
    extra = [(SemanticSimilarity(embedder), SEMANTIC_WEIGHT)] if embedder is not None else []
    params = SEMANTIC_PARAMS if extra else LEXICAL_PARAMS
    docs: dict[Path, Document] = {}
    found: list[str] = []
    for k, pair in enumerate(pairs, 1):
        a, b = (docs.setdefault(p, load_document(p)) for p in pair)
        al = align(a, b, extra=extra, params=params, method="semantic" if extra else "lexical")
        found.extend(line for line in lines(pair, a, b, al) if only in (None, _kind(line)))
        if k % 100 == 0:
            print(f"{k}/{len(pairs)} pairs, {len(found)} discrepancies", file=sys.stderr)
    return sorted(found)


def _kind(line: str) -> str:
    return line.split("\t")[1]


def reviewed_lines(
    path: Path, pairs: list[tuple[Path, Path]], only: str | None = None
) -> list[str]:
    """The lines of the reviewed scan at ``path`` that tell one of ``pairs`` (of kind
    ``only``), sorted."""
    names = {pair_name(p) for p in pairs}
    text = path.read_text(encoding="utf-8")
    return sorted(
        line
        for line in text.splitlines()
        if line.strip() and line.split("\t", 1)[0] in names and only in (None, _kind(line))
    )


def differences(reviewed: list[str], found: list[str], path: Path) -> list[str]:
    """The lines ``found`` adds to or drops from ``reviewed`` (read from ``path``), as a
    unified diff without context; none when the two are identical."""
    return list(difflib.unified_diff(reviewed, found, str(path), "this scan", n=0, lineterm=""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/ecbplus-dev")
    ap.add_argument("--lexical", action="store_true", help="without the sentence model")
    ap.add_argument("--only", help="only discrepancies of this kind (number, date, ...)")
    ap.add_argument(
        "--check", action="store_true", help="compare with the reviewed scan; exit 1 on a change"
    )
    ap.add_argument("--reviewed", type=Path, default=REVIEWED, help="the reviewed scan")
    ap.add_argument("--pairs", type=int, help="only N pairs, spread evenly over the list")
    ap.add_argument("--folder", action="append", help="only the pairs of this event folder")
    args = ap.parse_args(argv)
    if not (args.corpus / "gold.json").is_file():
        print(f"no ECB+ corpus at {args.corpus}: give its folder with --corpus", file=sys.stderr)
        return 2
    pairs = subset(same_event_pairs(args.corpus), args.pairs, args.folder)
    found = scan(pairs, lexical=args.lexical, only=args.only)
    print(f"{len(pairs)} pairs, {len(found)} discrepancies", file=sys.stderr)
    if not args.check:
        print("\n".join(found))
        return 0
    changed = differences(reviewed_lines(args.reviewed, pairs, args.only), found, args.reviewed)
    if changed:
        print("\n".join(changed))
    added = sum(1 for line in changed[2:] if line.startswith("+"))
    dropped = sum(1 for line in changed[2:] if line.startswith("-"))
    print(f"{added} added, {dropped} dropped against {args.reviewed}", file=sys.stderr)
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
