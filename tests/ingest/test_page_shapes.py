"""Pages of shapes the extractor reads less surely (tests/ingest/page_shapes.py), read
through the real extractor: the reader keeps the whole story, who wrote it, from where,
and when."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest import page_shapes as shapes
from tests.ingest.byline_pages import AGENCY_STORIES
from tests.ingest.page_files import dimmed, paragraph_lines, read_page


def test_a_story_split_over_several_articles_is_read_whole(tmp_path: Path) -> None:
    lines = paragraph_lines(read_page(tmp_path, shapes.split_page()))
    assert lines == [shapes.TITLE, "By Jane Smith", *shapes.PARAGRAPHS]


def test_an_amp_page_is_read_whole_with_its_writer_s_place_and_date(tmp_path: Path) -> None:
    """The AMP byline element holds the <time> after the place with no mark between: the
    byline put back keeps "(Hamburg)", not cut with the stamp."""
    doc = read_page(tmp_path, shapes.amp_page())
    lines = paragraph_lines(doc)
    assert lines[1] == "By Jane Smith (Hamburg)"
    assert lines[1] in dimmed(doc)
    assert [line for line in lines if line in shapes.PARAGRAPHS] == shapes.PARAGRAPHS
    assert (doc.source, doc.date) == ("City Herald", "2024-11-26")


def test_a_page_dated_only_in_its_json_ld_is_dated_by_its_article(tmp_path: Path) -> None:
    doc = read_page(tmp_path, shapes.linked_date_page())
    assert (doc.date, doc.source) == ("2024-11-26", "City Herald")
    assert paragraph_lines(doc)[1] == "By Jane Smith"


CLOSING_CREDITS = [
    '<p class="author-footer">Reporting by Jane Smith in Hamburg; Editing by John Doe</p>',
    '<p class="author-note">Jane Smith contributed reporting from Hamburg.</p>',
    '<p class="author">(Additional reporting by Tom Lee)</p>',
]


@pytest.mark.parametrize("closing", CLOSING_CREDITS)
def test_a_credit_after_the_story_the_extractor_drops_is_put_back_at_its_end(
    tmp_path: Path, closing: str
) -> None:
    """The page's metadata names no writer; the credit's element goes with the extractor
    ("author-footer"): the reader would not know who wrote the story, or from where."""
    doc = read_page(tmp_path, shapes.closing_page(closing))
    line = closing.split(">", 1)[1].rsplit("<", 1)[0]
    assert paragraph_lines(doc)[-1] == line
    assert line in dimmed(doc)
    assert "Fire at school" not in doc.text


@pytest.mark.parametrize("head", ["", '\n<meta name="author" content="Jane Smith">'])
def test_a_closing_byline_put_back_under_the_headline_is_not_written_twice(
    tmp_path: Path, head: str
) -> None:
    """The writer the extractor reads from the byline element (or the head) comes back
    under the headline with the place, as elsewhere; not at the end again."""
    page = shapes.closing_page('<div class="article-author">By Jane Smith (Hamburg)</div>', head)
    doc = read_page(tmp_path, page)
    assert doc.text.count("Jane Smith") == 1
    assert paragraph_lines(doc)[1] == "By Jane Smith (Hamburg)"


def test_a_closing_line_that_is_no_credit_is_not_put_back(tmp_path: Path) -> None:
    page = shapes.closing_page('<div class="newsletter-signup">Get our morning briefing</div>')
    assert paragraph_lines(read_page(tmp_path, page))[-1] == shapes.PARAGRAPHS[-1]


@pytest.mark.parametrize("paragraphs", [1, 2])
def test_a_short_brief_the_extractor_runs_together_keeps_its_lines(
    tmp_path: Path, paragraphs: int
) -> None:
    """trafilatura's fallback on a short story joins its headline, byline and paragraphs
    into one line: the headline read as a claim, the byline not dimmed."""
    doc = read_page(tmp_path, shapes.brief_page(paragraphs))
    assert paragraph_lines(doc) == [
        shapes.TITLE,
        "By Jane Smith",
        *shapes.PARAGRAPHS[:paragraphs],
    ]
    assert "By Jane Smith" in dimmed(doc)


# An agency's credit after the story, as papers in six languages print it (the element
# "author-footer" goes with the extractor, which takes its words for the writer's)
AGENCY_CREDITS = [
    ("de", "Mit Material von dpa"),
    ("de", "Mit Material der Nachrichtenagenturen dpa und AFP"),
    ("de", "(dpa/AFP)"),
    ("fr", "Avec AFP"),
    ("fr", "Avec agences"),
    ("es", "Con información de EFE"),
    ("es", "Con información de agencias"),
    ("it", "Con informazioni di ANSA"),
    ("pt", "Com informações da Lusa"),
    ("pt", "Com informações da Agência Brasil"),
    ("en", "Additional reporting by Tom Lee"),
    ("en", "With agencies"),
]


@pytest.mark.parametrize(("lang", "credit"), AGENCY_CREDITS)
def test_an_agency_s_credit_the_extractor_drops_is_put_back_at_the_end_dimmed(
    tmp_path: Path, lang: str, credit: str
) -> None:
    """Not taken for a writer either: no "By Avec AFP", "By Dpa, AFP" under the headline."""
    page = shapes.credited_page(lang, f'<p class="author-footer">{credit}</p>')
    doc = read_page(tmp_path, page)
    lines = paragraph_lines(doc)
    assert (lines[-1], lines[:-1].count(credit)) == (credit, 0)
    assert credit in dimmed(doc)
    assert lines[1] == AGENCY_STORIES[lang][1]


@pytest.mark.parametrize(("lang", "credit"), AGENCY_CREDITS)
def test_an_agency_s_credit_the_extractor_keeps_is_dimmed(
    tmp_path: Path, lang: str, credit: str
) -> None:
    doc = read_page(tmp_path, shapes.credited_page(lang, f'<p class="credit">{credit}</p>'))
    assert paragraph_lines(doc)[-1] == credit
    assert credit in dimmed(doc)


_META_AUTHOR = '\n<meta name="author" content="Jane Smith">'


@pytest.mark.parametrize("element", ["byline", "author", "article-author", "story-footer"])
def test_the_writer_s_name_and_place_after_the_story_give_the_byline_its_place(
    tmp_path: Path, element: str
) -> None:
    """The page prints "Jane Smith, Hamburg" after the story, without "By"; the extractor
    drops it and the head names Jane Smith: the byline put back keeps "Hamburg"."""
    page = shapes.closing_page(f'<p class="{element}">Jane Smith, Hamburg</p>', _META_AUTHOR)
    doc = read_page(tmp_path, page)
    assert paragraph_lines(doc)[1] == "By Jane Smith, Hamburg"
    assert doc.text.count("Jane Smith") == 1


@pytest.mark.parametrize(
    ("closing", "head"),
    [
        ('<p><span itemprop="author">Jane Smith</span>, Hamburg</p>', ""),
        ('<p><a rel="author" href="/jane-smith">Jane Smith</a>, Hamburg</p>', ""),
        ("<p>Jane Smith, Hamburg</p>", _META_AUTHOR),
    ],
    ids=["itemprop", "rel", "meta-author"],
)
def test_the_writer_s_name_and_place_kept_after_the_story_are_dimmed(
    tmp_path: Path, closing: str, head: str
) -> None:
    """The page marks the name as its author's, or its head names the writer."""
    doc = read_page(tmp_path, shapes.closing_page(closing, head))
    assert paragraph_lines(doc)[-1] == "Jane Smith, Hamburg"
    assert "Jane Smith, Hamburg" in dimmed(doc)


def test_two_names_after_the_story_that_are_not_the_writer_s_stay_undimmed(
    tmp_path: Path,
) -> None:
    doc = read_page(tmp_path, shapes.closing_page("<p>Anna Berger, Hamburg</p>", _META_AUTHOR))
    assert paragraph_lines(doc)[-1] == "Anna Berger, Hamburg"
    assert "Anna Berger, Hamburg" not in dimmed(doc)


def test_a_name_and_place_after_the_story_no_writer_s_and_unmarked_are_not_put_back(
    tmp_path: Path,
) -> None:
    """Nothing names Jane Smith a writer (no head, no author's element): two capitalised
    words after the story are no byline."""
    page = shapes.closing_page('<p class="story-footer">Jane Smith, Hamburg</p>')
    assert "Jane Smith" not in read_page(tmp_path, page).text


@pytest.mark.parametrize(
    ("lang", "page", "byline", "credit"),
    [page[1:] for page in shapes.SITE_PAGES],
    ids=[page[0] for page in shapes.SITE_PAGES],
)
def test_a_site_s_page_shows_its_byline_and_credit_dimmed_and_its_story_read(
    tmp_path: Path, lang: str, page: str, byline: str | None, credit: str | None
) -> None:
    """Each story holds a sentence a credit's words open ("He worked with AFP for
    years", "Con información de la Policía Nacional, los agentes ..."): it stays a claim."""
    doc = read_page(tmp_path, page)
    title, *story = shapes.STORIES[lang]
    lines = paragraph_lines(doc)
    shown = [title, *([byline] if byline else [])]
    assert lines[: len(shown)] == shown
    assert [line for line in lines if line in story] == story
    assert lines[-1] == (credit or story[-1])
    assert {line for line in lines if line in dimmed(doc)} == {
        line for line in (byline, credit) if line
    }


@pytest.mark.parametrize(
    ("lang", "stamp", "sentence"), shapes.DATE_STAMPS, ids=[s[0] for s in shapes.DATE_STAMPS]
)
def test_a_site_s_date_stamp_after_the_story_is_dimmed_and_the_story_read(
    tmp_path: Path, lang: str, stamp: str, sentence: str
) -> None:
    """People.com's "Originally published 05/03/2013 at 10:20 AM EDT" was a passage only
    one article reports; the story's sentence its label's words open stays a claim."""
    doc = read_page(tmp_path, shapes.stamped_page(lang, stamp, sentence))
    lines = paragraph_lines(doc)
    assert lines[-2:] == [sentence, stamp]
    assert {line for line in lines if line in dimmed(doc)} == {stamp}


def test_a_sentence_a_publication_label_opens_does_not_date_an_undated_page(
    tmp_path: Path,
) -> None:
    """ "First published in 1998, the magazine moved to Berlin on 3 March 2005 ...": the
    page was dated 2005-03-03."""
    doc = read_page(tmp_path, shapes.undated_page(shapes.FIRST_PUBLISHED_SENTENCE))
    assert paragraph_lines(doc)[1] == shapes.FIRST_PUBLISHED_SENTENCE
    assert doc.date is None


def test_the_first_publication_s_stamp_dates_an_undated_page(tmp_path: Path) -> None:
    doc = read_page(tmp_path, shapes.undated_page(shapes.FIRST_PUBLISHED_STAMP))
    assert doc.date == "2013-05-03"
    assert shapes.FIRST_PUBLISHED_STAMP in dimmed(doc)


def _dimmed_lines(lang: str, last: str, tmp_path: Path) -> tuple[list[str], set[str]]:
    """The lines of the story in ``lang`` ending with ``last``, and those dimmed."""
    doc = read_page(tmp_path, shapes.ended_page(lang, last))
    lines = paragraph_lines(doc)
    assert [line for line in lines if line in shapes.STORIES[lang]] == list(shapes.STORIES[lang])
    return lines, {line for line in lines if line in dimmed(doc)}


@pytest.mark.parametrize("initials", shapes.CLOSING_INITIALS)
def test_an_editor_s_initials_the_page_s_story_ends_with_are_dimmed(
    tmp_path: Path, initials: str
) -> None:
    """A German paper signs the story "mes": it was a claim only one article made."""
    lines, dimmed_lines = _dimmed_lines("de", initials, tmp_path)
    assert (lines[-1], dimmed_lines) == (initials, {initials})


def test_a_short_last_answer_of_the_page_s_story_stays(tmp_path: Path) -> None:
    lines, dimmed_lines = _dimmed_lines("de", "Ja.", tmp_path)
    assert (lines[-1], dimmed_lines) == ("Ja.", set())


@pytest.mark.parametrize(("lang", "sentence"), shapes.CREDIT_SENTENCES)
def test_a_credit_s_sentence_the_page_s_story_ends_with_is_dimmed(
    tmp_path: Path, lang: str, sentence: str
) -> None:
    lines, dimmed_lines = _dimmed_lines(lang, sentence, tmp_path)
    assert (lines[-1], dimmed_lines) == (sentence, {sentence})
