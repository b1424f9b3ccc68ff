"""Tests of reader/ingest/live_blog.py through load_document: a live page reads as one
article, each update's time a line before its text, in the page's order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.ingest import load_document
from reader.ingest.live_blog import live_updates
from tests.ingest.foreign_pages import LIVE_BLOG_DE, LIVE_BLOG_FR
from tests.ingest.live_pages import GUARDIAN_DCR_LIVE, LIVE_DIRECT_FR, LIVE_TICKER_DE
from tests.ingest.page_files import paragraph_lines, read_page

# BBC-style: each update an <article>, its time and heading in a <header>, some without
# a heading; a summary box before the feed, sidebars and teasers around it.
BBC_LIVE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Storm Isha: Live updates as power cuts hit thousands - BBC News</title>
<meta property="og:title" content="Storm Isha: Live updates as power cuts hit thousands">
<meta property="og:site_name" content="BBC News">
</head><body>
<header><a href="/">BBC</a><nav><ul><li><a href="/news">News</a></li><li><a
href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main id="main-content">
<h1>Storm Isha: Live updates as power cuts hit thousands</h1>
<div class="summary-box"><h2>Summary</h2><ul>
<li>Tens of thousands of homes are without power after Storm Isha brought gusts of up to
99mph</li>
<li>Rail services in Scotland are suspended until at least midday</li>
<li>An amber wind warning remains in place for northern England</li></ul></div>
<div class="live-feed">
<article><header><span class="timestamp"><time datetime="2024-01-22T11:05:00Z">11:05 GMT</time>
</span><h3>Network Rail says lines will reopen gradually</h3></header>
<div class="post-body"><p>Network Rail Scotland says engineers have cleared more than 40 fallen
trees from lines overnight, and services will return gradually through the afternoon.</p>
<p>Passengers are advised to check before they travel.</p></div></article>
<article><header><span class="timestamp"><time datetime="2024-01-22T10:42:00Z">10:42 GMT</time>
</span></header>
<div class="post-body"><p>The Energy Networks Association says 45,000 homes remain without
power across the UK, down from a peak of 240,000 overnight.</p></div></article>
<article><header><span class="timestamp"><time datetime="2024-01-22T10:15:00Z">10:15 GMT</time>
</span><h3>Airports report dozens of cancellations</h3></header>
<div class="post-body"><p>Dublin Airport says 41 flights were cancelled and a further 55
diverted on Sunday evening as winds made landings impossible.</p>
<p>Edinburgh and Glasgow airports also reported disruption.</p></div></article>
<article><header><span class="timestamp"><time datetime="2024-01-22T09:50:00Z">09:50 GMT</time>
</span><h3>Man dies after car hits tree</h3></header>
<div class="post-body"><p>A man in his 80s has died after the car he was travelling in hit a
fallen tree in Grange-over-Sands, Cumbria, police say.</p></div></article>
<article><header><span class="timestamp"><time datetime="2024-01-22T09:20:00Z">09:20 GMT</time>
</span></header>
<div class="post-body"><p>The Met Office says the strongest gust recorded overnight was 99mph
at Brizlee Wood in Northumberland.</p>
<p>Forecasters expect winds to ease through the morning before Storm Jocelyn arrives on
Tuesday.</p></div></article>
<article><header><span class="timestamp"><time datetime="2024-01-22T09:00:00Z">09:00 GMT</time>
</span><h3>Welcome to our live coverage</h3></header>
<div class="post-body"><p>Good morning and welcome to our live coverage of Storm Isha, which
has brought disruption to large parts of the UK and Ireland.</p></div></article>
</div>
</main>
<aside class="related"><h2>Related Topics</h2><ul><li><a href="/weather">UK weather</a></li>
<li><a href="/storms">Storms</a></li></ul></aside>
<section class="top-stories"><h2>Top stories</h2>
<div class="promo"><a href="/news/1"><h3>Prime minister faces rebellion over Rwanda bill</h3>
</a></div>
<div class="promo"><a href="/news/2"><h3>Gaza ceasefire talks resume in Cairo</h3></a></div>
</section>
<footer><p>Copyright 2024 BBC. All rights reserved.</p></footer>
</body></html>
"""

# Guardian-style: each update a <div class="block"> with a linked <time>, share links.
GUARDIAN_LIVE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Ukraine war live: Zelenskyy meets allies in Kyiv as drone strikes hit Odesa | Ukraine |
The Guardian</title>
<meta property="og:site_name" content="the Guardian">
</head><body>
<div class="top-bar"><a href="/">The Guardian</a> <a href="/uk/news">News</a> <a
href="/uk/commentisfree">Opinion</a> <a href="/uk/sport">Sport</a></div>
<div class="content__head">
<h1>Ukraine war live: Zelenskyy meets allies in Kyiv as drone strikes hit Odesa</h1>
<div class="content__standfirst"><p>Latest: Ukrainian president hosts foreign ministers; at
least three killed in overnight attack on southern port city</p></div>
</div>
<div class="content__main-column content__main-column--liveblog">
<div class="keyevents"><h2>Key events</h2><ul>
<li><a href="#block-5">10.57 GMT Zelenskyy: 'we need air defence now'</a></li>
<li><a href="#block-2">08.31 GMT Three killed in Odesa drone attack</a></li></ul></div>
<div class="js-liveblog-body">
<div id="block-6" class="block">
<p class="block-time published-time"><a href="#block-6"><time
datetime="2024-03-07T11:32:00Z">11.32 GMT</time></a></p>
<div class="block-elements"><p>Poland's foreign minister, Radosław Sikorski, said allies must
"stop counting the cost" of support for Ukraine and think of the cost of a Russian victory.</p>
</div>
<div class="block-share"><a href="#">Share</a></div></div>
<div id="block-5" class="block is-key-event">
<p class="block-time published-time"><a href="#block-5"><time
datetime="2024-03-07T10:57:00Z">10.57 GMT</time></a></p>
<h2 class="block-title">Zelenskyy: 'we need air defence now'</h2>
<div class="block-elements"><p>Volodymyr Zelenskyy told the visiting ministers that Ukraine
needed more Patriot systems "not in months, but now".</p>
<blockquote><p>Every day of delay costs lives in Odesa, in Kharkiv, in Dnipro.</p></blockquote>
<p>He said Ukraine had received only part of the ammunition promised last year.</p></div>
<div class="block-share"><a href="#">Share</a></div></div>
<div id="block-4" class="block">
<p class="block-time published-time"><a href="#block-4"><time
datetime="2024-03-07T09:45:00Z">09.45 GMT</time></a></p>
<div class="block-elements"><p>Russia's defence ministry says its air defences shot down 38
Ukrainian drones over the Belgorod and Kursk regions overnight. The claim could not be
independently verified.</p></div>
<div class="block-share"><a href="#">Share</a></div></div>
<div id="block-3" class="block">
<p class="block-time published-time"><a href="#block-3"><time
datetime="2024-03-07T09:02:00Z">09.02 GMT</time></a></p>
<div class="block-elements"><p>The foreign ministers of Poland, Lithuania and the Netherlands
arrived in Kyiv by train this morning.</p></div>
<div class="block-share"><a href="#">Share</a></div></div>
<div id="block-2" class="block is-key-event">
<p class="block-time published-time"><a href="#block-2"><time
datetime="2024-03-07T08:31:00Z">08.31 GMT</time></a></p>
<h2 class="block-title">Three killed in Odesa drone attack</h2>
<div class="block-elements"><p>At least three people were killed and eight injured when Russian
drones hit a residential building in Odesa overnight, the regional governor, Oleh Kiper,
said.</p>
<p>Rescuers were searching the rubble for survivors.</p></div>
<div class="block-share"><a href="#">Share</a></div></div>
<div id="block-1" class="block">
<p class="block-time published-time"><a href="#block-1"><time
datetime="2024-03-07T08:00:00Z">08.00 GMT</time></a></p>
<div class="block-elements"><p>Hello and welcome to our continuing coverage of the war in
Ukraine. I'm Martin Belam and I'll be with you for the next few hours.</p></div>
<div class="block-share"><a href="#">Share</a></div></div>
</div></div>
<aside class="right-col"><h2>Most viewed</h2><ol>
<li><a href="/a">King Charles to resume public duties after cancer treatment</a></li>
<li><a href="/b">Budget 2024: what it means for you</a></li></ol></aside>
<div class="onwards"><h2>More on this story</h2>
<div class="fc-item"><a href="/c"><h3>Russia says it has taken village near Avdiivka</h3></a>
<p>Ukraine's military says fighting continues</p></div>
<div class="fc-item"><a href="/d"><h3>EU agrees €50bn aid package for Ukraine</h3></a></div>
</div>
<footer><p>© 2024 Guardian News &amp; Media Limited or its affiliated companies. All rights
reserved.</p></footer>
</body></html>
"""

# Updates as <div class="live-blog-post"> inside the story's <article>, one <time> empty,
# headings linked to the update itself; a dated teaser card after the story.
WIRE_LIVE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Earthquake in Taiwan: live updates - Pacific Wire</title>
<meta property="og:title" content="Earthquake in Taiwan: live updates">
<meta property="og:site_name" content="Pacific Wire">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",
"headline":"Earthquake in Taiwan: live updates","coverageStartTime":"2024-04-03T00:10:00Z"}</script>
</head><body>
<header class="site-header"><ul class="menu"><li><a href="/">Home</a></li><li><a
href="/world">World</a></li><li><a href="/asia">Asia</a></li></ul></header>
<main>
<article class="story">
<h1>Earthquake in Taiwan: live updates</h1>
<p class="byline">By Mei Lin and Tom Ashby</p>
<div class="live-feed">
<div class="live-blog-post" id="post-7"><div class="live-blog-post__meta"><time
datetime="2024-04-03T06:40:00+08:00">6:40 a.m.</time></div>
<h2><a href="#post-7">Death toll rises to nine</a></h2>
<div class="live-blog-post__body"><p>Taiwan's fire agency said nine people had died and more
than 800 were injured. Most of the deaths were in Hualien county, near the epicentre.</p></div>
</div>
<div class="live-blog-post" id="post-6"><div class="live-blog-post__meta"><time
datetime="2024-04-03T06:05:00+08:00"></time></div>
<div class="live-blog-post__body"><p>TSMC, the world's largest contract chipmaker, said it had
evacuated some of its fabrication plants as a precaution and that safety systems were operating
normally.</p></div></div>
<div class="live-blog-post" id="post-5"><div class="live-blog-post__meta"><time
datetime="2024-04-03T05:30:00+08:00">5:30 a.m.</time></div>
<div class="live-blog-post__body"><p>Japan lifted its tsunami warning for Okinawa after waves
of about 30 centimetres reached Yonaguni island.</p></div></div>
<div class="live-blog-post" id="post-4"><div class="live-blog-post__meta"><time
datetime="2024-04-03T05:00:00+08:00">5:00 a.m.</time></div>
<div class="live-blog-post__body"><p>Video on social media showed a five-storey building in
Hualien leaning at a 45-degree angle, its ground floor crushed.</p></div></div>
<div class="live-blog-post" id="post-3"><div class="live-blog-post__meta"><time
datetime="2024-04-03T04:20:00+08:00">4:20 a.m.</time></div>
<div class="live-blog-post__body"><p>Train services across the island were suspended and the
Taipei metro briefly halted operations.</p></div></div>
<div class="live-blog-post" id="post-2"><div class="live-blog-post__meta"><time
datetime="2024-04-03T03:58:00+08:00">3:58 a.m.</time></div>
<h2>Magnitude 7.4 quake strikes off Hualien</h2>
<div class="live-blog-post__body"><p>A magnitude 7.4 earthquake struck off the eastern coast of
Taiwan at 7:58 a.m. local time, the island's central weather administration said, the strongest
in 25 years.</p></div></div>
</div>
</article>
</main>
<aside><h3>Trending</h3><a href="/x">Eclipse path: where to watch</a></aside>
<section class="more"><h2>More from Pacific Wire</h2>
<article class="card"><time datetime="2024-04-02T10:00:00Z">Yesterday</time><h3><a
href="/y">Typhoon season forecast</a></h3><p>Forecasters expect an active season.</p></article>
</section>
<footer>Copyright Pacific Wire 2024</footer>
</body></html>
"""


_load = read_page
_lines = paragraph_lines


def _following(lines: list[str], time: str) -> str:
    """The line after the time line ``time``."""
    return lines[lines.index(time) + 1]


def test_each_article_update_keeps_its_time_before_its_text(tmp_path: Path) -> None:
    doc = _load(tmp_path, BBC_LIVE)
    lines = _lines(doc)
    times = ["11:05 GMT", "10:42 GMT", "10:15 GMT", "09:50 GMT", "09:20 GMT", "09:00 GMT"]
    assert [line for line in lines if line in times] == times  # the page's order
    assert _following(lines, "11:05 GMT") == "Network Rail says lines will reopen gradually"
    assert _following(lines, "10:42 GMT").startswith("The Energy Networks Association says")
    assert _following(lines, "09:00 GMT") == "Welcome to our live coverage"
    assert lines[-1].startswith("Good morning and welcome to our live coverage")


def test_a_live_page_is_titled_by_its_headline_and_opens_with_its_summary(
    tmp_path: Path,
) -> None:
    doc = _load(tmp_path, BBC_LIVE)
    lines = _lines(doc)
    assert doc.title == "Storm Isha: Live updates as power cuts hit thousands"
    assert lines[0] == doc.title
    assert lines.index("- Rail services in Scotland are suspended until at least midday") < (
        lines.index("11:05 GMT")
    )
    assert "Prime minister faces rebellion over Rwanda bill" not in doc.text


def test_update_times_are_dimmed(tmp_path: Path) -> None:
    doc = _load(tmp_path, BBC_LIVE)
    dimmed = {doc.slice(b) for b in doc.boilerplate}
    assert {"11:05 GMT", "09:00 GMT"} <= dimmed


def test_every_block_of_a_guardian_style_page_is_read_with_its_time(tmp_path: Path) -> None:
    lines = _lines(_load(tmp_path, GUARDIAN_LIVE))
    times = ["11.32 GMT", "10.57 GMT", "09.45 GMT", "09.02 GMT", "08.31 GMT", "08.00 GMT"]
    assert [line for line in lines if line in times] == times
    assert _following(lines, "10.57 GMT") == "Zelenskyy: 'we need air defence now'"
    assert _following(lines, "08.00 GMT").startswith("Hello and welcome to our continuing")


def test_dotted_update_times_are_dimmed(tmp_path: Path) -> None:
    doc = _load(tmp_path, GUARDIAN_LIVE)
    assert {"11.32 GMT", "08.00 GMT"} <= {doc.slice(b) for b in doc.boilerplate}


def test_an_update_without_written_time_gets_its_clock_time(tmp_path: Path) -> None:
    doc = _load(tmp_path, WIRE_LIVE)
    lines = _lines(doc)
    assert [line for line in lines if line.endswith(("a.m.", "06:05"))] == [
        "6:40 a.m.",
        "06:05",
        "5:30 a.m.",
        "5:00 a.m.",
        "4:20 a.m.",
        "3:58 a.m.",
    ]
    assert _following(lines, "06:05").startswith("TSMC, the world's largest")
    assert _following(lines, "6:40 a.m.") == "Death toll rises to nine"
    assert doc.title == "Earthquake in Taiwan: live updates"
    assert "Typhoon season" not in doc.text and "Forecasters expect" not in doc.text


def _unwritten(page: str, time: str) -> str:
    """``page`` with the <time> element showing ``time`` emptied (a script fills it in)."""
    assert page.count(f">{time}</time>") == 1
    return page.replace(f">{time}</time>", "></time>")


def _zones_written(page: str, zone: str) -> str:
    """``page`` with ``zone`` written after the time of each of its <time> elements."""
    return re.sub(r'(<time datetime="[^"]+">)([^<]+)(</time>)', rf"\1\2 {zone}\3", page)


ZONED_PAGES = [
    (_unwritten(BBC_LIVE, "10:42 GMT"), "10:15 GMT", "10:42 GMT"),
    (
        _unwritten(_zones_written(LIVE_BLOG_DE, "(MESZ)"), "09:05 Uhr (MESZ)"),
        "10:20 Uhr (MESZ)",
        "09:05 MESZ",
    ),
    (
        _unwritten(_zones_written(LIVE_BLOG_FR, "(UTC+01:00)"), "10h15 (UTC+01:00)"),
        "11h40 (UTC+01:00)",
        "10:15 UTC+01:00",
    ),
]


@pytest.mark.parametrize(("page", "written", "unwritten"), ZONED_PAGES)
def test_an_update_without_written_time_on_a_page_writing_zones_gets_its_zone(
    tmp_path: Path, page: str, written: str, unwritten: str
) -> None:
    """A page whose times say their zone ("10:15 GMT", "09:05 Uhr (MESZ)"): the time of an
    update it writes none for is its datetime attribute's, named as the page names that
    zone ("10:42 GMT", not "10:42 UTC" beside "10:15 GMT"), dimmed as the page's own
    times are."""
    doc = _load(tmp_path, page)
    assert unwritten in _lines(doc)
    assert {unwritten, written} <= {doc.slice(b) for b in doc.boilerplate}


def _summer(page: str, zone: str, hours: int) -> str:
    """The BBC page with each time written ``hours`` later in ``zone`` ("11:05 GMT" of
    11:05Z is "12:05 BST"), its datetime attribute unchanged (in UTC, as the BBC's are)."""

    def later(m: re.Match[str]) -> str:
        hour, minute = int(m.group(2)) + hours, m.group(3)
        return f"{m.group(1)}{hour:02d}:{minute} {zone}</time>"

    return re.sub(r'(<time datetime="[^"]+">)(\d\d):(\d\d) GMT</time>', later, page)


@pytest.mark.parametrize(
    ("zone", "hours", "unwritten"),
    [("BST", 1, "11:42 BST"), ("CET", 1, "11:42 CET"), ("MESZ", 2, "12:42 MESZ")],
)
def test_an_unwritten_time_in_utc_is_written_in_the_zone_the_page_writes(
    tmp_path: Path, zone: str, hours: int, unwritten: str
) -> None:
    """The page writes its times in its summer's zone ("12:05 BST"), its <time>
    attributes in UTC: the time of an update it writes none for is that zone's too, not
    "10:42 UTC" among "11:05 BST" times."""
    page = _unwritten(_summer(BBC_LIVE, zone, hours), f"{10 + hours}:42 {zone}")
    lines = _lines(_load(tmp_path, page))
    assert unwritten in lines
    assert not any("UTC" in line for line in lines)


def test_updates_whose_times_a_script_writes_get_the_zone_of_their_datetime(
    tmp_path: Path,
) -> None:
    """No <time> holds a time (a script fills them in): each is its attribute's clock
    with its zone, the page showing no zoneless time to stand among."""
    page = re.sub(r'(<time datetime="[^"]+">)[^<]+(</time>)', r"\1\2", LIVE_BLOG_DE)
    times = ["10:20 UTC+2", "09:05 UTC+2", "08:30 UTC+2", "07:00 UTC+2"]
    lines = _lines(_load(tmp_path, page))
    assert [line for line in lines if line in times] == times


@pytest.mark.parametrize(
    ("page", "time", "bare"),
    [(LIVE_BLOG_DE, "09:05 Uhr", "09:05"), (LIVE_BLOG_FR, "10h15", "10:15")],
)
def test_an_update_without_written_time_among_zoneless_times_gets_no_zone(
    tmp_path: Path, page: str, time: str, bare: str
) -> None:
    """The page writes "10:20 Uhr", "11h40" (its readers' clock): the time it does not
    write is a clock like them, not "09:05 UTC+2" among them (WIRE_LIVE's "06:05" too)."""
    lines = _lines(_load(tmp_path, _unwritten(page, time)))
    assert bare in lines
    assert not any("UTC" in line for line in lines)


STORY = """<article><h1>Hospital fire kills 11 in capital</h1>
<p class="dateline"><time datetime="2024-05-13T09:00:00+02:00">13 May 2024</time></p>
<p>At least 11 patients died when a fire broke out in the intensive care unit of the city's
main hospital early on Monday, the health ministry said.</p>
<p>Firefighters brought the blaze under control after about two hours. The cause was being
investigated, but officials said an electrical fault was suspected.</p>
<p>"It is a tragedy for the whole country," the prime minister wrote on social media.</p>
</article>"""


def _page(after_story: str) -> str:
    return f"""<html><head><title>Hospital fire kills 11 | Metro Post</title></head><body>
<main>{STORY}</main>{after_story}</body></html>"""


def _dated_cards(n: int) -> str:
    return "".join(
        f'<article class="card"><time datetime="2024-05-1{i}T08:00:00Z">1{i} May</time>'
        f'<h3><a href="/story/{i}">Other story number {i}</a></h3>'
        f"<p>A short summary of another story, number {i}.</p></article>"
        for i in range(n)
    )


def _comments(n: int) -> str:
    return (
        '<section id="comments"><h2>Comments</h2><ol>'
        + "".join(
            f'<li><article><p class="meta"><b>reader{i}</b> '
            f'<time datetime="2024-05-13T1{i}:00:00Z">1{i}:00</time></p>'
            f"<p>I drove past the hospital this morning and the smoke "
            f"was still rising over the whole district, comment {i}.</p></article></li>"
            for i in range(n)
        )
        + "</ol></section>"
    )


def test_a_story_with_dated_teaser_cards_is_no_live_blog(tmp_path: Path) -> None:
    alone = _load(tmp_path, _page(""))
    doc = _load(tmp_path, _page(f'<section class="more"><h2>More news</h2>{_dated_cards(5)}'))
    assert doc.text == alone.text


def test_a_story_with_dated_comments_is_no_live_blog(tmp_path: Path) -> None:
    alone = _load(tmp_path, _page(""))
    assert _load(tmp_path, _page(_comments(5))).text == alone.text


def test_a_page_open_to_comments_is_still_read_as_a_live_blog(tmp_path: Path) -> None:
    """WordPress marks the whole page "comments-open": its updates are no comments."""
    page = BBC_LIVE.replace("<body>", '<body class="single comments-open">')
    assert "10:42 GMT" in _lines(_load(tmp_path, page))


def test_a_german_live_blog_s_greeting_is_dimmed_and_its_news_read(tmp_path: Path) -> None:
    path = tmp_path / "unwetter.html"
    path.write_text(LIVE_BLOG_DE, encoding="utf-8")
    doc = load_document(path)
    dimmed = [doc.slice(b) for b in doc.boilerplate]
    assert "Guten Morgen und willkommen zu unserem Liveblog." in dimmed
    content = [doc.slice(s) for s in doc.content_sentences()]
    assert any(s.startswith("Nach tagelangem Starkregen") for s in content)


def test_a_french_live_page_s_greeting_and_update_times_are_dimmed(tmp_path: Path) -> None:
    """The greeting opens the paragraph of the day's first update; "11h40" is how French
    writes an update's time."""
    path = tmp_path / "ciaran.html"
    path.write_text(LIVE_BLOG_FR, encoding="utf-8")
    doc = load_document(path)
    assert [doc.slice(b) for b in doc.boilerplate] == [
        "11h40",
        "10h15",
        "09h30",
        "07h00",
        "Bonjour et bienvenue dans ce direct.",
    ]
    content = [doc.slice(s) for s in doc.content_sentences()]
    assert any(s.startswith("La tempête Ciarán a touché") for s in content)


# Realistic live pages (tests/ingest/live_pages.py): the time before the update's heading,
# the summary before the updates, in English, German and French.

GUARDIAN_TIMES = ["14.32 GMT", "12.48 GMT", "11.15 GMT", "09.12 GMT", "08.05 GMT"]
TICKER_TIMES = [f"12.12.2023 • {t} Uhr" for t in ("14:32", "12:48", "10:05", "07:12")]
DIRECT_TIMES = ["14 h 32", "12 h 48", "09 h 12", "07 h 00"]


def test_the_clock_time_beside_a_relative_time_is_the_update_s_time(tmp_path: Path) -> None:
    """The Guardian writes "28m ago" in the <time> and "14.32 GMT" beside it: one time
    line, the page's, and the update's heading right after it."""
    lines = _lines(_load(tmp_path, GUARDIAN_DCR_LIVE))
    assert [line for line in lines if re.fullmatch(r"\d\d[.:]\d\d( GMT)?", line)] == (
        GUARDIAN_TIMES
    )
    assert _following(lines, "14.32 GMT") == "Zelenskyy arrives in Washington"
    assert _following(lines, "09.12 GMT") == "Missile strike on Kyiv injures 53"
    assert _following(lines, "12.48 GMT").startswith("The Kremlin spokesperson")


def test_a_guardian_live_blog_opens_with_its_standfirst_and_not_its_key_events(
    tmp_path: Path,
) -> None:
    lines = _lines(_load(tmp_path, GUARDIAN_DCR_LIVE))
    assert lines[1].startswith("- Ukrainian president to meet Joe Biden")
    assert lines.index("- Russian missile strike on Kyiv injures 53 people, officials say") < (
        lines.index("14.32 GMT")
    )
    assert not any("ago" in line for line in lines)


def test_a_relative_time_in_german_gives_way_to_the_written_one() -> None:
    page = re.sub(
        r'(<time datetime="[^"]+">)(\d\d:\d\d Uhr)(</time>)',
        r"\1vor 2 Stunden\3 <span>\2</span>",
        LIVE_BLOG_DE,
    )
    updates = live_updates(page)
    assert updates is not None
    assert [u.time for u in updates] == ["10:20 Uhr", "09:05 Uhr", "08:30 Uhr", "07:00 Uhr"]
    assert updates[0].lines[0] == "Pegel der Donau steigt weiter"


@pytest.mark.parametrize(
    ("page", "times"), [(LIVE_TICKER_DE, TICKER_TIMES), (LIVE_DIRECT_FR, DIRECT_TIMES)]
)
def test_each_written_update_time_stands_before_its_update(
    tmp_path: Path, page: str, times: list[str]
) -> None:
    """Pages without <time> elements: the ticker's times the extractor dropped are put
    back, the direct's kept."""
    lines = _lines(_load(tmp_path, page))
    assert [line for line in lines if line in times] == times


@pytest.mark.parametrize(
    ("page", "time", "heading"),
    [
        (LIVE_TICKER_DE, TICKER_TIMES[0], "Selenskyj in Washington gelandet"),
        (LIVE_TICKER_DE, TICKER_TIMES[3], "53 Verletzte nach Angriff auf Kiew"),
        (LIVE_DIRECT_FR, DIRECT_TIMES[0], "Volodymyr Zelensky est arrivé à Washington"),
        (LIVE_DIRECT_FR, DIRECT_TIMES[2], "Une frappe russe sur Kiev fait 53 blessés"),
    ],
)
def test_an_update_s_heading_is_its_first_line(
    tmp_path: Path, page: str, time: str, heading: str
) -> None:
    assert _following(_lines(_load(tmp_path, page)), time) == heading


def test_an_update_without_a_heading_is_set_apart_by_its_time(tmp_path: Path) -> None:
    lines = _lines(_load(tmp_path, LIVE_TICKER_DE))
    assert _following(lines, TICKER_TIMES[2]).startswith("Die EU-Außenminister beraten")


@pytest.mark.parametrize(
    ("page", "times"), [(LIVE_TICKER_DE, TICKER_TIMES), (LIVE_DIRECT_FR, DIRECT_TIMES)]
)
def test_written_update_times_in_other_languages_are_dimmed(
    tmp_path: Path, page: str, times: list[str]
) -> None:
    doc = _load(tmp_path, page)
    assert set(times) <= {doc.slice(b) for b in doc.boilerplate}


def _moved_to_the_end(page: str, block: str, feed_end: str) -> str:
    """``page`` with the element opening with ``block`` set at the end of its feed (before
    ``feed_end``), where a page that shows its summary in a side column may put it."""
    match = re.search(re.escape(block) + r".*?</(?:ul></div|section)>\n", page, re.S)
    assert match is not None
    rest = page.replace(match.group(0), "")
    end = rest.rindex(feed_end)
    return rest[:end] + match.group(0) + rest[end:]


SUMMARIES = [
    (
        LIVE_TICKER_DE,
        '<div class="copytext-element-wrapper">',
        "</article></main>",
        "Das Wichtigste in Kürze",
    ),
    (
        LIVE_DIRECT_FR,
        '<section class="post post__live-container post__live-container--essential"',
        "</section>\n</main>",
        "L’essentiel",
    ),
]
UPDATE_TIMES = TICKER_TIMES + DIRECT_TIMES


def _first_update(lines: list[str]) -> int:
    return min(i for i, line in enumerate(lines) if line in UPDATE_TIMES)


@pytest.mark.parametrize(("page", "block", "feed_end", "heading"), SUMMARIES)
def test_the_summary_comes_before_the_updates(
    tmp_path: Path, page: str, block: str, feed_end: str, heading: str
) -> None:
    lines = _lines(_load(tmp_path, page))
    assert lines.index(heading) < _first_update(lines)


@pytest.mark.parametrize(("page", "block", "feed_end", "heading"), SUMMARIES)
def test_a_summary_set_after_the_feed_is_read_before_the_updates(
    tmp_path: Path, page: str, block: str, feed_end: str, heading: str
) -> None:
    lines = _lines(_load(tmp_path, _moved_to_the_end(page, block, feed_end)))
    first_update = _first_update(lines)
    summary = lines.index(heading)
    assert summary < first_update
    assert all(line.startswith("- ") for line in lines[summary + 1 : first_update])


def test_a_headline_shown_with_its_label_and_kicker_opens_the_page_once(tmp_path: Path) -> None:
    """The ticker's <title> is "Liveblog: ++ Selenskyj ... ++"; its <h1> adds the topic
    ("Krieg gegen die Ukraine"): the page opens with the headline it shows, not both."""
    doc = _load(tmp_path, LIVE_TICKER_DE)
    first, second = doc.text.split("\n\n")[:2]
    assert first == "Liveblog Krieg gegen die Ukraine ++ Selenskyj in Washington eingetroffen ++"
    assert doc.title == first
    assert not second.endswith("eingetroffen ++")


def test_a_relative_time_beside_the_update_s_time_is_no_line_of_its_own(
    tmp_path: Path,
) -> None:
    """A page writing "18:05 GMT" in its <time> and "1h ago" in a <span> after it: the
    extractor ran the two together ("11:05 GMT2h ago") before the summary, and the
    relative time was a line of the update; the page's time stands alone."""
    page = re.sub(
        r"(<time datetime=\"[^\"]+\">\d\d:\d\d GMT</time>)",
        r'\1<span class="ago">2h ago</span>',
        BBC_LIVE,
    )
    lines = _lines(_load(tmp_path, page))
    assert not any("ago" in line for line in lines)
    assert _following(lines, "11:05 GMT") == "Network Rail says lines will reopen gradually"
