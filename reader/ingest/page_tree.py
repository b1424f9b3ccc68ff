"""A page's tree made ready for trafilatura (reader.ingest.html): what a news page shows
around its story and is no part of it taken out before its text and date are read, and
its captions kept.

- Teaser cards of other stories ("More on this story", "Read next", a "Latest" rail):
  each has its own date, and the date of a page without one in its metadata was read
  from the oldest of them (a live blog dated by a related story of February); and
  trafilatura takes the first <article> of a page for its story, so a "More news" list of
  them after a short story gave it the first teaser's words.
- Share bars ("Share on Facebook", "Copy link", a WhatsApp button): buttons, no words of
  the story, which the reader saw as a line "Facebook X Copy link".
- A gallery's controls written as links within the page ("Expand", "Share this image":
  reader.ingest.gallery_controls): trafilatura ended the story at one.
- Advertisement boxes ("Anzeige" and an advert below it: reader.ingest.ad_boxes).
- Pull quotes a site does not name so, told by their words: a short blockquote a
  paragraph of the story repeats (reader.ingest.pull_quotes).
- A kicker: the label a site prints above a headline ("Albion Cup final", "Analysis"),
  the section or series the story belongs to, in an element so named
  (``<p class="kicker">``, "eyebrow", "overline", "section"). No fact of the story, it was
  read as its first line and linked with the other article's headline.
- Readers' comments under the story, a "Top comments" box, a "Your views" box of
  letters (reader.ingest.comment_sections): their figures and quotations are no
  article's.
- Captions: trafilatura drops any block whose class names a caption ("img_caption"), as
  it drops <figure>s; captions carry facts (who, where, when) and are read.
- The summary under the headline (the "standfirst", as British papers call it: the
  Guardian's ``<div data-gu-name="standfirst">``): written in the page's header beside
  the headline, outside the container trafilatura reads as the story, it was lost, and
  with it the story's lead. It is read here, the reader put it back (see
  ``page_standfirst``).
- Text written loose after a block (a picture's box, then the story's first paragraph as
  bare text up to a <br>, as Korean papers write their stories): trafilatura lost it.
  It is made a paragraph, as a browser shows it.
"""

from __future__ import annotations

import re
from typing import Any

from reader.ingest.ad_boxes import ad_boxes
from reader.ingest.block_breaks import break_blocks
from reader.ingest.boilerplate import is_control_words
from reader.ingest.comment_sections import comment_sections
from reader.ingest.gallery_controls import control_links
from reader.ingest.normalize import clean
from reader.ingest.page_titles import one_line
from reader.ingest.pull_quotes import repeated_quotes

__all__ = ["is_share_label", "names_sharing", "page_standfirst", "prepare_page"]

_HEADING = "(self::h2 or self::h3 or self::h4 or self::h5)"
_OTHER_PAGE = "@href and not(starts-with(normalize-space(@href), '#'))"
# A card of another story: a heading that links to another page (or a link holding a
# heading), one paragraph at most, short, no <h1> (the story's own headline), and a
# heading the page's <title> does not hold (a short story titled by its heading stays).
# An <article> card may link its picture or a "Read more" instead of its heading.
_CARD_SHAPE = (
    "[not(.//h1)][count(.//p) < 2][string-length(normalize-space(.)) < 600]"
    "[not(contains($title, normalize-space((.//h2|.//h3|.//h4|.//h5)[1])))]"
)
_TEASER_CARDS = (
    f"//article[.//*[{_HEADING}]][.//a[{_OTHER_PAGE}]]{_CARD_SHAPE}"
    f" | //*[self::div or self::li or self::section or self::aside]"
    f"[.//*[{_HEADING}][.//a[{_OTHER_PAGE}] or ancestor::a[{_OTHER_PAGE}]]]{_CARD_SHAPE}"
)
# A share bar: an element whose class or id names sharing ("block-share", "sharedaddy",
# "lx-share-tools", "view_sns"), short and holding no quoted post; and any link or button
# labelled for sharing ("Share on Facebook", "Copy link").
_SHARE_NAME = re.compile(r"shar(?:e|ing)|(?:^|[-_])sns(?:$|[-_])", re.IGNORECASE)
_SHARE_BAR_CHARS = 300
_SHARE_LABEL = re.compile(r"^\s*(?:share\b|copy (?:the )?link\b)", re.IGNORECASE)


# A kicker above the headline: an element whose class or data-* attribute names it (or
# names the section it labels: <p class="section">World</p>, in French, German or Dutch
# <p class="rubrique">, "rubrik", "rubriek", in Swedish and Norwegian "vinjett"), short,
# holding no paragraph or headline, before the page's <h1>
_KICKER_NAME = (
    r"(?:^|[\s_-])(?i:kicker|eyebrow|overline|section|rubrique|rubrik|rubriek|vinjett)"
    r"(?:$|[\s_-])"
)
_KICKERS = (
    "//*[@*[(name() = 'class' or starts-with(name(), 'data-')) and re:test(., $name)]]"
    "[string-length(normalize-space(.)) < 80][not(.//p or .//h1)][following::h1]"
)


def is_share_label(label: str) -> bool:
    """``label`` (an aria-label) names a share button: "Share on X", "Copy link"."""
    return _SHARE_LABEL.match(label) is not None


def prepare_page(tree: Any) -> None:
    """Take the teaser cards, share bars and pull quotes out of the lxml ``tree`` of a
    page, keep its captions from trafilatura's pruning and make its loose text
    paragraphs."""
    title = " ".join((tree.findtext(".//title") or "").split())
    doomed = list(tree.xpath(_TEASER_CARDS, title=title))
    doomed += [e for e in _elements(tree) if _is_share_bar(e)]
    doomed += ad_boxes(_elements(tree))
    doomed += tree.xpath(_KICKERS, namespaces=_REGEX_NAMESPACE, name=_KICKER_NAME)
    doomed += repeated_quotes(_elements(tree))
    doomed += comment_sections(tree)
    doomed += control_links(tree, is_control_words)
    for element in doomed:
        _drop(element)
    loose = []
    for element in _elements(tree):
        if element.tag in _CAPTION_TAGS:
            _keep_caption(element)
        if element.tag in _BLOCKS and element.tail and element.tail.strip():
            loose.append(element)
    for element in loose:
        _paragraph_after(element)


def _elements(tree: Any) -> list[Any]:
    """The elements of ``tree`` below the page's own (<body>, <main>, <article>)."""
    return [e for e in tree.iter() if isinstance(e.tag, str) and e.tag not in _PAGE_TAGS]


def _is_share_bar(element: Any) -> bool:
    label = element.get("aria-label")
    if label is not None and is_share_label(label):
        return True
    return _names_sharing(element) and _short_without_posts(element)


_PAGE_TAGS = frozenset({"html", "head", "body", "main", "article"})


def names_sharing(tag: str, class_: str, id_: str) -> bool:
    """An element's tag, class or id names sharing ("<bsp-share-links>", "block-share")."""
    return any(_SHARE_NAME.search(name) for name in (tag, *class_.split(), *id_.split()))


_BLOCK_TAGS = """
    address aside blockquote div dl figure h1 h2 h3 h4 h5 h6 header hr ol p pre section
    table ul
"""
_BLOCKS = frozenset(_BLOCK_TAGS.split())


def _paragraph_after(block: Any) -> None:
    """The text after ``block`` up to the next line break or block, made a <p>."""
    paragraph = block.makeelement("p", {})
    paragraph.text, block.tail = block.tail, None
    following = block.getnext()
    while following is not None and following.tag not in _BLOCKS and following.tag != "br":
        after = following.getnext()
        paragraph.append(following)  # with its tail, words of the same paragraph
        following = after
    block.addnext(paragraph)


_CAPTION_TAGS = frozenset({"div", "p", "span"})


def _keep_caption(element: Any) -> None:
    """``element``'s class or id kept under another name when it names a caption; so are
    those of the boxes around it named as the picture's metadata (see _keep_boxes)."""
    if _rename(element, "caption"):
        _keep_boxes(element)


def _rename(element: Any, word: str) -> bool:
    """Keep ``element``'s class and id under other names (data-class, data-id) when one
    holds ``word``; True when one did."""
    renamed = False
    for name in ("class", "id"):
        value = element.get(name)
        if value is not None and word in value.casefold():
            element.set(f"data-{name}", value)
            del element.attrib[name]
            renamed = True
    return renamed


_CREDIT_CHARS = 200
"""The most text a box around a caption holds besides it (a credit, a picture's alt
text): a box holding more holds the story."""


def _keep_boxes(caption: Any) -> None:
    """The boxes around ``caption`` that hold only it and its picture's credit, whose class
    names them the picture's metadata (CNN's "image__metadata"): trafilatura drops any
    block whose class holds "meta", and the caption with it."""
    own = len(_words(caption))
    for box in caption.iterancestors():
        if box.tag in _PAGE_TAGS or len(_words(box)) - own > _CREDIT_CHARS:
            return
        _rename(box, "meta")


def _words(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _names_sharing(element: Any) -> bool:
    return names_sharing(element.tag, element.get("class", ""), element.get("id", ""))


def _short_without_posts(element: Any) -> bool:
    return len(_words(element)) < _SHARE_BAR_CHARS and not element.xpath(".//blockquote")


def _drop(element: Any) -> None:
    """Remove ``element`` (not its tail, the words after it) unless an element removed
    before held it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


# An element whose class, id or data-* attribute names the summary under a headline: a
# standfirst ("content__standfirst", data-gu-name="standfirst", the FT's
# "o-topper__standfirst"), an article summary (the New York Times' id="article-summary"),
# a subheadline (data-qa="subheadline") or a dek ("c-dek", "ArticleDek"). A card of
# another story has one too: the story's own stands beside the page's <h1>, the nearest
# element around it holding a heading holds the <h1>, and it is in no sidebar, menu,
# footer or link.
# Sites in other languages name it their own way: the French "chapo" or "chapeau" (Le
# Monde's "article__desc"), the Italian "sommario", the Spanish "sumario" or
# "entradilla", the Portuguese "linha-fina", the German "Vorspann" or an intro text
# (the FAZ's "atc-IntroText"), a lead text.
_SUMMARY_NAME = (
    r"(?i:standfirst|article-?summary|sub-?headline|chap(?:o|eau)|sommario|sumario"
    r"|entradilla|linha-?fina|vorspann|intro-?text|lead-?text|article(?:__|-)desc)"
    r"|(?:^|[\s_-])(?i:dek)(?:$|[\s_-])|[a-z]Dek(?:$|[\s_A-Z-])"
)
_STANDFIRST = re.compile(
    r"standfirst|summary|sub-?headline|dek|chap(?:o|eau)|sommario|sumario|entradilla"
    r"|linha-?fina|vorspann|intro-?text|lead-?text|article(?:__|-)desc",
    re.IGNORECASE,
)
_STANDFIRSTS = (
    "//*[@*[(name() = 'class' or name() = 'id' or starts-with(name(), 'data-'))"
    " and re:test(., $name)]]"
    "[not(ancestor::aside or ancestor::nav or ancestor::footer or ancestor::a)]"
    "[ancestor::*[.//h1 or .//h2 or .//h3 or .//h4 or .//h5 or .//h6][1][.//h1]]"
)
_REGEX_NAMESPACE = {"re": "http://exslt.org/regular-expressions"}
_STANDFIRST_CHARS = 1500
"""The longest standfirst read: an element so named that holds more is a wrapper of the
story, which the extractor reads."""


def page_standfirst(html: str) -> list[str]:
    """The lines of the summary under the headline of the page ``html`` (a line a
    paragraph, a list item as "- item", as the extractor writes them); none when the page
    names no standfirst beside its headline."""
    if _STANDFIRST.search(html) is None:  # most pages: no second parse
        return []
    from trafilatura.utils import load_html

    tree = load_html(html)
    found = (
        []
        if tree is None
        else tree.xpath(_STANDFIRSTS, namespaces=_REGEX_NAMESPACE, name=_SUMMARY_NAME)
    )
    for element in found:  # the first that holds words ("chapo-image" may hold none)
        break_blocks(element)  # "One line.<div>Another.</div>" of a minified page
        blocks = element.xpath(".//li | .//p[not(ancestor::li)]") or [element]
        lines = [line for line in map(_block_line, blocks) if line]
        if lines:
            return lines if sum(map(len, lines)) <= _STANDFIRST_CHARS else []
    return []


def _block_line(block: Any) -> str:
    # a line break of the page's source is a space, as a browser shows it; so is the
    # break between two paragraphs of one list item
    paragraphs = block.xpath("./p") if block.tag == "li" else []
    parts = paragraphs or [block]
    line = " ".join(one_line(clean("".join(p.itertext()).replace("\n", " "))) for p in parts)
    line = " ".join(line.split())
    return f"- {line}" if line and block.tag == "li" else line
