"""Boilerplate in plain-text pastes: navigation, credits, bylines, contact lines...

Works line by line (a paragraph is a line). A boilerplate span is kept visible in the
pane (dimmed) but never matched. Captions are *not* boilerplate (they carry facts);
only a trailing photo credit in parentheses at the end of a caption is.
"""

from __future__ import annotations

import re

from reader.ingest.bylines import (
    is_bare_byline,
    is_byline,
    is_role_line,
    is_writers_line,
    is_writing_credit,
)
from reader.ingest.closing_credits import is_initials_credit
from reader.ingest.date_lines import DAY_OR_MONTH, is_date_line, is_date_stamp
from reader.ingest.greetings import greeting_parts, is_greeting
from reader.ingest.normalize import fold
from reader.ingest.photo_credits import is_credit, is_credit_line, trailing_credit
from reader.ingest.posts import is_picture_link, joined_attribution, poster_of
from reader.ingest.release_matter import is_release_line, release_blocks
from reader.ingest.site_lines import is_site_line
from reader.ingest.table_rows import table_rows
from reader.model.span import Span

__all__ = ["boilerplate_spans", "is_boilerplate_line", "is_control_words", "starts_like_url"]

# Whole lines, compared after `_key` (folded, lower-cased, letters/digits/spaces only).
_DEBRIS: frozenset[str] = frozenset(
    w.strip()
    for w in """
    x
    breaking news|breaking|more|menu|main menu|open menu|close menu|toggle navigation
    skip to content|skip to main content|skip navigation|jump to|navigation|home|search
    share|share this|share this article|share this story|share on facebook
    share on twitter|share via email|copy link|link copied|print|email|e mail|tweet
    facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest
    subscribe|subscribe now|subscribers only|advertisement|advertising|ad|sponsored
    sponsored content|paid content|promoted|sign up|sign in|log in|login|log out|register
    my account|account|close|back to top|top|next|previous|prev|next article
    previous article|read more|read next|see more|show more|load more|view more|continue
    continue reading|click here|loading|comments|comment|leave a comment|view comments
    related|related stories|related articles|related content|related news|related topics
    related coverage|related links|most viewed|most viewed articles|most read
    most read articles|most popular|popular|trending|trending now|top stories|top news
    latest|latest news|latest stories|recommended|recommended for you|you may also like
    you might also like|more from|more stories|more news|more on this story|see also
    also read|watch|watch live|live|listen|listen to this article|play|play video|video
    photo|photos|image|images|gallery|enlarge|enlarge this image|full screen|fullscreen
    getty images|contact us|about us|privacy policy|terms of use|terms of service
    cookie policy|cookie settings|accept cookies|accept all|manage cookies
    we value your privacy|your privacy|your privacy choices|privacy settings|reject all
    reject|manage options|manage preferences|manage settings|accept and close
    accept and continue|accept|i agree|agree|i accept|reuse this content
    explore more on these topics
    newsletter|newsletters|sign up for our newsletter|get our newsletter
    before you leave check this out|support our journalism|donate|tips|send us a tip
    story continues below advertisement|advertisement scroll to continue|skip advertisement
    article continues below|scroll to continue with content|topics|tags|filed under
    show key events only|show key events|key events|pinned post|pinned|don t miss
    sign up here|like this|like loading|purchase licensing rights|copy url|share this post
    view this post on instagram|view this post on tiktok|save|save article|save story
    expand|expand image|collapse|share this image|share this photo|share this gallery
    view gallery|view all photos|open gallery|close gallery|start slideshow|slideshow
    back to gallery|exit gallery|exit fullscreen|view fullscreen|hide caption|show caption
    """.replace("\n", "|").split("|")
    if w.strip()
)

_HEADINGS_OF_LISTS: frozenset[str] = frozenset(
    h.strip()
    for h in """related|related stories|related articles|related content|related news
    related coverage|related links|related topics|most viewed|most viewed articles
    most read|most read articles|most popular|trending|trending now|top stories
    recommended|recommended for you|you may also like|you might also like|more stories
    more news|latest news|latest stories|see also|also read|read next|more from
    explore more on these topics""".replace("\n", "|").split("|")
)

_MAX_LINE = 400  # longer lines are never boilerplate
_NON_WORD = re.compile(r"[^\w ]+")
_SPACES = re.compile(r"\s+")
_LETTER = re.compile(r"[^\W\d_]")

# the verbs a wire's note of an update opens with ("Updates toll, adds arrests")
_UPDATE_NOTE = (
    r"(?:updates|adds|recasts|rewrites|writes through|refiles|combines|changes dateline"
    r"|changes headline|tops with|moves)\b"
)

_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # Headline links: "RELATED: ...", "READ MORE: ...", "See also ..."
        r"^(?:related|read more|read also|also read|see also|more|watch|listen|"
        r"recommended|trending|(?:more|full|further|related) coverage)\s*[:|»›>]",
        r"^see also\b",
        # A link to the story's live page above it: "LIVE UPDATES: Follow the latest"
        r"^(?=.{0,80}$)live (?:updates|blog|coverage)\s*[:|»›>]",
        # Advertisements labelled as such: "Sponsored: Buy gold now", "Advertisement - ..."
        r"^(?=.{0,200}$)(?:sponsored|sponsored content|advertisement|advertising|ad|"
        r"promoted|paid content|paid post|partner content)\s*[:|»›>–—-]\s*\S",
        # Photo credits as whole lines.
        r"^(?:photo|photos|photograph|picture|image|images|credit|credits|photo credit|"
        r"image credit|source|video|file photo|illustration|graphic|"
        # "Source:" in German, Spanish, Portuguese, Italian, Dutch ("Quelle: dpa", "Fuente:
        # EFE", "Bron: ANP"); not the plural, which opens headlines ("Sources: Sox May Not
        # Be Out Of ...")
        r"quelle|fuente|fonte|bron)\s*:\s*\S.{0,80}$",
        # A gallery's slide counter: "1 of 12", "Image 4 of 12", "Photo 3/12"
        r"^(?:(?:image|photo|picture|slide|photograph|foto|bild)\s+)?\d{1,3}\s*(?:of|/)"
        r"\s*\d{1,3}$",
        r"^(?=.{0,70}$).*\b(?:getty images|ap photo|afp photo|reuters photo|shutterstock|"
        r"epa-efe|via getty|pool photo|file photo)\b.{0,60}$",
        # Posted / updated / published lines with a date or time.
        rf"^(?=.{{0,120}}$)(?:(?:article|story) )?(?:posted|published|updated|modified|"
        rf"last updated|last modified|first published|date|dated)(?:\s+on)?\s*[:|-]?\s*"
        rf"(?:\d|(?:{DAY_OR_MONTH})\b)",
        # Contact lines.
        r"^please (?:direct|send|address) (?:your )?(?:questions|comments|inquiries|tips)",
        r"^(?:contact us|email us|e-mail us|send (?:us )?(?:a )?tips?|got a tip)\b",
        r"^[^\n]{0,150}\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b[^\n]{0,150}$",
        # Agencies' statements of principles: "Our Standards: The Thomson Reuters Trust
        # Principles."
        r"^our standards\s*:",
        # Copyright.
        r"^(?:©|\(c\)|copyright\b)",
        r"\ball rights reserved\b",
        # ... in the other languages: "Riproduzione riservata © Il Corriere Nazionale",
        # "Tous droits réservés", "Todos los derechos reservados", "Alle Rechte vorbehalten",
        # "Alle rechten voorbehouden"
        r"^(?=.{0,160}$).{0,80}\b(?:riproduzione riservata|tutti i diritti riservati|"
        r"tous droits r[ée]serv[ée]s|todos los derechos reservados|"
        r"todos os direitos reservados|alle rechte vorbehalten|alle rechten voorbehouden)\b",
        # Links back to the original-language article (Hankyoreh).
        r"^button that move",
        # Cookies and newsletters.
        r"\b(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies)\b",
        r"^(?=.{0,300}$)we and our (?:\d+ )?(?:partners|vendors)\b.{0,60}\b(?:use|store)\b"
        r".{0,40}\bcookies\b",
        r"^(?:sign up|subscribe)\b.{0,100}\b(?:newsletter|updates|inbox|email)\b",
        r"^(?:get|join|try|receive|sign up for|subscribe to)\b.{0,60}\bnewsletters?\b",
        r"\bnewsletters?\b.{0,40}\b(?:sign up|subscribe|inbox)\b",
        # A site's own lines around the story: reading time, age warning, membership and
        # follow asks, a player's JavaScript notice.
        r"^(?:listen to this article\W*)?\d+\s*(?:min|mins|minutes?)(?:\s+(?:read|listen))?$",
        r"^this (?:article|story|page) is more than \w+ (?:days?|weeks?|months?|years?) old$",
        r"^(?=.{0,120}$)support (?:our|independent|quality) journalism\b",
        r"^follow (?:us|@\w+)\b.{0,40}\b(?:twitter|x|facebook|instagram|tiktok|threads|"
        r"bluesky|linkedin|youtube|whatsapp|telegram|google news)\W*$",
        r"^already (?:a subscriber|a member|have an account)\W+(?:log in|sign in|login)\W*$",
        # a paywall's notice where the page stops: "Subscribe to continue reading", "This
        # article is for subscribers only." (reader.ingest.cut_short tells the page cut)
        r"^(?=.{0,120}$)(?:subscribe|sign up|log in|register) (?:now |today )?to "
        r"(?:continue|keep) reading\b",
        r"^(?=.{0,120}$)this (?:article|story|content|piece) is (?:only |exclusively )?"
        r"(?:for|available to) (?:paying )?(?:subscribers|members)\b(?: only)?\W*$",
        # a paywall's offer: "Keep reading for just £1 for 4 weeks. Then £69 per month.
        # Complete digital access to quality journalism on any device. Cancel anytime
        # during your trial." (a price for a trial, or the trial's terms)
        r"^(?:keep|continue|start) reading\b.{0,40}\bfor (?:just |only )?[£$€]\s?\d",
        r"^(?=.{0,400}$).{0,200}\b(?:complete|unlimited|full) digital access\b.{0,200}"
        r"\b(?:trial|cancel any ?time|per month|a month)\b",
        r"^(?=.{0,160}$)cancel (?:any ?time|at any time) during your (?:free )?trial\b",
        r"^(?:please )?(?:turn on|enable) javascript\b",
        r"^get (?:the latest|our top|the top|breaking) .{0,60}\b(?:inbox|email)\W*$",
        r"^(?=.{0,80}$)(?:get|have)\b.{0,50}\b(?:in|to|into|delivered to) your inbox\W*$",
        # A link to the story's live coverage: "Relive the final as it happened with our
        # minute-by-minute report", "Follow the match live", "Catch up on our live blog"
        r"^(?=.{0,160}$)(?:relive|follow|catch up (?:on|with)|read|see|revisit)\b.{0,80}"
        r"\b(?:as it happened|minute[- ]by[- ]minute|live (?:blog|coverage|report|updates|text)"
        r"|(?:match|game|race) live)\b[^.!?]{0,80}$",
        # A wire's link to its page of a subject: "AP soccer: https://apnews.com/hub/soccer"
        r"^(?=.{0,160}$)[A-Z]{2,5}(?: [A-Za-z]+){1,3}:\s*https?://\S+$",
        # Instagram's "A post shared by ..." (posts.poster_of: with the poster's handle)
        r"^a (?:post|video|photo|reel) shared by\b.{0,80}$",
        # An editor's note on the story's own version: "This story has been updated with
        # additional information.", "This is a developing story and will be updated."
        r"^(?=.{0,160}$)this (?:story|article|report|post|page) (?:has been|was|is being|"
        r"will be) updated\b",
        r"^(?=.{0,160}$)this is a developing (?:news )?story\b",
        # ... or on an interview's transcript: "This interview has been edited for length
        # and clarity.", "The conversation has been condensed and lightly edited.",
        # "Answers have been edited for brevity.", "Edited for length and clarity."
        r"^(?=.{0,200}$)(?:(?:this|the|our) (?:interview|transcript|conversation|exchange"
        r"|q ?& ?a|discussion)|(?:(?:the )?questions and )?answers)\b.{0,40}\b(?:has|have) "
        r"been (?:\w+ )?(?:edited|condensed|abridged|shortened|translated)\b",
        r"^(?=.{0,120}$)(?:\w+ )?(?:edited|condensed) (?:and (?:\w+ )?(?:edited|condensed) )?"
        r"for (?:length|clarity|brevity)\b",
        # ... or a wire's note of what its story's update changed: "UPDATE 4 - Updates
        # toll, adds arrests", "(Updates toll, adds quotes from survivor)", "(Adds
        # details of arrests in paragraphs 9-10)"
        rf"^(?=.{{0,200}}$)(?-i:UPDATE \d+)(?:\s*[-–—:]\s*{_UPDATE_NOTE}.*)?$",
        rf"^(?=.{{0,200}}$)\({_UPDATE_NOTE}[^()]*\)$",
        # ... or on where it first ran: "This story was first published on our live page on
        # Tuesday evening.", "This article first appeared in our live blog."
        r"^(?=.{0,160}$)this (?:story|article|report|post) (?:was |has been )?"
        r"(?:first |originally )?(?:published|appeared|ran) (?:on|in) (?:our|the) live "
        r"(?:page|blog|coverage|updates)\b",
        r"^(?:the )?(?:associated press|ap|reuters|afp|yonhap|agence france-presse)$",
    )
)

_URL_LINE = re.compile(r"^(?:https?://|www\.)\S", re.IGNORECASE)
_TWO_WORDS = re.compile(r"\b[^\W\d_]{2,}\s+[^\W\d_]{2,}\b")
_PAREN_LINE = re.compile(r"^\([^()\n]{1,120}\)$")


def _key(line: str) -> str:
    return _SPACES.sub(" ", _NON_WORD.sub(" ", fold(line).lower())).strip()


def is_control_words(line: str) -> bool:
    """``line`` is all a page's control's words ("Expand", "Share this image", "Next")."""
    return _key(line) in _DEBRIS


def starts_like_url(line: str) -> bool:
    """The line begins with a web address ("http://...", "www....")."""
    return _URL_LINE.match(line) is not None


def _is_url_line(line: str) -> bool:
    return starts_like_url(line) and len(line) <= 400 and not _TWO_WORDS.search(line)


def is_boilerplate_line(line: str) -> bool:
    """True when a whole line (a paragraph) is navigation, credit, byline, contact..."""
    line = line.strip()
    if not line:
        return True
    if len(line) > _MAX_LINE:
        return False  # a long paragraph is prose
    if not _LETTER.search(line):
        return len(line) <= 24
    key = _key(line)
    if key in _DEBRIS or is_site_line(line, key):
        return True
    if (_PAREN_LINE.match(line) and is_credit(line[1:-1])) or is_credit_line(line):
        return True
    if any(p.search(line) for p in _PATTERNS) or _is_share_line(key) or is_role_line(line):
        return True
    if poster_of(line) is not None or is_picture_link(line):
        return True  # an embedded post's attribution ("— Name (@handle) December 5, 2026")
    if is_writing_credit(line):
        return True
    if _is_url_line(line) or is_date_line(line) or is_byline(line) or is_date_stamp(line):
        return True
    if is_release_line(line):
        return True  # "FOR IMMEDIATE RELEASE": a press release's, no fact
    return is_greeting(line)  # "Good morning", "Thanks for following": no fact


# The words of a share bar: "Facebook X Copy link", "Share this story: Facebook | X |
# Email", "facebook twitter kakaotalk Copy URL"; at least one names a network or a way
# of sharing.
_SHARE_WAYS_TEXT = """
    facebook twitter x whatsapp linkedin reddit telegram pinterest email e mail print copy
    link url messenger kakaotalk kakao naver band weibo wechat threads bluesky mastodon
    flipboard tumblr sms
"""
_SHARE_WAYS = frozenset(_SHARE_WAYS_TEXT.split())
_SHARE_FILLER_TEXT = "share shares sharing this article story post page on via to"
_SHARE_FILLER = frozenset(_SHARE_FILLER_TEXT.split())


def _is_share_line(key: str) -> bool:
    """``key`` (a line as `_key` gives it) is a share bar's words, two or more."""
    words = key.split()
    return (
        len(words) >= 2
        and all(w in _SHARE_WAYS or w in _SHARE_FILLER for w in words)
        and any(w in _SHARE_WAYS for w in words)
    )


def _is_list_heading(line: str) -> bool:
    if len(line) > 40:
        return False
    key = _key(line)
    # "More from the BBC", "More from Reuters"
    return key in _HEADINGS_OF_LISTS or (
        key.startswith("more from ") and _looks_like_link_title(line)
    )


def _looks_like_link_title(line: str) -> bool:
    """A headline under "Related stories": short, no sentence-final punctuation but a
    question's ("Why is Putin visiting North Korea?")."""
    return len(line) <= 160 and not line.rstrip("”\"’' ").endswith((".", "!", "…", ":"))


def boilerplate_spans(
    text: str, paragraphs: list[Span], writers: frozenset[str] = frozenset()
) -> list[Span]:
    """Boilerplate spans among ``paragraphs`` (whole lines, or a trailing credit).

    A writer's name alone on a line is boilerplate beside the writer's role ("Seoul
    correspondent") or the story's age ("2 hours ago"), or when the page names that
    writer in its metadata (``writers``, reader.ingest.bylines.writer_names: "Shaun
    Walker in Kyiv" under the headline of a page whose author is Shaun Walker). Headlines
    listed under "Related stories" and the like are boilerplate too, once the article body
    has begun (at the top, such a heading is navigation, and the line after it may be the
    article's own headline); so is a greeting or sign-off sentence inside a paragraph
    (reader.ingest.greetings), an editor's initials the story ends with ("mes",
    "(mes)": ``_closing_initials``), and a press release's "About ..." section and media
    contact block (reader.ingest.release_matter). A table's rows are never boilerplate
    (reader.ingest.table_rows): a header row of dates is no site's date stamp.
    """
    out: list[Span] = []
    seen: set[str] = set()
    in_list = False
    in_body = False
    lines = [text[p.start : p.end] for p in paragraphs]
    rows = table_rows(lines)  # a table's rows are the story's ("| Candidate | Nov. 1-4 |")
    for i, p in enumerate(paragraphs):
        line = lines[i]
        if line in seen:
            out.append(p)
            continue
        seen.add(line)
        if _is_list_heading(line):
            in_list = in_body
            out.append(p)
            continue
        if i not in rows and (
            is_boilerplate_line(line) or is_bare_byline(lines, i) or is_writers_line(line, writers)
        ):
            out.append(p)
            continue
        if in_list and _looks_like_link_title(line):
            out.append(p)
            continue
        in_list = False
        in_body = in_body or not _looks_like_link_title(line)
        credit = trailing_credit(line)
        if credit is None:  # "... #PortStrike — DHWU Carrowick (@DHWUCarrowick) December 5, 2026"
            credit = joined_attribution(line)
        if credit is not None:
            out.append(Span(p.start + credit, p.end))
            # the caption repeated without its credit, as a gallery's thumbnail strip
            # or its picture's alt text gives it, is read once
            seen.add(line[:credit].rstrip())
        # "Good morning. The chancellor delivers her first budget today, ..."
        out += [Span(p.start + start, p.start + end) for start, end in greeting_parts(line)]
    dimmed = set(out)
    initials = _closing_initials(paragraphs, lines, dimmed)
    release = [paragraphs[i] for i in release_blocks(lines, lambda i: paragraphs[i] in dimmed)]
    extra = [p for p in (*initials, *release) if p not in dimmed]
    return sorted([*out, *extra]) if extra else out


def _closing_initials(paragraphs: list[Span], lines: list[str], dimmed: set[Span]) -> list[Span]:
    """The paragraphs at the story's end that are an editor's initials ("mes", "(mes)",
    "Text: mes", reader.ingest.closing_credits), only boilerplate after them: a credit,
    as German papers sign a story. A real last line ("Ja.") is none."""
    out: list[Span] = []
    for p, line in zip(reversed(paragraphs), reversed(lines), strict=True):
        if p in dimmed:
            continue
        if not is_initials_credit(line):
            break
        out.append(p)
    return out
