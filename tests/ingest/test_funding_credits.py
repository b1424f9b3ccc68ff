"""A wire's note on who funds its desk (reader/ingest/funding_credits.py) is boilerplate:
"Continental Press health and science coverage receives support from the Halvorsen
Foundation. CP is solely responsible for all content." was the study pair's last passage
only in B (tests/data/pages/study_*); a fact of support stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import load_document
from reader.ingest.boilerplate import is_boilerplate_line


@pytest.mark.parametrize(
    "line",
    [
        "Continental Press health and science coverage receives support from the Halvorsen"
        " Foundation. CP is solely responsible for all content.",
        "The Associated Press Health and Science Department receives support from the Howard"
        " Hughes Medical Institute's Science and Educational Media Group. The AP is solely"
        " responsible for all content.",
        "The Associated Press climate and environmental coverage receives financial support"
        " from multiple private foundations.",
        "The AP is solely responsible for all content.",
    ],
)
def test_a_note_of_the_desk_s_funding_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The trial received support from the National Institutes of Health.",
        "The rescue team receives support from the army.",
        "The fire department receives support from the county.",
    ],
)
def test_a_fact_of_support_is_no_credit(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_the_study_wire_s_funding_note_is_left_out(data_dir: Path) -> None:
    doc = load_document(data_dir / "pages" / "study_continental_health_wire.html")
    assert "Halvorsen" not in " ".join(doc.slice(s) for s in doc.content_sentences())
