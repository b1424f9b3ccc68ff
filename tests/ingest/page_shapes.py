"""Saved pages of shapes the extractor reads less surely, marked up as sites mark them up
(the words are our own): a story split over several <article> elements around a
newsletter box and an advertisement, an AMP page, a page dated only in its JSON-LD, a
story whose byline or credit follows the text, a short brief. Used by
tests/ingest/test_page_shapes.py."""

from __future__ import annotations

from tests.ingest.byline_pages import AGENCY_STORIES

TITLE = "Three arrested over jewellery shop break-ins"
PARAGRAPHS = [
    "Police in the northern city said on Tuesday that three men had been arrested after a "
    "series of break-ins at jewellery shops over the weekend.",
    "The men, aged between 24 and 31, were detained at a flat in the city centre, where "
    "officers found watches and rings worth about 200,000 euros.",
    "A spokesman for the police said further arrests were possible and that the "
    "investigation was continuing with the help of neighbouring forces.",
    "Shop owners in the old town had complained for months that thefts were rising and "
    "that patrols had been cut back since last year.",
    "The mayor welcomed the arrests and promised more officers on the streets before the "
    "Christmas market opens next week.",
]

_HEAD = """<!DOCTYPE html>
<html lang="en"{amp}><head><meta charset="utf-8">
<title>{title} | City Herald</title>
<meta property="og:title" content="{title}">{extra}
</head><body>
"""


def _head(extra: str = "", *, amp: bool = False) -> str:
    return _HEAD.format(amp=" amp" if amp else "", title=TITLE, extra=extra)


def _paragraphs(paragraphs: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in paragraphs)


_PUBLISHED = '\n<meta property="article:published_time" content="2024-11-26T09:30:00+01:00">'
_SITE = '\n<meta property="og:site_name" content="City Herald">'


def split_page() -> str:
    """The story in three <article class="story-part"> elements, a newsletter box and an
    advertisement between them, a teaser <article> after them."""
    return (
        _head(_SITE + _PUBLISHED)
        + f"""<main><article class="story-part"><h1>{TITLE}</h1>
<p class="byline">By Jane Smith</p>
{_paragraphs(PARAGRAPHS[:2])}</article>
<aside class="newsletter"><h3>Get our morning briefing</h3><p>Sign up for free.</p></aside>
<article class="story-part">{_paragraphs(PARAGRAPHS[2:4])}</article>
<div class="ad">Advertisement</div>
<article class="story-part">{_paragraphs(PARAGRAPHS[4:])}</article></main>
<section class="related"><h2>More news</h2><article class="teaser"><h3><a href="/fire">Fire
at school</a></h3><p>A fire broke out at a primary school.</p></article></section>
</body></html>"""
    )


_AMP_LINKED = """
<link rel="canonical" href="https://cityherald.example/news/arrests">
<style amp-custom>body{font-family:serif}</style>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Three arrested over jewellery shop break-ins",
"datePublished":"2024-11-26T09:30:00+01:00",
"author":{"@type":"Person","name":"Jane Smith"},
"publisher":{"@type":"Organization","name":"City Herald"}}</script>"""


def amp_page(byline: str = "By Jane Smith (Hamburg)") -> str:
    """An AMP page: its byline element holds the writer's name, the place and the
    <time> with no mark between them, an <amp-img> and an <amp-ad> in the story."""
    return (
        _head(_AMP_LINKED, amp=True)
        + f"""<header class="amp-header"><a href="/">City Herald</a></header>
<article class="amp-article"><h1 class="amp-title">{TITLE}</h1>
<div class="amp-byline"><span class="author">{byline}</span> <time
datetime="2024-11-26T09:30:00+01:00">26 November 2024, 09:30 CET</time></div>
<amp-img src="/img/shop.jpg" width="800" height="450" layout="responsive"></amp-img>
{_paragraphs(PARAGRAPHS[:3])}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/news"></amp-ad>
{_paragraphs(PARAGRAPHS[3:])}
</article></body></html>"""
    )


_LINKED_GRAPH = """
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"WebPage","name":"City Herald","datePublished":"2019-01-01T00:00:00Z"},
{"@type":"NewsArticle","headline":"Three arrested over jewellery shop break-ins",
"datePublished":"2024-11-26T09:30:00+01:00","dateModified":"2024-11-27T10:00:00+01:00",
"author":[{"@type":"Person","name":"Jane Smith"}],
"publisher":{"@type":"Organization","name":"City Herald"}}]}</script>"""


def linked_date_page() -> str:
    """A page dated only in its JSON-LD graph (the WebPage's own date older)."""
    return (
        _head(_LINKED_GRAPH)
        + f"""<main><article><h1>{TITLE}</h1>
{_paragraphs(PARAGRAPHS)}</article></main></body></html>"""
    )


def closing_page(closing: str, head: str = "") -> str:
    """The story with ``closing`` (markup) after its last paragraph, as sites print a
    credit ("Reporting by ...") or a byline at the story's end; ``head`` added to the
    head (a <meta name="author">)."""
    return (
        _head(_PUBLISHED + head)
        + f"""<main><article><h1>{TITLE}</h1>
{_paragraphs(PARAGRAPHS)}
{closing}
</article></main>
<section class="related"><h2>More news</h2><p><a href="/fire">Fire at school</a></p>
</section></body></html>"""
    )


def credited_page(lang: str, closing: str) -> str:
    """A story in ``lang`` (a paper's page carrying an agency's story, the byline_pages
    stories) with ``closing`` (markup) after its last paragraph, as papers print the
    agencies' credit ("Mit Material von dpa", "Avec AFP"); other stories after it."""
    title, *paragraphs = AGENCY_STORIES[lang]
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | Tagesblatt</title>
<meta property="og:title" content="{title}">{_PUBLISHED}
</head><body>
<main><article><h1>{title}</h1>
{_paragraphs(paragraphs)}
{closing}
</article></main>
<section class="related"><h2>More news</h2><p><a href="/fire">Fire at school</a></p>
</section></body></html>"""


def brief_page(paragraphs: int = 1) -> str:
    """A short brief: the headline, the byline, ``paragraphs`` of the story."""
    return (
        _head(_SITE + _PUBLISHED)
        + f"""<main><article><h1>{TITLE}</h1>
<p class="byline">By Jane Smith</p>
{_paragraphs(PARAGRAPHS[:paragraphs])}</article></main></body></html>"""
    )
