"""Saved pages whose bylines the reader must see dimmed, marked up as the sites that
publish them mark them up (the words are our own): an agency's byline on a regional
paper's page, a Dutch daily's "Door ..." byline, the Guardian's name-only byline under
the headline. Used by tests/ingest/test_byline_pages.py."""

from __future__ import annotations

# A regional paper's page carrying a wire story: the byline in a <p class="...byline">
# (an element the extractor drops), the agency in brackets after the writer; no
# og:site_name, no JSON-LD publisher (``site`` adds one).
_AGENCY_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title>
<meta property="og:title" content="{title}">{site}
<meta property="article:published_time" content="2024-03-12T06:40:00+01:00">
</head><body>
<div class="page"><div class="topbar"><a href="/">Home</a> <a href="/politik">Politik</a>
<a href="/wirtschaft">Wirtschaft</a></div>
<div class="article">
<h1 class="article__title">{title}</h1>
<p class="article__byline">{byline}</p>
{paragraphs}
</div></div>
</body></html>
"""

AGENCY_STORIES = {
    "en": (
        "Rail strike halts trains across the north",
        "A strike by train drivers halted most services across the north of England on "
        "Tuesday, with only one train in five running.",
        "The union is seeking a shorter working week. The operators have so far refused.",
    ),
    "de": (
        "Bahnstreik legt Fernverkehr lahm",
        "Ein Streik der Lokführergewerkschaft GDL hat am Dienstag den Fernverkehr der "
        "Deutschen Bahn in weiten Teilen lahmgelegt. Nur etwa jeder fünfte Zug fuhr.",
        "Die Gewerkschaft fordert eine kürzere Wochenarbeitszeit bei vollem Lohnausgleich. "
        "Die Bahn lehnt das bisher ab.",
    ),
    "fr": (
        "Grève massive dans les transports parisiens",
        "Une grève des conducteurs a paralysé mardi une grande partie du réseau de métro "
        "parisien. Seule une rame sur cinq circulait aux heures de pointe.",
        "Les syndicats réclament une hausse des salaires de 6 %. La direction a proposé "
        "une prime exceptionnelle.",
    ),
    "es": (
        "Huelga de controladores aéreos en Madrid",
        "Una huelga de los controladores aéreos obligó el martes a cancelar más de 300 "
        "vuelos en el aeropuerto de Madrid-Barajas.",
        "Los sindicatos reclaman más personal y el Gobierno ha convocado una reunión para "
        "el jueves.",
    ),
    "it": (
        "Sciopero dei treni in tutta Italia",
        "Uno sciopero dei macchinisti ha fermato martedì gran parte dei treni regionali "
        "in tutta Italia, con cancellazioni fino a sera.",
        "I sindacati chiedono nuove assunzioni e il ministero ha convocato un incontro "
        "per giovedì.",
    ),
    "pt": (
        "Greve dos comboios afeta milhares em Lisboa",
        "Uma greve dos maquinistas obrigou na terça-feira ao cancelamento de centenas de "
        "comboios na região de Lisboa.",
        "Os sindicatos exigem aumentos salariais e o Governo marcou uma reunião para quinta-feira.",
    ),
}


def agency_page(lang: str, byline: str, site: str | None = None) -> str:
    """A page in ``lang`` (AGENCY_STORIES) under ``byline``, naming ``site`` as its own
    in og:site_name when given."""
    title, *paragraphs = AGENCY_STORIES[lang]
    site_tag = f'\n<meta property="og:site_name" content="{site}">' if site else ""
    return _AGENCY_PAGE.format(
        lang=lang,
        title=title,
        site=site_tag,
        byline=byline,
        paragraphs="\n".join(f"<p>{p}</p>" for p in paragraphs),
    )


# A Dutch daily: the byline in a <span class="byline"> in the article's meta line ("Door
# Jan de Vries", an element the extractor drops, the writers kept in its metadata), or
# as the story's first paragraph, as papers print a desk's byline ("Van onze
# verslaggever"); a paragraph opening with "Door" as prose does ("Door de hoge
# waterstanden ...").
_DUTCH_PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<title>Kabinet trekt extra geld uit voor dijkversterking</title>
<meta property="og:title" content="Kabinet trekt extra geld uit voor dijkversterking">
<meta property="og:site_name" content="Dagblad van het Noorden">
<meta property="article:published_time" content="2024-02-08T07:15:00+01:00">
</head><body>
<main><article>
<h1>Kabinet trekt extra geld uit voor dijkversterking</h1>
<div class="article-meta">{meta}</div>
{lead}<p>Het kabinet trekt de komende vijf jaar 1,2 miljard euro extra uit voor het versterken
van dijken langs de grote rivieren. Dat heeft de minister woensdag bekendgemaakt.</p>
<p>Door de hoge waterstanden van deze winter zijn op meerdere plaatsen zwakke plekken aan
het licht gekomen. De waterschappen hadden al langer om meer geld gevraagd.</p>
<p>De eerste projecten moeten volgend jaar beginnen, onder meer bij Nijmegen en Zwolle.</p>
</article></main>
</body></html>
"""


def dutch_page(byline: str, *, in_body: bool = False) -> str:
    """The Dutch daily's page under ``byline``, in the meta line's byline element or
    (``in_body``) the story's first paragraph."""
    if in_body:
        return _DUTCH_PAGE.format(meta="", lead=f"<p>{byline}</p>\n")
    return _DUTCH_PAGE.format(meta=f'<span class="byline">{byline}</span>', lead="")


# The Guardian's article: the writers' names in the "Contributor info" <address> under
# the standfirst, links to their profiles, "in Kyiv" after them, no role; the writers in
# <meta name="author"> and the JSON-LD's author list. The body has a crosshead that is a
# name ("Olena Kovalenko"), the villager quoted under it.
_GUARDIAN_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Ukraine strikes Russian airbase with long-range drones | Ukraine | The Guardian</title>
<meta property="og:title" content="Ukraine strikes Russian airbase with long-range drones">
<meta property="og:site_name" content="the Guardian">
<meta property="article:published_time" content="2024-06-19T10:05:00.000Z">
<meta name="author" content="{meta_author}">
<script type="application/ld+json">[{{"@type":"NewsArticle","@context":"https://schema.org",
"headline":"Ukraine strikes Russian airbase with long-range drones","author":[{authors}],
"datePublished":"2024-06-19T10:05:00.000Z","publisher":{{"@type":"Organization",
"name":"The Guardian"}}}}]</script>
</head><body>
<header><nav><a href="/">The Guardian</a> <a href="/world">World</a></nav></header>
<main data-layout="StandardLayout"><article>
<div data-gu-name="headline"><h1>Ukraine strikes Russian airbase with long-range drones</h1>
</div>
<div data-gu-name="standfirst"><p>Attack on base in Krasnodar region destroyed two aircraft,
according to Kyiv's military intelligence</p></div>
<div data-gu-name="meta"><address aria-label="Contributor info">{contributors}</address>
<time datetime="2024-06-19T10:05:00Z">Wed 19 Jun 2024 11.05 BST</time></div>
<div data-gu-name="body"><div id="maincontent">
<p>Ukraine has struck a Russian airbase in the Krasnodar region with long-range drones,
destroying two aircraft, its military intelligence agency said on Wednesday.</p>
<p>The attack was the third on the base this month, according to the agency.</p>
<h2>Olena Kovalenko</h2>
<p>A resident of a nearby village said she had heard several explosions before dawn.</p>
</div></div>
</article></main>
<footer><p>© 2024 Guardian News &amp; Media Limited or its affiliated companies.</p></footer>
</body></html>
"""


def guardian_page(writers: list[str], contributors: str, meta_author: str = "") -> str:
    """The Guardian's page by ``writers`` (its JSON-LD authors; its meta author
    ``meta_author``, else the writers joined by commas), its contributor line
    ``contributors`` (markup)."""
    authors = ",".join(f'{{"@type":"Person","name":"{name}"}}' for name in writers)
    return _GUARDIAN_PAGE.format(
        meta_author=meta_author or ", ".join(writers),
        authors=authors,
        contributors=contributors,
    )


# A paper's own story: the writer in the head (<meta name="author">, or the JSON-LD
# NewsArticle's author), the byline in a <p class="byline"> the extractor drops, where the
# writer wrote from after the name ("Von Anna Müller (Berlin)", "Par Jean Dupont (à
# Paris)"); ``lang``'s story of AGENCY_STORIES.
_PAPER_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Tagesblatt">{meta}
<meta property="article:published_time" content="2024-03-12T06:40:00+01:00">{linked}
</head><body>
<header><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav></header>
<main><article>
<h1>{title}</h1>
<p class="byline">{byline}</p>
{paragraphs}
</article></main>
<footer><p>Impressum</p></footer>
</body></html>
"""

_LINKED_AUTHOR = """
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{title}","datePublished":"2024-03-12T06:40:00+01:00",
"author":[{authors}]}}</script>"""


# the paper's story runs on (a story of two paragraphs is one the extractor runs together)
_MORE = {
    "en": "Talks are due to resume on Thursday, a spokesman for the operators said.",
    "de": "Die Gespräche sollen am Donnerstag fortgesetzt werden, sagte ein Bahnsprecher.",
    "fr": "Les négociations doivent reprendre jeudi, a indiqué un porte-parole de la RATP.",
    "es": "Las negociaciones se reanudarán el jueves, según un portavoz del ministerio.",
    "it": "Le trattative riprenderanno giovedì, ha detto un portavoce del ministero.",
    "pt": "As negociações serão retomadas na quinta-feira, disse um porta-voz da empresa.",
}


def paper_page(lang: str, byline: str, writers: list[str], *, linked: bool = False) -> str:
    """The paper's page in ``lang`` under ``byline``, naming ``writers`` in its
    <meta name="author"> or (``linked``) its JSON-LD's author list."""
    title, *paragraphs = AGENCY_STORIES[lang]
    paragraphs = [*paragraphs, _MORE[lang], _MORE[lang].replace("Thursday", "Friday")]
    meta = "" if linked else f'\n<meta name="author" content="{", ".join(writers)}">'
    authors = ",".join(f'{{"@type":"Person","name":"{name}"}}' for name in writers)
    return _PAPER_PAGE.format(
        lang=lang,
        title=title,
        meta=meta,
        linked=_LINKED_AUTHOR.format(title=title, authors=authors) if linked else "",
        byline=byline,
        paragraphs="\n".join(f"<p>{p}</p>" for p in paragraphs),
    )


def story_page(lang: str, byline: str, paragraphs: list[str]) -> str:
    """The paper's page in ``lang`` under ``byline`` telling ``paragraphs``, its metadata
    naming no writer (its JSON-LD's author list empty)."""
    title = AGENCY_STORIES[lang][0]
    return _PAPER_PAGE.format(
        lang=lang,
        title=title,
        meta="",
        linked=_LINKED_AUTHOR.format(title=title, authors=""),
        byline=byline,
        paragraphs="\n".join(f"<p>{p}</p>" for p in paragraphs),
    )
