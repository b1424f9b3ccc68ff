"""Saved news pages marked up as major sites mark them up (the words are our own): the
page's own metadata (JSON-LD, OpenGraph, <time> in the byline), and the debris around a
story (share bars, newsletter boxes, "Most read" lists, dated teaser cards, captions and
credits, embedded posts). Used by tests/ingest/test_news_pages.py."""

from __future__ import annotations

import re

from reader.ingest.block_breaks import BLOCK_TAGS

# A BBC-like live page: JSON-LD LiveBlogPosting, updates as <article>s in a list, a
# "Pinned" post, a share button on each update, an embedded post, and "More on this
# story" cards of older stories each with its own <time>.
BBC_STYLE_LIVE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Wales floods: Roads shut as rivers burst banks - live updates - BBC News</title>
<meta property="og:title" content="Wales floods: Roads shut as rivers burst banks - live updates">
<meta property="og:site_name" content="BBC News">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"LiveBlogPosting",
"url":"https://www.bbc.co.uk/news/live/uk-wales-00000001","headline":"Wales floods: Roads shut as
rivers burst banks","coverageStartTime":"2024-11-24T06:30:00+00:00","coverageEndTime":
"2024-11-24T18:00:00+00:00","publisher":{"@type":"NewsMediaOrganization","name":"BBC News"}}
</script>
</head><body>
<header role="banner"><a href="/">BBC</a><nav><ul><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main id="main-content">
<div class="lx-header"><h1>Wales floods: Roads shut as rivers burst banks</h1></div>
<div class="lx-summary"><h2>Summary</h2><ul>
<li>More than 200 homes have been flooded in south Wales after a month's rain in a day</li>
<li>Two severe flood warnings, meaning a danger to life, are in place on the River Taff</li>
<li>Trains between Cardiff and Merthyr Tydfil are cancelled for the rest of the day</li>
</ul></div>
<div class="lx-stream"><ol class="lx-stream__feed">
<li class="lx-stream__post-container"><article class="lx-stream-post lx-stream-post--pinned">
<header><span class="lx-stream-post__pinned">Pinned</span>
<time datetime="2024-11-24T10:30:00Z">10:30 GMT</time>
<h3 class="lx-stream-post__header-title">Where are the flood warnings?</h3></header>
<div class="lx-stream-post-body"><p>Natural Resources Wales has issued two severe flood
warnings for the River Taff at Pontypridd and Nantgarw, and 34 flood warnings elsewhere.</p>
</div>
<div class="lx-share-tools"><button aria-label="Share this post">Share</button></div>
</article></li>
<li class="lx-stream__post-container"><article class="lx-stream-post">
<header><time datetime="2024-11-24T11:48:00Z">11:48 GMT</time>
<h3 class="lx-stream-post__header-title">Pontypridd residents moved to leisure centre</h3>
</header>
<div class="lx-stream-post-body"><p>About 60 people spent the morning at the Hawthorn
leisure centre after water came through the doors of their homes on Sion Street.</p>
<p>Rhondda Cynon Taf council says it is opening a second rest centre in Treforest.</p>
</div>
<div class="lx-share-tools"><button aria-label="Share this post">Share</button></div>
</article></li>
<li class="lx-stream__post-container"><article class="lx-stream-post">
<header><time datetime="2024-11-24T11:20:00Z">11:20 GMT</time></header>
<div class="lx-stream-post-body"><p>South Wales Police has asked people not to drive through
flood water after two cars were swept off the road near Aberdare.</p>
<blockquote class="twitter-tweet"><p lang="en">Please avoid the A4059 between Aberdare and
Hirwaun. Emergency services are at the scene.</p>&mdash; South Wales Police (@swpolice)
<a href="https://twitter.com/swpolice/status/1">November 24, 2024</a></blockquote>
</div>
<div class="lx-share-tools"><button aria-label="Share this post">Share</button></div>
</article></li>
<li class="lx-stream__post-container"><article class="lx-stream-post">
<header><time datetime="2024-11-24T10:05:00Z">10:05 GMT</time>
<h3 class="lx-stream-post__header-title">A month's rain in 24 hours</h3></header>
<div class="lx-stream-post-body"><p>The Met Office says 150mm of rain fell at Tredegar in the
24 hours to 09:00 GMT, more than the November average.</p>
<figure><div class="image-wrapper"><img src="rain.jpg" alt=""><span role="text"
class="image-copyright"><span class="visually-hidden">Image source, </span>Getty Images</span>
</div><figcaption><span class="visually-hidden">Image caption, </span>The River Taff at
Pontypridd on Sunday morning</figcaption></figure>
</div>
<div class="lx-share-tools"><button aria-label="Share this post">Share</button></div>
</article></li>
<li class="lx-stream__post-container"><article class="lx-stream-post">
<header><time datetime="2024-11-24T09:30:00Z">09:30 GMT</time>
<h3 class="lx-stream-post__header-title">Good morning</h3></header>
<div class="lx-stream-post-body"><p>Welcome to our live coverage of the flooding across south
Wales, where rivers have burst their banks after heavy rain overnight.</p></div>
<div class="lx-share-tools"><button aria-label="Share this post">Share</button></div>
</article></li>
</ol></div>
</main>
<section class="more-on-this-story"><h2>More on this story</h2>
<article class="promo"><h3><a href="/news/uk-wales-1">Clean-up after Storm Bert floods
hundreds of homes</a></h3><time datetime="2024-11-19T08:12:00Z">19 November</time></article>
<article class="promo"><h3><a href="/news/uk-wales-2">Why does Pontypridd keep
flooding?</a></h3><time datetime="2024-02-16T07:00:00Z">16 February</time></article>
</section>
<section class="most-read"><h2>Most read</h2><ol>
<li><a href="/news/a">Man charged after crash on M4</a></li>
<li><a href="/news/b">Rugby star announces retirement</a></li></ol></section>
<footer><p>Copyright 2024 BBC. All rights reserved.</p></footer>
</body></html>
"""

# A BBC-like article: its byline block holds the time, Share and Save buttons and each
# writer's name on a line of its own above the writer's role or desk ("Seoul
# correspondent", "BBC News"), as a page saved with its markup laid out on lines gives
# them; a picture's credit and caption; a crosshead that is a name; "Related" cards.
BBC_STYLE_ARTICLE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Putin and Kim sign defence pact in Pyongyang - BBC News</title>
<meta property="og:title" content="Putin and Kim sign defence pact in Pyongyang">
<meta property="og:site_name" content="BBC News">
<meta property="article:published_time" content="2024-06-19T05:13:24.052Z">
</head><body>
<header role="banner"><a href="/">BBC</a><nav><ul><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main id="main-content" data-testid="main-content"><article>
<div data-component="headline-block"><h1 id="main-heading">Putin and Kim sign defence pact
in Pyongyang</h1></div>
<div data-component="byline-block"><div data-testid="byline-new">
<div><time data-testid="timestamp" datetime="2024-06-19T05:13:24.052Z">19 June 2024</time>
</div>
<div><button>Share</button><button>Save</button></div>
<div data-testid="byline-new-contributors">
<div class="sc-b42e7a8f-5"><span class="sc-b42e7a8f-7">Jean Mackenzie</span>
<div class="sc-b42e7a8f-8"><span>Seoul correspondent</span></div></div>
<div class="sc-b42e7a8f-5"><span class="sc-b42e7a8f-7">Kelly Ng</span>
<div class="sc-b42e7a8f-8"><span>BBC News</span></div></div>
</div></div></div>
<figure data-component="image-block"><img src="pact.jpg" alt=""><span>Getty Images</span>
<figcaption>Vladimir Putin was greeted by Kim Jong Un at Pyongyang airport early on
Wednesday</figcaption></figure>
<div data-component="text-block"><p><b>Russian President Vladimir Putin and North Korean
leader Kim Jong Un have signed a pact promising mutual assistance if either country is
attacked.</b></p></div>
<div data-component="text-block"><p>The agreement was signed during Mr Putin's first visit
to Pyongyang in 24 years, as both countries face growing isolation from the West.</p></div>
<div data-component="subheadline-block"><h2>Kim Jong Un</h2></div>
<div data-component="text-block"><p>Mr Kim said the two countries now had an alliance, and
pledged his full support for Russia's war in Ukraine.</p></div>
<div data-component="text-block"><p>Mr Putin called the agreement a breakthrough document
that would take relations to a new level.</p></div>
</article></main>
<section data-component="links-block"><h2>Related</h2><ul>
<li><a href="/news/articles/1"><h3>What is in the Putin-Kim pact?</h3></a><span>19 hrs
ago</span></li></ul></section>
<footer><p>Copyright 2024 BBC. All rights reserved.</p></footer>
</body></html>
"""

# The tags of blocks, and of the elements of the head, beside which a browser shows no
# whitespace of the source: a minifier takes it out.
_BLOCK_TAG_NAMES = sorted(BLOCK_TAGS | {"head", "link", "meta", "script", "style", "title"})
_BLOCK_TAG = re.compile(rf"\s*(</?(?:{'|'.join(_BLOCK_TAG_NAMES)})\b[^>]*>)\s*", re.IGNORECASE)


def minified(page: str) -> str:
    """``page`` as a minifier writes it: no whitespace beside the tag of a block (nor of
    the head's elements), one space for any other run of whitespace (beside an inline
    tag, between words)."""
    return _BLOCK_TAG.sub(r"\1", re.sub(r"\s+", " ", page))


# The BBC-like article as the BBC serves it, minified: no line break between the tags of
# its byline ("<span>Jean Mackenzie</span><div><span>Seoul correspondent</span></div>").
BBC_STYLE_ARTICLE_MINIFIED = minified(BBC_STYLE_ARTICLE)

# A Guardian-like live blog: blocks with linked times, a pinned block, "Updated at"
# lines, share links on each block, a byline with a <time> of the blog's opening, a
# newsletter box, "Most viewed" and onward cards dated days before.
GUARDIAN_STYLE_LIVE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Budget 2024 live: chancellor sets out tax plans | Politics | The Guardian</title>
<meta property="og:title" content="Budget 2024 live: chancellor sets out tax plans">
<meta property="og:site_name" content="the Guardian">
<meta property="article:published_time" content="2024-10-30T07:15:00.000Z">
<meta property="article:modified_time" content="2024-10-30T14:02:11.000Z">
<meta property="article:author" content="https://www.theguardian.com/profile/anna-pryce">
<meta name="author" content="Anna Pryce">
</head><body>
<div class="top-bar"><a href="/">The Guardian</a> <a href="/uk">News</a>
<a href="/uk/commentisfree">Opinion</a> <a href="/uk/sport">Sport</a></div>
<div class="content__head">
<h1>Budget 2024 live: chancellor sets out tax plans</h1>
<div class="content__standfirst"><p>Chancellor expected to raise employers' national
insurance and announce extra money for hospitals and schools</p></div>
<div class="meta__byline"><address aria-label="Contributor info"><a rel="author"
href="/profile/anna-pryce">Anna Pryce</a></address>
<div class="meta__dateline"><time datetime="2024-10-30T07:15:00Z">Wed 30 Oct 2024 07.15
GMT</time></div></div>
<div class="meta__social"><ul>
<li><a href="https://www.facebook.com/dialog/share" aria-label="Share on Facebook">Share on
Facebook</a></li>
<li><a href="https://twitter.com/intent/tweet" aria-label="Share on X">Share on X</a></li>
<li><a href="mailto:?subject=Budget" aria-label="Share via Email">Share via Email</a></li>
</ul></div>
</div>
<div class="content__main-column content__main-column--liveblog">
<div class="js-liveblog-body">
<div id="block-6721" class="block is-pinned">
<p class="block-pinned">Pinned post</p>
<p class="block-time published-time"><a href="#block-6721"><time
datetime="2024-10-30T12:34:00Z">12.34 GMT</time></a></p>
<h2 class="block-title">The budget at a glance</h2>
<div class="block-elements"><p>Employers' national insurance rises to 15% from April, raising
about 25 billion pounds a year, and the health service gets an extra 22 billion pounds over
two years.</p></div>
<div class="block-share"><a aria-label="Share on Facebook" href="#">Facebook</a>
<a aria-label="Share on X" href="#">X</a> <a href="#block-6721">Copy link</a></div></div>
<div id="block-6725" class="block">
<p class="block-time published-time"><a href="#block-6725"><time
datetime="2024-10-30T13:40:00Z">13.40 GMT</time></a></p>
<div class="block-elements"><p>The shadow chancellor says the rise in national insurance
breaks an election promise and will fall on workers through lower pay.</p>
<p class="updated">Updated at 13.52 GMT</p></div>
<div class="block-share"><a aria-label="Share on Facebook" href="#">Facebook</a>
<a aria-label="Share on X" href="#">X</a> <a href="#block-6725">Copy link</a></div></div>
<div id="block-6723" class="block">
<p class="block-time published-time"><a href="#block-6723"><time
datetime="2024-10-30T13:05:00Z">13.05 GMT</time></a></p>
<div class="block-elements"><p>The Office for Budget Responsibility now expects the economy
to grow by 1.1% this year and 2% next year.</p></div>
<div class="block-share"><a aria-label="Share on Facebook" href="#">Facebook</a>
<a aria-label="Share on X" href="#">X</a> <a href="#block-6723">Copy link</a></div></div>
<aside class="newsletter-signup"><p>Sign up to First Edition</p><p>Our morning email breaks
down the key stories of the day.</p><p>Privacy Notice: Newsletters may contain info about
charities.</p><a href="/signup">Sign up</a></aside>
<div id="block-6722" class="block">
<p class="block-time published-time"><a href="#block-6722"><time
datetime="2024-10-30T12:31:00Z">12.31 GMT</time></a></p>
<div class="block-elements"><p>The chancellor has stood up in the Commons to deliver the
first Labour budget in 14 years.</p></div>
<div class="block-share"><a aria-label="Share on Facebook" href="#">Facebook</a>
<a aria-label="Share on X" href="#">X</a> <a href="#block-6722">Copy link</a></div></div>
<div id="block-6720" class="block">
<p class="block-time published-time"><a href="#block-6720"><time
datetime="2024-10-30T07:15:00Z">07.15 GMT</time></a></p>
<div class="block-elements"><p>Good morning. The chancellor delivers her first budget today,
and it is expected to include the biggest tax rises in decades.</p></div>
<div class="block-share"><a aria-label="Share on Facebook" href="#">Facebook</a>
<a aria-label="Share on X" href="#">X</a> <a href="#block-6720">Copy link</a></div></div>
</div></div>
<aside class="right-col"><h2>Most viewed</h2><ol>
<li><a href="/a">Pensioners to lose winter fuel payment, charities warn</a></li>
<li><a href="/b">Football club fined over stadium safety breach</a></li></ol></aside>
<div class="onwards"><h2>More on this story</h2>
<div class="fc-item"><a href="/c"><h3>What can we expect from the budget?</h3></a>
<time datetime="2024-10-27T09:00:00Z">27 Oct 2024</time></div>
<div class="fc-item"><a href="/d"><h3>Treasury rules on borrowing to change</h3></a>
<time datetime="2024-10-24T18:30:00Z">24 Oct 2024</time></div></div>
<footer><p>© 2024 Guardian News &amp; Media Limited or its affiliated companies. All rights
reserved.</p></footer>
</body></html>
"""

# An AP-like article: JSON-LD NewsArticle, a byline in capitals, an "Updated" stamp, a
# share bar (Facebook, Copy, Link copied, Email, Print), a photo with its caption and
# credit, a dateline, "Related Stories" cards with their own times, "Most read".
AP_STYLE_ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Senate passes stopgap bill to avert shutdown | AP News</title>
<meta property="og:title" content="Senate passes stopgap bill to avert shutdown">
<meta property="og:site_name" content="AP News">
<meta property="article:published_time" content="2024-09-25T22:41:07Z">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"Senate passes stopgap bill to avert shutdown","datePublished":
"2024-09-25T22:41:07Z","dateModified":"2024-09-26T01:12:45Z","author":[{"@type":"Person",
"name":"MARY CLAIRE JALONICK"}],"publisher":{"@type":"Organization","name":"AP News"}}</script>
</head><body>
<div class="Page-header"><a href="/">AP</a><ul class="Navigation"><li><a href="/us-news">U.S.
News</a></li><li><a href="/world-news">World News</a></li><li><a
href="/politics">Politics</a></li></ul></div>
<main class="Page-main">
<div class="Page-lead"><h1 class="Page-headline">Senate passes stopgap bill to avert
shutdown</h1>
<div class="Page-byline"><div class="Page-authors">By <a href="/author/mcj">MARY CLAIRE
JALONICK</a></div>
<div class="Page-dateModified"><bsp-timestamp data-timestamp="1727313165000"><span>Updated
9:12 PM EDT, September 25, 2024</span></bsp-timestamp></div></div>
<bsp-share-links class="Page-actions"><div class="ActionBar">
<a class="ActionLink" aria-label="Share on Facebook" href="#">Facebook</a>
<a class="ActionLink" aria-label="Copy link" href="#">Copy</a>
<span class="ActionLink-notice">Link copied</span>
<a class="ActionLink" aria-label="Share by email" href="#">Email</a>
<a class="ActionLink" aria-label="Print" href="#">Print</a></div></bsp-share-links>
</div>
<div class="RichTextStoryBody RichTextBody">
<p>WASHINGTON (AP) — The Senate passed a bill on Wednesday to keep the government funded for
three more months, sending it to the president hours before the start of the new budget year.</p>
<p>The measure passed 78-18 and funds agencies at current levels until Dec. 20, leaving the
next Congress and the next president to settle spending for the rest of the year.</p>
<figure class="Figure"><img src="capitol.jpg" alt=""><figcaption class="Figure-caption">
<p>The Capitol in Washington, Wednesday, Sept. 25, 2024. (AP Photo/J. Scott
Applewhite)</p></figcaption></figure>
<p>"This is a simple, bipartisan extension," the Senate majority leader said before the vote.
"There is no reason for anyone to play games with a shutdown."</p>
<div class="Enhancement"><div class="PageList-header">Related Stories</div>
<div class="PagePromo"><h3 class="PagePromo-title"><a href="/article/1">House Republicans
drop plan tied to voter rules</a></h3><div class="PagePromo-date"><bsp-timestamp
data-timestamp="1726588800000"><span>September 17, 2024</span></bsp-timestamp></div></div>
<div class="PagePromo"><h3 class="PagePromo-title"><a href="/article/2">What happens to
federal workers in a shutdown</a></h3><div class="PagePromo-date"><bsp-timestamp
data-timestamp="1726070400000"><span>September 11, 2024</span></bsp-timestamp></div></div>
</div>
<p>The bill also includes 231 million dollars for the Secret Service after two attempts on the
life of a presidential candidate this summer.</p>
</div>
</main>
<div class="PageListMostRead"><h2>Most read</h2><ul><li><a href="/x">Hurricane nears Florida
coast</a></li><li><a href="/y">Stocks close at record high</a></li></ul></div>
<footer class="Page-footer"><p>Copyright 2024 The Associated Press. All Rights
Reserved.</p></footer>
</body></html>
"""

# A Reuters-like article: the date only in a <time> under the headline (no metadata), a
# share button bar, "Sign up here." in the text, the reporting credits, the trust
# principles line, and "Read Next" cards with their own (later) times.
REUTERS_STYLE_ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Japan's central bank holds rates, signals patience | Reuters</title>
<meta property="og:title" content="Japan's central bank holds rates, signals patience">
<meta property="og:site_name" content="Reuters">
</head><body>
<header class="site-header"><nav><a href="/world/">World</a> <a
href="/business/">Business</a> <a href="/markets/">Markets</a></nav></header>
<main id="main-content">
<article class="article__container">
<header class="article-header">
<div class="article-header__tags"><a href="/markets/asia/">Asia Markets</a></div>
<h1 data-testid="Heading">Japan's central bank holds rates, signals patience</h1>
<div class="article-header__info">
<div class="info-content__author-date"><address class="author-name">By <a
href="/authors/leika-kihara/">Leika Kihara</a> and <a href="/authors/makiko-yamazaki/">Makiko
Yamazaki</a></address>
<time datetime="2024-12-19T04:12:31Z" class="date-line"><span>December 19, 2024</span><span>
4:12 AM GMT</span><span>Updated 2 hours ago</span></time></div>
<div class="article-header__share"><button aria-label="Share on X">X</button><button
aria-label="Share on Facebook">Facebook</button><button aria-label="Share on
LinkedIn">LinkedIn</button><button aria-label="Share via email">Email</button><button
aria-label="Copy link">Link</button></div>
</div></header>
<div class="article-body__content">
<figure><img src="boj.jpg" alt=""><figcaption>Bank of Japan Governor speaks at a news
conference in Tokyo, Japan, December 19, 2024. REUTERS/Kim Kyung-Hoon
<a href="/licensing">Purchase Licensing Rights</a></figcaption></figure>
<p data-testid="paragraph-0">TOKYO, Dec 19 (Reuters) - The Bank of Japan kept interest rates
steady on Thursday and its governor said it wanted more clarity on wages before raising them
again, sending the yen lower.</p>
<p data-testid="paragraph-1">The decision to hold short-term rates at 0.25% was made by an
8-1 vote, with one board member proposing a rise to 0.5%.</p>
<div class="signup-prompt"><p>Sign up here.</p></div>
<p data-testid="paragraph-2">The yen fell to 157 per dollar after the decision, its weakest in
a month.</p>
<p data-testid="paragraph-3">Reporting by Leika Kihara and Makiko Yamazaki; Editing by
Sam Holmes</p>
<p data-testid="paragraph-4">Our Standards: The Thomson Reuters Trust Principles.</p>
</div>
</article>
<section class="read-next"><h2>Read Next</h2>
<div class="story-card"><h3><a href="/markets/1">Dollar firm after Fed signals fewer cuts</a>
</h3><time datetime="2024-12-19T06:30:00Z">6:30 AM GMT</time></div>
<div class="story-card"><h3><a href="/markets/2">Gold slips as yields climb</a></h3><time
datetime="2024-12-19T05:55:00Z">5:55 AM GMT</time></div></section>
</main>
<footer><p>© 2024 Reuters. All rights reserved</p></footer>
</body></html>
"""

# A regional paper on WordPress: Yoast's JSON-LD graph, the theme's posted-on <time>s,
# Jetpack's "Share this:" buttons and "Like this:" box, a newsletter form in the content,
# related posts with their dates, and readers' comments.
WORDPRESS_REGIONAL = """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>Council approves new bridge over Mill Creek &#8211; Valley Courier</title>
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="Council approves new bridge over Mill Creek">
<meta property="og:site_name" content="Valley Courier">
<meta property="article:published_time" content="2024-04-09T18:25:43+00:00">
<meta property="article:modified_time" content="2024-04-10T09:02:10+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org",
"@graph":[{"@type":"NewsArticle","@id":"https://valleycourier.example/2024/04/09/bridge/#article",
"headline":"Council approves new bridge over Mill Creek","datePublished":
"2024-04-09T18:25:43+00:00","dateModified":"2024-04-10T09:02:10+00:00","author":{"name":
"Dana Whitfield"}},{"@type":"WebSite","name":"Valley Courier"}]}</script>
</head><body class="post-template-default single single-post postid-4821">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Valley
Courier</a></p><nav id="site-navigation" class="main-navigation"><ul id="primary-menu"
class="menu"><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a
href="/obituaries/">Obituaries</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-4821" class="post-4821 post type-post status-publish format-standard">
<header class="entry-header"><h1 class="entry-title">Council approves new bridge over Mill
Creek</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/2024/04/09/bridge/"
rel="bookmark"><time class="entry-date published" datetime="2024-04-09T18:25:43+00:00">April 9,
2024</time><time class="updated" datetime="2024-04-10T09:02:10+00:00">April 10,
2024</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n"
href="/author/dwhitfield/">Dana Whitfield</a></span></span></div>
</header>
<div class="entry-content">
<p>The Harlow City Council voted 6-1 on Tuesday night to replace the 1950s bridge that carries
Mill Road over Mill Creek, ending two years of debate over the crossing.</p>
<p>The new two-lane bridge will cost 4.2 million dollars, most of it from a state grant, and
will add a sidewalk on its east side. Work is set to begin in the spring of 2025.</p>
<figure class="wp-block-image size-large"><img src="bridge.jpg" alt=""><figcaption
class="wp-element-caption">The Mill Road bridge has been limited to 10 tons since 2021.
(Photo by Dana Whitfield)</figcaption></figure>
<p>"We have patched this bridge for as long as I have been on the council," said council
member Rosa Alvarez, who cast the deciding vote on the funding plan.</p>
<div class="wp-block-group newsletter-box"><h4>Get the Courier in your inbox</h4><p>Sign up for
our free daily newsletter.</p><form><input type="email" placeholder="Email address"><button>
Subscribe</button></form></div>
<p>The lone vote against came from council member Ed Parr, who said the city should first
repair its roads.</p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block
sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div
class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button"
href="?share=facebook" title="Click to share on Facebook"><span>Facebook</span></a></li><li
class="share-x"><a class="share-x sd-button" href="?share=x" title="Click to share on
X"><span>X</span></a></li><li class="share-email"><a class="share-email sd-button"
href="mailto:?" title="Click to email a link to a friend"><span>Email</span></a></li><li
class="share-print"><a class="share-print sd-button" href="#print" title="Click to
print"><span>Print</span></a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3
class="sd-title">Like this:</h3><div class="likes-widget-placeholder
post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span
class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3
class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items"><div class="jp-relatedposts-post"><h4><a
href="/2023/10/02/roads/">City delays road repairs again</a></h4><time
class="jp-relatedposts-post-date" datetime="2023-10-02">October 2, 2023</time></div><div
class="jp-relatedposts-post"><h4><a href="/2022/06/15/bridge-limit/">Mill Road bridge weight
limit lowered</a></h4><time class="jp-relatedposts-post-date"
datetime="2022-06-15">June 15, 2022</time></div></div></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/news/">News</a></span>
</footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on
&ldquo;Council approves new bridge over Mill Creek&rdquo;</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">
rjones</b><time datetime="2024-04-09T20:11:00+00:00">April 9, 2024 at 8:11 pm</time></footer>
<div class="comment-content"><p>About time. That bridge shakes every time a truck goes
over.</p></div></article></li></ol></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2
class="widget-title">Recent Posts</h2><ul><li><a href="/x/">School board names new
superintendent</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><p>&copy; 2024 Valley Courier</p></footer>
</body></html>
"""

# A Korean English-language paper: the dates as a visible "Published : ... Updated : ..."
# line and article:published_time, the byline as a link, captions ending in "(Yonhap)",
# the writer's e-mail, and a "Most Popular" list.
KOREAN_ENGLISH_PAPER = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Seoul to expand late-night bus routes from July - The Korea Herald</title>
<meta property="og:title" content="Seoul to expand late-night bus routes from July">
<meta property="og:site_name" content="The Korea Herald">
<meta property="article:published_time" content="2024-06-11T15:27:00+09:00">
</head><body>
<div class="header"><ul class="gnb"><li><a href="/National">National</a></li><li><a
href="/Business">Business</a></li><li><a href="/Life">Life&amp;Culture</a></li></ul></div>
<div class="view_con">
<div class="view_tit_area"><h1 class="view_tit">Seoul to expand late-night bus routes from
July</h1>
<div class="view_tit_byline"><div class="view_tit_byline_l"><a href="/reporter/123">By Park
Ji-won</a></div>
<div class="view_tit_byline_r">Published : June 11, 2024 - 15:27 Updated : June 11, 2024 -
15:27</div></div>
<div class="view_sns"><a class="facebook" href="#" aria-label="Share on Facebook">facebook</a>
<a class="twitter" href="#" aria-label="Share on X">twitter</a><a class="kakao" href="#"
aria-label="Share on KakaoTalk">kakaotalk</a><a class="url_copy" href="#">Copy URL</a></div>
</div>
<div class="view_con_t" id="articleText">
<div class="view_img"><img src="bus.jpg" alt=""><p class="img_caption">A late-night bus waits
at a stop in Jongno-gu, central Seoul, on Monday. (Yonhap)</p></div>
Seoul will add four late-night bus routes from July 1, bringing the total to 18, the city
government said Tuesday.<br><br>
The new routes will link Gangseo-gu and Songpa-gu with central Seoul between 11:30 p.m. and
6 a.m., when the subway does not run.<br><br>
"Many workers finish after the last train, and taxis are hard to find at that hour," a city
official said.<br><br>
Late-night buses carried about 28,000 passengers a night last year, up 14 percent from a year
earlier, according to the city.<br><br>
By Park Ji-won (jwpark@heraldcorp.example)
</div>
</div>
<div class="most_popular"><h3>Most Popular</h3><ul><li><a href="/1">BTS member to finish
military service</a></li><li><a href="/2">Won falls to lowest since 2022</a></li></ul></div>
<div class="footer">© The Korea Herald. All rights reserved.</div>
</body></html>
"""

# A small outlet whose page names its date only in a <time> element of its byline; the
# "Latest" rail before the story dates its cards (older and newer) with <time>s too.
TIME_ELEMENT_ONLY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour ferry fares to rise 10% in March | Coastline Daily</title>
</head><body>
<header><a href="/">Coastline Daily</a></header>
<aside class="latest-rail"><h2>Latest</h2><ul>
<li class="card"><a href="/n/1"><h3>Lifeboat crew rescues two kayakers</h3></a><time
datetime="2025-01-30T09:00:00Z">30 Jan</time></li>
<li class="card"><a href="/n/2"><h3>New year swim draws record crowd</h3></a><time
datetime="2025-01-01T12:00:00Z">1 Jan</time></li></ul></aside>
<main><article class="story">
<h1>Harbour ferry fares to rise 10% in March</h1>
<div class="story-meta"><span class="story-author">By Tom Erskine</span> <time
datetime="2025-01-28T16:45:00+00:00">28 January 2025</time></div>
<div class="share-bar"><a href="#" aria-label="Share on Facebook">Share on Facebook</a>
<a href="#" aria-label="Share on WhatsApp">Share on WhatsApp</a><a href="#"
aria-label="Copy link">Copy link</a></div>
<p>Single fares on the harbour ferry will rise from 3.00 to 3.30 pounds on 1 March, the
operator said on Tuesday, the first rise in four years.</p>
<p>Harbour Ferries said fuel and crew costs had risen by a fifth since 2021. Season tickets will
go up by 8%.</p>
<p>The town council, which subsidises the early-morning crossings, said it would review its
grant in April.</p>
<div class="share-bar"><p>Share this article</p><a href="#" aria-label="Share on
Facebook">Share on Facebook</a> <a href="#" aria-label="Share on X">Share on X</a></div>
</article></main>
<footer><p>Coastline Daily, 4 Quay Street</p></footer>
</body></html>
"""

# A page with no metadata and no <time>: only its visible date line under the headline.
VISIBLE_DATE_LINE_ONLY = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Library to open on Sundays from next month - Riverside Gazette</title>
</head><body>
<div id="top"><a href="/">Riverside Gazette</a> | <a href="/news">News</a> | <a
href="/events">Events</a></div>
<div id="story">
<h1>Library to open on Sundays from next month</h1>
<p class="dateline">Published: Thursday, 6 March 2025</p>
<p>The central library will open from noon to 5pm on Sundays from 6 April, after the county
agreed to fund two more staff posts.</p>
<p>A survey last year found that three in four library users wanted weekend hours, and that
students were the most likely to ask for them.</p>
<p>The branch libraries in Eastfield and Oakley will keep their current hours.</p>
<p class="share">Share this story: <a href="#">Facebook</a> | <a href="#">X</a> | <a
href="#">Email</a></p>
</div>
<div id="foot">Riverside Gazette, 12 Bridge Street. Contact: news@riversidegazette.example</div>
</body></html>
"""

# A Guardian-like article as its current pages mark it up: each part of the story's
# header a <div data-gu-name="..."> (headline, standfirst, meta), the body in its own
# container, which the extractor takes for the story, and onward cards that carry a
# standfirst of their own.
GUARDIAN_STYLE_ARTICLE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Chancellor raises employers' national insurance in first budget | Budget 2024 | The
Guardian</title>
<meta property="og:title" content="Chancellor raises employers' national insurance in first
budget">
<meta property="og:site_name" content="the Guardian">
<meta property="article:published_time" content="2024-10-30T15:15:00.000Z">
<meta name="author" content="Anna Pryce">
</head><body>
<header><nav><a href="/">The Guardian</a> <a href="/uk">News</a> <a
href="/uk/commentisfree">Opinion</a></nav></header>
<main data-layout="StandardLayout"><article>
<div class="dcr-1o2y9nt">
<div data-gu-name="title"><a href="/uk/politics">Budget 2024</a></div>
<div data-gu-name="headline"><div class="dcr-1m4yhga"><h1 class="dcr-125vfar">Chancellor
raises employers' national insurance in first budget</h1></div></div>
<div data-gu-name="standfirst"><div class="dcr-1qvd4ej"><p>Tax rise of 25bn pounds a year
to pay for hospitals and schools, as the OBR cuts its growth forecast for next year</p>
</div></div>
<div data-gu-name="meta"><div class="dcr-1cfpnlw"><address aria-label="Contributor info">
<a rel="author" href="/profile/anna-pryce">Anna Pryce</a> Political correspondent</address>
<time datetime="2024-10-30T15:15:00Z">Wed 30 Oct 2024 15.15 GMT</time></div></div>
<div data-gu-name="body"><div id="maincontent" class="article-body-commercial-selector
article-body-viewer-selector dcr-1ndlxfy">
<p>The chancellor has announced a rise in employers' national insurance contributions to
15% from April, the centrepiece of the first Labour budget in 14 years.</p>
<p>The measure will raise about 25 billion pounds a year by the end of the parliament,
according to the Treasury's figures.</p>
<p>The health service will receive an extra 22 billion pounds over two years, and schools an
extra 2.3 billion pounds next year.</p>
<p>The shadow chancellor said the rise broke an election promise and would fall on workers
through lower pay.</p>
</div></div>
</div>
</article></main>
<section data-component="more-on-this-story"><h2>More on this story</h2><ul>
<li class="fc-item"><div class="fc-item__container"><a href="/money/1"><h3
class="fc-item__title">What the budget means for your pension</h3></a>
<div class="fc-item__standfirst">Savers face changes to inheritance tax on pension pots
from 2027</div></div></li>
</ul></section>
<footer><p>© 2024 Guardian News &amp; Media Limited or its affiliated companies.</p></footer>
</body></html>
"""

# A New York Times-like article: the summary under the headline in the header
# (id="article-summary"), "Advertisement" and "SKIP ADVERTISEMENT" between the body's
# columns, an inline "Read more:" link, and the print edition's line after the story.
NYT_STYLE_ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Putin and Kim Sign Defense Pact, Pledging Mutual Aid - The New York Times</title>
<meta property="og:title" content="Putin and Kim Sign Defense Pact, Pledging Mutual Aid">
<meta property="og:site_name" content="The New York Times">
<meta property="article:published_time" content="2024-06-19T09:12:33.000Z">
<meta name="byl" content="By Choe Sang-Hun and Paul Sonne">
</head><body>
<div id="app"><header class="css-1"><a href="/">The New York Times</a><nav><a
href="/section/world">World</a><a href="/section/us">U.S.</a></nav></header>
<main id="site-content"><article id="story">
<p class="css-supported">Supported by</p>
<div class="ad"><p>Advertisement</p></div>
<header class="css-hdr">
<h1 data-testid="headline">Putin and Kim Sign Defense Pact, Pledging Mutual Aid</h1>
<p id="article-summary" class="css-79rysd">The agreement, signed during a rare visit by the
Russian leader to North Korea, deepens a partnership that has alarmed the United States and
its allies.</p>
<div class="css-byline"><p>By <a href="/by/choe-sang-hun">Choe Sang-Hun</a> and <a
href="/by/paul-sonne">Paul Sonne</a></p>
<p><time datetime="2024-06-19T09:12:33.000Z">June 19, 2024</time></p></div>
</header>
<section name="articleBody" itemprop="articleBody">
<div class="StoryBodyCompanionColumn"><div>
<p>President Vladimir V. Putin of Russia and Kim Jong-un, the leader of North Korea, signed a
pact on Wednesday that commits each country to provide military assistance to the other if
it is attacked, the two leaders said.</p>
<p>The agreement was the strongest sign yet of a growing alliance between the two
nuclear-armed states, and it came as Russia relies on North Korean artillery shells.</p>
</div></div>
<div class="ad"><p>Advertisement</p><p>SKIP ADVERTISEMENT</p></div>
<div class="StoryBodyCompanionColumn"><div>
<p>Mr. Kim said the two countries' relationship had been raised to the level of an
"alliance," and he pledged full support for Russia's war in Ukraine.</p>
<p><strong>Read more:</strong> <a href="/2024/06/18/world/asia/putin-visit.html">Putin arrives
in North Korea for first visit in 24 years</a></p>
<p>Mr. Putin arrived in Pyongyang early Wednesday, hours later than expected.</p>
</div></div>
</section>
<div class="bottom-of-article"><p>A version of this article appears in print on June 20,
2024, Section A, Page 1 of the New York edition.</p></div>
</article></main>
<footer><p>© 2024 The New York Times Company</p></footer></div>
</body></html>
"""

# A CNN-like article: the headline and byline above the body, each picture's caption and
# credit in a box named as its metadata ("image__metadata"), the dateline in a <cite>, an
# inline card of a related story, an editor's note and the reporters' credit at the end.
CNN_STYLE_ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Putin and Kim sign mutual defense pact in Pyongyang | CNN</title>
<meta property="og:title" content="Putin and Kim sign mutual defense pact in Pyongyang">
<meta property="og:site_name" content="CNN">
<meta name="author" content="Simone McCarthy, Yoonjung Seo">
<meta property="article:published_time" content="2024-06-19T07:31:12.123Z">
</head><body class="layout__body">
<header class="header"><nav class="header__nav"><a href="/">CNN</a> <a href="/us">US</a>
<a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<div class="layout__content-wrapper">
<section class="layout__top"><div class="headline"><h1 class="headline__text"
id="maincontent">Putin and Kim sign mutual defense pact in Pyongyang</h1>
<div class="headline__footer"><div class="byline"><div class="byline__names">By
<span class="byline__name">Simone McCarthy</span> and <span class="byline__name">Yoonjung
Seo</span>, CNN</div></div>
<div class="timestamp vossi-timestamp">Updated 5:12 AM EDT, Wed June 19, 2024</div></div>
</div></section>
<section class="layout__wrapper"><section class="layout__main">
<div class="article__content-container"><div class="article__content"
data-editable="content" itemprop="articleBody">
<div class="image image__hide-placeholder" data-image-variation="image">
  <div class="image__container"><picture class="image__picture"><img src="p.jpg"
  alt="Putin and Kim"></picture></div>
  <div class="image__metadata">
    <div itemprop="caption" class="image__caption attribution">
      <span data-editable="metaCaption" class="inline-placeholder">Russian President
      Vladimir Putin and North Korean leader Kim Jong Un attend a welcoming ceremony in
      Pyongyang on June 19, 2024.</span>
    </div>
    <figcaption class="image__credit">Gavriil Grigorov/Sputnik/AFP</figcaption>
  </div>
</div>
<p class="paragraph inline-placeholder" data-component-name="paragraph">
  <cite class="source__cite">
    <span class="source__location">Seoul, South Korea</span>
    <span class="source__text">CNN</span>
    <span class="source__dash"> — </span>
  </cite>
  Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a strategic
  partnership agreement on Wednesday that includes a pledge of mutual assistance in the
  event of aggression against either country.
</p>
<p class="paragraph inline-placeholder">Putin called the agreement a “breakthrough
document” after talks lasting around two hours.</p>
<div class="related-content related-content--article"><a href="/2024/06/18/asia/putin-visit">
<div class="related-content__headline"><span class="related-content__headline-text">Putin
lands in North Korea for rare visit</span></div></a></div>
<p class="paragraph inline-placeholder">Kim said the two countries had entered a “new high
level of alliance,” according to Russian state media.</p>
<p class="paragraph inline-placeholder">The deal comes as Washington has accused Pyongyang of
supplying Russia with ballistic missiles and millions of artillery shells.</p>
<p class="paragraph inline-placeholder"><em>This story has been updated with additional
information.</em></p>
<p class="paragraph inline-placeholder"><em>CNN’s Mike Valerio contributed reporting.</em></p>
</div></div></section></section></div>
<div class="ad-feedback"><p>Ad Feedback</p></div>
<footer><p>© 2024 Cable News Network. A Warner Bros. Discovery Company. All Rights
Reserved.</p></footer>
</body></html>
"""

# A Le Monde-like article: the summary under the headline ("chapo") is a <p
# class="article__desc"> in the page's header, outside the story's container; inside
# it, a link to another story ("Lire aussi | ...") and, at the end, the paywall's notice.
LE_MONDE_STYLE_ARTICLE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Vladimir Poutine et Kim Jong-un signent un pacte d'assistance mutuelle</title>
<meta property="og:title" content="Vladimir Poutine et Kim Jong-un signent un pacte
d'assistance mutuelle">
<meta property="og:site_name" content="Le Monde.fr">
<meta property="article:published_time" content="2024-06-19T18:30:00+02:00">
</head><body>
<header class="header"><nav><a href="/">Le Monde</a> <a href="/international/">International</a>
<a href="/asie-pacifique/">Asie-Pacifique</a></nav></header>
<main><section class="zone zone--article">
<header class="article__header">
<h1 class="article__title">Vladimir Poutine et Kim Jong-un signent un pacte d'assistance
mutuelle</h1>
<p class="article__desc">Le traité, signé à Pyongyang lors de la première visite du
président russe depuis vingt-quatre ans, prévoit une aide militaire immédiate en cas
d'agression.</p>
<span class="meta__author">Par Philippe Mesmer</span>
<span class="meta__date">Publié le 19 juin 2024 à 18h30</span>
</header>
<article class="article__content">
<p class="article__paragraph">Le président russe, Vladimir Poutine, et le dirigeant
nord-coréen, Kim Jong-un, ont signé mercredi 19 juin à Pyongyang un traité de « partenariat
stratégique global ».</p>
<p class="article__paragraph">Le texte engage les deux pays à se porter assistance en cas
d'agression armée contre l'un d'eux, a précisé M. Poutine lors d'une conférence de
presse.</p>
<section class="catcher"><p class="catcher__title">Lire aussi | <a href="/a">Entre la
Russie et la Corée du Nord, une alliance de circonstance</a></p></section>
<p class="article__paragraph">Selon M. Kim, l'accord porte les relations entre les deux pays
« au niveau d'une alliance ». Séoul et Washington ont exprimé leur inquiétude.</p>
<p class="article__status">Il vous reste 78.43% de cet article à lire. La suite est
réservée aux abonnés.</p>
</article>
</section></main>
<footer><p>© Le Monde 2024</p></footer>
</body></html>
"""
