"""Tests of reader/ingest/page_titles.py: the site a <title> names beside the headline,
never a newspaper's section."""

from __future__ import annotations

import pytest

from reader.ingest.page_titles import is_section, site_beside_headline

_HEADLINE = "Blast at Ludwigshafen chemical plant kills 12"


def _page(title: str) -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{_HEADLINE}</h1></body></html>"


@pytest.mark.parametrize("title", [f"{_HEADLINE} | Rhine Courier", f"Rhine Courier - {_HEADLINE}"])
def test_the_site_beside_the_headline_is_named(title: str) -> None:
    assert site_beside_headline(_page(title), _HEADLINE) == "Rhine Courier"


@pytest.mark.parametrize("title", [f"{_HEADLINE} | Politics", f"WORLD - {_HEADLINE}"])
def test_a_section_beside_the_headline_names_no_site(title: str) -> None:
    assert site_beside_headline(_page(title), _HEADLINE) is None


@pytest.mark.parametrize(
    ("name", "section"),
    [
        ("Politics", True),
        ("WORLD", True),
        (" business ", True),
        ("Rhine Courier", False),
        ("Politico", False),
        ("Time", False),
    ],
)
def test_a_newspaper_s_sections(name: str, section: bool) -> None:
    assert is_section(name) is section
