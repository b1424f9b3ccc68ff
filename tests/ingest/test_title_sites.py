"""Tests of reader/ingest/title_sites.py: a <title>'s last part is the page's outlet when
the page names it again as one, through the real extractor (load_document)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import load_document
from reader.ingest.title_sites import initials

_STORY = """<p>An explosion tore through a storage hall at a chemical plant on Tuesday,
killing 12 workers and injuring at least 40 others, officials said.</p>
<p>The blast sent a column of black smoke over the city and could be heard as far away as
Mannheim, across the river Rhine, residents said.</p>
<p>More than 200 firefighters fought the flames for nearly six hours before bringing them
under control, the fire service said.</p>"""


def _page(
    title: str,
    *,
    byline: str = "",
    footer: str = "",
    home: str = "",
    head: str = "",
    lead: str = "",
) -> str:
    """A page titled ``title`` whose <h1> is a longer headline than the title's."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}
<meta property="article:published_time" content="2026-03-04T08:15:00+01:00"></head>
<body><header>{home}<nav><a href="/world">World</a> | <a href="/business">Business</a></nav>
</header><article>
<h1>Blast at Ludwigshafen chemical plant kills 12, dozens injured</h1>
{f'<p class="byline">{byline}</p>' if byline else ""}
{f"<p>{lead}</p>" if lead else ""}
{_STORY}
</article><footer>{footer}</footer></body></html>
"""


def _source(tmp_path: Path, page: str) -> str | None:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return load_document(path).source


def test_the_fact_checker_s_page_names_its_outlet(data_dir: Path) -> None:
    doc = load_document(data_dir / "pages" / "blast_rhine_courier.html")
    assert (doc.title, doc.source) == (
        "Blast at Ludwigshafen chemical plant kills 12, dozens injured",
        "Rhine Courier",
    )


@pytest.mark.parametrize("separator", [" - ", " | ", " – ", " — "])
def test_the_title_s_outlet_named_in_the_byline_is_the_source(
    tmp_path: Path, separator: str
) -> None:
    title = f"Blast at Ludwigshafen plant kills 12{separator}Rhine Courier"
    page = _page(title, byline="By Clara Weiss, Rhine Courier")
    assert _source(tmp_path, page) == "Rhine Courier"


@pytest.mark.parametrize(
    "footer",
    [
        "<p>© 2026 Rhine Courier</p>",
        "<p>&copy; 2020-2026 Rhine Courier. All rights reserved.</p>",
        "Copyright 2026 The Rhine Courier",
    ],
)
def test_the_title_s_outlet_named_in_a_copyright_line_is_the_source(
    tmp_path: Path, footer: str
) -> None:
    page = _page("Blast kills 12 | Rhine Courier", footer=footer)
    assert _source(tmp_path, page) == "Rhine Courier"


@pytest.mark.parametrize(
    "where",
    [
        {"home": '<a href="/">Rhine Courier</a>'},
        {"home": '<a href="https://www.rc-online.example/">Rhine Courier</a>'},
        {"head": '<link rel="canonical" href="https://www.rhinecourier.example/2026/03/04/blast">'},
        {"lead": "LUDWIGSHAFEN, Germany (RC) — Twelve people were killed in a blast on Tuesday."},
    ],
    ids=["home-link", "home-link-address", "address", "dateline-initials"],
)
def test_the_title_s_outlet_the_page_names_again_is_the_source(
    tmp_path: Path, where: dict[str, str]
) -> None:
    assert _source(tmp_path, _page("Blast kills 12 - Rhine Courier", **where)) == "Rhine Courier"


def test_the_outlet_replaces_an_address_the_extractor_took_for_the_site(
    tmp_path: Path,
) -> None:
    canonical = '<link rel="canonical" href="https://www.rc-online.example/2026/03/04/blast">'
    page = _page("Blast kills 12 - Rhine Courier", head=canonical, footer="© 2026 Rhine Courier")
    assert _source(tmp_path, page) == "Rhine Courier"


@pytest.mark.parametrize(
    "title",
    [
        "Putin meets Kim - Analysis",
        "Blast at Ludwigshafen plant: what we know - Explainer",
        "Blast kills 12 | Rhine Courier",
    ],
)
def test_a_title_s_last_words_nothing_confirms_name_no_outlet(tmp_path: Path, title: str) -> None:
    """Nothing on the page names the last part again: a headline's words."""
    assert _source(tmp_path, _page(title, byline="By Clara Weiss")) is None


def test_the_last_words_named_in_the_story_s_prose_name_no_outlet(tmp_path: Path) -> None:
    lead = "Analysis of the samples taken at Rhine Courier Street showed no toxic gases."
    page = _page("Blast kills 12 - Analysis", lead=lead)
    assert _source(tmp_path, page) is None


def test_a_copyright_line_of_another_outlet_confirms_nothing(tmp_path: Path) -> None:
    page = _page("Blast kills 12 - Explainer", footer="<p>© 2026 Rhine Courier</p>")
    assert _source(tmp_path, page) is None


def test_the_page_s_site_name_stays_over_the_title_s_last_part(tmp_path: Path) -> None:
    head = '<meta property="og:site_name" content="Courier Online">'
    page = _page("Blast kills 12 - Rhine Courier", head=head, footer="© 2026 Rhine Courier")
    assert _source(tmp_path, page) == "Courier Online"


def test_a_sentence_after_the_title_s_separator_names_no_outlet(tmp_path: Path) -> None:
    page = _page(
        "Blast kills 12 - officials say toll may rise", footer="© 2026 officials say toll may rise"
    )
    assert _source(tmp_path, page) is None


def test_initials_are_the_capitals_of_the_name_s_words() -> None:
    assert [initials("Continental Wire"), initials("Voice of America")] == ["CW", "VA"]


@pytest.mark.parametrize(
    "title",
    [
        "Rhine Courier | Blast at Ludwigshafen plant kills 12",
        "Rhine Courier - Blast at Ludwigshafen plant kills 12",
        "Rhine Courier – Blast at Ludwigshafen plant kills 12",
        "Rhine Courier: Blast at Ludwigshafen plant kills 12",
    ],
)
def test_the_title_s_leading_outlet_named_in_the_byline_is_the_source(
    tmp_path: Path, title: str
) -> None:
    page = _page(title, byline="By Clara Weiss, Rhine Courier")
    assert _source(tmp_path, page) == "Rhine Courier"


@pytest.mark.parametrize(
    "where",
    [
        {"footer": "<p>© 2026 Rhine Courier</p>"},
        {"home": '<a href="/">Rhine Courier</a>'},
        {"byline": "By Clara Weiss | Rhine Courier"},
    ],
    ids=["copyright", "home-link", "byline"],
)
def test_a_leading_outlet_in_capitals_is_the_source_as_the_page_writes_it(
    tmp_path: Path, where: dict[str, str]
) -> None:
    page = _page("RHINE COURIER: Blast at Ludwigshafen plant kills 12", **where)
    assert _source(tmp_path, page) == "Rhine Courier"


@pytest.mark.parametrize(
    "where",
    [
        {"head": '<link rel="canonical" href="https://www.rhinecourier.example/2026/03/04/blast">'},
        {"lead": "LUDWIGSHAFEN, Germany (RC) — Twelve people were killed in a blast on Tuesday."},
    ],
    ids=["address", "dateline-initials"],
)
def test_a_leading_outlet_the_address_or_dateline_confirms_is_the_source(
    tmp_path: Path, where: dict[str, str]
) -> None:
    page = _page("Rhine Courier | Blast at Ludwigshafen plant kills 12", **where)
    assert _source(tmp_path, page) == "Rhine Courier"


@pytest.mark.parametrize(
    ("title", "where"),
    [
        ("Putin - Kim summit: what we know", {"byline": "By Clara Weiss"}),
        ("Putin - Kim summit: what we know", {"footer": "<p>© 2026 Rhine Courier</p>"}),
        ("Putin - Kim summit: what we know", {"byline": "By Clara Weiss, Rhine Courier"}),
        ("Ludwigshafen: what we know about the blast", {"byline": "By Clara Weiss"}),
        ("BLAST: Twelve killed at Ludwigshafen plant", {"footer": "<p>© 2026 Rhine Courier</p>"}),
    ],
)
def test_a_headline_s_first_words_name_no_outlet(
    tmp_path: Path, title: str, where: dict[str, str]
) -> None:
    assert _source(tmp_path, _page(title, **where)) is None


@pytest.mark.parametrize(
    "title", ["Home | Blast at Ludwigshafen plant kills 12", "Blast kills 12 - Home"]
)
def test_a_home_link_s_menu_word_names_no_outlet(tmp_path: Path, title: str) -> None:
    assert _source(tmp_path, _page(title, home='<a href="/">Home</a>')) is None


@pytest.mark.parametrize(
    "title", ["Blast kills 12 | Politics", "Politics | Blast at Ludwigshafen plant kills 12"]
)
def test_a_section_ending_the_byline_names_no_outlet(tmp_path: Path, title: str) -> None:
    assert _source(tmp_path, _page(title, byline="By Jane Roe | Politics")) is None


_CW_ADDRESS = '<link rel="canonical" href="https://continentalwire.example/2026/03/05/blast">'
_CW_DATELINE = "LUDWIGSHAFEN, Germany ({}) — Fourteen people were killed on Wednesday."


def test_an_outlet_its_dateline_spells_out_and_the_address_names_is_the_source(
    tmp_path: Path,
) -> None:
    page = _page("Blast kills 12", head=_CW_ADDRESS, lead=_CW_DATELINE.format("Continental Wire"))
    assert _source(tmp_path, page) == "Continental Wire"


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        (_CW_ADDRESS.replace("continentalwire", "rhinecourier"), "Continental Wire"),
        (_CW_ADDRESS, "Rhine Chemicals"),
        ("", "Continental Wire"),
    ],
    ids=["another-address", "another-name", "no-address"],
)
def test_words_in_a_dateline_s_brackets_the_address_does_not_name_are_no_source(
    tmp_path: Path, head: str, outlet: str
) -> None:
    page = _page("Blast kills 12", head=head, lead=_CW_DATELINE.format(outlet))
    assert _source(tmp_path, page) != outlet
