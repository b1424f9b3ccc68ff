"""Bylines of saved pages read through the real extractor (tests/ingest/byline_pages.py):
an agency after the writer's name is the document's source when the page names none, a
Dutch byline is dimmed, and a line of the writers' names alone is dimmed when the page's
author metadata names them, never otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest.page_byline import marked_writers
from reader.model.document import Document
from tests.ingest import byline_pages as pages
from tests.ingest.page_files import dimmed, paragraph_lines, read_page

AGENCY_BYLINES = [
    ("de", "Von Anna Müller (dpa)", "dpa"),
    ("de", "Von Anna Müller mit dpa", "dpa"),
    ("fr", "Par Jean Dupont (AFP)", "AFP"),
    ("fr", "Par Jean Dupont avec AFP", "AFP"),
    ("es", "Por María López (EFE)", "EFE"),
    ("it", "di Marco Rossi (ANSA)", "ANSA"),
    ("pt", "Por João Silva (Lusa)", "Lusa"),
    ("de", "Von Anna Müller, Reuters", "Reuters"),
]


@pytest.mark.parametrize(("lang", "byline", "agency"), AGENCY_BYLINES)
def test_the_agency_of_a_byline_is_the_source_of_a_page_naming_none(
    tmp_path: Path, lang: str, byline: str, agency: str
) -> None:
    doc = read_page(tmp_path, pages.agency_page(lang, byline))
    assert doc.source == agency


@pytest.mark.parametrize(("lang", "byline", "agency"), AGENCY_BYLINES[:1])
def test_the_page_s_own_source_stays_over_its_byline_s_agency(
    tmp_path: Path, lang: str, byline: str, agency: str
) -> None:
    doc = read_page(tmp_path, pages.agency_page(lang, byline, site="Nordkurier"))
    assert doc.source == "Nordkurier"


def test_the_byline_of_another_story_s_card_after_the_story_names_no_source(
    tmp_path: Path,
) -> None:
    card = (
        '<section class="teaser-list"><h2>Mehr zum Thema</h2><div class="teaser">'
        '<h3><a href="/verkehr/flughafen">Warnstreik an Flughäfen</a></h3>'
        "<p>Von Tom Schmidt (Reuters)</p></div></section>\n</body>"
    )
    page = pages.agency_page("de", "Von Anna Müller").replace("</body>", card)
    assert read_page(tmp_path, page).source is None


PUT_BACK_BYLINES = [
    ("de", "Von Anna Müller (dpa)", "Von Anna Müller (dpa)"),
    ("de", "Von Anna Müller mit dpa", "Von Anna Müller mit dpa"),
    ("fr", "Par Jean Dupont (AFP)", "Par Jean Dupont (AFP)"),
    ("fr", "Par Jean Dupont avec AFP", "Par Jean Dupont avec AFP"),
    ("es", "Por María López (EFE)", "Por María López (EFE)"),
    ("it", "di Marco Rossi (ANSA)", "di Marco Rossi (ANSA)"),
    ("pt", "Por João Silva (Lusa)", "Por João Silva (Lusa)"),
    ("de", "Von Anna Müller, Reuters", "Von Anna Müller (Reuters)"),
    ("en", "By Jane Doe (Reuters)", "By Jane Doe (Reuters)"),
    ("en", "By Jane Doe, AP", "By Jane Doe, AP"),
    # the extractor drops an initial's dot ("Dana K Whitcomb"): the page's spelling stays
    ("en", "By Dana K. Whitcomb", "By Dana K. Whitcomb"),
    ("en", "By Dana K. Whitcomb (AP)", "By Dana K. Whitcomb (AP)"),
]


def _put_back(doc: Document) -> str:
    """The line under the headline of ``doc``, dimmed (the byline put back)."""
    line = doc.slice(doc.paragraphs[1])
    assert line in dimmed(doc)
    return line


@pytest.mark.parametrize(("lang", "byline", "put_back"), PUT_BACK_BYLINES)
def test_the_byline_put_back_from_metadata_keeps_the_page_s_agency(
    tmp_path: Path, lang: str, byline: str, put_back: str
) -> None:
    """The extractor drops the byline's element and keeps the writer in its metadata
    without the agency ("Anna Müller" of "Von Anna Müller (dpa)"; "Anna Müller; Reuters"
    of "Von Anna Müller, Reuters"): the byline put back names the agency the page's
    byline named."""
    doc = read_page(tmp_path, pages.agency_page(lang, byline))
    assert _put_back(doc) == put_back


def test_the_agency_is_put_back_with_the_byline_on_a_page_naming_its_own_source(
    tmp_path: Path,
) -> None:
    """The regional paper is the source; the story is still dpa's, as the page said."""
    doc = read_page(tmp_path, pages.agency_page("de", "Von Anna Müller (dpa)", site="Nordkurier"))
    assert (doc.source, _put_back(doc)) == ("Nordkurier", "Von Anna Müller (dpa)")


def test_the_agency_s_line_under_the_byline_is_put_back_with_it(tmp_path: Path) -> None:
    page = pages.agency_page("fr", "Par Jean Dupont").replace(
        "Par Jean Dupont</p>", 'Par Jean Dupont</p><p class="article__byline">(AFP)</p>'
    )
    assert _put_back(read_page(tmp_path, page)) == "Par Jean Dupont (AFP)"


def test_the_agency_s_line_the_extractor_keeps_is_not_named_twice(tmp_path: Path) -> None:
    page = pages.agency_page("fr", "Par Jean Dupont").replace(
        "Par Jean Dupont</p>", 'Par Jean Dupont</p><p class="article__agency">(AFP)</p>'
    )
    doc = read_page(tmp_path, page)
    assert paragraph_lines(doc)[1:3] == ["Par Jean Dupont", "(AFP)"]


PLACE_AND_AGENCY_LINE = [
    ("fr", "Par Jean Dupont (Paris)", "AFP"),
    ("de", "Von Anna Müller, Berlin", "dpa"),
    ("es", "Por María López (Madrid)", "EFE"),
]


@pytest.mark.parametrize("element", ["article__byline", "article__agency"])
@pytest.mark.parametrize(("lang", "byline", "agency"), PLACE_AND_AGENCY_LINE)
def test_a_byline_s_place_and_the_agency_s_line_under_it_are_both_kept(
    tmp_path: Path, lang: str, byline: str, agency: str, element: str
) -> None:
    """ "Par Jean Dupont (Paris)" then "(AFP)" on a line of its own, the agency's line
    dropped by the extractor with the byline ("article__byline") or kept: the byline put
    back keeps "(Paris)" (was "Par Jean Dupont (AFP)", or "Par Jean Dupont" above the
    kept "(AFP)"), the agency's line follows it, both dimmed; the agency is the source."""
    page = pages.agency_page(lang, byline).replace(
        f"{byline}</p>", f'{byline}</p><p class="{element}">({agency})</p>'
    )
    doc = read_page(tmp_path, page)
    lines = paragraph_lines(doc)
    assert (lines[1:3], doc.source) == ([byline, f"({agency})"], agency)
    assert {byline, f"({agency})"} <= dimmed(doc)
    assert lines.count(f"({agency})") == 1


def test_the_agency_of_another_story_s_byline_is_not_put_back(tmp_path: Path) -> None:
    card = (
        '<section class="teaser-list"><h2>Mehr zum Thema</h2><div class="teaser">'
        '<h3><a href="/verkehr/flughafen">Warnstreik an Flughäfen</a></h3>'
        "<p>Von Tom Schmidt (Reuters)</p></div></section>\n</body>"
    )
    page = pages.agency_page("de", "Von Anna Müller").replace("</body>", card)
    assert _put_back(read_page(tmp_path, page)) == "Von Anna Müller"


def test_a_writer_s_byline_with_a_place_in_brackets_names_no_source(tmp_path: Path) -> None:
    doc = read_page(tmp_path, pages.agency_page("de", "Von Anna Müller (Berlin)"))
    assert doc.source is None


@pytest.mark.parametrize(
    ("byline", "in_body"),
    [
        ("Door Jan de Vries", False),
        ("Door Jan van den Berg en Karin Smit", False),
        ("Door Jan de Vries", True),
        ("Door onze correspondent", True),
        ("Van onze verslaggever", True),
        ("Door onze correspondent in Brussel", True),
        ("Van onze correspondent, Brussel", True),
    ],
)
def test_a_dutch_byline_is_dimmed_and_prose_opening_with_door_isread_page(
    tmp_path: Path, byline: str, in_body: bool
) -> None:
    doc = read_page(tmp_path, pages.dutch_page(byline, in_body=in_body))
    assert byline in dimmed(doc)
    prose = next(doc.slice(p) for p in doc.paragraphs if doc.slice(p).startswith("Door de"))
    assert prose not in dimmed(doc)


def test_the_agency_of_a_dutch_byline_is_the_source_when_the_page_names_none(
    tmp_path: Path,
) -> None:
    page = pages.dutch_page("Door Jan de Vries (ANP)", in_body=True).replace(
        '<meta property="og:site_name" content="Dagblad van het Noorden">', ""
    )
    assert read_page(tmp_path, page).source == "ANP"


GUARDIAN_BYLINES = [
    (["Shaun Walker"], '<a rel="author" href="/profile/shaunwalker">Shaun Walker</a> in Kyiv'),
    (["Shaun Walker"], '<a rel="author" href="/profile/shaunwalker">Shaun Walker</a>'),
]


@pytest.mark.parametrize(("writers", "contributors"), GUARDIAN_BYLINES)
def test_a_line_of_the_page_s_writers_alone_isdimmed(
    tmp_path: Path, writers: list[str], contributors: str
) -> None:
    doc = read_page(tmp_path, pages.guardian_page(writers, contributors))
    line = next(doc.slice(p) for p in doc.paragraphs if doc.slice(p).startswith("Shaun Walker"))
    assert line in dimmed(doc)


def test_a_name_alone_that_is_no_writer_s_staysread_page(tmp_path: Path) -> None:
    doc = read_page(tmp_path, pages.guardian_page(*GUARDIAN_BYLINES[0]))
    assert "Olena Kovalenko" in [doc.slice(p) for p in doc.paragraphs]
    assert "Olena Kovalenko" not in dimmed(doc)


def test_the_writers_line_is_read_by_the_json_ld_authors_alone(tmp_path: Path) -> None:
    doc = read_page(
        tmp_path, pages.guardian_page(*GUARDIAN_BYLINES[0], meta_author="Guardian staff")
    )
    assert "Shaun Walker in Kyiv" in dimmed(doc)


def test_a_name_line_is_read_when_the_page_names_another_writer(tmp_path: Path) -> None:
    page = pages.guardian_page(["Luke Harding"], GUARDIAN_BYLINES[0][1])
    doc = read_page(tmp_path, page)
    assert "Shaun Walker in Kyiv" not in dimmed(doc)


DATED_BYLINES = [
    ("de", "Von Anna Müller (dpa) | 12.03.2024, 06:40 Uhr", "dpa", "Von Anna Müller (dpa)"),
    ("fr", "Par Jean Dupont (AFP) - 12 mars 2024 à 06h40", "AFP", "Par Jean Dupont (AFP)"),
    ("es", "Por María López (EFE) | 12 de marzo de 2024, 06:40", "EFE", None),
    ("it", "di Marco Rossi (ANSA) - 12 marzo 2024, 06:40", "ANSA", None),
    ("pt", "Por João Silva (Lusa) | 12 de março de 2024 às 06h40", "Lusa", None),
    ("en", "By Jane Doe, AP | March 12, 2024 6:40 AM", "AP", None),
]


@pytest.mark.parametrize(("lang", "byline", "agency", "put_back"), DATED_BYLINES)
def test_the_agency_of_a_byline_dated_on_its_line_is_the_source(
    tmp_path: Path, lang: str, byline: str, agency: str, put_back: str | None
) -> None:
    """The page's byline element holds the date stamp after the agency; the extractor
    drops it (German, French: the byline is put back from the metadata, with its agency)
    or keeps it (the line itself, dimmed)."""
    doc = read_page(tmp_path, pages.agency_page(lang, byline))
    assert doc.source == agency
    assert _put_back(doc) == (put_back or byline)


def test_a_place_in_brackets_after_a_dated_byline_names_no_source_and_is_put_back(
    tmp_path: Path,
) -> None:
    doc = read_page(tmp_path, pages.agency_page("de", "Von Anna Müller (Berlin) | 12.03.2024"))
    assert (doc.source, _put_back(doc)) == (None, "Von Anna Müller (Berlin)")


WRITERS = {
    "en": "Jane Smith",
    "de": "Anna Müller",
    "fr": "Jean Dupont",
    "es": "María López",
    "it": "Marco Rossi",
    "pt": "João Silva",
}
PLACED_BYLINES = [
    ("en", "By Jane Smith (Washington)"),
    ("de", "Von Anna Müller (Berlin)"),
    ("fr", "Par Jean Dupont (à Paris)"),
    ("es", "Por María López (Madrid)"),
    ("it", "di Marco Rossi (Roma)"),
    ("pt", "Por João Silva (Lisboa)"),
    ("en", "By Jane Smith, Washington"),
    ("de", "Von Anna Müller, Berlin"),
    ("fr", "Par Jean Dupont, à Paris"),
    ("es", "Por María López, Madrid"),
    ("it", "di Marco Rossi, Roma"),
    ("pt", "Por João Silva, em Lisboa"),
    ("fr", "Par Jean Dupont, envoyé spécial à Kiev"),
    # a place of two words after the comma, once read as a second writer ("Reggio Emilia"
    # no table knows: the head names Marco Rossi alone, so it is no writer)
    ("en", "By Jane Smith, Hong Kong"),
    ("de", "Von Anna Müller, Bad Homburg"),
    ("fr", "Par Jean Dupont, Le Havre"),
    ("es", "Por María López, Buenos Aires"),
    ("it", "di Marco Rossi, Reggio Emilia"),
    ("pt", "Por João Silva, São Paulo"),
    ("pt", "Por João Silva, Rio de Janeiro"),
]


@pytest.mark.parametrize("linked", [False, True], ids=["meta-author", "json-ld-author"])
@pytest.mark.parametrize(("lang", "byline"), PLACED_BYLINES)
def test_the_byline_put_back_keeps_the_place_the_page_wrote_after_the_writer(
    tmp_path: Path, lang: str, byline: str, linked: bool
) -> None:
    """The paper's <p class="byline"> goes with the extractor; the writer it keeps (from
    the head, or "Anna Müller; Berlin" of the comma's byline) comes back with where they
    wrote from, as the page wrote it, dimmed; the page stays its own source."""
    page = pages.paper_page(lang, byline, [WRITERS[lang]], linked=linked)
    doc = read_page(tmp_path, page)
    assert (_put_back(doc), doc.source) == (byline, "Tagesblatt")


def test_an_agency_and_a_place_in_brackets_are_put_back_and_the_agency_is_the_source(
    tmp_path: Path,
) -> None:
    doc = read_page(tmp_path, pages.agency_page("de", "Von Anna Müller (dpa, Berlin)"))
    assert (_put_back(doc), doc.source) == ("Von Anna Müller (dpa, Berlin)", "dpa")


def test_a_place_is_put_back_with_two_writers(tmp_path: Path) -> None:
    byline = "Von Anna Müller und Tom Schmidt (Berlin)"
    page = pages.paper_page("de", byline, ["Anna Müller", "Tom Schmidt"])
    assert _put_back(read_page(tmp_path, page)) == byline


@pytest.mark.parametrize(
    ("lang", "byline", "put_back"),
    [
        ("en", "By Shaun Walker, Olena Kovalenko", "By Shaun Walker, Olena Kovalenko"),
        ("en", "By Shaun Walker, Olena Kovalenko, Kyiv", "By Shaun Walker, Olena Kovalenko, Kyiv"),
        ("de", "Von Anna Müller, Olena Kovalenko", "Von Anna Müller und Olena Kovalenko"),
        (
            "fr",
            "Par Jean Dupont, Olena Kovalenko, Kiev",
            "Par Jean Dupont et Olena Kovalenko, Kiev",
        ),
    ],
)
@pytest.mark.parametrize("named", ["both", "first"])
def test_a_second_writer_after_the_comma_is_put_back_whoever_the_head_names(
    tmp_path: Path, lang: str, byline: str, put_back: str, named: str
) -> None:
    """The head names both writers, or the first only (the second is then read as the
    page wrote it)."""
    first = "Shaun Walker" if lang == "en" else WRITERS[lang]
    writers = [first, "Olena Kovalenko"] if named == "both" else [first]
    doc = read_page(tmp_path, pages.paper_page(lang, byline, writers))
    assert _put_back(doc) == (put_back if named == "both" else byline)


@pytest.mark.parametrize(
    ("lang", "byline", "put_back"),
    [
        ("de", "Von Anna Müller, Reggio Emilia", "Von Anna Müller, Reggio Emilia"),
        ("en", "By Jane Doe, Baton Rouge", "By Jane Doe, Baton Rouge"),
        # a second writer the words tell, the page's metadata naming nobody
        ("fr", "Par Jean Dupont, Marie Martin", "Par Jean Dupont et Marie Martin"),
        ("de", "Von Anna Müller, Olena Kovalenko", "Von Anna Müller und Olena Kovalenko"),
    ],
)
def test_a_page_naming_no_writers_tells_a_place_after_the_comma_by_its_words(
    tmp_path: Path, lang: str, byline: str, put_back: str
) -> None:
    """No metadata names a writer: the extractor reads the byline's element whole ("Anna
    Müller; Reggio Emilia"), and the place was put back as a second writer ("Von Anna
    Müller und Reggio Emilia")."""
    doc = read_page(tmp_path, pages.paper_page(lang, byline, [], linked=True))
    assert _put_back(doc) == put_back


def test_a_place_the_story_names_after_the_comma_is_put_back_as_the_place(
    tmp_path: Path,
) -> None:
    """ "Alice" is a given name; the story tells of Alice Springs: no "Von Anna Müller und
    Alice Springs"."""
    page = pages.story_page(
        "de",
        "Von Anna Müller, Alice Springs",
        [
            "In Alice Springs haben am Dienstag Hunderte Menschen gegen die neue "
            "Ausgangssperre für Jugendliche demonstriert.",
            "Die Regierung des Northern Territory verteidigte die Maßnahme als befristet "
            "und notwendig.",
            "Vertreter der Aborigines kritisierten, sie seien vorab nicht angehört worden.",
            "Die Ausgangssperre gilt zunächst für drei Wochen, sagte ein Regierungssprecher.",
        ],
    )
    assert _put_back(read_page(tmp_path, page)) == "Von Anna Müller, Alice Springs"


_QUAKE_STORY = [
    "Ein Erdbeben der Stärke 4,2 hat am Dienstag die Emilia-Romagna erschüttert; Schäden "
    "wurden zunächst nicht gemeldet.",
    "Die Erschütterungen waren in mehreren Städten der Region zu spüren, sagte ein Sprecher "
    "des Zivilschutzes.",
    "Reggio Emilia",
    "In der Altstadt liefen viele Menschen auf die Straßen, die Schulen blieben am Mittwoch "
    "geschlossen.",
    "Die Bahnstrecke nach Parma wurde für Kontrollen zwei Stunden lang gesperrt.",
]


def test_a_crosshead_naming_the_byline_s_place_is_not_dimmed_as_a_writer(
    tmp_path: Path,
) -> None:
    """The extractor's author "Anna Müller; Reggio Emilia" made the crosshead a writer's
    name, dimmed."""
    doc = read_page(
        tmp_path, pages.story_page("de", "Von Anna Müller, Reggio Emilia", _QUAKE_STORY)
    )
    assert "Reggio Emilia" in paragraph_lines(doc)
    assert "Reggio Emilia" not in dimmed(doc)


def test_the_extractor_s_author_keeps_a_second_writer_and_loses_the_place() -> None:
    """What a line of writers' names alone is dimmed by: "Olena Kovalenko" a writer,
    "Reggio Emilia" (no table knows it, the story names it) none."""
    story = "\n\n".join(_QUAKE_STORY)
    assert marked_writers("Anna Müller; Olena Kovalenko", None, story) == (
        "Anna Müller; Olena Kovalenko"
    )
    assert marked_writers("Anna Müller; Reggio Emilia", None, story) == "Anna Müller"
    assert marked_writers("Anna Müller; Tom Schmidt", "anna müller", story) == "Anna Müller"


def test_the_extractor_s_author_keeps_a_second_writer_the_credits_name() -> None:
    """ "Ayesha Rascoe" reads as no writer by her words; the story's closing credit names
    her, and the line of writers' names is dimmed by both."""
    story = "\n\n".join(
        [*_QUAKE_STORY, "Additional reporting by Ayesha Rascoe; Editing by Tom Lee"]
    )
    assert marked_writers("Anna Müller; Ayesha Rascoe", None, story) == (
        "Anna Müller; Ayesha Rascoe"
    )
    assert marked_writers("Anna Müller; Ayesha Rascoe", None, "\n\n".join(_QUAKE_STORY)) == (
        "Anna Müller"
    )
