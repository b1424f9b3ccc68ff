"""Tests of reader/ingest/html.py: main text, metadata, fallbacks, malformed pages."""

from __future__ import annotations

import logging
import socket
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.errors import IngestError
from reader.ingest import document_from_text, load_document
from reader.ingest import html as html_mod
from reader.ingest.html import extract_html, render_body, strip_raw_elements

ARTICLE = """<!DOCTYPE html>
<html><head>
<title>Putin and Kim sign pact - Example Times</title>
<meta property="og:title" content="Putin and Kim sign pact">
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2024-06-20T10:00:00Z">
<style>body { color: red } .STYLETEXT {}</style>
<script>var secret = "SCRIPTTEXT";</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Putin and Kim sign pact</h1>
<p>The new agreement between Russia and North Korea requires both countries to provide
immediate military assistance in the event of war, state media said on Thursday.</p>
<p>“Relations have risen to a new high level of alliance,” Kim said. Putin called it a
breakthrough document reflecting shared desires to move relations higher.</p>
<script>document.write("INLINESCRIPT")</script>
<p>North Korea and the former Soviet Union signed a treaty in 1961, which was discarded
after the collapse of the USSR and replaced by a weaker one in 2000.</p>
</article>
<footer>© 2024 Example Times</footer>
</body></html>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_html_title_site_and_date(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "a.html", ARTICLE))
    assert (doc.title, doc.source, doc.date) == (
        "Putin and Kim sign pact",
        "Example Times",
        "2024-06-20",
    )


def test_html_title_is_the_first_paragraph(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "a.htm", ARTICLE))
    assert doc.slice(doc.paragraphs[0]) == "Putin and Kim sign pact"


def test_html_main_text_is_extracted(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "a.html", ARTICLE))
    sentences = [doc.slice(s) for s in doc.sentences]
    assert "“Relations have risen to a new high level of alliance,” Kim said." in sentences


@pytest.mark.parametrize("marker", ["SCRIPTTEXT", "STYLETEXT", "INLINESCRIPT", "color: red"])
def test_script_and_style_never_reach_the_text(tmp_path: Path, marker: str) -> None:
    doc = load_document(_write(tmp_path, "a.html", ARTICLE))
    assert marker not in doc.text


def test_title_is_prepended_when_the_body_lacks_it() -> None:
    page = (
        "<html><head><title>The headline</title></head><body><p>Body text only.</p></body></html>"
    )
    doc = document_from_text(page, fmt="html")
    assert doc.title == "The headline"
    assert doc.text.startswith("The headline\n\n")


MALFORMED = [
    "<html><body><p>Unclosed <b>bold <i>italic<p>Next paragraph of text.",
    "<p>Para one.<p>Para two.<div>Div text</span></em></html>",
    "<html><head><title>T</title><body><p>Head never closed, text still here.</p>",
    "<<<p>>>Strange brackets but some words.</p>",
    "<html><body><table><tr><td>Cell text in a table.<td>Another</table>",
]


@pytest.mark.parametrize("page", MALFORMED)
def test_malformed_html_still_yields_text(page: str) -> None:
    doc = document_from_text(page, fmt="html")
    assert doc.text.strip()
    assert "<" not in doc.text.replace("<<", "")


def test_deeply_nested_divs_yield_the_text() -> None:
    depth = 3000
    page = (
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * depth
        + "<p>The deep paragraph holds the only sentence.</p><script>NOPE</script>"
        + "</div>" * depth
        + "</body></html>"
    )
    doc = document_from_text(page, fmt="html")
    assert "The deep paragraph holds the only sentence." in doc.text
    assert "NOPE" not in doc.text


NO_TEXT = [
    "<html><head><script>var a = 1;</script></head><body></body></html>",
    "<html><body><style>p { }</style><!-- comment --></body></html>",
    "<html></html>",
    "<html><head><title>x</title></head><body><nav>Home | World</nav></body></html>",
    "<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2024 Paper</footer></body></html>",
]


@pytest.mark.parametrize("page", NO_TEXT)
def test_page_without_readable_text_raises(page: str) -> None:
    with pytest.raises(IngestError, match="no readable text"):
        document_from_text(page, path="page.html", fmt="html")


def test_no_text_error_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "empty.html", NO_TEXT[0])
    with pytest.raises(IngestError) as info:
        load_document(path)
    assert str(path) in str(info.value)
    assert info.value.path == str(path)


def test_trafilatura_failure_falls_back_to_the_renderer(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(html: str) -> Any:
        raise ValueError("lxml exploded")

    monkeypatch.setattr(html_mod, "_trafilatura", boom)
    page = extract_html("<title>T</title><p>Fallback text.</p>", "“x”", "x.html")
    assert (page.text, page.title) == ("T\n\nFallback text.", "T")


def test_extraction_never_opens_a_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    page = ARTICLE.replace("<body>", '<body><img src="http://example.com/x.png">')
    assert document_from_text(page, fmt="html").title == "Putin and Kim sign pact"


RENDER_CASES: list[tuple[str, str]] = [
    ("<p>One</p><p>Two</p>", "One\n\nTwo"),
    ("<div>A <b>bold</b> word</div>", "A bold word"),
    ("<p>Line<br>break</p>", "Line\n\nbreak"),
    ("<p>Caf&eacute; &amp; &ldquo;bar&rdquo;</p>", "Café & “bar”"),
    ("<p>a</p><script>x</script><style>y</style><noscript>z</noscript>", "a"),
    ("<p>  spaced \n  out  </p>", "spaced out"),
    ("<p>keep\u00a0nbsp</p>", "keep\u00a0nbsp"),
]


@pytest.mark.parametrize(("page", "text"), RENDER_CASES)
def test_render_body(page: str, text: str) -> None:
    assert render_body(page)[0] == text


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("<title> T  1 </title><p>x</p>", "T 1"),
        ("<h1>Head</h1><p>x</p>", "Head"),
        ("<p>x</p>", None),
    ],
)
def test_render_body_title(page: str, title: str | None) -> None:
    assert render_body(page)[1] == title


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/ =\"'&;!-abcdiphtmlscr\n")), max_size=300))
def test_any_markup_returns_or_raises_ingest_error(page: str) -> None:
    try:
        doc = document_from_text(page, fmt="html")
    except IngestError:
        return
    assert all(s.fits(len(doc.text)) for s in doc.sentences)


def test_debris_title_is_replaced_by_the_headline() -> None:
    page = (
        "<html><head><title>Breaking News</title></head><body>"
        "<p>Kim and Putin sign a pact</p><p>The body of the article follows here.</p>"
        "</body></html>"
    )
    assert document_from_text(page, fmt="html").title == "Kim and Putin sign a pact"


def test_huge_flat_page_is_rendered_with_its_metadata() -> None:
    page = (
        '<html><head><title>Huge</title><meta property="og:site_name" content="Site">'
        '<meta property="article:published_time" content="2024-06-20"></head><body>'
        + "<span>word</span> " * (html_mod.MAX_TAGS // 2 + 10)
        + "</body></html>"
    )
    doc = document_from_text(page, fmt="html")  # timed in benchmarks/speed.py, not here
    assert (doc.title, doc.source, doc.date) == ("Huge", "Site", "2024-06-20")
    assert doc.text.startswith("Huge\n\nword word")


@pytest.mark.parametrize("days", [1, 14])
def test_a_page_dated_after_today_keeps_its_date(days: int, tmp_path: Path) -> None:
    """A site in a time zone ahead, or a release under embargo: htmldate, told no date may
    be later than today, dated a page of later this month the 1st of the month."""
    later = (date.today() + timedelta(days=days)).isoformat()
    path = tmp_path / "later.html"
    path.write_text(ARTICLE.replace("2024-06-20T10:00:00Z", f"{later}T10:00:00Z"), "utf-8")
    assert load_document(path).date == later


STRIP_CASES: list[tuple[str, str]] = [
    ("a<script>x</script>b", "ab"),
    ("a<SCRIPT type='t'>x</Script >b", "ab"),
    ("a<style>x</style>b<noscript>y</noscript>c", "abc"),
    ("</<script>hidden()</script>shown", "</shown"),
    ("a<template>t</template>b<iframe src=x>i</iframe>c", "abc"),
    ("before<script>never closed", "before"),
    ("<scripts>not a script</scripts>", "<scripts>not a script</scripts>"),
    (
        '<script type="application/ld+json">{"datePublished": "2024-06-20"}</script>x',
        '<script type="application/ld+json">{"datePublished": "2024-06-20"}</script>x',
    ),
]


@pytest.mark.parametrize(("page", "stripped"), STRIP_CASES)
def test_strip_raw_elements(page: str, stripped: str) -> None:
    assert strip_raw_elements(page) == stripped


def test_json_ld_gives_the_date_but_never_text() -> None:
    page = (
        "<html><head><title>Pact signed</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2024-06-20T08:00:00Z", "headline": "Pact signed"}</script>'
        "</head><body><article><p>Russia and North Korea signed a pact on Wednesday in "
        "Pyongyang, state media said.</p></article></body></html>"
    )
    doc = document_from_text(page, fmt="html")
    assert doc.date == "2024-06-20"
    assert "datePublished" not in doc.text


COMMENT_CASES: list[tuple[str, str]] = [
    ("a<!-- c -->b", "ab"),
    ("a<!-- <script>x</script> -->b", "ab"),
    ("a<!-- never closed <script>x</script>", "a"),
    ("a<![CDATA[ raw ]]>b", "ab"),
    ("a<![CDATA[ never closed <p>x</p>", "a"),
    ("a<script>'<!--'</script>b", "ab"),
]


@pytest.mark.parametrize(("page", "stripped"), COMMENT_CASES)
def test_strip_comments_and_cdata(page: str, stripped: str) -> None:
    assert strip_raw_elements(page) == stripped


@pytest.mark.parametrize("opener", ["<!--", "<![CDATA["])
def test_unterminated_comment_hides_the_rest_of_the_page(opener: str) -> None:
    page = f"<p>Kim met Putin in Pyongyang.</p>{opener} <script>LEAK()</script><p>more</p>"
    doc = document_from_text(page, fmt="html")
    assert doc.text == "Kim met Putin in Pyongyang."


@pytest.mark.parametrize("tag", ["iframe", "object", "noscript", "template", "textarea"])
def test_hidden_element_content_stays_out_of_a_short_page(tag: str) -> None:
    page = (
        f"<html><head><title>Pact</title></head><body><h1>Pact</h1><p>Kim met Putin.</p>"
        f"<{tag}>HIDDEN_TEXT</{tag}></body></html>"
    )
    assert "HIDDEN" not in document_from_text(page, fmt="html").text


def test_unparsable_page_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG), pytest.raises(IngestError):
        document_from_text("<html><!-- nothing --></html>", fmt="html")
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_figure_captions_are_kept_and_their_credit_is_boilerplate() -> None:
    page = (
        "<html><head><title>Pact signed</title></head><body><article><h1>Pact signed</h1>"
        "<figure><img src='x.jpg'><figcaption>Kim and Putin walk in Pyongyang on June 19, "
        "2024. (Kremlin Pool Photo via AP)</figcaption></figure>"
        "<p>Russia and North Korea signed a mutual defence treaty on Wednesday, state media "
        "said, in a deal both leaders called a major upgrade of their relations.</p>"
        "</article></body></html>"
    )
    doc = document_from_text(page, fmt="html")
    caption = next(s for s in doc.sentences if doc.slice(s).startswith("Kim and Putin walk"))
    assert doc.slice(caption) == "Kim and Putin walk in Pyongyang on June 19, 2024."
    assert not doc.is_boilerplate(caption)
    assert [doc.slice(b) for b in doc.boilerplate] == ["(Kremlin Pool Photo via AP)"]


def test_no_date_is_invented_from_a_copyright_line() -> None:
    page = (
        "<html><head><title>Pact signed in Pyongyang</title></head><body><article>"
        "<p>Russia and North Korea signed a mutual defence treaty on Wednesday in "
        "Pyongyang, state media said.</p></article><footer>© 2024 Example Times</footer>"
        "</body></html>"
    )
    assert document_from_text(page, fmt="html").date is None


def test_html_extraction_works_in_a_worker_thread() -> None:
    results: list[str] = []

    def work() -> None:
        results.append(document_from_text(ARTICLE, fmt="html").title)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=30)
    assert results == ["Putin and Kim sign pact"]


def test_debris_title_of_the_fallback_renderer_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_mod, "_trafilatura", lambda html: None)
    page = "<title>Menu</title><p>Kim and Putin sign a pact</p><p>The body follows here.</p>"
    assert document_from_text(page, fmt="html").title == "Kim and Putin sign a pact"


UNTITLED_PAGE = """<html><body><div class="story">
<h2>The city council voted on Tuesday night to approve a new budget that raises property
taxes by three percent, after a long and heated debate.</h2>
<p>Council member Jane Doe said the increase was needed to fund schools and roads.</p>
<p>Opponents said they would challenge the vote in court next month.</p>
</div></body></html>
"""


def test_page_without_a_title_is_titled_by_its_file_name(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "council-budget.html", UNTITLED_PAGE))
    assert doc.title == "council-budget"


def test_page_without_a_title_keeps_its_first_paragraph_as_text(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "council-budget.html", UNTITLED_PAGE))
    assert doc.text.startswith("The city council voted on Tuesday night")


# no <title>, og:title or <h1>; an unclosed <b> makes its run a paragraph of its own
UNCLOSED_BOLD_PAGES = {
    "prose first": (
        "<html><body><p>First para.</p><p><b>Second para & stuff</p>"
        "<p>Third para ends here.</body></html>"
    ),
    "short line first": "<p>First para<p><b>Second para & stuff<p>Third para",
    "bold to the end": "<body><p>The vote came late.<p><b>Second para & stuff</body>",
}


@pytest.mark.parametrize("page", UNCLOSED_BOLD_PAGES.values(), ids=UNCLOSED_BOLD_PAGES.keys())
def test_an_unclosed_bold_run_is_never_the_title(tmp_path: Path, page: str) -> None:
    """A page with no title of its markup is titled by its first line, when that reads as
    a headline, else by its file's name: never by a later line, such as a bold run."""
    doc = load_document(_write(tmp_path, "council.html", page))
    assert "Second para & stuff" in doc.text
    assert doc.title != "Second para & stuff"
    assert doc.title in ("council", doc.text.split("\n", 1)[0])


def test_a_page_with_no_title_of_its_markup_is_titled_by_its_first_line(tmp_path: Path) -> None:
    page = "<p>Council passes budget<p><b>Second para & stuff<p>The vote came late."
    assert load_document(_write(tmp_path, "council.html", page)).title == "Council passes budget"


def test_a_prose_page_with_a_bold_run_is_titled_by_its_file_name(tmp_path: Path) -> None:
    page = "<p>The vote came late on Tuesday.<p><b>Second para & stuff<p>Both sides spoke."
    assert load_document(_write(tmp_path, "council.html", page)).title == "council"


def test_a_text_file_still_passes_a_section_label_for_its_headline(tmp_path: Path) -> None:
    """The first-line rule is a web page's: a text file's short label ("World") before
    its headline is passed over as before."""
    path = tmp_path / "story.txt"
    path.write_text("World\n\nLeaders sign a treaty\n\nThe leaders met on Tuesday.\n")
    assert load_document(path).title == "Leaders sign a treaty"


# no <title>, og:title or <h1>: the headline a bold paragraph, the story under <h2> crossheads
CROSSHEADS_UNTITLED = """<html><body><article>
<p><b>Council approves flood wall after long debate</b></p>
<p>The city council voted 6-3 on Tuesday night to build a flood wall along the river.</p>
<p>The wall will run 2.4 kilometres and is expected to cost $42 million.</p>
<h2>A neighbourhood under water</h2>
<p>Eastbank has flooded four times since 2011, and 340 families left their homes in 2019.</p>
<p>Residents packed the council chamber to hear the vote on the project.</p>
<h2>What the wall will cost</h2>
<p>The federal grant covers $30 million of the cost, and a bond pays the rest.</p>
</article></body></html>"""


def test_a_crosshead_is_never_an_untitled_page_s_title(tmp_path: Path) -> None:
    """trafilatura titles a page with no <title>, og:title or <h1> by its first <h2>: a
    crosshead in the story, which then opened the text, above the headline and the lede.
    The page is titled by its first line instead, and the crosshead stays where it was."""
    doc = load_document(_write(tmp_path, "flood.html", CROSSHEADS_UNTITLED))
    assert doc.title == "Council approves flood wall after long debate"
    assert doc.text.startswith("Council approves flood wall after long debate\n\nThe city")
    assert doc.text.count("A neighbourhood under water") == 1
    assert [doc.slice(h) for h in doc.headings] == [
        "A neighbourhood under water",
        "What the wall will cost",
    ]


INLINE_TIME_PAGE = """<html><head><title>Talks resume</title></head><body><article>
<h1>Talks resume</h1>
<p>The talks resumed on <time datetime="2024-07-04">Thursday, July 4</time> in Geneva, two
weeks after they broke down over the question of prisoners and the new border.</p>
<p>Officials said a deal could come as soon as <time>next week</time>, though both sides
warned that obstacles remained.</p>
</article></body></html>
"""


def test_time_inside_a_paragraph_keeps_the_paragraphs(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "talks.html", INLINE_TIME_PAGE))
    assert [doc.slice(p)[:27] for p in doc.paragraphs] == [
        "Talks resume",
        "The talks resumed on Thursd",
        "Officials said a deal could",
    ]


def test_time_element_still_dates_the_page(tmp_path: Path) -> None:
    assert load_document(_write(tmp_path, "talks.html", INLINE_TIME_PAGE)).date == "2024-07-04"


LIVE_BLOG = """<html><head><title>Election results live</title>
<meta property="og:site_name" content="National Herald"></head><body><article>
<h1>Election results live</h1>
<div class="block"><p class="time"><time datetime="2024-07-04T23:15:00+01:00">23:15 BST</time></p>
<h2>First result declared in Houghton and Sunderland South</h2>
<p>Labour's Bridget Phillipson has held Houghton and Sunderland South, the first seat to
declare, with 18,837 votes.</p></div>
<div class="block"><p class="time"><time datetime="2024-07-04T22:00:00+01:00">22:00 BST</time></p>
<h2>Exit poll points to Labour landslide</h2>
<p>The exit poll, published as polls closed at 10pm, suggests Labour will win 410 seats,
giving it a majority of 170.</p></div>
</article></body></html>
"""


def test_live_blog_entries_keep_their_time_dimmed(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "live.html", LIVE_BLOG))
    assert [doc.slice(b) for b in doc.boilerplate] == ["23:15 BST", "22:00 BST"]


DOTTED_TIME_PAGE = """<html><head><title>Navy foils pirate attack | The Coastal Times</title>
</head><body><article><h1>Navy foils pirate attack, nabs 23</h1>
<time class="dateline" datetime="2008-12-13T18:42:00+05:30">Dec 13, 2008, 06.42pm IST</time>
<p>NEW DELHI: An Indian Navy warship repulsed an attack on a merchant vessel in the Gulf of
Aden and nabbed 23 pirates, a Navy spokesman said.</p>
<p>The incident took place about 150 nautical miles off Aden.</p>
</article></body></html>
"""


def test_dateline_with_a_dotted_time_is_dimmed(tmp_path: Path) -> None:
    """Indian and British papers write "06.42pm": the dateline is no claim only A makes."""
    doc = load_document(_write(tmp_path, "navy.html", DOTTED_TIME_PAGE))
    assert [doc.slice(b) for b in doc.boilerplate] == ["Dec 13, 2008, 06.42pm IST"]


NAVY_PARAGRAPHS = "\n".join(
    f"<p>{p}</p>"
    for p in (
        "NEW DELHI: An Indian Navy warship repulsed an attack on a merchant vessel in the Gulf "
        "of Aden and nabbed 23 pirates, a Navy spokesman said.",
        "The pirates, in three boats, were attempting to hijack the merchant vessel around "
        "noon, when the destroyer INS Mysore intervened and repulsed the attack.",
        "Marine commandos boarded two of the pirate vessels to nab 12 Somali and 11 Yemeni "
        "pirates, and seized nine assault rifles and a grenade launcher.",
        "The pirates are being held on board the Mysore and will be handed over to the "
        "appropriate authorities ashore, possibly at Djibouti.",
    )
)


def _bylined_page(byline: str, meta: str = "") -> str:
    return f"""<html><head><title>Navy foils pirate attack</title>{meta}</head><body>
<nav><a href="/">Home</a> <a href="/india">India</a></nav>
<article>
<h1>Navy foils pirate attack, nabs 23</h1>
{byline}
{NAVY_PARAGRAPHS}
</article>
<footer>Copyright 2008 The Coastal Times</footer></body></html>
"""


def test_a_byline_the_extractor_drops_is_kept_dimmed_after_the_headline(tmp_path: Path) -> None:
    """trafilatura drops a byline element with its words, keeping the name in its metadata:
    the reader must still see who wrote the article, dimmed as a byline, with the desk
    the byline named after the writer (the Times of India's news service)."""
    page = _bylined_page('<div class="byline">By <a rel="author">Rajat Pandit</a>, TNN</div>')
    doc = load_document(_write(tmp_path, "navy.html", page))
    assert [doc.slice(p)[:20] for p in doc.paragraphs[:3]] == [
        "Navy foils pirate at",
        "By Rajat Pandit, TNN",
        "NEW DELHI: An Indian",
    ]
    assert [doc.slice(b) for b in doc.boilerplate] == ["By Rajat Pandit, TNN"]


def test_a_byline_in_the_text_is_not_written_twice(tmp_path: Path) -> None:
    page = _bylined_page(
        "<p>By Rajat Pandit in New Delhi</p>", '<meta name="author" content="Rajat Pandit">'
    )
    doc = load_document(_write(tmp_path, "navy.html", page))
    assert doc.text.count("Rajat Pandit") == 1


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="byline">By Rajat Pandit | <time datetime="2008-12-13">Dec 13, 2008</time>'
        "</div>",
        '<p class="byline">By Rajat Pandit, Saturday 13 December 2008 18:42 IST</p>',
    ],
)
def test_a_byline_put_back_names_no_date_as_a_writer(tmp_path: Path, byline: str) -> None:
    """The extractor reads the date of a byline element as a second writer ("Dec 13",
    "Saturday"): the byline put back names the writer alone, not a date cut short."""
    doc = load_document(_write(tmp_path, "navy.html", _bylined_page(byline)))
    assert [doc.slice(b) for b in doc.boilerplate] == ["By Rajat Pandit"]


# One story in each language Crossread writes a byline in: its headline and paragraphs.
FOREIGN_STORIES = {
    "fr": (
        "Le G7 s'accorde sur un fonds climat",
        "Les dirigeants du G7 se sont accordés mercredi sur un fonds de 20 milliards d'euros "
        "pour le climat, a annoncé la présidence.",
        "Le fonds doit aider les pays les plus pauvres à faire face aux effets du "
        "réchauffement, selon le communiqué final du sommet.",
    ),
    "de": (
        "G7 einigen sich auf Klimafonds",
        "Die Staats- und Regierungschefs der G7 haben sich am Mittwoch auf einen Klimafonds "
        "von 20 Milliarden Euro geeinigt, teilte die Präsidentschaft mit.",
        "Der Fonds soll den ärmsten Ländern helfen, mit den Folgen der Erderwärmung "
        "umzugehen, hieß es in der Abschlusserklärung des Gipfels.",
    ),
    "es": (
        "El G7 acuerda un fondo climático",
        "Los líderes del G7 acordaron el miércoles un fondo de 20.000 millones de euros para "
        "el clima, según anunció la presidencia.",
        "El fondo debe ayudar a los países más pobres a hacer frente a los efectos del "
        "calentamiento, según el comunicado final de la cumbre.",
    ),
    "pt": (
        "G7 aprova fundo para o clima",
        "Os líderes do G7 aprovaram na quarta-feira um fundo de 20 mil milhões de euros para "
        "o clima, anunciou a presidência.",
        "O fundo deve ajudar os países mais pobres a enfrentar os efeitos do aquecimento, "
        "segundo o comunicado final da cimeira.",
    ),
    "it": (
        "Il G7 approva un fondo per il clima",
        "I leader del G7 hanno approvato mercoledì un fondo da 20 miliardi di euro per il "
        "clima, ha annunciato la presidenza.",
        "Il fondo deve aiutare i paesi più poveri ad affrontare gli effetti del "
        "riscaldamento, secondo il comunicato finale del vertice.",
    ),
}


def _foreign_page(language: str, author: str, lang_attribute: bool = True) -> str:
    title, *paragraphs = FOREIGN_STORIES[language]
    lang = f' lang="{language}"' if lang_attribute else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html{lang}><head><title>{title}</title><meta name="author" content="{author}">'
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("language", "author", "byline"),
    [
        ("fr", "Jean Dupont", "Par Jean Dupont"),
        ("de", "Anna Müller", "Von Anna Müller"),
        ("es", "María López", "Por María López"),
        ("pt", "João Silva", "Por João Silva"),
        ("it", "Marco Rossi", "di Marco Rossi"),
        ("fr", "Jean Dupont, Marie Martin", "Par Jean Dupont et Marie Martin"),
        ("de", "Anna Müller, Tom Schmidt", "Von Anna Müller und Tom Schmidt"),
    ],
)
def test_a_byline_put_back_is_written_in_the_page_s_language(
    tmp_path: Path, language: str, author: str, byline: str
) -> None:
    doc = load_document(_write(tmp_path, "g7.html", _foreign_page(language, author)))
    assert doc.slice(doc.paragraphs[1]) == byline
    assert [doc.slice(b) for b in doc.boilerplate] == [byline]


def test_a_byline_put_back_is_in_the_language_of_the_words_when_the_page_names_none(
    tmp_path: Path,
) -> None:
    page = _foreign_page("fr", "Jean Dupont", lang_attribute=False)
    doc = load_document(_write(tmp_path, "g7.html", page))
    assert doc.slice(doc.paragraphs[1]) == "Par Jean Dupont"


def test_a_short_article_s_byline_is_in_the_language_of_its_open_graph_locale(
    tmp_path: Path,
) -> None:
    """Too few words to tell the language by: the page's og:locale tells it."""
    page = (
        '<html><head><title>Grève à la SNCF</title><meta property="og:locale" '
        'content="fr_FR"><meta name="author" content="Jean Dupont"></head><body><article>'
        "<h1>Grève à la SNCF</h1><p>Trafic perturbé mardi.</p></article></body></html>"
    )
    doc = load_document(_write(tmp_path, "greve.html", page))
    assert doc.slice(doc.paragraphs[1]) == "Par Jean Dupont"


def test_a_byline_put_back_follows_the_words_over_a_template_s_language(tmp_path: Path) -> None:
    """A site's template may declare its own language over an article in another."""
    page = _foreign_page("de", "Anna Müller").replace('lang="de"', 'lang="en-US"')
    doc = load_document(_write(tmp_path, "g7.html", page))
    assert doc.slice(doc.paragraphs[1]) == "Von Anna Müller"


def test_an_author_that_reads_as_no_byline_is_left_out(tmp_path: Path) -> None:
    page = _bylined_page("", '<meta name="author" content="webdesk@coastal-times.example">')
    doc = load_document(_write(tmp_path, "navy.html", page))
    assert "webdesk" not in doc.text


def _canonical_page(title: str, url: str) -> str:
    return (
        f'<html><head><title>{title}</title><link rel="canonical" href="{url}"></head>'
        "<body><article><h1>Flooding forces thousands from homes</h1><p>At least nine people "
        "have died and thousands have been forced from their homes after torrential rain "
        "caused rivers to burst their banks, officials said on Wednesday.</p></article>"
        "</body></html>"
    )


def test_site_is_named_as_its_title_names_it(tmp_path: Path) -> None:
    page = _canonical_page(
        "Flooding forces thousands from homes | World | The Daily Ledger",
        "https://www.dailyledger.example/world/2023/05/17/flooding",
    )
    assert load_document(_write(tmp_path, "a.html", page)).source == "The Daily Ledger"


def test_site_keeps_its_address_when_the_title_names_another(tmp_path: Path) -> None:
    page = _canonical_page(
        "Flooding forces thousands from homes - Weather Desk",
        "https://www.dailyledger.example/world/2023/05/17/flooding",
    )
    assert load_document(_write(tmp_path, "a.html", page)).source == "dailyledger.example"


# Paragraphs written as bare <div>s, wrapped in the source as editors' tools write them.
DIV_PARAGRAPHS_PAGE = """<html><head><title>Port workers end strike after pay deal</title>
</head><body><div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>
<div class="story"><h1>Port workers end strike after pay deal</h1>
<div>Dock workers at the country's largest port returned to work on Monday after
accepting a pay offer of 7 per cent over two years, their union said.</div>
<div>The ten-day strike had left more than 40 ships waiting at anchor outside the
harbour and delayed deliveries to supermarkets across the region.</div>
</div></body></html>
"""


def test_a_line_break_in_the_source_does_not_split_a_paragraph(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "port.html", DIV_PARAGRAPHS_PAGE))
    assert [doc.slice(p) for p in doc.paragraphs][1:] == [
        "Dock workers at the country's largest port returned to work on Monday after "
        "accepting a pay offer of 7 per cent over two years, their union said.",
        "The ten-day strike had left more than 40 ships waiting at anchor outside the "
        "harbour and delayed deliveries to supermarkets across the region.",
    ]


# A <br> inside a paragraph: in a sentence, or between two sentences of a quotation.
BR_PAGE = """<html><head><title>Treaty holds | Daily Ledger</title></head><body><article>
<h1>Treaty holds, ministry says</h1>
<p>The ministry said on Wednesday that the treaty signed in Pyongyang<br>holds, and that
parliament would ratify it before the end of the month.</p>
<p>Officials said the text had been agreed in three rounds of talks.</p>
<p>"We welcome it," the minister said.<br>"It is a day for the whole region."</p>
</article></body></html>"""


def test_a_line_break_inside_a_sentence_does_not_split_it(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "treaty.html", BR_PAGE))
    assert [doc.slice(p) for p in doc.paragraphs] == [
        "Treaty holds, ministry says",
        "The ministry said on Wednesday that the treaty signed in Pyongyang holds, and that "
        "parliament would ratify it before the end of the month.",
        "Officials said the text had been agreed in three rounds of talks.",
        '"We welcome it," the minister said.',
        '"It is a day for the whole region."',
    ]


# A CMS that splits the story into parts, the last one written as bare <div> lines.
SPLIT_BODY_PAGE = """<html><head><title>Hospital waiting lists reach record high</title>
<meta property="og:site_name" content="Health Daily"><meta name="date" content="2023-11-09">
</head><body>
<div class="header"><div class="menu"><a href="/">Home</a> | <a href="/uk">UK</a></div></div>
<div class="content"><h1 class="headline">Hospital waiting lists reach record high</h1>
<div class="article-body-part"><p>The number of patients waiting for planned hospital
treatment rose to
7.8 million in September, official figures showed on Thursday.</p>
<p>It is the highest figure since records began in 2007.</p></div>
<div class="ad-slot">Advertisement</div>
<div class="inline-related"><span>Related:</span> <a href="/x">Nurses vote on pay offer</a></div>
<div class="article-body-part"><p>Health officials blamed a wave of strikes by junior
doctors, which led
to the postponement of more than 1 million appointments.</p>
<p>"These numbers are deeply worrying," said Dr Anil Shah of the patients' association.</p>
</div>
<div class="article-body-part"><div>The government said it was investing a further
£200 million to cut
waiting times this winter.</div>
<div>Opposition parties called for an independent inquiry into the figures.</div></div></div>
<div class="sidebar"><h3>Most read</h3><ol><li><a href="/1">Chef opens new restaurant</a></li>
<li><a href="/2">Weather: snow expected next week</a></li></ol></div>
</body></html>
"""


def test_paragraphs_written_as_divs_are_kept(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "waiting.html", SPLIT_BODY_PAGE))
    assert doc.text.endswith(
        "The government said it was investing a further £200 million to cut waiting times "
        "this winter.\n\nOpposition parties called for an independent inquiry into the figures."
    )


# Saved by a browser as "Web page, complete": the page's address is kept only in the
# comment the browser writes at its top.
SAVED_PAGE = """<!DOCTYPE html>
<!-- saved from url=(0071)https://www.islandtimes.example/news/2023/06/14/ferry-sinks-off-coast -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Ferry sinks off coast, 12 missing</title>
<link rel="stylesheet" href="./Ferry sinks off coast_files/style.css"></head>
<body><article><h1>Ferry sinks off coast, 12 missing</h1>
<p>A passenger ferry carrying 87 people sank off the northern coast early on Wednesday, and
12 people are still missing, the coastguard said.</p>
<p>Rescue boats pulled 75 survivors from the water after the vessel overturned in heavy seas
about 3 kilometres from the port of Kaltra.</p></article></body></html>
"""


def test_a_saved_page_is_dated_by_the_address_it_was_saved_from(tmp_path: Path) -> None:
    assert load_document(_write(tmp_path, "ferry.html", SAVED_PAGE)).date == "2023-06-14"


def test_a_saved_page_names_the_site_it_was_saved_from(tmp_path: Path) -> None:
    assert load_document(_write(tmp_path, "ferry.html", SAVED_PAGE)).source == (
        "islandtimes.example"
    )


@pytest.mark.parametrize(
    "pull_quote",
    [
        '<blockquote class="pull-quote">"We have never seen the river this high"</blockquote>',
        '<aside class="article__pullquote"><p>"We have never seen the river this high"</p></aside>',
        '<figure class="wp-block-pullquote"><blockquote><p>"We have never seen the river '
        'this high"</p></blockquote></figure>',
    ],
)
def test_a_pull_quote_is_not_a_paragraph_of_the_article(tmp_path: Path, pull_quote: str) -> None:
    """A pull quote repeats the article's words in large type: kept, the quotation would
    be read (and matched) twice."""
    page = f"""<html><head><title>River rises</title></head><body><article>
<h1>Flood waters rise in river town as dam gates open</h1>
<p>Water levels in Millbrook rose by 1.2 metres overnight after the regional authority
opened three gates of the Carver Dam on Wednesday evening, officials said.</p>
{pull_quote}
<p>"We have never seen the river this high," said Mayor Ellen Park, who toured the flooded
streets on Thursday morning. "Our priority is to keep everyone safe."</p>
<p>Forecasters expect the river to peak on Friday afternoon.</p></article></body></html>"""
    doc = load_document(_write(tmp_path, "river.html", page))
    assert doc.text.count("never seen the river") == 1


def test_an_article_whose_class_names_pull_quotes_is_read_as_any(tmp_path: Path) -> None:
    page = ARTICLE.replace("<article>", '<article class="story has-pullquote">')
    doc = load_document(_write(tmp_path, "a.html", page))
    assert doc.text == load_document(_write(tmp_path, "b.html", ARTICLE)).text


# An older site laid out in tables: the story is one cell, its paragraphs set off by <br>s.
TABLE_LAYOUT_PAGE = """<html><head><title>Mine collapse traps 30 workers</title></head><body>
<table width="100%"><tr><td class="nav"><a href="/">Home</a> | <a href="/n">News</a></td></tr>
</table><table><tr><td class="story">
<font size="5"><b>Mine collapse traps 30 workers</b></font><br><br>
A section of a copper mine collapsed on Thursday, trapping 30 workers about 700 metres
underground, the mining ministry said.<br><br>
Rescuers have drilled a narrow bore hole to try to reach the men and deliver food and water,
officials said on Friday.<br><br>
"We will not rest until we bring them home," said mining minister Laurence Golborne.<br><br>
The mine's owners said the shaft had passed a safety inspection in January.
</td></tr></table></body></html>
"""


def test_a_story_laid_out_in_a_table_keeps_its_paragraphs(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "mine.html", TABLE_LAYOUT_PAGE))
    assert [doc.slice(p) for p in doc.paragraphs][-2:] == [
        '"We will not rest until we bring them home," said mining minister Laurence Golborne.',
        "The mine's owners said the shaft had passed a safety inspection in January.",
    ]


# An older site laid out in tables, its menus table cells: a row of section links set off
# by "|" cells, a column of links down the side, a footer row of links.
TABLE_MENU_PAGE = """<html><head><title>Mine collapse traps 30 workers - Copiapo Daily</title>
</head><body><table width="780" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="logo.gif" alt="Copiapo Daily"></td></tr>
<tr class="menu"><td><a href="/">Home</a></td><td>|</td><td><a href="/news">News</a></td>
<td>|</td><td><a href="/sport">Sport</a></td><td>|</td><td><a href="/business">Business</a>
</td><td>|</td><td><a href="/contact">Contact</a></td></tr></table>
<table width="780" border="0"><tr><td width="160" valign="top">
<a href="/local">Local news</a><br><a href="/world">World</a><br>
<a href="/weather">Weather</a><br><a href="/archive">Archive</a><br></td>
<td width="620" valign="top"><font size="5"><b>Mine collapse traps 30 workers</b></font><br>
<i>By Carlos Ruiz</i><br><br>
A section of a copper mine collapsed on Thursday, trapping 30 workers about 700 metres
underground, <a href="/mining">the mining ministry</a> said.<br><br>
Rescuers have drilled a narrow bore hole to try to reach the men and deliver food and water,
officials said on Friday.<br><br>
"We will not rest until we bring them home," said mining minister Laurence Golborne.<br><br>
The mine's owners said the shaft had passed a safety inspection in January.
</td></tr></table>
<table width="780"><tr><td align="center"><a href="/">Home</a> | <a href="/about">About us</a> |
<a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></td></tr>
<tr><td align="center">Copyright 2010 Copiapo Daily. All rights reserved.</td></tr></table>
</body></html>
"""


def test_menus_laid_out_in_table_cells_are_not_article_text(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "mine.html", TABLE_MENU_PAGE))
    lines = [doc.slice(p) for p in doc.paragraphs]
    for menu in ("News", "Sport", "Business", "Contact", "Local news", "World", "Archive"):
        assert menu not in lines
    assert "Privacy" not in doc.text
    undimmed = [doc.slice(p) for p in doc.paragraphs if not doc.is_boilerplate(p)]
    assert undimmed == [
        "Mine collapse traps 30 workers",
        "A section of a copper mine collapsed on Thursday, trapping 30 workers about 700 "
        "metres underground, the mining ministry said.",
        "Rescuers have drilled a narrow bore hole to try to reach the men and deliver food "
        "and water, officials said on Friday.",
        '"We will not rest until we bring them home," said mining minister Laurence Golborne.',
        "The mine's owners said the shaft had passed a safety inspection in January.",
    ]


def test_a_table_of_linked_names_and_figures_is_still_read(tmp_path: Path) -> None:
    rows = "".join(
        f'<tr><td><a href="/{name}">{name}</a></td><td>{seats}</td></tr>'
        for name, seats in (("Labour", 412), ("Conservative", 121), ("Reform", 5))
    )
    page = ARTICLE.replace("<p>North Korea", f"<table>{rows}</table><p>North Korea")
    assert "Conservative" in load_document(_write(tmp_path, "a.html", page)).text


# An older site's story in a table cell, written as <p>s (not set off by <br>s).
TABLE_PARAGRAPHS_PAGE = """<html><head><title>Council tax to rise by 4 per cent</title></head>
<body><table width="100%" cellspacing="0"><tr><td class="nav"><a href="/">Home</a> |
<a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/contact">Contact</a></td></tr>
<tr><td><h2>Council tax to rise by 4 per cent</h2>
<p>Households in the district will pay four per cent more council tax from April after
councillors approved the budget on Wednesday night.</p>
<p>The council said the rise was needed to protect services for older people and to fill a
gap of 2.3 million pounds left by cuts in government funding.</p>
<p>Opposition councillors said the increase would hit families already struggling with
higher energy bills.</p></td></tr></table></body></html>
"""


def test_a_story_in_a_table_cell_keeps_its_paragraphs(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "tax.html", TABLE_PARAGRAPHS_PAGE))
    assert [doc.slice(p)[:30] for p in doc.paragraphs] == [
        "Council tax to rise by 4 per c",
        "Households in the district wil",
        "The council said the rise was ",
        "Opposition councillors said th",
    ]


def test_a_table_of_figures_is_still_read(tmp_path: Path) -> None:
    table = (
        "<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Labour</td><td>412</td></tr>"
        "<tr><td>Conservative</td><td>121</td></tr></table>"
    )
    page = ARTICLE.replace("<p>North Korea", f"{table}<p>North Korea")
    assert "Conservative" in load_document(_write(tmp_path, "a.html", page)).text


def _page_with_teasers(story: str) -> str:
    """A story followed by teaser cards of other stories, each an <article> of its own."""
    teasers = "".join(
        f'<article class="card"><h3><a href="/{n}">{title}</a></h3><p>{lede}</p></article>'
        for n, (title, lede) in enumerate(
            (
                (
                    "Floods sweep through southern villages",
                    "Heavy rains have forced more "
                    "than 2,000 people from their homes in the south over the weekend.",
                ),
                (
                    "Central bank holds rates at 5%",
                    "The central bank left its main interest "
                    "rate unchanged on Thursday, citing persistent inflation.",
                ),
            )
        )
    )
    return f"""<html><head><title>Hospital fire kills 11 | Metro Post</title></head><body>
<div class="story-body"><h1>Hospital fire kills 11 in capital</h1>{story}</div>
<section class="more-news"><h2>More news</h2>{teasers}</section></body></html>"""


HOSPITAL_STORY = """<p>At least 11 patients died when a fire broke out in the intensive care
unit of the city's main hospital early on Monday, the health ministry said.</p>
<p>Firefighters brought the blaze under control after about two hours. The cause was being
investigated, but officials said an electrical fault was suspected.</p>
<p>"It is a tragedy for the whole country," the prime minister wrote on social media.</p>"""


def test_teasers_of_other_stories_are_not_the_article(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "fire.html", _page_with_teasers(HOSPITAL_STORY)))
    assert "Floods" not in doc.text and "central bank" not in doc.text


def test_a_story_in_an_article_element_with_linked_headings_is_kept(tmp_path: Path) -> None:
    story = f"<article><h2><a href='/live'>Live updates</a></h2>{HOSPITAL_STORY}</article>"
    doc = load_document(_write(tmp_path, "fire.html", _page_with_teasers(story)))
    assert "electrical fault" in doc.text


# A story in <main> (no <article>) and a "More from us" block of cards, each an <article>
# whose <h3> is no link: the link is on its picture and on "Read more".
UNLINKED_CARDS_PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Bridge closed after lorry strike | Valley Gazette</title>
<meta property="og:site_name" content="Valley Gazette"></head><body>
<header><a href="/" class="logo">Valley Gazette</a><nav><a href="/news">News</a></nav></header>
<main><div class="story"><h1>Bridge closed after lorry strike</h1>
<p class="byline">By Sam Carter</p><div class="story-body">
<p>The Old Mill bridge over the River Lune will stay closed for at least three weeks after a
lorry struck one of its stone parapets on Monday morning, the county council said.</p>
<p>Engineers found cracks in two of the bridge's arches during an inspection on Tuesday, and
said the structure could not safely carry traffic until repairs were made.</p>
<p>The lorry driver, a 52-year-old man from Preston, was not hurt. Police said they were
investigating.</p></div></div>
<section class="more-from-us"><h2>More from us</h2>
<article class="card"><a href="/news/roof"><img src="roof.jpg" alt=""></a>
<h3>School roof repairs finished ahead of term</h3><p>Pupils at St Mary's will return to
classrooms on time after builders completed work on the storm-damaged roof.</p>
<a href="/news/roof" class="more">Read more</a></article>
<article class="card"><a href="/news/bus"><img src="bus.jpg" alt=""></a>
<h3>Bus route 42 to be cut back from April</h3><p>The operator says falling passenger
numbers mean evening services will end at 7pm.</p>
<a href="/news/bus" class="more">Read more</a></article>
<article class="card"><a href="/news/market"><img src="market.jpg" alt=""></a>
<h3>Farmers' market returns to the square</h3><p>Thirty stalls are expected at the first
market of the year on Saturday.</p><a href="/news/market" class="more">Read more</a></article>
</section></main><footer><p>© 2024 Valley Gazette</p></footer></body></html>
"""


def test_cards_whose_headings_are_no_links_are_not_the_article(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "bridge.html", UNLINKED_CARDS_PAGE))
    lines = [doc.slice(p) for p in doc.paragraphs]
    assert lines[0] == "Bridge closed after lorry strike"
    assert lines[-1].startswith("The lorry driver, a 52-year-old man from Preston")
    for teaser in ("School roof", "St Mary's", "Bus route", "evening services", "Thirty stalls"):
        assert teaser not in doc.text


# A short news item: one paragraph in an <article>, its heading a link to itself.
ONE_PARAGRAPH_STORY = """<!DOCTYPE html><html lang="en"><head>
<title>Ferry services suspended in high winds | Island Times</title></head><body>
<header><a href="/" class="logo">Island Times</a><nav><a href="/news">News</a></nav></header>
<main><article class="story">
<h2><a href="/news/ferry-services-suspended">Ferry services suspended in high winds</a></h2>
<p>All ferry crossings between the mainland and the islands were cancelled on Friday as gusts
of up to 70mph swept the coast, and the operator said services were unlikely to resume before
Sunday morning.</p></article>{after}</main></body></html>
"""
LINKED_CARDS = """<section class="more"><h2>More news</h2>
<article class="card"><h3><a href="/a">Harbour wall to be rebuilt</a></h3>
<p>Work starts in May.</p></article><article class="card"><h3><a href="/b">New doctor for
the island surgery</a></h3><p>She starts next month.</p></article></section>"""


@pytest.mark.parametrize("after", ["", LINKED_CARDS], ids=["alone", "with-cards"])
def test_a_one_paragraph_story_with_a_linked_heading_is_kept(tmp_path: Path, after: str) -> None:
    doc = load_document(_write(tmp_path, "ferry.html", ONE_PARAGRAPH_STORY.format(after=after)))
    assert "All ferry crossings between the mainland" in doc.text
    assert "Harbour wall" not in doc.text and "She starts" not in doc.text


def test_site_is_named_by_what_the_title_adds_to_the_headline(tmp_path: Path) -> None:
    """A page without site metadata names itself after its headline in its <title>."""
    page = ARTICLE.replace('<meta property="og:site_name" content="Example Times">', "")
    page = page.replace(
        "Putin and Kim sign pact - Example Times", "Putin and Kim sign pact | The Ledger"
    )
    assert load_document(_write(tmp_path, "a.html", page)).source == "The Ledger"


def test_a_title_without_the_headline_names_no_site(tmp_path: Path) -> None:
    page = ARTICLE.replace('<meta property="og:site_name" content="Example Times">', "")
    page = page.replace("Putin and Kim sign pact - Example Times", "World news - Politics")
    assert load_document(_write(tmp_path, "a.html", page)).source is None


LIVE_BLOG_JSON_LD = """<html><head><title>Election night live | City Times</title>
<script type="application/ld+json">{"@context": "https://schema.org",
"@type": "LiveBlogPosting", "headline": "Election night live: results as they come in",
"liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Exit poll predicts landslide"}]}
</script></head><body><main><h1>Election night live: results as they come in</h1>
<div class="update"><h2>Exit poll predicts landslide</h2><p>The exit poll predicts a majority
of 170 seats for the opposition, which would be its largest since 1997.</p></div>
<div class="update"><h2>Polls close</h2><p>Polls have closed across the country, and the
count has begun in all 650 constituencies.</p></div></main></body></html>
"""


def test_a_live_blog_is_titled_by_its_headline_not_its_latest_update(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "live.html", LIVE_BLOG_JSON_LD))
    assert doc.title == "Election night live: results as they come in"


def test_a_page_whose_title_names_only_the_site_is_titled_by_its_headline(
    tmp_path: Path,
) -> None:
    """The logo in an <h1> of its own and a <title> naming the site alone: the story's
    <h1> is the headline."""
    page = ARTICLE.replace(
        '<meta property="og:title" content="Putin and Kim sign pact">', ""
    ).replace("Putin and Kim sign pact - Example Times", "Example Times")
    page = page.replace("<nav>", '<header><h1 class="logo">Example Times</h1></header><nav>')
    doc = load_document(_write(tmp_path, "a.html", page))
    assert doc.title == "Putin and Kim sign pact"


def _page_with(extra: str) -> str:
    """ARTICLE with ``extra`` inside its first paragraph's link and before its last one."""
    return ARTICLE.replace(
        "state media said on Thursday.", f'<a href="/kcna">state media{extra}</a> said on Thursday.'
    ).replace("<p>North Korea and the former", f"{extra}<p>North Korea and the former")


@pytest.mark.parametrize(
    "hidden",
    [
        '<span class="sr-only"> (opens in a new window)</span>',
        '<span class="visually-hidden">Image caption,</span>',
        "<div hidden><p>Subscribe now to keep reading this article.</p></div>",
    ],
)
def test_text_a_browser_does_not_show_is_left_out(tmp_path: Path, hidden: str) -> None:
    doc = load_document(_write(tmp_path, "a.html", _page_with(hidden)))
    assert doc.text == load_document(_write(tmp_path, "b.html", ARTICLE)).text
