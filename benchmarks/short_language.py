"""How often a short text's language is told (reader.analysis.linking.relatedness.pair_language),
on the sentences of the corpora: each sentence of ECB+ dev (English: told English, or
nothing) and of tests/data/languages (German, French, Spanish) alone, and each with the
next sentence of its article (two briefs of a pair).

    PYTHONPATH=. python benchmarks/short_language.py [--wrong]

Prints, by language: the sentences, how many are told right, told wrong (another
language), told nothing. ``--wrong`` lists the sentences told another language.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path

from reader.analysis.linking.relatedness import pair_language

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "ecbplus-dev"
LANGUAGES = ROOT / "tests" / "data" / "languages"
_CODES = {"de": "German", "fr": "French", "es": "Spanish"}
MIN_LETTERS = 20  # a line of fewer letters (a date, a URL's stub) is no sentence


def sentences() -> dict[str, list[list[str]]]:
    """The sentences of each language's articles, article by article."""
    out: dict[str, list[list[str]]] = {"English": []}
    for path in sorted(CORPUS.glob("*/*.txt")):
        out["English"].append(_lines(path))
    for path in sorted(LANGUAGES.glob("*_*.txt")):
        out.setdefault(_CODES[path.stem.split("_")[0]], []).append(_lines(path))
    return out


def _lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        s.strip() for s in lines if sum(c.isalpha() for c in s) >= MIN_LETTERS and "http" not in s
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wrong", action="store_true", help="list the sentences told wrong")
    args = parser.parse_args()
    print(f"{'language':<10} {'texts':<6} {'n':>6} {'right':>7} {'wrong':>6} {'none':>6}")
    for language, articles in sentences().items():
        for kind, texts in (
            ("one", [s for a in articles for s in a]),
            ("two", [f"{x}\n{y}" for a in articles for x, y in itertools.pairwise(a)]),
        ):
            told: Counter[str] = Counter()
            for text in texts:
                found = pair_language(text)
                expected = None if language == "English" else language
                key = "right" if found == expected else "none" if found is None else "wrong"
                told[key] += 1
                if key == "wrong" and args.wrong:
                    print(f"  {language} told {found}: {text!r}")
            n = len(texts)
            right = told["right"] / n if n else 0.0
            print(
                f"{language:<10} {kind:<6} {n:>6} {right:>7.3f} {told['wrong']:>6} "
                f"{told['none']:>6}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
