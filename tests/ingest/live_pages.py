"""Saved live pages marked up as the sites that publish them mark them up (the words are
our own): a Guardian live blog as its React front end renders it, a German public
broadcaster's live ticker and a French daily's "direct", each with a summary of the day
before its updates and a heading on most updates; CNN's and Reuters' live pages, whose
times a script writes. Used by tests/ingest/test_live_blog.py and
tests/ingest/test_linked_updates.py."""

from __future__ import annotations

import json

# The Guardian's live blog: the standfirst a list; "Key events", a carousel of links to the
# key updates with relative times; a pinned post (a copy of an update, no <time>); each
# update an <article class="block"> whose <header> holds a link with a <time> written as a
# relative time ("2h ago") beside the clock time in a <span> ("14.32 GMT"), then the
# update's <h2>; share buttons and "Updated at" in a <footer>.
GUARDIAN_DCR_LIVE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ukraine war live: Zelenskyy arrives in Washington for talks with Biden | Ukraine |
The Guardian</title>
<meta property="og:title" content="Ukraine war live: Zelenskyy arrives in Washington for talks
with Biden">
<meta property="og:site_name" content="the Guardian">
<meta property="article:published_time" content="2023-12-12T08:05:00.000Z">
<meta name="author" content="Tom Ambrose">
</head><body>
<header data-component="nav3"><a href="/">The Guardian - Back to home</a><ul><li><a
href="/uk">News</a></li><li><a href="/uk/commentisfree">Opinion</a></li><li><a
href="/uk/sport">Sport</a></li></ul></header>
<main data-layout="LiveLayout">
<div data-gu-name="title"><a href="/world/ukraine">Ukraine</a></div>
<div data-gu-name="headline"><h1>Ukraine war live: Zelenskyy arrives in Washington for talks with
Biden</h1></div>
<div data-gu-name="standfirst"><ul>
<li><p>Ukrainian president to meet Joe Biden and congressional leaders as a $61bn aid package
stalls in the Senate</p></li>
<li><p>Russian missile strike on Kyiv injures 53 people, officials say</p></li></ul></div>
<div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author"
href="/profile/tom-ambrose">Tom Ambrose</a></address>
<details><summary>Tue 12 Dec 2023 14.58 GMT</summary>First published on Tue 12 Dec 2023 08.05
GMT</details></div>
<div id="key-events-carousel-desktop"><h2>Key events</h2><ul>
<li><a href="?filterKeyEvents=false&amp;page=with:block-657a4#block-657a4"><div><time
datetime="2023-12-12T14:32:00.000Z">28m ago</time></div><div>Zelenskyy arrives in
Washington</div></a></li>
<li><a href="?filterKeyEvents=false&amp;page=with:block-657a2#block-657a2"><div><time
datetime="2023-12-12T11:15:00.000Z">3h ago</time></div><div>Summary of the day so
far</div></a></li>
<li><a href="?filterKeyEvents=false&amp;page=with:block-657a1#block-657a1"><div><time
datetime="2023-12-12T09:12:00.000Z">5h ago</time></div><div>Missile strike on Kyiv injures
53</div></a></li></ul></div>
<div id="maincontent"><div id="liveblog-body">
<div id="pinned-post"><article class="block"><header><div><a
href="?page=with:block-657a2#block-657a2"><span>11.15 GMT</span></a></div>
<h2>Summary of the day so far</h2></header>
<ul><li><p>Volodymyr Zelenskyy is travelling to Washington for talks with Joe Biden.</p></li>
<li><p>A Russian missile attack on Kyiv injured 53 people overnight.</p></li></ul>
</article></div>
<article id="block-657a4" class="block"><header><div><a
href="?page=with:block-657a4#block-657a4"><time datetime="2023-12-12T14:32:00.000Z"
data-relativeformat="med">28m ago</time><span>14.32 GMT</span></a></div>
<h2>Zelenskyy arrives in Washington</h2></header>
<p>Volodymyr Zelenskyy has landed at Joint Base Andrews outside Washington, where he was met by
the US ambassador to Ukraine, Bridget Brink.</p>
<p>He is due to meet senators on Capitol Hill before talks with Biden at the White House on
Tuesday afternoon.</p>
<footer><p>Updated at 14.40 GMT</p><button aria-label="Share">Share</button></footer></article>
<article id="block-657a3" class="block"><header><div><a
href="?page=with:block-657a3#block-657a3"><time datetime="2023-12-12T12:48:00.000Z"
data-relativeformat="med">2h ago</time><span>12.48 GMT</span></a></div></header>
<p>The Kremlin spokesperson, Dmitry Peskov, said the visit would not change the situation on the
battlefield.</p>
<footer><button aria-label="Share">Share</button></footer></article>
<article id="block-657a2" class="block"><header><div><a
href="?page=with:block-657a2#block-657a2"><time datetime="2023-12-12T11:15:00.000Z"
data-relativeformat="med">3h ago</time><span>11.15 GMT</span></a></div>
<h2>Summary of the day so far</h2></header>
<ul><li><p>Volodymyr Zelenskyy is travelling to Washington for talks with Joe Biden.</p></li>
<li><p>A Russian missile attack on Kyiv injured 53 people overnight.</p></li></ul>
<footer><button aria-label="Share">Share</button></footer></article>
<article id="block-657a1" class="block"><header><div><a
href="?page=with:block-657a1#block-657a1"><time datetime="2023-12-12T09:12:00.000Z"
data-relativeformat="med">5h ago</time><span>09.12 GMT</span></a></div>
<h2>Missile strike on Kyiv injures 53</h2></header>
<p>Fifty-three people, six of them children, were injured when Russia fired ten ballistic
missiles at Kyiv before dawn, the city's mayor, Vitali Klitschko, said.</p>
<footer><button aria-label="Share">Share</button></footer></article>
<article id="block-657a0" class="block"><header><div><a
href="?page=with:block-657a0#block-657a0"><time datetime="2023-12-12T08:05:00.000Z"
data-relativeformat="med">6h ago</time><span>08.05 GMT</span></a></div></header>
<p>Hello and welcome to our live coverage of the war in Ukraine.</p>
<footer><button aria-label="Share">Share</button></footer></article>
</div></div>
</main>
<aside data-component="most-popular"><h2>Most viewed</h2><ol><li><a href="/a">Storm warning
for western Scotland as gales forecast</a></li></ol></aside>
<footer><p>© 2023 Guardian News &amp; Media Limited or its affiliated companies.</p></footer>
</body></html>
"""

# A German public broadcaster's live ticker: "Liveblog" before the headline, the teaser in
# bold, then "Das Wichtigste in Kürze" as a list; each entry a <div class="liveblog--anchor">
# holding its date and time ("12.12.2023 • 14:32 Uhr") and its <h2>, its paragraphs after
# it (not inside it), and no <time> element anywhere.
LIVE_TICKER_DE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Liveblog: ++ Selenskyj in Washington eingetroffen ++ | tagesschau.example</title>
<meta property="og:site_name" content="tagesschau.example">
<meta property="og:title" content="Liveblog: ++ Selenskyj in Washington eingetroffen ++">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"++ Selenskyj in Washington eingetroffen ++","datePublished":
"2023-12-12T06:00:00+01:00","dateModified":"2023-12-12T14:32:00+01:00","publisher":{"@type":
"Organization","name":"tagesschau.example"}}</script>
</head><body>
<header class="header"><nav><ul><li><a href="/inland">Inland</a></li><li><a
href="/ausland">Ausland</a></li><li><a href="/wirtschaft">Wirtschaft</a></li></ul></nav></header>
<main><article class="container content-wrapper__group">
<div class="seitenkopf"><h1 class="seitenkopf__headline"><span
class="seitenkopf__label">Liveblog</span> <span class="seitenkopf__topline">Krieg gegen die
Ukraine</span> <span class="seitenkopf__headline--text">++ Selenskyj in Washington eingetroffen
++</span></h1>
<p class="metatextline">Stand: 12.12.2023 14:32 Uhr</p></div>
<p class="textabsatz"><strong>Der ukrainische Präsident Selenskyj ist zu Gesprächen mit
US-Präsident Biden in Washington eingetroffen. Bei einem russischen Raketenangriff auf Kiew
wurden 53 Menschen verletzt. Alle Entwicklungen im Liveblog.</strong></p>
<div class="copytext-element-wrapper"><h2 class="meldung__subhead">Das Wichtigste in
Kürze</h2><ul>
<li>Selenskyj trifft am Nachmittag Biden und Abgeordnete im Kongress</li>
<li>Russland greift Kiew mit zehn ballistischen Raketen an</li>
<li>Die EU berät über den Beginn von Beitrittsgesprächen mit der Ukraine</li></ul></div>
<div class="liveblog--anchor" id="liveblog-entry-104"><div class="liveblog__datetime">12.12.2023
• 14:32 Uhr</div><h2 class="meldung__subhead">Selenskyj in Washington gelandet</h2></div>
<p class="textabsatz">Der ukrainische Präsident Wolodymyr Selenskyj ist in Washington
eingetroffen. Er will zunächst mit Senatoren beider Parteien sprechen und am Nachmittag von
Präsident Joe Biden im Weißen Haus empfangen werden.</p>
<div class="liveblog--anchor" id="liveblog-entry-103"><div class="liveblog__datetime">12.12.2023
• 12:48 Uhr</div><h2 class="meldung__subhead">Kreml: Besuch ändert nichts an der Front</h2></div>
<p class="textabsatz">Kremlsprecher Dmitri Peskow sagte, Selenskyjs Reise werde an der Lage
auf dem Schlachtfeld nichts ändern.</p>
<div class="liveblog--anchor" id="liveblog-entry-102"><div class="liveblog__datetime">12.12.2023
• 10:05 Uhr</div></div>
<p class="textabsatz">Die EU-Außenminister beraten in Brüssel über weitere Hilfen für die
Ukraine. Ungarn droht weiter mit einem Veto gegen Beitrittsgespräche.</p>
<div class="liveblog--anchor" id="liveblog-entry-101"><div class="liveblog__datetime">12.12.2023
• 07:12 Uhr</div><h2 class="meldung__subhead">53 Verletzte nach Angriff auf Kiew</h2></div>
<p class="textabsatz">Bei einem russischen Raketenangriff auf Kiew sind nach Angaben von
Bürgermeister Vitali Klitschko 53 Menschen verletzt worden, darunter sechs Kinder.</p>
<p class="textabsatz">Die Flugabwehr habe alle zehn ballistischen Raketen abgefangen,
teilte das ukrainische Militär mit.</p>
</article></main>
<footer><p>© tagesschau.example</p></footer>
</body></html>
"""

# A French daily's "direct": "En direct" before the headline, the standfirst; the feed a
# <section> of posts, newest first, each with its time ("14 h 32") in a <span class="date">,
# its <h2> and its paragraphs; "L'essentiel" is a post of its own pinned first in the feed.
# No <time> element anywhere.
LIVE_DIRECT_FR = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>En direct, guerre en Ukraine : Volodymyr Zelensky est arrivé à Washington</title>
<meta property="og:site_name" content="Le Quotidien">
<meta property="og:title" content="Guerre en Ukraine : Volodymyr Zelensky est arrivé à
Washington">
<meta property="article:published_time" content="2023-12-12T07:00:00+01:00">
</head><body>
<header><a href="/">Le Quotidien</a><nav><ul><li><a href="/international">International</a></li>
<li><a href="/politique">Politique</a></li></ul></nav></header>
<main>
<section class="hero__live-content"><span class="flag-live__border__label">En direct</span>
<h1 class="title">Guerre en Ukraine : Volodymyr Zelensky est arrivé à Washington</h1>
<p class="article__desc">Le président ukrainien doit rencontrer Joe Biden à la Maison Blanche,
alors qu’une aide de 61 milliards de dollars reste bloquée au Congrès.</p></section>
<section id="post-container" class="post__live-section post-container">
<section class="post post__live-container post__live-container--essential" data-post-essential>
<div class="content--live"><h2 class="post__live-container--title title-big">L’essentiel</h2>
<ul>
<li>Volodymyr Zelensky rencontre Joe Biden mardi après-midi à la Maison Blanche.</li>
<li>Une frappe russe sur Kiev a fait 53 blessés dans la nuit.</li>
<li>Les Vingt-Sept doivent se prononcer jeudi sur l’ouverture de négociations d’adhésion.</li>
</ul></div></section>
<section class="post post__live-container" id="post-4"><div class="header-content"><div
class="info-content"><span class="date">14 h 32</span></div></div>
<div class="content--live"><h2 class="post__live-container--title">Volodymyr Zelensky est
arrivé à Washington</h2>
<p class="post__live-container--answer-text">L’avion du président ukrainien s’est posé sur la
base militaire d’Andrews. Il doit s’entretenir avec des sénateurs avant d’être reçu par Joe
Biden.</p></div></section>
<section class="post post__live-container" id="post-3"><div class="header-content"><div
class="info-content"><span class="date">12 h 48</span></div></div>
<div class="content--live"><p class="post__live-container--answer-text">Le porte-parole du
Kremlin, Dmitri Peskov, a déclaré que cette visite ne changerait rien sur le champ de
bataille.</p></div></section>
<section class="post post__live-container" id="post-2"><div class="header-content"><div
class="info-content"><span class="date">09 h 12</span></div></div>
<div class="content--live"><h2 class="post__live-container--title">Une frappe russe sur Kiev
fait 53 blessés</h2>
<p class="post__live-container--answer-text">Cinquante-trois personnes, dont six enfants, ont
été blessées lorsque la Russie a tiré dix missiles balistiques sur Kiev avant l’aube, selon le
maire de la ville, Vitali Klitschko.</p></div></section>
<section class="post post__live-container" id="post-1"><div class="header-content"><div
class="info-content"><span class="date">07 h 00</span></div></div>
<div class="content--live"><p class="post__live-container--answer-text">Bonjour et bienvenue
dans ce direct consacré à la guerre en Ukraine.</p></div></section>
</section>
</main>
<footer><p>© Le Quotidien 2023</p></footer>
</body></html>
"""


# CNN's live page: the updates as <article class="live-story-post">, each with an empty
# <div class="live-story-post__timestamp"> a script fills in (the saved page holds no
# time) and its <h2> in a <header>, which the extractor drops with all but the first
# update's heading; newest first. The JSON-LD LiveBlogPosting lists the updates with
# their headlines, times (UTC) and bodies (one paragraph of two run together).
_CNN_LIVE_BLOG = {
    "@context": "https://schema.org",
    "@type": "LiveBlogPosting",
    "@id": "https://edition.cnn.example/world/live-news/putin-north-korea-06-19-24",
    "headline": "June 19, 2024 - Putin visits North Korea",
    "url": "https://edition.cnn.example/world/live-news/putin-north-korea-06-19-24",
    "datePublished": "2024-06-19T01:12:00.000Z",
    "coverageStartTime": "2024-06-19T01:12:00.000Z",
    "author": [
        {"@type": "Person", "name": "Simone McCarthy"},
        {"@type": "Person", "name": "Brad Lendon"},
    ],
    "publisher": {"@type": "Organization", "name": "CNN"},
    "liveBlogUpdate": [
        {
            "@type": "BlogPosting",
            "headline": "Putin and Kim sign mutual defense pact",
            "datePublished": "2024-06-19T09:41:00.000Z",
            "articleBody": "Russian President Vladimir Putin and North Korean "
            "leader Kim Jong Un signed a pact that includes a "
            "pledge of mutual assistance if either country is "
            "attacked, state media said.",
        },
        {
            "@type": "BlogPosting",
            "headline": "Kim calls the treaty the strongest ever",
            "datePublished": "2024-06-19T07:05:00.000Z",
            "articleBody": "Kim Jong Un said the agreement raised the two "
            "countries' ties to the level of an alliance. He spoke "
            "at a news conference after talks that lasted about "
            "two hours.",
        },
        {
            "@type": "BlogPosting",
            "headline": "Putin arrives in Pyongyang",
            "datePublished": "2024-06-18T23:50:00.000Z",
            "articleBody": "Putin landed in Pyongyang shortly before 3 a.m. local "
            "time and was greeted at the airport by Kim, according "
            "to Russian state media.",
        },
    ],
}

CNN_SCRIPTED_LIVE = (
    """<!DOCTYPE html>
<html lang="en" data-uri="cms.cnn.com/_pages/live-news/russia-ukraine"><head><meta
charset="utf-8">
<title>June 19, 2024 - Putin visits North Korea | CNN</title>
<meta property="og:title" content="June 19, 2024 - Putin visits North Korea">
<meta property="og:site_name" content="CNN">
<meta name="author" content="Simone McCarthy, Brad Lendon">
<meta property="article:published_time" content="2024-06-19T01:12:00.000Z">
<script type="application/ld+json">"""
    + json.dumps(_CNN_LIVE_BLOG)
    + """</script>
</head><body>
<header class="header"><nav><a href="/">CNN</a> <a href="/world">World</a> <a
href="/politics">Politics</a></nav></header>
<section class="layout__main">
<h1 class="headline__text">June 19, 2024 - Putin visits North Korea</h1>
<div class="byline"><span class="byline__names">By <a href="/profiles/simone-mccarthy">Simone
McCarthy</a> and <a href="/profiles/brad-lendon">Brad Lendon</a>, CNN</span></div>
<div class="live-story-posts">
<article class="live-story-post" data-post-id="clxa1"><header class="live-story-post__header">
<div class="live-story-post__timestamp" data-ts="2024-06-19T09:41:00.000Z"></div>
<h2 class="live-story-post__headline">Putin and Kim sign mutual defense pact</h2></header>
<div class="live-story-post__content"><p class="paragraph">Russian President Vladimir Putin and
North Korean leader Kim Jong Un signed a pact that includes a pledge of mutual assistance if
either country is attacked, state media said.</p></div>
</article>
<article class="live-story-post" data-post-id="clxa2"><header class="live-story-post__header">
<div class="live-story-post__timestamp" data-ts="2024-06-19T07:05:00.000Z"></div>
<h2 class="live-story-post__headline">Kim calls the treaty the strongest ever</h2></header>
<div class="live-story-post__content"><p class="paragraph">Kim Jong Un said the agreement raised
the two countries' ties to the level of an alliance.</p>
<p class="paragraph">He spoke at a news conference after talks that lasted about two
hours.</p></div>
</article>
<article class="live-story-post" data-post-id="clxa3"><header class="live-story-post__header">
<div class="live-story-post__timestamp" data-ts="2024-06-18T23:50:00.000Z"></div>
<h2 class="live-story-post__headline">Putin arrives in Pyongyang</h2></header>
<div class="live-story-post__content"><p class="paragraph">Putin landed in Pyongyang shortly
before 3 a.m. local time and was greeted at the airport by Kim, according to Russian state
media.</p></div>
</article>
</div></section>
<footer><p>© 2024 Cable News Network.</p></footer>
</body></html>
"""
)

# Reuters' live page: the updates as <div data-testid="LiveBlogPostItem">, each with an
# empty <span data-testid="Timestamp"> a script fills in, a heading in a <div>, its
# paragraphs in <div data-testid="paragraph-N">, share buttons; newest first. The JSON-LD
# lists the same updates, the paragraphs of a body on lines of their own.
_REUTERS_LIVE_BLOG = {
    "@context": "http://schema.org",
    "@type": "LiveBlogPosting",
    "headline": "Live: Bank of Japan holds rates as yen slides",
    "datePublished": "2024-12-19T02:30:00Z",
    "dateModified": "2024-12-19T07:02:00Z",
    "coverageStartTime": "2024-12-19T02:30:00Z",
    "author": [{"@type": "Person", "name": "Leika Kihara"}],
    "publisher": {"@type": "Organization", "name": "Reuters"},
    "liveBlogUpdate": [
        {
            "@type": "BlogPosting",
            "headline": "Ueda says wage data will guide the next step",
            "datePublished": "2024-12-19T07:02:00Z",
            "articleBody": "Governor Kazuo Ueda said the bank wanted more "
            "evidence that wages would keep rising before it "
            "raised rates again.\n"
            "He declined to say whether a hike in January was "
            "likely.",
        },
        {
            "@type": "BlogPosting",
            "headline": "Yen weakens past 155 per dollar",
            "datePublished": "2024-12-19T04:15:00Z",
            "articleBody": "The yen fell 0.8% to 155.6 per dollar after the "
            "decision, its weakest in a month.",
        },
        {
            "@type": "BlogPosting",
            "headline": "BOJ keeps rates at 0.25%",
            "datePublished": "2024-12-19T03:05:00Z",
            "articleBody": "The Bank of Japan kept its short-term policy rate at "
            "0.25% by an 8-1 vote, with one board member proposing "
            "a hike to 0.5%.",
        },
    ],
}

REUTERS_SCRIPTED_LIVE = (
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Live: Bank of Japan holds rates as yen slides | Reuters</title>
<meta property="og:title" content="Live: Bank of Japan holds rates as yen slides">
<meta property="og:site_name" content="Reuters">
<meta property="article:published_time" content="2024-12-19T02:30:00Z">
<script type="application/ld+json">"""
    + json.dumps(_REUTERS_LIVE_BLOG)
    + """</script>
</head><body>
<header class="site-header"><nav><a href="/world">World</a> <a href="/business">Business</a> <a
href="/markets">Markets</a></nav></header>
<main id="main-content">
<div class="live-blog__header"><h1 data-testid="Heading">Live: Bank of Japan holds rates as yen
slides</h1>
<div class="live-blog__byline">By <a href="/authors/leika-kihara">Leika Kihara</a></div></div>
<div class="live-blog__posts" data-testid="LiveBlogPosts">
<div class="live-blog__post-item" data-testid="LiveBlogPostItem" id="post-3">
<span class="live-blog__timestamp" data-testid="Timestamp"
data-time="2024-12-19T07:02:00Z"></span>
<div data-testid="Heading" class="heading__base live-blog__title">Ueda says wage data will guide
the next step</div>
<div data-testid="paragraph-0" class="text__text article-body__paragraph">Governor Kazuo Ueda
said the bank wanted more evidence that wages would keep rising before it raised rates
again.</div>
<div data-testid="paragraph-1" class="text__text article-body__paragraph">He declined to say
whether a hike in January was likely.</div>
<div class="share-bar"><button aria-label="Share on X">X</button><button aria-label="Copy
link">Copy link</button></div>
</div>
<div class="live-blog__post-item" data-testid="LiveBlogPostItem" id="post-2">
<span class="live-blog__timestamp" data-testid="Timestamp"
data-time="2024-12-19T04:15:00Z"></span>
<div data-testid="Heading" class="heading__base live-blog__title">Yen weakens past 155 per
dollar</div>
<div data-testid="paragraph-0" class="text__text article-body__paragraph">The yen fell 0.8% to
155.6 per dollar after the decision, its weakest in a month.</div>
</div>
<div class="live-blog__post-item" data-testid="LiveBlogPostItem" id="post-1">
<span class="live-blog__timestamp" data-testid="Timestamp"
data-time="2024-12-19T03:05:00Z"></span>
<div data-testid="Heading" class="heading__base live-blog__title">BOJ keeps rates at 0.25%</div>
<div data-testid="paragraph-0" class="text__text article-body__paragraph">The Bank of Japan kept
its short-term policy rate at 0.25% by an 8-1 vote, with one board member proposing a hike to
0.5%.</div>
</div>
</div>
<p class="trust-principles">Our Standards: The Thomson Reuters Trust Principles.</p>
</main>
<footer><p>© 2024 Reuters. All rights reserved.</p></footer>
</body></html>
"""
)

# A German regional paper's live page: each update an <article class="liveblog-entry">
# whose time a script writes into an empty <span data-date> in its <header>, with its <h3>;
# newest first, from the evening of 19 June to past midnight. The JSON-LD gives the times
# in the paper's own zone, summer time in Germany ("+02:00").
_LIVE_BLOG_DE = {
    "@context": "https://schema.org",
    "@type": "LiveBlogPosting",
    "headline": "Unwetter in Süddeutschland: Pegel steigen weiter",
    "datePublished": "2024-06-19T20:30:00+02:00",
    "coverageStartTime": "2024-06-19T20:30:00+02:00",
    "author": [{"@type": "Person", "name": "Katrin Maier"}],
    "publisher": {"@type": "Organization", "name": "Donau-Kurier"},
    "liveBlogUpdate": [
        {
            "@type": "BlogPosting",
            "headline": "Damm bei Neustadt hält",
            "datePublished": "2024-06-20T00:40:00+02:00",
            "articleBody": "Der Damm bei Neustadt hält nach Angaben des Landratsamts "
            "dem Hochwasser stand. Die Feuerwehr bleibt die ganze Nacht vor Ort.",
        },
        {
            "@type": "BlogPosting",
            "headline": "Pegel der Donau über sieben Meter",
            "datePublished": "2024-06-19T23:15:00+02:00",
            "articleBody": "Der Pegel der Donau in Kelheim hat am späten Abend "
            "sieben Meter überschritten, zwei Meter mehr als am Morgen.",
        },
        {
            "@type": "BlogPosting",
            "headline": "Zwei Orte evakuiert",
            "datePublished": "2024-06-19T21:05:00+02:00",
            "articleBody": "Die Behörden haben zwei Ortschaften im Landkreis Kelheim "
            "evakuiert. Rund 600 Menschen mussten ihre Häuser verlassen.",
        },
    ],
}


def scripted_live_de(*, oldest_first: bool = False) -> str:
    """The German live page, its JSON-LD listing the updates in the page's order (newest
    first), or the other way round."""
    updates = _LIVE_BLOG_DE["liveBlogUpdate"]
    assert isinstance(updates, list)
    blog = dict(_LIVE_BLOG_DE, liveBlogUpdate=updates[::-1] if oldest_first else updates)
    return (
        """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Unwetter in Süddeutschland: Pegel steigen weiter | Donau-Kurier</title>
<meta property="og:title" content="Unwetter in Süddeutschland: Pegel steigen weiter">
<meta property="og:site_name" content="Donau-Kurier">
<meta property="article:published_time" content="2024-06-19T20:30:00+02:00">
<script type="application/ld+json">"""
        + json.dumps(blog)
        + """</script>
</head><body>
<header class="site-header"><nav><a href="/region">Region</a> <a href="/bayern">Bayern</a> <a
href="/sport">Sport</a></nav></header>
<main><div class="article">
<h1 class="article__title">Unwetter in Süddeutschland: Pegel steigen weiter</h1>
<p class="article__author">Von <a href="/autoren/katrin-maier">Katrin Maier</a></p>
<div class="liveblog">
<article class="liveblog-entry" id="entry-3"><header class="liveblog-entry__head"><span
class="liveblog-entry__date" data-date="2024-06-20T00:40:00+02:00"></span>
<h3 class="liveblog-entry__title">Damm bei Neustadt hält</h3></header>
<div class="liveblog-entry__body"><p>Der Damm bei Neustadt hält nach Angaben des Landratsamts
dem Hochwasser stand.</p>
<p>Die Feuerwehr bleibt die ganze Nacht vor Ort.</p></div>
</article>
<article class="liveblog-entry" id="entry-2"><header class="liveblog-entry__head"><span
class="liveblog-entry__date" data-date="2024-06-19T23:15:00+02:00"></span>
<h3 class="liveblog-entry__title">Pegel der Donau über sieben Meter</h3></header>
<div class="liveblog-entry__body"><p>Der Pegel der Donau in Kelheim hat am späten Abend sieben
Meter überschritten, zwei Meter mehr als am Morgen.</p></div>
</article>
<article class="liveblog-entry" id="entry-1"><header class="liveblog-entry__head"><span
class="liveblog-entry__date" data-date="2024-06-19T21:05:00+02:00"></span>
<h3 class="liveblog-entry__title">Zwei Orte evakuiert</h3></header>
<div class="liveblog-entry__body"><p>Die Behörden haben zwei Ortschaften im Landkreis Kelheim
evakuiert.</p>
<p>Rund 600 Menschen mussten ihre Häuser verlassen.</p></div>
</article>
</div></div></main>
<footer><p>© Donau-Kurier 2024</p></footer>
</body></html>
"""
    )
