"""What every export's header says about the pair as a whole (reader/export/entries.py:
``ExportData.method``, ``notices``, ``scope``): how it was matched, the notices the window
showed, the filter and the rejected matches left out; and the CSV's columns for them."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from reader.analysis.linking.relatedness import ENGLISH_ONLY_MODEL, NOTHING_SHARED
from reader.export.entries import export_data, pair_notices
from reader.model import Alignment
from reader.model.note import Note
from reader.model.session import Session
from tests.export.conftest import Exporter
from tests.session.samples import sample_alignment, sample_session

FALLBACK = (
    "The sentence-embedding model is not available. Matching uses words, names and numbers only."
)
TEXT_FORMATS = ["md", "html", "json", "csv"]


def weeks_apart() -> Session:
    """The sample session with B dated 41 days after A and the aligner's fallback notice."""
    session = sample_session()
    al = session.alignment
    al = replace(al, b=replace(al.b, date="2024-07-31")).with_notices((FALLBACK,))
    return replace(session, alignment=al)


def unrelated() -> Session:
    """The sample pair with only its name and number matches: no claim or quote shared."""
    al = sample_alignment()
    kept = tuple(m for m in al.matches if m.id in ("m3", "m4"))
    return Session(replace(al, matches=kept, discrepancies=()))


def flat(text: str) -> str:
    return " ".join(text.split())


def test_pair_notices_are_the_windows() -> None:
    notices = pair_notices(weeks_apart())
    assert notices[0].startswith("The two articles are dated 41 days apart")
    assert notices[1] == FALLBACK
    assert pair_notices(unrelated()) == (NOTHING_SHARED,)
    assert pair_notices(sample_session()) == ()


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_every_format_says_method_and_notices(fmt: str, export_text: Exporter) -> None:
    text = flat(export_text(weeks_apart(), fmt))
    assert "lexical" in text
    assert "dated 41 days apart (2024-06-20 and 2024-07-31)" in text
    assert FALLBACK in text


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_every_format_says_the_pair_seems_unrelated(fmt: str, export_text: Exporter) -> None:
    assert "seem to report different events" in flat(export_text(unrelated(), fmt))


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_header_says_the_filter_and_rejected_left_out(fmt: str, export_text: Exporter) -> None:
    text = flat(export_text(sample_session(), fmt, only_annotated=True))
    assert "Filter: only annotated passages" in text
    text = flat(export_text(sample_session().reject("m2"), fmt))  # m3 and m2, no note on them
    assert "2 matches rejected as wrong by the reader are left out." in text


def test_rejected_left_out_counts_only_those_not_listed() -> None:
    session = sample_session()  # m3 rejected, no note on it
    assert export_data(session).rejected_left_out == 1
    noted = session.add_note(Note("n5", "wrong link", match_id="m3"))
    assert export_data(noted).rejected_left_out == 0


def test_json_has_method_notices_and_filters(export_text: Exporter) -> None:
    data = json.loads(export_text(weeks_apart(), "json", minor=True))
    assert data["schema"] == "reader.export/1"  # fields added, none renamed
    assert data["method"] == "lexical"
    assert data["notices"][1] == FALLBACK
    assert data["all_kinds"] is True and data["only_annotated"] is False
    assert data["rejected_left_out"] == 1


def test_csv_has_evidence_sources_method_and_filter(export_text: Exporter) -> None:
    rows = list(csv.DictReader(io.StringIO(export_text(weeks_apart(), "csv", only_annotated=True))))
    claim = next(r for r in rows if r["match"] == "m1")
    assert claim["evidence"] == "help; attacked"
    assert (claim["a_source"], claim["a_date"], claim["a_path"]) == (
        "Hankyoreh",
        "2024-06-20",
        "a.txt",
    )
    assert (claim["b_source"], claim["b_date"], claim["b_path"]) == ("AP", "2024-07-31", "b.txt")
    assert claim["method"] == "lexical"
    assert "dated 41 days apart" in claim["notices"] and FALLBACK in claim["notices"]
    assert claim["filter"] == "only annotated"


def test_csv_keeps_its_first_columns(export_text: Exporter) -> None:
    header = next(csv.reader(io.StringIO(export_text(sample_session(), "csv"))))
    assert header[:18] == [
        "number", "kind", "match", "manual", "score", "a_start", "a_end", "a_text",
        "b_start", "b_end", "b_text", "tags", "note", "discrepancies", "a_title",
        "b_title", "speaker", "rejected",
    ]  # fmt: skip


def test_the_model_sentence_ending_the_notice_above_is_said_once() -> None:
    """The aligner notes that the installed model reads English only; the notice above
    the articles ends with that sentence, and the export says it once."""
    base = sample_alignment()
    a = replace(base.a, text=GERMAN, content_hash="a")
    b = replace(base.b, text=ENGLISH, content_hash="b")
    al = Alignment(a, b).with_notices((ENGLISH_ONLY_MODEL,))
    notices = pair_notices(Session(al))
    assert len(notices) == 1
    assert notices[0].startswith("Article A is written in German and article B in English")
    assert notices[0].endswith(ENGLISH_ONLY_MODEL)


GERMAN = (
    "Der Zug war mit rund 180 Fahrgästen von Kempten nach Ulm unterwegs, als ein vom "
    "Hochwasser unterspülter Bahndamm nachgab. Die Verletzten wurden in Krankenhäuser "
    "gebracht, und die Polizei sperrte das Gelände ab, wie ein Sprecher der Stadt sagte."
)
ENGLISH = (
    "The train was carrying about 180 passengers from Kempten to Ulm when an embankment "
    "undermined by floodwater gave way. The injured were taken to hospitals, and the police "
    "sealed off the area, a spokesman for the town said."
)
