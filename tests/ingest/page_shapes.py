"""Saved pages of shapes the extractor reads less surely, marked up as sites mark them up
(the words are our own): a story split over several <article> elements around a
newsletter box and an advertisement, an AMP page, a page dated only in its JSON-LD, a
story whose byline or credit follows the text, a short brief; sites' pages in six
languages with their bylines and credits (SITE_PAGES), with a date stamp after the story
(DATE_STAMPS). Used by
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


# Sites' pages in six languages, marked up as those sites mark them up (the words are our
# own): the byline under the headline in the element the site uses, a credit after the
# story; each story holds a sentence a credit's words open, which stays a claim.
STORIES = {
    "en": (
        "Dam breach floods villages downstream",
        "A dam on the river burst early on Tuesday, flooding four villages downstream and "
        "forcing about 3,000 people from their homes, officials said.",
        "He worked with AFP for years before joining the regional government as a spokesman.",
        "Rescue teams used boats to reach families trapped on the upper floors of houses.",
        "The authorities said the dam had been inspected in the spring and found sound.",
    ),
    "de": (
        "Unwetter setzt Altstadt unter Wasser",
        "Ein heftiges Unwetter hat am Dienstagabend die Altstadt unter Wasser gesetzt. "
        "Die Feuerwehr rückte zu mehr als 200 Einsätzen aus.",
        "Mit Material von der Baustelle am Fluss hatten Anwohner in der Nacht Sandsäcke gefüllt.",
        "Verletzt wurde nach Angaben der Polizei niemand. Mehrere Straßen bleiben gesperrt.",
        "Der Bürgermeister kündigte an, die Schäden rasch begutachten zu lassen.",
    ),
    "fr": (
        "Un incendie ravage un entrepôt près du port",
        "Un incendie a ravagé mardi soir un entrepôt de 5 000 mètres carrés près du port, "
        "sans faire de victime, selon les pompiers.",
        "Avec l'AFP, il avait couvert trois guerres avant de rejoindre la préfecture.",
        "Une centaine de pompiers ont été mobilisés pendant toute la nuit.",
        "Une enquête a été ouverte pour déterminer l'origine du sinistre.",
    ),
    "es": (
        "Un temporal deja sin luz a 40.000 hogares",
        "Un fuerte temporal de viento y lluvia dejó el martes sin suministro eléctrico a "
        "unos 40.000 hogares, según la compañía distribuidora.",
        "Con información de la Policía Nacional, los agentes cerraron tres carreteras de "
        "la comarca.",
        "Los servicios de emergencia atendieron más de 500 llamadas durante la noche.",
        "La compañía espera restablecer el servicio antes del jueves.",
    ),
    "it": (
        "Frana sulla statale, isolati due paesi",
        "Una frana ha bloccato martedì la strada statale, isolando due paesi della valle, "
        "secondo la protezione civile.",
        "Ha collaborato con la polizia per anni prima di diventare sindaco del paese.",
        "I vigili del fuoco hanno evacuato una decina di famiglie per precauzione.",
        "La regione ha chiesto lo stato di emergenza per l'intera valle.",
    ),
    "pt": (
        "Chuva forte provoca deslizamentos na serra",
        "A chuva forte que atingiu a região na terça-feira provocou deslizamentos de terra "
        "em três municípios da serra, segundo a Defesa Civil.",
        "Com informações da Polícia Militar, os moradores foram retirados das áreas de "
        "risco durante a madrugada.",
        "Cerca de 200 pessoas estão desalojadas e abrigadas em escolas da região.",
        "A previsão é de mais chuva para os próximos dias.",
    ),
}


def _site_page(
    lang: str, *, bottom: str, head: str = "", top: str = "", story_tag: str = "<p>"
) -> str:
    """A story in ``lang`` (STORIES): ``head`` in the head, ``top`` (markup) between the
    headline and the story, each paragraph a ``story_tag`` (its opening tag), ``bottom``
    (markup) after it; a related stories' box after the article."""
    title, *paragraphs = STORIES[lang]
    tag = story_tag.split()[0].lstrip("<").rstrip(">")
    body = "\n".join(f"{story_tag}{p}</{tag}>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-03-12T06:40:00+01:00">{head}
</head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>{title}</h1>
{top}
{body}
{bottom}
</article></main>
<aside class="related"><h2>More</h2><ul><li><a href="/other">Other story</a></li></ul></aside>
</body></html>"""


def _author(names: str) -> str:
    return f'\n<meta name="author" content="{names}">'


# (name, language, page, the byline or credit the reader sees under the headline or None,
# the credit it sees after the story or None)
SITE_PAGES: list[tuple[str, str, str, str | None, str | None]] = [
    (
        "english-two-writers-one-in-the-head",
        "en",
        _site_page(
            "en",
            head=_author("Shaun Walker"),
            top='<p class="byline">By Shaun Walker, Olena Kovalenko</p>',
            bottom='<p class="article-footer">Additional reporting by Pjotr Sauer</p>',
        ),
        "By Shaun Walker, Olena Kovalenko",
        "Additional reporting by Pjotr Sauer",
    ),
    (
        "usa-today-contributing",
        "en",
        _site_page(
            "en",
            head=_author("Jane Smith"),
            top='<div class="gnt_ar_by"><a href="/staff/jane-smith">Jane Smith</a></div>',
            story_tag='<p class="gnt_ar_b_p">',
            bottom='<p class="gnt_ar_b_p">Contributing: Tom Lee, USA TODAY</p>',
        ),
        "By Jane Smith",
        "Contributing: Tom Lee, USA TODAY",
    ),
    (
        "german-regional-place-of-two-words",
        "de",
        _site_page(
            "de",
            head=_author("Anna Müller"),
            top='<div class="id-Article-author">Von Anna Müller, Bad Homburg</div>',
            story_tag='<p class="id-Article-content-item-paragraph">',
            bottom='<p class="id-Article-credit">Mitarbeit: Tom Schmidt</p>',
        ),
        "Von Anna Müller, Bad Homburg",
        "Mitarbeit: Tom Schmidt",
    ),
    (
        "german-news-site-source-line",
        "de",
        _site_page(
            "de",
            bottom='<p class="article__source">Quelle: ntv.de, mau/dpa/AFP</p>',
        ),
        None,
        "Quelle: ntv.de, mau/dpa/AFP",
    ),
    (
        "german-own-research",
        "de",
        _site_page(
            "de",
            bottom='<p class="author-footer">Mit Material von Reuters und eigenen Recherchen</p>',
        ),
        None,
        "Mit Material von Reuters und eigenen Recherchen",
    ),
    (
        "le-monde-paper-with-agency-in-the-byline-place",
        "fr",
        _site_page(
            "fr",
            top=(
                '<p class="article__desc">Les pompiers ont lutté toute la nuit.</p>\n'
                '<span class="meta__author meta__author--page">Le Monde avec AFP</span>'
            ),
            story_tag='<p class="article__paragraph">',
            bottom="",
        ),
        "Le Monde avec AFP",
        None,
    ),
    (
        "le-figaro-credit-after-the-story",
        "fr",
        _site_page(
            "fr",
            head=_author("Jean Dupont"),
            top='<span class="fig-content-metas__author">Par Jean Dupont, Le Havre</span>',
            story_tag='<p class="fig-paragraph">',
            bottom='<p class="fig-content-metas">Le Figaro avec AFP et Reuters</p>',
        ),
        "Par Jean Dupont, Le Havre",
        "Le Figaro avec AFP et Reuters",
    ),
    (
        "spanish-place-and-local-media",
        "es",
        _site_page(
            "es",
            head=_author("María López"),
            top='<div class="a_md_a">Por María López, Buenos Aires</div>',
            story_tag='<p class="">',
            bottom='<p class="author-footer">Con información de medios locales</p>',
        ),
        "Por María López, Buenos Aires",
        "Con información de medios locales",
    ),
    (
        "spanish-agencies-as-the-byline",
        "es",
        _site_page(
            "es",
            top='<div class="a_md_a"><span class="a_md_a_n">Agencias</span></div>',
            bottom="<p>Fuente: EFE</p>",
        ),
        "Agencias",
        "Fuente: EFE",
    ),
    (
        "italian-place-and-collaborators",
        "it",
        _site_page(
            "it",
            head=_author("Marco Rossi"),
            top='<span class="news-author">di Marco Rossi, Reggio Emilia</span>',
            bottom=('<p class="article-footer">Hanno collaborato Giulia Bianchi e Luca Verdi</p>'),
        ),
        "di Marco Rossi, Reggio Emilia",
        "Hanno collaborato Giulia Bianchi e Luca Verdi",
    ),
    (
        "brazilian-portal-credit-of-a-service",
        "pt",
        _site_page(
            "pt",
            head=_author("João Silva"),
            top='<p class="content-publication-data__from">Por João Silva, São Paulo</p>',
            story_tag='<p class="content-text__container">',
            bottom='<p class="content-text__container">Com informações da Folhapress</p>',
        ),
        "Por João Silva, São Paulo",
        "Com informações da Folhapress",
    ),
    (
        "brazilian-portal-credit-of-g1-dropped",
        "pt",
        _site_page(
            "pt",
            bottom='<p class="author-footer">– Com informações do G1</p>',
        ),
        None,
        "– Com informações do G1",
    ),
]


# A site's date stamp after the story, as People.com prints "Originally published ..."
# and papers in five other languages their first publication and update (the stamp, a
# sentence of the story its label's words open, which stays a claim).
DATE_STAMPS: list[tuple[str, str, str]] = [
    (
        "en",
        "Originally published 05/03/2013 at 10:20 AM EDT",
        "The report was first published in 2013 by the ministry.",
    ),
    (
        "de",
        "Erstveröffentlichung: 03.05.2013, 10:20 Uhr",
        "Der Bericht wurde zuerst am 3.5.2013 vom Ministerium veröffentlicht.",
    ),
    (
        "fr",
        "Publié le 03/05/2013 à 10h20 Mis à jour le 03/05/2013 à 12h05",
        "Le rapport, publié initialement le 3 mai 2013, a été retiré.",
    ),
    (
        "es",
        "Publicado el 03/05/2013 a las 10:20 CEST",
        "El informe fue publicado por primera vez en 2013 por el ministerio.",
    ),
    (
        "it",
        "Pubblicato per la prima volta il 3.5.2013 alle 10:20",
        "Il rapporto è stato pubblicato per la prima volta il 3 maggio 2013.",
    ),
    (
        "pt",
        "Publicado originalmente em 2013-05-03 às 10h20",
        "O relatório foi publicado originalmente em 2013 pelo ministério.",
    ),
]


def stamped_page(lang: str, stamp: str, sentence: str) -> str:
    """A story in ``lang`` (STORIES) ending with ``sentence``, then ``stamp`` in a
    paragraph of its own, as a site prints its date after the story."""
    return _site_page(lang, bottom=f'<p>{sentence}</p>\n<p class="article-date">{stamp}</p>')


# A page its metadata does not date, opening with a line a first publication's label
# opens: a sentence of the story (the magazine's history), or the page's stamp.
FIRST_PUBLISHED_SENTENCE = (
    "First published in 1998, the magazine moved to Berlin on 3 March 2005 and now sells "
    "about 40,000 copies a month."
)
FIRST_PUBLISHED_STAMP = "First published on May 3, 2013 at 10:20 AM EDT"


def undated_page(first: str) -> str:
    """A story about a literary magazine opening with ``first``, no date in its head."""
    title = "Literary magazine celebrates its 25th year"
    paragraphs = [
        first,
        "The editors marked the anniversary with a reading at the city library on Saturday "
        "evening, attended by about 200 people.",
        "The magazine publishes short fiction and poetry by writers from across the region, "
        "many of them at the start of their careers.",
    ]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>
<main><article><h1>{title}</h1>
{_paragraphs(paragraphs)}</article></main></body></html>"""


# What a story ends with besides its last sentence: an editor's initials, as German papers
# sign a story, and a sentence crediting the services it was written with (the language,
# the line)
CLOSING_INITIALS = ["mes", "(mes)", "mes/jk", "Text: mes"]
CREDIT_SENTENCES: list[tuple[str, str]] = [
    ("pt", "Este texto foi escrito com informações da Folhapress."),
    ("de", "Mit Material der Nachrichtenagenturen dpa und AFP."),
    ("de", "Dieser Artikel wurde mit Material der dpa erstellt."),
    ("en", "This story includes reporting from Reuters."),
]


def ended_page(lang: str, last: str) -> str:
    """A story in ``lang`` (STORIES) with ``last`` in a paragraph of its own after it."""
    return _site_page(lang, bottom=f"<p>{last}</p>")
