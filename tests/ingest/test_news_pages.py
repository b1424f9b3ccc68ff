"""Saved news pages as major sites write them (tests/ingest/news_pages.py), read as a
reader should see them: the page's own title, site and date, the story's paragraphs in
order, the byline dimmed, no share bar, newsletter box or "Most read" list in the text,
and a live blog's updates each after its time."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model.document import Document
from tests.ingest import news_pages as pages
from tests.ingest.page_files import dimmed, read_page

_read = read_page
_dimmed = dimmed


def _shown(doc: Document) -> list[str]:
    """The lines a reader reads: each paragraph less its dimmed spans, if anything is
    left."""
    lines = []
    for p in doc.paragraphs:
        kept = [doc.text[i] for i in range(p.start, p.end) if not _in_boilerplate(doc, i)]
        line = "".join(kept).strip()
        if line:
            lines.append(line)
    return lines


def _in_boilerplate(doc: Document, offset: int) -> bool:
    return any(b.start <= offset < b.end for b in doc.boilerplate)


def _opening(lines: list[str], start: str) -> int:
    return next(i for i, line in enumerate(lines) if line.startswith(start))


METADATA = [
    (
        pages.BBC_STYLE_LIVE,
        "Wales floods: Roads shut as rivers burst banks",
        "BBC News",
        "2024-11-24",
    ),
    (
        pages.GUARDIAN_STYLE_LIVE,
        "Budget 2024 live: chancellor sets out tax plans",
        "The Guardian",
        "2024-10-30",
    ),
    (
        pages.CNN_STYLE_ARTICLE,
        "Putin and Kim sign mutual defense pact in Pyongyang",
        "CNN",
        "2024-06-19",
    ),
    (
        pages.NYT_STYLE_ARTICLE,
        "Putin and Kim Sign Defense Pact, Pledging Mutual Aid",
        "The New York Times",
        "2024-06-19",
    ),
    (
        pages.GUARDIAN_STYLE_ARTICLE,
        "Chancellor raises employers' national insurance in first budget",
        "The Guardian",
        "2024-10-30",
    ),
    (
        pages.AP_STYLE_ARTICLE,
        "Senate passes stopgap bill to avert shutdown",
        "AP News",
        "2024-09-25",
    ),
    (
        pages.REUTERS_STYLE_ARTICLE,
        "Japan's central bank holds rates, signals patience",
        "Reuters",
        "2024-12-19",
    ),
    (
        pages.WORDPRESS_REGIONAL,
        "Council approves new bridge over Mill Creek",
        "Valley Courier",
        "2024-04-09",
    ),
    (
        pages.KOREAN_ENGLISH_PAPER,
        "Seoul to expand late-night bus routes from July",
        "The Korea Herald",
        "2024-06-11",
    ),
    (
        pages.TIME_ELEMENT_ONLY,
        "Harbour ferry fares to rise 10% in March",
        "Coastline Daily",
        "2025-01-28",
    ),
    (
        pages.VISIBLE_DATE_LINE_ONLY,
        "Library to open on Sundays from next month",
        "Riverside Gazette",
        "2025-03-06",
    ),
]


@pytest.mark.parametrize(("page", "title", "site", "date"), METADATA)
def test_a_page_s_own_title_site_and_date(
    tmp_path: Path, page: str, title: str, site: str, date: str
) -> None:
    doc = _read(tmp_path, page)
    assert (doc.title, doc.source, doc.date) == (title, site, date)
    assert doc.slice(doc.paragraphs[0]) == title


def test_a_live_blog_is_dated_by_itself_not_by_a_related_story(tmp_path: Path) -> None:
    """Its "More on this story" cards of February and of last week are older than its
    updates: the page is of the day of its updates."""
    assert _read(tmp_path, pages.BBC_STYLE_LIVE).date == "2024-11-24"


# The openings of each story's paragraphs, in the page's order.
STORIES = [
    (
        pages.AP_STYLE_ARTICLE,
        [
            "WASHINGTON (AP) — The Senate passed",
            "The measure passed 78-18",
            "The Capitol in Washington",
            '"This is a simple, bipartisan extension,"',
            "The bill also includes",
        ],
    ),
    (
        pages.REUTERS_STYLE_ARTICLE,
        [
            "Bank of Japan Governor speaks",
            "TOKYO, Dec 19 (Reuters) - The Bank of Japan",
            "The decision to hold",
            "The yen fell to 157",
        ],
    ),
    (
        pages.WORDPRESS_REGIONAL,
        [
            "The Harlow City Council voted",
            "The new two-lane bridge",
            "The Mill Road bridge has been limited",
            '"We have patched this bridge',
            "The lone vote against",
        ],
    ),
    (
        pages.KOREAN_ENGLISH_PAPER,
        [
            "A late-night bus waits",
            "Seoul will add four late-night bus routes",
            "The new routes will link",
            '"Many workers finish',
            "Late-night buses carried",
        ],
    ),
    (
        pages.TIME_ELEMENT_ONLY,
        ["Single fares on the harbour ferry", "Harbour Ferries said", "The town council"],
    ),
    (
        pages.VISIBLE_DATE_LINE_ONLY,
        ["The central library will open", "A survey last year", "The branch libraries"],
    ),
]


@pytest.mark.parametrize(("page", "openings"), STORIES)
def test_the_story_s_paragraphs_are_read_in_order(
    tmp_path: Path, page: str, openings: list[str]
) -> None:
    shown = _shown(_read(tmp_path, page))
    at = [_opening(shown, start) for start in openings]
    assert at == sorted(at)


# Words of what sits around the story (share bars, newsletter boxes, lists of other
# stories, teaser cards) that no line a reader reads may hold.
DEBRIS = {
    "BBC": (pages.BBC_STYLE_LIVE, ["Share", "Most read", "Storm Bert", "keep flooding"]),
    "Guardian": (
        pages.GUARDIAN_STYLE_LIVE,
        ["Facebook", "Copy link", "Share", "Sign up", "Most viewed", "What can we expect"],
    ),
    "CNN": (
        pages.CNN_STYLE_ARTICLE,
        ["Ad Feedback", "lands in North Korea", "Cable News", "Grigorov", "contributed"],
    ),
    "NYT": (pages.NYT_STYLE_ARTICLE, ["Advertisement", "ADVERTISEMENT", "Supported by"]),
    "AP": (
        pages.AP_STYLE_ARTICLE,
        ["Facebook", "Copy", "Link copied", "Related Stories", "voter rules", "Most read"],
    ),
    "Reuters": (
        pages.REUTERS_STYLE_ARTICLE,
        ["Sign up here", "LinkedIn", "Read Next", "Dollar firm", "Licensing"],
    ),
    "WordPress": (
        pages.WORDPRESS_REGIONAL,
        ["Share this", "Facebook", "Like", "inbox", "newsletter", "road repairs", "Recent"],
    ),
    "Korean": (pages.KOREAN_ENGLISH_PAPER, ["facebook", "kakaotalk", "Most Popular", "BTS"]),
    "time only": (pages.TIME_ELEMENT_ONLY, ["Share", "WhatsApp", "Lifeboat", "Latest"]),
    "date line only": (pages.VISIBLE_DATE_LINE_ONLY, ["Share this story", "Facebook"]),
}


@pytest.mark.parametrize(("page", "words"), DEBRIS.values(), ids=DEBRIS.keys())
def test_no_line_a_reader_reads_is_debris(tmp_path: Path, page: str, words: list[str]) -> None:
    shown = "\n".join(_shown(_read(tmp_path, page)))
    assert [w for w in words if w in shown] == []


@pytest.mark.parametrize(
    "page",
    [pages.GUARDIAN_STYLE_LIVE, pages.TIME_ELEMENT_ONLY, pages.KOREAN_ENGLISH_PAPER],
    ids=["Guardian", "time only", "Korean"],
)
def test_a_share_bar_is_left_out(tmp_path: Path, page: str) -> None:
    text = _read(tmp_path, page).text
    assert "Facebook" not in text and "facebook" not in text and "Copy link" not in text


BYLINES = [
    (pages.AP_STYLE_ARTICLE, "By MARY CLAIRE JALONICK"),
    (pages.REUTERS_STYLE_ARTICLE, "By Leika Kihara, Makiko Yamazaki"),
    (pages.GUARDIAN_STYLE_LIVE, "By Anna Pryce"),
    (pages.GUARDIAN_STYLE_ARTICLE, "By Anna Pryce"),
    (pages.TIME_ELEMENT_ONLY, "By Tom Erskine"),
    (pages.WORDPRESS_REGIONAL, "By Dana Whitfield"),
]


@pytest.mark.parametrize(("page", "byline"), BYLINES)
def test_the_byline_follows_the_headline_dimmed(tmp_path: Path, page: str, byline: str) -> None:
    doc = _read(tmp_path, page)
    assert doc.slice(doc.paragraphs[1]) == byline
    assert byline in _dimmed(doc)


@pytest.mark.parametrize(
    "page",
    [pages.BBC_STYLE_ARTICLE, pages.BBC_STYLE_ARTICLE_MINIFIED],
    ids=["laid out on lines", "minified"],
)
def test_each_bbc_writer_s_name_is_dimmed_with_the_role_under_it(tmp_path: Path, page: str) -> None:
    dimmed = _dimmed(_read(tmp_path, page))
    assert {"Jean Mackenzie", "Seoul correspondent", "Kelly Ng", "BBC News"} <= dimmed


ALL_PAGES = {
    name: page
    for name, page in vars(pages).items()
    if isinstance(page, str) and page.startswith("<!DOCTYPE") and not name.endswith("_MINIFIED")
}


@pytest.mark.parametrize("page", ALL_PAGES.values(), ids=ALL_PAGES.keys())
def test_a_minified_page_reads_as_the_page_laid_out_on_lines(tmp_path: Path, page: str) -> None:
    """A page without whitespace beside its blocks' tags (minified) shows the same lines
    in a browser: it reads as the same lines, the same of them dimmed."""
    laid_out, minified = _read(tmp_path, page), _read(tmp_path, pages.minified(page))
    assert [minified.slice(p) for p in minified.paragraphs] == [
        laid_out.slice(p) for p in laid_out.paragraphs
    ]
    assert _dimmed(minified) == _dimmed(laid_out)


def test_a_name_as_a_crosshead_in_a_bbc_story_is_read(tmp_path: Path) -> None:
    shown = _shown(_read(tmp_path, pages.BBC_STYLE_ARTICLE))
    assert _opening(shown, "Kim Jong Un") < _opening(shown, "Mr Kim said")


def test_a_byline_s_date_stamp_is_no_writer(tmp_path: Path) -> None:
    """ "By Park Ji-won Published : June 11, 2024": the writer is Park Ji-won alone, whose
    byline the story's end gives."""
    doc = _read(tmp_path, pages.KOREAN_ENGLISH_PAPER)
    assert "Published June" not in doc.text
    assert "By Park Ji-won (jwpark@heraldcorp.example)" in _dimmed(doc)


def test_a_caption_in_a_box_named_as_the_picture_s_metadata_is_read(tmp_path: Path) -> None:
    """trafilatura drops any block whose class names metadata ("image__metadata"), which
    holds a CNN picture's caption and credit."""
    lines = _shown(_read(tmp_path, pages.CNN_STYLE_ARTICLE))
    caption = _opening(lines, "Russian President Vladimir Putin and North Korean leader Kim")
    assert lines[caption].endswith("attend a welcoming ceremony in Pyongyang on June 19, 2024.")
    assert caption < _opening(lines, "Seoul, South Korea")


def test_a_caption_s_credit_is_dimmed_and_its_words_read(tmp_path: Path) -> None:
    doc = _read(tmp_path, pages.REUTERS_STYLE_ARTICLE)
    assert "REUTERS/Kim Kyung-Hoon Purchase Licensing Rights" in _dimmed(doc)
    assert "Bank of Japan Governor speaks at a news conference" in doc.text


LIVE_TIMES = [
    (
        pages.BBC_STYLE_LIVE,
        ["10:30 GMT", "11:48 GMT", "11:20 GMT", "10:05 GMT", "09:30 GMT"],
        {"11:48 GMT": "Pontypridd residents moved to leisure centre", "09:30 GMT": "Good morning"},
    ),
    (
        pages.GUARDIAN_STYLE_LIVE,
        ["12.34 GMT", "13.40 GMT", "13.05 GMT", "12.31 GMT", "07.15 GMT"],
        {"13.05 GMT": "The Office for Budget Responsibility now expects the economy"},
    ),
]


@pytest.mark.parametrize(("page", "times", "after"), LIVE_TIMES, ids=["BBC", "Guardian"])
def test_live_updates_follow_their_times_in_the_page_s_order(
    tmp_path: Path, page: str, times: list[str], after: dict[str, str]
) -> None:
    doc = _read(tmp_path, page)
    lines = [doc.slice(p) for p in doc.paragraphs]
    assert [line for line in lines if line in times] == times
    assert set(times) <= _dimmed(doc)
    for time, text in after.items():
        assert lines[lines.index(time) + 1].startswith(text)


def test_an_update_of_a_feed_written_as_a_list_is_read_once(tmp_path: Path) -> None:
    doc = _read(tmp_path, pages.BBC_STYLE_LIVE)
    assert doc.text.count("About 60 people spent the morning") == 1
    assert doc.text.count("Please avoid the A4059") == 1


def test_a_live_page_keeps_its_summary_before_its_updates(tmp_path: Path) -> None:
    lines = _shown(_read(tmp_path, pages.BBC_STYLE_LIVE))
    summary = _opening(lines, "- Two severe flood warnings")
    assert summary < _opening(lines, "Where are the flood warnings?")


@pytest.mark.parametrize(
    ("page", "label"),
    [(pages.BBC_STYLE_LIVE, "Pinned"), (pages.GUARDIAN_STYLE_LIVE, "Pinned post")],
    ids=["BBC", "Guardian"],
)
def test_a_pinned_post_s_label_is_dimmed(tmp_path: Path, page: str, label: str) -> None:
    assert label in _dimmed(_read(tmp_path, page))


def test_an_embedded_post_reads_with_its_attribution_dimmed(tmp_path: Path) -> None:
    doc = _read(tmp_path, pages.BBC_STYLE_LIVE)
    assert "Please avoid the A4059 between Aberdare and Hirwaun." in doc.text
    assert "— South Wales Police (@swpolice) November 24, 2024" in _dimmed(doc)


STANDFIRSTS = [
    (
        pages.GUARDIAN_STYLE_LIVE,
        "Chancellor expected to raise employers' national insurance and announce extra "
        "money for hospitals and schools",
        "The budget at a glance",
    ),
    (
        pages.GUARDIAN_STYLE_ARTICLE,
        "Tax rise of 25bn pounds a year to pay for hospitals and schools, as the OBR cuts "
        "its growth forecast for next year",
        "The chancellor has announced a rise",
    ),
    (
        pages.NYT_STYLE_ARTICLE,
        "The agreement, signed during a rare visit by the Russian leader to North Korea, "
        "deepens a partnership that has alarmed the United States and its allies.",
        "President Vladimir V. Putin of Russia",
    ),
]


@pytest.mark.parametrize(
    ("page", "standfirst", "story"), STANDFIRSTS, ids=["live", "article", "NYT summary"]
)
def test_the_summary_under_the_headline_leads_the_story(
    tmp_path: Path, page: str, standfirst: str, story: str
) -> None:
    """The standfirst sits in the page's header, beside the headline, outside the
    container the extractor reads: it was lost."""
    lines = _shown(_read(tmp_path, page))
    assert lines.index(standfirst) < _opening(lines, story)
    assert lines.index(standfirst) <= 2  # after the headline (and the byline)


def test_a_french_chapo_leads_the_story(tmp_path: Path) -> None:
    lines = _shown(_read(tmp_path, pages.LE_MONDE_STYLE_ARTICLE))
    chapo = next(i for i, line in enumerate(lines) if line.startswith("Le traité, signé"))
    assert chapo <= 2 and chapo < _opening(lines, "Le président russe")


def test_a_french_byline_element_is_put_back_with_its_word_once(tmp_path: Path) -> None:
    """trafilatura keeps "Par" in the writer's name of a "Par Philippe Mesmer" element."""
    doc = _read(tmp_path, pages.LE_MONDE_STYLE_ARTICLE)
    assert "Par Philippe Mesmer" in _dimmed(doc)
    assert "Par Par" not in doc.text


def test_a_french_paywall_notice_is_not_read_as_the_story(tmp_path: Path) -> None:
    lines = _shown(_read(tmp_path, pages.LE_MONDE_STYLE_ARTICLE))
    assert not any("abonnés" in line or "Il vous reste" in line for line in lines)


def test_a_french_link_to_another_story_is_not_read_as_the_story(tmp_path: Path) -> None:
    lines = _shown(_read(tmp_path, pages.LE_MONDE_STYLE_ARTICLE))
    assert not any(line.startswith("Lire aussi") for line in lines)


def test_the_summary_of_a_card_of_another_story_is_left_out(tmp_path: Path) -> None:
    text = _read(tmp_path, pages.GUARDIAN_STYLE_ARTICLE).text
    assert "Savers face changes" not in text
