"""The reference pair (Hankyoreh vs AP on the June 2024 Putin-Kim treaty) against the
hand-made gold file tests/data/seed_gold.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.analysis import align
from reader.ingest import load_document
from reader.ingest.normalize import fold
from reader.model import Alignment, Document, Match, MatchKind, Span


@pytest.fixture(scope="module")
def gold(data_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((data_dir / "seed_gold.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def seed(request: pytest.FixtureRequest, seed_a_path: Path, seed_b_path: Path) -> Alignment:
    return align(load_document(seed_a_path), load_document(seed_b_path), method=request.param)


def locate(doc: Document, snippet: str) -> list[Span]:
    hay, needle = fold(doc.text).lower(), fold(snippet).lower()
    out, k = [], hay.find(needle)
    while k >= 0:
        out.append(Span(k, k + len(needle)))
        k = hay.find(needle, k + 1)
    assert out, f"gold snippet not in the text: {snippet!r}"
    return out


def hits(al: Alignment, m: Match, pair: dict[str, Any]) -> bool:
    return any(m.a.overlaps(s) for x in pair["a"] for s in locate(al.a, x)) and any(
        m.b.overlaps(s) for x in pair["b"] for s in locate(al.b, x)
    )


def passages(al: Alignment) -> list[Match]:
    return [m for m in al.matches if m.kind in (MatchKind.CLAIM, MatchKind.QUOTE)]


def test_recall_of_core_links(seed: Alignment, gold: dict[str, Any]) -> None:
    core = [p for p in gold["pairs"] if p["level"] == "core"]
    found = [p["id"] for p in core if any(hits(seed, m, p) for m in passages(seed))]
    assert len(found) / len(core) >= 0.8, sorted({p["id"] for p in core} - set(found))


def test_precision_of_passage_matches(seed: Alignment, gold: dict[str, Any]) -> None:
    ms = passages(seed)
    correct = [m for m in ms if any(hits(seed, m, p) for p in gold["pairs"])]
    assert len(correct) / len(ms) >= 0.8


def test_photo_date_discrepancy_reported(seed: Alignment) -> None:
    details = [d.detail for d in seed.discrepancies]
    assert "June 18, 2024 vs June 19, 2024" in details


def test_breakthrough_quote_matched(seed: Alignment) -> None:
    quotes = [
        (seed.a.slice(m.a), seed.b.slice(m.b)) for m in seed.matches if m.kind is MatchKind.QUOTE
    ]
    assert ("\u201cbreakthrough\u201d", "\u201cbreakthrough document\u201d") in quotes


def test_no_match_touches_boilerplate(seed: Alignment, gold: dict[str, Any]) -> None:
    for side, doc in (("a", seed.a), ("b", seed.b)):
        spans = [s for x in gold["boilerplate"][side] for s in locate(doc, x)]
        for m in seed.matches:
            assert not any((m.a if side == "a" else m.b).overlaps(s) for s in spans)


def test_spelling_variants_joined_as_one_entity(seed: Alignment) -> None:
    ents = {
        (seed.a.slice(m.a), seed.b.slice(m.b)) for m in seed.matches if m.kind is MatchKind.ENTITY
    }
    assert ("Kim Jong-un", "Kim Jong Un") in ents


def test_only_in_one_article_passages(seed: Alignment) -> None:
    only_a = " ".join(seed.a.slice(s) for s in seed.only_a)
    only_b = " ".join(seed.b.slice(s) for s in seed.only_b)
    assert "invited Kim to join him in Moscow" in only_a
    assert "psychological warfare" in only_b


def test_swapping_the_articles_mirrors_every_match(
    seed: Alignment, seed_a_path: Path, seed_b_path: Path
) -> None:
    swapped = align(load_document(seed_b_path), load_document(seed_a_path), method=seed.method)
    forward = sorted((m.kind.value, m.a, m.b) for m in seed.matches)
    backward = sorted((m.kind.value, m.b, m.a) for m in swapped.matches)
    assert forward == backward


def test_kims_quotations_are_under_his_full_name(seed: Alignment) -> None:
    speakers = {
        (side, q.speaker) for side, qs in (("a", seed.quotes_a), ("b", seed.quotes_b)) for q in qs
    }
    assert {("a", "Kim Jong-un"), ("b", "Kim Jong Un")} <= speakers
    assert not {s for s in speakers if s[1] == "Kim"}
