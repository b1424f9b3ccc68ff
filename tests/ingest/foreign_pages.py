"""Saved pages in the languages Crossread reads besides English, marked up as the sites
that publish them mark them up (the words are our own): a WordPress paper with Yoast SEO's
JSON-LD graph, live blogs in German and French. Used by tests/ingest/test_linked_data.py
and tests/ingest/test_live_blog.py."""

from __future__ import annotations

# A German regional paper on WordPress with Yoast SEO, its OpenGraph tags switched off (a
# setting of the plugin): the "@graph" holds the WebPage first (named "headline - site",
# dated in UTC, the evening before), then the Article (dated in local time), the
# breadcrumbs, the WebSite, the publisher's Organization and the writer's Person. The
# byline element ("von Anna Müller") is one the extractor drops.
YOAST_GRAPH_DE = """<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This site is optimized with the Yoast SEO plugin v22.8 -
https://yoast.com/wordpress/plugins/seo/ -->
<title>G7-Gipfel: Einigung auf Klimafonds in Elmau - Werdenfelser Bote</title>
<meta name="description" content="Die G7 haben sich in Elmau auf einen Klimafonds geeinigt.">
<link rel="canonical" href="https://wbote.example/politik/g7-klimafonds/">
<meta name="author" content="Anna Müller">
<meta name="twitter:label1" content="Verfasst von">
<meta name="twitter:data1" content="Anna Müller">
<script type="application/ld+json" class="yoast-schema-graph">
{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://wbote.example/politik/g7-klimafonds/",
"url":"https://wbote.example/politik/g7-klimafonds/",
"name":"G7-Gipfel: Einigung auf Klimafonds in Elmau - Werdenfelser Bote","isPartOf":{
"@id":"https://wbote.example/#website"},"primaryImageOfPage":{
"@id":"https://wbote.example/politik/g7-klimafonds/#primaryimage"},
"datePublished":"2024-06-04T22:30:00+00:00","dateModified":"2024-06-05T09:12:40+00:00",
"description":"Die G7 haben sich in Elmau auf einen Klimafonds geeinigt.","breadcrumb":{
"@id":"https://wbote.example/politik/g7-klimafonds/#breadcrumb"},"inLanguage":"de",
"potentialAction":[{"@type":"ReadAction",
"target":["https://wbote.example/politik/g7-klimafonds/"]}]},{"@type":"Article",
"@id":"https://wbote.example/politik/g7-klimafonds/#article","isPartOf":{
"@id":"https://wbote.example/politik/g7-klimafonds/"},"author":{"name":"Anna Müller",
"@id":"https://wbote.example/#/schema/person/5f1c0d"},
"headline":"G7-Gipfel: Einigung auf Klimafonds in Elmau",
"datePublished":"2024-06-05T00:30:00+02:00","dateModified":"2024-06-05T11:12:40+02:00",
"mainEntityOfPage":{"@id":"https://wbote.example/politik/g7-klimafonds/"},"wordCount":214,
"publisher":{"@id":"https://wbote.example/#organization"},"image":{
"@id":"https://wbote.example/politik/g7-klimafonds/#primaryimage"},
"thumbnailUrl":"https://wbote.example/wp-content/uploads/2024/06/elmau.jpg","keywords":["G7",
"Klimaschutz"],"articleSection":["Politik"],"inLanguage":"de"},{"@type":"ImageObject",
"inLanguage":"de","@id":"https://wbote.example/politik/g7-klimafonds/#primaryimage",
"url":"https://wbote.example/wp-content/uploads/2024/06/elmau.jpg","width":1200,"height":800,
"caption":"Schloss Elmau"},{"@type":"BreadcrumbList",
"@id":"https://wbote.example/politik/g7-klimafonds/#breadcrumb","itemListElement":[{
"@type":"ListItem","position":1,"name":"Startseite","item":"https://wbote.example/"},{
"@type":"ListItem","position":2,"name":"G7-Gipfel: Einigung auf Klimafonds in Elmau"}]},{
"@type":"WebSite","@id":"https://wbote.example/#website","url":"https://wbote.example/",
"name":"Werdenfelser Bote","description":"Nachrichten aus dem Werdenfelser Land","publisher":{
"@id":"https://wbote.example/#organization"},"potentialAction":[{"@type":"SearchAction",
"target":{"@type":"EntryPoint","urlTemplate":"https://wbote.example/?s={search_term_string}"},
"query-input":"required name=search_term_string"}],"inLanguage":"de"},{"@type":"Organization",
"@id":"https://wbote.example/#organization","name":"Werdenfelser Bote",
"url":"https://wbote.example/","logo":{"@type":"ImageObject","inLanguage":"de",
"@id":"https://wbote.example/#/schema/logo/image/",
"url":"https://wbote.example/wp-content/uploads/logo.png","width":512,"height":512,
"caption":"Werdenfelser Bote"},"image":{"@id":"https://wbote.example/#/schema/logo/image/"},
"sameAs":["https://www.facebook.com/werdenfelserbote"]},{"@type":"Person",
"@id":"https://wbote.example/#/schema/person/5f1c0d","name":"Anna Müller",
"url":"https://wbote.example/author/amueller/"}]}
</script>
<!-- / Yoast SEO plugin. -->
</head><body class="post-template-default single single-post">
<header class="site-header"><p class="site-title"><a href="/">Werdenfelser Bote</a></p>
<nav class="main-navigation"><ul><li><a href="/politik/">Politik</a></li><li><a
href="/region/">Region</a></li><li><a href="/sport/">Sport</a></li></ul></nav></header>
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard">
<header class="entry-header"><h1 class="entry-title">G7-Gipfel: Einigung auf Klimafonds in
Elmau</h1>
<div class="entry-meta"><span class="byline">von <span class="author vcard"><a class="url fn n"
href="/author/amueller/">Anna Müller</a></span></span></div></header>
<div class="entry-content">
<p>Garmisch-Partenkirchen, 5. Juni 2024 – Die Staats- und Regierungschefs der G7 haben sich auf
Schloss Elmau auf einen gemeinsamen Klimafonds geeinigt. Der Fonds soll in den kommenden fünf
Jahren 20 Milliarden Euro umfassen.</p>
<p>Bundeskanzler Olaf Scholz sprach von einem „wichtigen Signal“ an die Länder des globalen
Südens. Die Einigung sei nach langen Verhandlungen in der Nacht zustande gekommen.</p>
<p>Umweltverbände kritisierten den Beschluss als unzureichend. Der Fonds sei zu klein, um die
Folgen des Klimawandels in den ärmsten Ländern abzufedern, hieß es in einer gemeinsamen
Erklärung.</p>
<p>Das nächste Treffen der G7 ist für das kommende Jahr in Kanada geplant.</p>
</div>
</article></main>
<footer class="site-footer"><p>© 2024 Werdenfelser Bote</p></footer>
</body></html>
"""


# A German public broadcaster's live blog: each update a <div class="liveblog-entry"> with
# its <time>, newest first; the first of the day opens with a greeting.
LIVE_BLOG_DE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Unwetter in Bayern: Der Liveblog | Rundschau</title>
<meta property="og:site_name" content="Rundschau">
</head><body>
<header><a href="/">Rundschau</a><nav><ul><li><a href="/inland">Inland</a></li><li><a
href="/ausland">Ausland</a></li></ul></nav></header>
<main>
<h1>Unwetter in Bayern: Der Liveblog</h1>
<div class="liveblog">
<div class="liveblog-entry"><time datetime="2024-06-03T10:20:00+02:00">10:20 Uhr</time>
<h2>Pegel der Donau steigt weiter</h2><p>In Passau hat die Donau am Vormittag einen Pegel von
9,40 Metern erreicht. Die Stadt rechnet bis zum Abend mit bis zu zehn Metern.</p></div>
<div class="liveblog-entry"><time datetime="2024-06-03T09:05:00+02:00">09:05 Uhr</time>
<p>Die Deutsche Bahn hat den Fernverkehr zwischen München und Nürnberg eingestellt. Reisende
sollen ihre Fahrt nach Möglichkeit verschieben.</p></div>
<div class="liveblog-entry"><time datetime="2024-06-03T08:30:00+02:00">08:30 Uhr</time>
<h2>Feuerwehrmann stirbt bei Rettungseinsatz</h2><p>Im Landkreis Pfaffenhofen ist ein
42 Jahre alter Feuerwehrmann bei einem Einsatz ums Leben gekommen. Sein Boot war in der
Nacht gekentert.</p></div>
<div class="liveblog-entry"><time datetime="2024-06-03T07:00:00+02:00">07:00 Uhr</time>
<p>Guten Morgen und willkommen zu unserem Liveblog.</p><p>Nach tagelangem Starkregen sind
in Bayern und Baden-Württemberg zahlreiche Orte überflutet. Tausende Menschen mussten ihre
Häuser verlassen.</p></div>
</div>
</main>
<footer><p>© 2024 Rundschau</p></footer>
</body></html>
"""

# A French daily's live page: each update an <article> with its <time>; the first of the
# day opens its paragraph with the greeting, the news after it.
LIVE_BLOG_FR = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Tempête Ciarán : suivez notre direct - Le Quotidien</title>
<meta property="og:site_name" content="Le Quotidien">
</head><body>
<header><a href="/">Le Quotidien</a></header>
<main>
<h1>Tempête Ciarán : suivez notre direct</h1>
<section class="live-feed">
<article><time datetime="2023-11-02T11:40:00+01:00">11h40</time><p>Plus de 1,2 million de
foyers sont privés d'électricité dans l'ouest du pays, selon Enedis, qui a mobilisé 3 000
techniciens.</p></article>
<article><time datetime="2023-11-02T10:15:00+01:00">10h15</time><p>Un rafale de 207 km/h a
été enregistrée à la pointe du Raz, dans le Finistère, selon Météo-France.</p></article>
<article><time datetime="2023-11-02T09:30:00+01:00">09h30</time><p>La SNCF a suspendu la
circulation des trains en Bretagne et en Normandie jusqu'à midi au moins.</p></article>
<article><time datetime="2023-11-02T07:00:00+01:00">07h00</time><p>Bonjour et bienvenue dans
ce direct. La tempête Ciarán a touché les côtes bretonnes dans la nuit avec des vents
violents.</p></article>
</section>
</main>
<footer><p>© 2023 Le Quotidien</p></footer>
</body></html>
"""
