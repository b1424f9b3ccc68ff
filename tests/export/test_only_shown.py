"""An export kept to the matches the window's Matches panel shows (``keep``, reader/export):
the others are left out unless they carry a note, notes on free text stay, and every
format's header says so."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from reader.export import export_session, render_export
from reader.export.entries import build_entries, export_data
from reader.export.entry import Entry
from reader.ingest import load_document
from reader.model.session import Session

# the sample session lists manual-1 (a claim linked by hand), m1 (a claim with a note),
# m2 (a quote) and the note n2 on free text; the panel shows m2 alone
SHOWN = frozenset({"m2"})
SAID = "Filter: only the 1 of 3 claim and quote matches the Matches panel showed"


def keys(entries: list[Entry]) -> list[str]:
    return [e.match_id or e.notes[0].id for e in entries]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_a_match_the_panel_hid_is_left_out(session: Session) -> None:
    assert "manual-1" not in keys(build_entries(session, keep=SHOWN))


def test_a_match_the_panel_showed_is_listed(session: Session) -> None:
    assert "m2" in keys(build_entries(session, keep=SHOWN))


def test_a_hidden_match_with_a_note_is_listed_for_it(session: Session) -> None:
    assert "m1" in keys(build_entries(session, keep=SHOWN))


def test_a_note_on_free_text_stays(session: Session) -> None:
    assert "n2" in keys(build_entries(session, keep=SHOWN))


def test_without_keep_every_match_is_listed(session: Session) -> None:
    assert keys(build_entries(session)) == ["manual-1", "m1", "m2", "n2"]


def test_a_hidden_match_of_a_minor_kind_is_left_out_with_all_kinds(session: Session) -> None:
    assert "m4" not in keys(build_entries(session, minor=True, keep=SHOWN))


def test_the_counts_are_of_the_matches_listed_without_a_note(session: Session) -> None:
    assert export_data(session, keep=SHOWN).only_shown == (1, 3)


def test_only_annotated_says_nothing_of_the_panel(session: Session) -> None:
    """Every match without a note is left out anyway."""
    assert export_data(session, only_annotated=True, keep=SHOWN).only_shown is None


@pytest.fixture
def bare(session: Session) -> Session:
    """The sample pair without notes, rejections or links by hand: 2 claim and quote
    matches, and a passage only A reports."""
    return Session(session.alignment)


def test_the_panel_showing_nothing_and_no_note_says_why_nothing_is_listed(
    bare: Session,
) -> None:
    assert export_data(bare, keep=frozenset()).empty_text() == (
        "No match or note is listed: the Matches panel showed none of the 2 claim and "
        "quote matches, and no passage has a note."
    )


def test_a_list_naming_nothing_says_it_named_none(bare: Session) -> None:
    assert (
        export_data(bare, keep=frozenset(), keep_listed=True)
        .empty_text()
        .startswith("No match or note is listed: --matches named none of the 2")
    )


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_nothing_kept_claims_no_empty_export_above_the_passages_that_follow(
    bare: Session, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"notes.{fmt}"
    export_session(bare, out, fmt, keep=frozenset())
    text = flat(load_document(out).text if fmt == "docx" else out.read_text(encoding="utf-8"))
    assert "nothing to export" not in text.lower()
    assert text.index("No match or note is listed") < text.index("Only in A")


def test_every_match_kept_is_no_filter(session: Session) -> None:
    every = frozenset({"manual-1", "m1", "m2"})
    assert export_data(session, keep=every).only_shown is None


def test_every_match_kept_says_no_filter_in_the_header(session: Session) -> None:
    every = frozenset({"manual-1", "m1", "m2"})
    assert "Filter:" not in render_export(session, "md", keep=every).decode("utf-8")


def test_a_list_of_ids_is_named_as_such_in_the_header(session: Session) -> None:
    text = flat(render_export(session, "md", keep=SHOWN, keep_listed=True).decode("utf-8"))
    assert (
        "Filter: only the 1 of 3 claim and quote matches listed with --matches; "
        "any other is listed only when it carries a note."
    ) in text


def test_a_list_of_ids_leaves_the_panel_unnamed(session: Session) -> None:
    text = render_export(session, "md", keep=SHOWN, keep_listed=True).decode("utf-8")
    assert "Matches panel" not in text


def test_the_panel_is_named_with_what_it_hid(session: Session) -> None:
    text = flat(render_export(session, "md", keep=SHOWN).decode("utf-8"))
    assert f"{SAID}; a match it hid is listed only when it carries a note." in text


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_the_header_says_only_the_matches_shown_are_listed(
    session: Session, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"notes.{fmt}"
    export_session(session, out, fmt, keep=SHOWN)
    text = load_document(out).text if fmt == "docx" else out.read_text(encoding="utf-8")
    assert SAID in flat(text)


def test_the_header_says_nothing_of_the_panel_without_keep(session: Session) -> None:
    assert "Matches panel" not in render_export(session, "md").decode("utf-8")


def test_json_gives_the_counts(session: Session) -> None:
    data = json.loads(render_export(session, "json", keep=SHOWN))
    assert data["only_shown"] == {"shown": 1, "of": 3}


def test_json_without_keep_gives_null(session: Session) -> None:
    assert json.loads(render_export(session, "json"))["only_shown"] is None


def test_csv_says_the_filter_on_every_row(session: Session) -> None:
    text = render_export(session, "csv", keep=SHOWN).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["filter"] for r in rows} == {"only the matches shown, 1 of 3"}


def test_csv_says_a_list_of_ids_listed_them(session: Session) -> None:
    text = render_export(session, "csv", keep=SHOWN, keep_listed=True).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["filter"] for r in rows} == {"only the matches listed, 1 of 3"}
