"""Tests of reader/analysis/relatedness.py: the notice for a pair that shares nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.relatedness import (
    NOTHING_SHARED,
    SAME_TEXT,
    main_script,
    pair_notice,
    shared_statements,
)
from reader.ingest import load_document
from reader.model import Alignment, MatchKind
from tests.session.samples import sample_alignment


@pytest.fixture(scope="module")
def unrelated(seed_a_path: Path, data_dir: Path) -> Alignment:
    """The seed's Hankyoreh article against an ECB+ brief on an actress entering rehab."""
    return align(load_document(seed_a_path), load_document(data_dir / "ecb" / "1_10ecb.txt"))


def test_unrelated_articles_get_the_notice(unrelated: Alignment) -> None:
    assert pair_notice(unrelated) == NOTHING_SHARED


def test_the_seed_pair_gets_no_notice(seed_a_path: Path, seed_b_path: Path) -> None:
    al = align(load_document(seed_a_path), load_document(seed_b_path), method="lexical")
    assert pair_notice(al) is None


def test_a_single_quote_is_something_shared() -> None:
    al = sample_alignment()
    only_quote = replace(al, matches=tuple(m for m in al.matches if m.kind is MatchKind.QUOTE))
    assert shared_statements(only_quote) == 1
    assert pair_notice(only_quote) is None


def test_entity_and_number_matches_alone_share_no_statement() -> None:
    al = sample_alignment()
    minor = tuple(m for m in al.matches if m.kind in (MatchKind.ENTITY, MatchKind.NUMBER))
    assert minor, "the sample has entity and number matches"
    assert pair_notice(replace(al, matches=minor, discrepancies=())) == NOTHING_SHARED


def test_a_manual_link_counts_as_shared() -> None:
    al = sample_alignment()
    claim = next(m for m in al.matches if m.kind is MatchKind.CLAIM)
    manual_only = replace(al, matches=(replace(claim, manual=True),), discrepancies=())
    assert pair_notice(manual_only) is None


def _dated(a: str | None, b: str | None) -> Alignment:
    al = sample_alignment()
    return replace(al, a=replace(al.a, date=a), b=replace(al.b, date=b))


def test_articles_weeks_apart_get_a_date_notice() -> None:
    notice = pair_notice(_dated("2013-06-13", "2013-05-03"))
    assert notice is not None
    assert notice.startswith("The two articles are dated 41 days apart (2013-05-03 and 2013-06-13)")
    assert pair_notice(_dated("2013-05-03", "2013-06-13")) == notice  # the same after a swap


@pytest.mark.parametrize(
    ("a", "b"),
    [("2013-05-02", "2013-05-09"), ("2013-05-03", None), (None, None), ("2013-05-03", "soon")],
)
def test_no_date_notice_within_a_week_or_without_two_dates(a: str | None, b: str | None) -> None:
    assert pair_notice(_dated(a, b)) is None


def test_one_text_on_both_sides_gets_the_same_text_notice(seed_a_path: Path) -> None:
    doc = load_document(seed_a_path)
    assert pair_notice(align(doc, doc, method="lexical")) == SAME_TEXT


def test_two_scripts_get_their_own_notice() -> None:
    from reader.ingest import document_from_text

    a = document_from_text(
        "조약 체결\n\n푸틴 대통령과 김정은 위원장은 평양에서 포괄적 전략 동반자 조약에 서명했다.\n"
    )
    b = document_from_text(
        "Договор подписан\n\nПутин и Ким Чен Ын подписали в Пхеньяне договор о партнерстве.\n"
    )
    notice = pair_notice(align(a, b, method="lexical"))
    assert notice is not None
    assert notice.startswith("Article A is written in Korean script and article B in Cyrillic")


@pytest.mark.parametrize(
    ("text", "script"),
    [("The treaty was signed in Pyongyang on Wednesday.", "Latin"), ("Да", None)],
)
def test_main_script(text: str, script: str | None) -> None:
    assert main_script(text) == script
