"""How many quotations Crossread gives a speaker: every article of ECB+ dev read as the
window reads it, its quotations found and each one's speaker named (or the unnamed source
the article gives), as the Quotes panel lists them.

    python benchmarks/speakers.py [--corpus ../shared/corpora/ecbplus-dev] [--dump out.json]

``--dump`` writes every quotation (file, offset, its first words, speaker) to compare two
versions of the speaker rules quotation by quotation.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from reader.analysis.figures.numerals import ENGLISH, writing_of
from reader.analysis.quotations.quotes import find_quotations
from reader.analysis.reading import features
from reader.analysis.units import document_units
from reader.ingest import load_document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "ecbplus-dev"


def quotations(path: Path, root: Path) -> list[dict[str, object]]:
    """The quotations of the article at ``path``, with their speakers."""
    doc = load_document(path)
    units = document_units(doc)
    feats, _ = features(units, [], None, (writing_of(doc.text), ENGLISH))
    found = find_quotations(doc, [m for f in feats for m in f.names])
    return [
        {
            "file": str(path.relative_to(root)),
            "start": q.span.start,
            "quote": doc.slice(q.span)[:90],
            "speaker": q.speaker,
            "unnamed": q.unnamed,
        }
        for q in found
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--dump", type=Path, help="write every quotation here (JSON)")
    args = parser.parse_args(argv)
    articles = sorted(args.corpus.glob("*/*.txt"))
    rows = [row for path in articles for row in quotations(path, args.corpus)]
    spoken = [r for r in rows if r["speaker"]]
    named = [r for r in spoken if not r["unnamed"]]
    print(
        f"{len(articles)} articles, {len(rows)} quotations: {len(spoken)} with a speaker "
        f"({len(named)} named, {len(spoken) - len(named)} unnamed sources)"
    )
    if args.dump is not None:
        args.dump.write_text(json.dumps(rows, indent=0, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
