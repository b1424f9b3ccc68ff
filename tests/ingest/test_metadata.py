"""Tests of reader/ingest/metadata.py: title, date and source of plain-text articles."""

from __future__ import annotations

import pytest

from reader.ingest import document_from_text
from reader.ingest.boilerplate import boilerplate_spans
from reader.ingest.metadata import (
    guess_date,
    guess_source,
    guess_title,
    parse_date,
    reads_as_prose,
    url_date,
)
from reader.ingest.segment import paragraph_spans
from reader.model.document import Document
from tests.ingest import byline_pages

DATES: list[tuple[str, str | None]] = [
    ("Posted on : 2024-06-20 17:30 KST", "2024-06-20"),
    ("Sunday, February 24, 2013", "2013-02-24"),
    ("Posted: 02/24/2013", "2013-02-24"),
    ("7 July 2012", "2012-07-07"),
    ("Dec. 7, 2009", "2009-12-07"),
    ("December 15th, 2008, 7:35 am", "2008-12-15"),
    ("2013-02-30", None),
    ("no date here", None),
    ("12/16/08 1:30 AM EST", "2008-12-16"),
    ("8/2/13 at 1:30 PM", "2013-08-02"),
    ("24/02/2013", "2013-02-24"),
    ("12/16/75", "1975-12-16"),
    ("3/4/5/6", None),
    ("Pjöngjang, 19. Juni 2024", "2024-06-19"),
    ("16 avril 2019", "2019-04-16"),
    ("1er juin 2024", "2024-06-01"),
    ("10 de septiembre de 2023", "2023-09-10"),
    ("3 de março de 2021", "2021-03-03"),
    ("5 maggio 2023", "2023-05-05"),
    ("12 mei 2022", "2022-05-12"),
    ("Москва, 19 июня 2024", "2024-06-19"),
    ("31. Juni 2024", None),  # no such day
    ("Mars 3, 2024", None),  # other languages' months only day first
    ("Hamburg, 19.06.2024", "2024-06-19"),  # dots: day first
    ("19. Jun. 2024", "2024-06-19"),  # other languages' short months
    ("19 juil. 2024", "2024-07-19"),
    ("3 févr. 2021", "2021-02-03"),
    ("19 ene. 2024", "2024-01-19"),
    ("5 ott 2023", "2023-10-05"),
    ("12 mrt 2022", "2022-03-12"),
    ("5 out 2023", "2023-10-05"),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def _title(text: str) -> str | None:
    paragraphs = paragraph_spans(text)
    return guess_title(text, paragraphs, set(boilerplate_spans(text, paragraphs)))


TITLES: list[tuple[str, str | None]] = [
    (
        "x\nBreaking News\nMore () »\n\nReal headline about the summit\n\nBody.",
        "Real headline about the summit",
    ),
    (
        "http://example.com/a\nLohan checks into rehab\nMay 3, 2013\nBody text.",
        "Lohan checks into rehab",
    ),
    ("World\nKim and Putin sign a pact\nBody text.", "Kim and Putin sign a pact"),
    ("North Korea\nKim and Putin sign a pact\nBody text.", "Kim and Putin sign a pact"),
    ("RIP Bettie!\nShe died on Thursday, her agent said.", "RIP Bettie!"),
    ("She checked in today.\nMore text.", None),
    ('"We won," he said.\nMore.', None),
    (
        "Will the Oscar gift baskets include smelling salts?\nBody.",
        "Will the Oscar gift baskets include smelling salts?",
    ),
    # Japanese and Chinese put no spaces between words
    (
        "プーチン氏と金正恩氏が相互援助条約に署名\n\nロシアのプーチン大統領は平壌で条約に署名した。",
        "プーチン氏と金正恩氏が相互援助条約に署名",
    ),
    ("普京与金正恩签署条约\n\n俄罗斯总统普京与金正恩签署了条约。", "普京与金正恩签署条约"),
    ("俄罗斯总统普京与朝鲜领导人金正恩在平壤签署了条约。\n更多。", None),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_guess_title(text: str, expected: str | None) -> None:
    assert _title(text) == expected


def _meta(text: str) -> tuple[str | None, str | None]:
    paragraphs = paragraph_spans(text)
    boiler = set(boilerplate_spans(text, paragraphs))
    return guess_source(text, paragraphs, boiler), guess_date(text, paragraphs)


SOURCES: list[tuple[str, str | None]] = [
    (
        "http://articles. latimes. com/2013/may/03/x\nHeadline here\nMay 03, 2013\nBody.",
        "latimes.com",
    ),
    ("https://www.nytimes.com/2013/x.html\nHeadline here\nBody.", "nytimes.com"),
    ("Headline here\nCredit: AP\nBody.", "AP"),
    ("Headline here\n(AFP/Yonhap)\nBody.", None),
    ("Headline here\n(Yonhap)\nBody.", "Yonhap"),
    # a photo credit credits the picture, not the article
    ("Headline here\nPhoto: Reuters\nBody.", None),
    ("Headline here\nPhotograph: AP\nBody.", None),
    ("Headline here\nSource: Reuters\nBody.", "Reuters"),
    # a writer's byline: the credit is a picture's
    ("Headline here\nBy Jane Doe\nCredit: AP\nBody.", None),
    ("Headline here\nCredit: AP\nBody.\nBy Jane Doe, staff writer", None),
    # an agency's byline names the source
    ("Headline here\nBy The Associated Press\nBody.", "Associated Press"),
    ("Headline here\nBy Kim Tong-hyung, AP\nPhoto: Reuters\nBody.", "AP"),
    ("Headline here\nBy JOHN DOE Associated Press\nBody.", "Associated Press"),
    ("Headline here\nBy JOHN REUTERSON\nCredit: AP\nBody.", None),
    # a wire story's dateline names its agency, a writer's byline or not
    ("Headline here\nBy Lisa Mascaro\nWASHINGTON (AP) — Congress approved a bill.", "AP"),
    ("Headline here\nWASHINGTON, Sept 30 (Reuters) - The Senate passed a bill.", "Reuters"),
    ("Headline here\nSEOUL, South Korea (AP) — Kim met Putin on Wednesday.", "AP"),
    ("Headline here\nWASHINGTON (Bloomberg Opinion) — A column.", None),
    ("Headline here\nPolice (AP) — said nothing.", None),
    # hyphenated and dotted places
    ("Headline here\nWASHINGTON, D.C., June 5 (Reuters) - The Senate voted.", "Reuters"),
    ("Headline here\nWINSTON-SALEM, N.C. (AP) — A fire destroyed a plant.", "AP"),
    ("Headline here\nSAINT-DENIS (AFP) - Police evacuated the stadium.", "AFP"),
    ("Headline here\nSt. Louis (AP) — The council voted on Tuesday.", "AP"),
    # other languages' datelines: a place in small letters, the agency after the date
    ("Schlagzeile\nHamburg (dpa) - Ein Beben hat die Stadt erschüttert.", "dpa"),
    ("Schlagzeile\nHamburg, 19. Juni 2024 (dpa)\nEin Beben hat die Stadt erschüttert.", "dpa"),
    ("Titre\nParis, 19 juin 2024 – AFP\nUn séisme a frappé la ville.", "AFP"),
    ("Titolo\nRoma, 19 giugno 2024 (ANSA)\nUn terremoto ha colpito la città.", "ANSA"),
    ("Titular\nMadrid, 19 jun (EFE).- Un terremoto sacudió la ciudad.", "EFE"),
    ("Titular\nMarrakech (Marruecos), 9 sep (EFE).- Un terremoto sacudió el país.", "EFE"),
    # the agency a byline was written with, in brackets or after "avec", "mit", "met"
    ("Schlagzeile\nVon Anna Müller (dpa)\nEin Beben hat die Stadt erschüttert.", "dpa"),
    ("Titre\nPar Jean Dupont avec AFP\nUn séisme a frappé la ville.", "AFP"),
    ("Titular\nPor María López (EFE)\nUn terremoto sacudió la ciudad.", "EFE"),
    ("Titolo\ndi Marco Rossi (ANSA)\nUn terremoto ha colpito la città.", "ANSA"),
    ("Título\nPor João Silva (Lusa)\nUm sismo abalou a cidade.", "Lusa"),
    ("Kop\nDoor Jan de Vries met ANP\nEen aardbeving trof de stad.", "ANP"),
    ("Headline here\nBy Jane Doe (Reuters)\nBody.", "Reuters"),
    ("Titre\nPar Jean Dupont\n(AFP)\nUn séisme a frappé la ville.", "AFP"),
    ("Schlagzeile\nVon Anna Müller (Berlin)\nEin Beben hat die Stadt erschüttert.", None),
    ("Headline here\nPhoto: John Smith\nBody.", None),
    ("Headline here\nCredit: Getty Images\nBody.", None),
    ("Headline here\nBody without credits.", None),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_guess_source(text: str, expected: str | None) -> None:
    assert _meta(text)[0] == expected


def test_guess_date_from_date_line() -> None:
    assert _meta("http://x.com/a\nHeadline here\nMay 03, 2013\nBody.")[1] == "2013-05-03"


def test_guess_date_ignores_dates_in_prose() -> None:
    assert _meta("Headline here\nKim arrived on June 19, 2024, officials said.")[1] is None


@pytest.mark.parametrize(
    "opening",
    [
        "Port Ellis, March 14, 2024 (Wire) — The council voted to close the bridge.",
        "New York, March 14, 2024 (AP) -- The council voted to close the bridge.",
        "MUMBAI, March 14, 2024: The council voted to close the bridge.",
        "WASHINGTON, D.C., March 14, 2024 (Reuters) - The council voted to close the bridge.",
        "Garmisch-Partenkirchen, 14. März 2024 – Der Rat hat die Brücke gesperrt.",
        "Saint-Denis, 14 mars 2024 (AFP) - Le conseil a fermé le pont.",
    ],
)
def test_guess_date_from_a_dateline_opening_the_story(opening: str) -> None:
    assert _meta(f"Council closes bridge\n{opening}")[1] == "2024-03-14"


def test_guess_date_ignores_a_date_set_off_by_dashes_in_prose() -> None:
    text = "Council closes bridge\nThe council voted on March 14, 2024 — a first — to close it."
    assert _meta(text)[1] is None


DATED_HEADS: list[tuple[str, str]] = [
    (
        "http://x.com/a\nHeadline here\nFirst Published: June 13, 2013 4:59 PM EDT\nBody.",
        "2013-06-13",
    ),
    ("Headline here\nFriday August 2, 2013 @ 8:13am PDT\nBody.", "2013-08-02"),
    ("Headline here\n26 September 2013, 10:00 (GMT+05:00)\nBody.", "2013-09-26"),
    ("Headline here\nWASHINGTON, DC, April 28, 2009\nBody.", "2009-04-28"),
    ("Headline here\nTNN Nov 12, 2011, 05. 51AM IST MUMBAI:\nBody.", "2011-11-12"),
    ("Headline here\n11/30/09 05:40 PM ET\nBody.", "2009-11-30"),
    ("Headline here\nSeptember 30, 2023 11:41 PM UTC · Updated 2 hours ago\nBody.", "2023-09-30"),
]


@pytest.mark.parametrize(("text", "expected"), DATED_HEADS)
def test_guess_date_reads_site_date_stamps(text: str, expected: str) -> None:
    assert _meta(text)[1] == expected


# A date set off by a bar or a dot beside the byline or the reading time, as sites print it.
SET_OFF_DATES: list[str] = [
    "By Anna Berg | 12 March 2024",
    "Anna Berg · March 12, 2024",
    "March 12, 2024 · 5 min read",
    "Anna Berg • Political correspondent • 12 Mar 2024",
]


@pytest.mark.parametrize("line", SET_OFF_DATES)
def test_guess_date_reads_a_date_set_off_in_a_byline(line: str) -> None:
    assert _meta(f"Ministers agree emergency budget\n{line}\nBody.")[1] == "2024-03-12"


@pytest.mark.parametrize(
    "lines",
    [
        "Updated: 6/21/2024 Published: 6/20/2024",
        "Updated June 21, 2024, 9:00 a.m. ET | Published June 20, 2024",
        "Updated: June 21, 2024\nPublished: June 20, 2024",
        "Last updated June 21, 2024\nJune 20, 2024",
    ],
)
def test_guess_date_prefers_the_publication_date_to_an_update(lines: str) -> None:
    # "yesterday" in a story of June 20 updated on the 21st is the 19th
    assert _meta(f"Putin and Kim sign defence pact\n{lines}\nBody.")[1] == "2024-06-20"


@pytest.mark.parametrize(
    "lines",
    [
        "Publié le 20 juin 2024 à 14h30, mis à jour le 21 juin 2024 à 08h00",
        "Mis à jour le 21/06/2024 à 08h00\nPublié le 20/06/2024 à 14h30",
        "Aktualisiert am 21.06.2024, 08:12 Uhr\nVeröffentlicht am 20.06.2024, 14:30 Uhr",
        "Actualizado: 21/06/2024 - 08:12\nPublicado el 20 jun 2024 - 14:30 CEST",
        "Aggiornato il 21 giugno 2024 alle 08:12\nPubblicato il 20 giugno 2024 alle 14:30",
    ],
)
def test_guess_date_prefers_the_publication_date_in_other_languages(lines: str) -> None:
    assert _meta(f"Putin und Kim unterzeichnen Beistandspakt\n{lines}\nText.")[1] == ("2024-06-20")


@pytest.mark.parametrize(
    "lines",
    [
        "Originally published 05/03/2013 at 10:20 AM EDT",
        "Updated 05/04/2013 at 9:00 AM EDT\nOriginally published 05/03/2013 at 10:20 AM EDT",
        "First published on May 3, 2013 | Last updated May 4, 2013",
        "Erstveröffentlichung: 03.05.2013, 10:20 Uhr",
        "Zuerst veröffentlicht am 3.5.2013 um 10:20 Uhr",
        "Première publication le 3 mai 2013 à 10h20",
        "Publicado originalmente em 3 de maio de 2013",
        "Pubblicato per la prima volta il 3 maggio 2013",
    ],
)
def test_guess_date_reads_the_first_publication_s_stamp(lines: str) -> None:
    """People.com's "Originally published ..." is the article's date, not its update's;
    so are the first publication's stamps of other languages."""
    assert _meta(f"Kelly Ripa celebrates anniversary\n{lines}\nBody.")[1] == "2013-05-03"


# a sentence of the story a first publication's label opens, among the first lines, with
# a date further on: the magazine's history, not the article's date
FIRST_PUBLISHED_SENTENCES = [
    "First published in 1998, the magazine moved to Berlin on 3 March 2005 and now sells "
    "about 40,000 copies a month.",
    "Erstmals erschienen 1998, zog das Magazin am 3. März 2005 nach Berlin um.",
    "Publiée pour la première fois en 1998, la revue s'est installée à Paris le 3 mars 2005.",
    "Publicada por primera vez en 1998, la revista se trasladó a Madrid el 3 de marzo de 2005.",
    "Pubblicata per la prima volta nel 1998, la rivista si è trasferita a Roma il 3 marzo 2005.",
    "Publicada pela primeira vez em 1998, a revista mudou-se para Lisboa em 3 de março de 2005.",
]


@pytest.mark.parametrize("sentence", FIRST_PUBLISHED_SENTENCES)
def test_a_sentence_a_publication_label_opens_does_not_date_the_article(sentence: str) -> None:
    assert _meta(f"Literary magazine celebrates its 25th year\n{sentence}\nBody.")[1] is None


@pytest.mark.parametrize(
    "stamp",
    [
        "First published on May 3, 2013",
        "Posted on May 3, 2013 by admin",
        "Erstmals erschienen am 03.05.2013 um 10:20 Uhr",
        "Publiée le 3 mai 2013 à 10h20",
        "Publicado por primera vez el 3 de mayo de 2013",
    ],
)
def test_a_stamp_a_publication_label_opens_dates_the_article(stamp: str) -> None:
    """Label, date, time, and a writer after "by": a stamp, still read."""
    assert _meta(f"Literary magazine celebrates its 25th year\n{stamp}\nBody.")[1] == ("2013-05-03")


def test_guess_date_reads_a_german_stand_line() -> None:
    assert _meta("Putin und Kim unterzeichnen Pakt\nStand: 21.06.2024 08:12 Uhr\nText.")[1] == (
        "2024-06-21"
    )


def test_guess_date_reads_an_update_date_when_no_other_is_given() -> None:
    assert _meta("Putin and Kim sign defence pact\nUpdated June 21, 2024\nBody.")[1] == (
        "2024-06-21"
    )


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Published March 12, 2026", "2026-03-12"),
        ("Updated 12 March 2026 14:05", "2026-03-12"),
    ],
)
def test_guess_date_reads_a_byline_s_stamp_the_text_lost(stamp: str, expected: str) -> None:
    text = "River plan passes\nBy Maria Delgado, Staff Writer\nThe council voted on Tuesday."
    assert guess_date(text, paragraph_spans(text), stamps=[stamp]) == expected


def test_the_text_s_publication_date_stays_over_a_byline_s_update_stamp() -> None:
    text = "River plan passes\nPublished March 11, 2026\nThe council voted on Tuesday."
    stamps = ["Updated 12 March 2026 14:05"]
    assert guess_date(text, paragraph_spans(text), stamps=stamps) == "2026-03-11"


def test_guess_date_ignores_a_date_set_off_in_a_story_sentence() -> None:
    text = "Ministers agree budget\nThe vote | held on March 12, 2024 | passed by 214 to 180."
    assert _meta(text)[1] is None


def test_guess_date_ignores_when_a_copy_was_made() -> None:
    text = "Headline here\nPosted 1 year, 160 days ago [downloaded on 2 October 2013]\nBody."
    assert _meta(text)[1] is None


def test_guess_date_falls_back_on_the_address() -> None:
    text = "http://ktla. com/2013/05/03/lohan-may-miss-rehab/\nHeadline here\nBody."
    assert _meta(text)[1] == "2013-05-03"


def test_guess_date_prefers_a_date_line_to_the_address() -> None:
    text = "http://x.com/2013/05/03/a\nHeadline here\nMay 4, 2013\nBody."
    assert _meta(text)[1] == "2013-05-04"


URLS: list[tuple[str, str | None]] = [
    ("http://www.huffingtonpost. com/2009/11/30/arcade-joseph _ n _ 374452. html", "2009-11-30"),
    ("http://www.ens-newswire. com/ens/apr2009/2009-04-28-091. asp", "2009-04-28"),
    ("http://www.theguardian. com/film/2013/aug/02/ellen-degeneres-host", "2013-08-02"),
    ("http://www.mlbtraderumors. com/2008/12/red-sox-make", None),
    ("http://x.com/2013/02/30/a", None),
]


@pytest.mark.parametrize(("url", "expected"), URLS)
def test_url_date(url: str, expected: str | None) -> None:
    assert url_date(url) == expected


PAGE_TITLES: list[tuple[str, bool]] = [
    ("Putin and Kim sign pact - Example Times", False),
    ("North Korea says deal between Putin and Kim requires immediate military assistance", False),
    ("Kim and Putin sign pact.", False),  # a stray full stop on a short headline
    ("Talks on the budget stall again as lawmakers leave for the U.S.", False),
    ("Why did the council vote for higher taxes? Members explain their choice", False),
    (
        "The city council voted on Tuesday night to approve a new budget that raises "
        "property taxes by three percent, after a long and heated debate.",
        True,
    ),
    ("word " * 26, True),
    ("A" * 201, True),
]


@pytest.mark.parametrize(("title", "expected"), PAGE_TITLES)
def test_reads_as_prose(title: str, expected: bool) -> None:
    assert reads_as_prose(title) is expected


# A byline with its date stamp on its line, the agency after the writer, in each language
DATED_AGENCY_BYLINES = [
    ("de", "Von Anna Müller (dpa) | 12.03.2024, 06:40 Uhr", "dpa"),
    ("fr", "Par Jean Dupont (AFP) - 12 mars 2024 à 06h40", "AFP"),
    ("en", "By Jane Doe, AP | March 12, 2024 6:40 AM", "AP"),
    ("es", "Por María López (EFE) | 12 de marzo de 2024, 06:40", "EFE"),
    ("it", "di Marco Rossi (ANSA) - 12 marzo 2024, 06:40", "ANSA"),
    ("pt", "Por João Silva (Lusa) | 12 de março de 2024 às 06h40", "Lusa"),
]


def _pasted(lang: str, byline: str) -> Document:
    """The wire story of tests/ingest/byline_pages.py in ``lang`` pasted as text, under
    ``byline``."""
    title, *paragraphs = byline_pages.AGENCY_STORIES[lang]
    return document_from_text("\n\n".join([title, byline, *paragraphs]))


@pytest.mark.parametrize(("lang", "byline", "agency"), DATED_AGENCY_BYLINES)
def test_the_agency_of_a_byline_with_its_date_is_the_source(
    lang: str, byline: str, agency: str
) -> None:
    assert _pasted(lang, byline).source == agency


@pytest.mark.parametrize(("lang", "byline", "agency"), DATED_AGENCY_BYLINES)
def test_the_date_of_a_byline_with_its_agency_is_still_the_article_s(
    lang: str, byline: str, agency: str
) -> None:
    doc = _pasted(lang, byline)
    assert doc.date == "2024-03-12"
    assert byline in {doc.slice(b) for b in doc.boilerplate}


def test_a_place_in_brackets_after_a_dated_byline_names_no_source() -> None:
    doc = _pasted("de", "Von Anna Müller (Berlin) | 12.03.2024, 06:40 Uhr")
    assert (doc.source, doc.date) == (None, "2024-03-12")


@pytest.mark.parametrize(
    ("lang", "byline", "agency"),
    [
        ("de", "Von Anna Müller (dpa, Berlin)", "dpa"),
        ("fr", "Par Jean Dupont (AFP/Paris)", "AFP"),
        ("de", "Von Anna Müller (Berlin, Hamburg)", None),
    ],
)
def test_the_agency_in_brackets_before_a_place_is_the_source(
    lang: str, byline: str, agency: str | None
) -> None:
    doc = _pasted(lang, byline)
    assert doc.source == agency
    assert byline in {doc.slice(b) for b in doc.boilerplate}
