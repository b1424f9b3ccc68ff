"""Boilerplate in plain-text pastes: navigation, credits, bylines, contact lines...

Works line by line (a paragraph is a line). A boilerplate span is kept visible in the
pane (dimmed) but never matched. Captions are *not* boilerplate (they carry facts);
only a trailing photo credit in parentheses at the end of a caption is.
"""

from __future__ import annotations

import re

from reader.ingest.agencies import SHORT_AGENCIES
from reader.ingest.bylines import is_foreign_byline
from reader.ingest.calendar_words import OTHER_DAY_OR_MONTH, OTHER_SHORT_MONTHS, alternation
from reader.ingest.greetings import greeting_parts, is_greeting
from reader.ingest.normalize import fold
from reader.ingest.site_lines import is_site_line
from reader.ingest.stamp_words import PUBLISHED, STAMP_FILLERS, UPDATED
from reader.model.span import Span

__all__ = [
    "boilerplate_spans",
    "is_boilerplate_line",
    "is_byline",
    "is_date_line",
    "starts_like_url",
    "trailing_credit",
]

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
_DIGIT = re.compile(r"\d")

_DAY_OR_MONTH = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # Headline links: "RELATED: ...", "READ MORE: ...", "See also ..."
        r"^(?:related|read more|read also|also read|see also|more|watch|listen|"
        r"recommended|trending)\s*[:|»›>]",
        r"^see also\b",
        # Advertisements labelled as such: "Sponsored: Buy gold now", "Advertisement - ..."
        r"^(?=.{0,200}$)(?:sponsored|sponsored content|advertisement|advertising|ad|"
        r"promoted|paid content|paid post|partner content)\s*[:|»›>–—-]\s*\S",
        # Photo credits as whole lines.
        r"^(?:photo|photos|photograph|picture|image|images|credit|credits|photo credit|"
        r"image credit|source|video|file photo|illustration|graphic)\s*:\s*\S.{0,80}$",
        r"^(?=.{0,70}$).*\b(?:getty images|ap photo|afp photo|reuters photo|shutterstock|"
        r"epa-efe|via getty|pool photo|file photo)\b.{0,60}$",
        # Posted / updated / published lines with a date or time.
        rf"^(?=.{{0,120}}$)(?:(?:article|story) )?(?:posted|published|updated|modified|"
        rf"last updated|last modified|first published|date|dated)(?:\s+on)?\s*[:|-]?\s*"
        rf"(?:\d|(?:{_DAY_OR_MONTH})\b)",
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
        r"^(?:please )?(?:turn on|enable) javascript\b",
        r"^get (?:the latest|our top|the top|breaking) .{0,60}\b(?:inbox|email)\W*$",
        r"^(?=.{0,80}$)(?:get|have)\b.{0,50}\b(?:in|to|into|delivered to) your inbox\W*$",
        # An embedded post's attribution: "— County Emergency (@CountyEM) March 13, 2024",
        # its picture link, Instagram's "A post shared by ...".
        rf"^[—–-]{{1,2}}\s*[^\n]{{1,80}}\(@\w{{1,30}}\)(?:\s+(?:on\s+)?(?:{_DAY_OR_MONTH})\b"
        rf"[\w ,.:]{{0,30}})?$",
        r"^(?:https?://)?pic\.twitter\.com/\w+$",
        r"^a (?:post|video|photo|reel) shared by\b.{0,80}$",
        # Bylines and credits of the writing.
        r"^(?:reporting|writing|editing|written|edited|compiled|story|text|words|"
        r"additional reporting|contributing) by\b.{0,120}$",
        r"^\((?:reporting|writing|editing|additional reporting)\b.{0,200}\)$",
        r"^(?=.{0,200}$).*\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b",
        # "Choe Sang-Hun contributed reporting from Seoul.", as American papers credit
        # (a name's initials and "Mr." within the sentence, no other sentence before it)
        r"^(?=.{0,160}$)(?:[^.!?]|(?-i:(?<=[A-Z])\.)|(?<=Mr|Ms|Dr|Jr|St)\.){0,100}"
        r"\bcontributed (?:additional )?reporting\b[^!?]{0,60}$",
        # An editor's note on the story's own version: "This story has been updated with
        # additional information.", "This is a developing story and will be updated."
        r"^(?=.{0,160}$)this (?:story|article|report|post|page) (?:has been|was|is being|"
        r"will be) updated\b",
        r"^(?=.{0,160}$)this is a developing (?:news )?story\b",
        r"^(?:the )?(?:associated press|ap|reuters|afp|yonhap|agence france-presse)$",
    )
)
# A writer's role and whereabouts under the name, as the BBC prints them: "Seoul
# correspondent", "Reporting from Seoul", "BBC News"; and how long ago a story was posted
# ("19 hrs ago", "2 days ago"). Boilerplate, and beside a bare name, they make it a byline.
_ROLE_LINES: tuple[re.Pattern[str], ...] = (
    re.compile(r"^(?=.{0,50}$)(?:[\w'’-]+\s+){0,3}(?:correspondent|editor|reporter)$", re.I),
    re.compile(r"^(?=.{0,60}$)reporting from [^\W\d_][\w .,'’-]*$", re.I),
    re.compile(  # the BBC as the writer's desk ("BBC News", "BBC News, Seoul"), not a headline
        r"^BBC (?:News|World Service|Verify|Monitoring|Sport)(?:,? [A-Z][\w'’-]*){0,2}$"
    ),
)
_AGO_LINE = re.compile(
    r"^(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|"
    r"wks?|weeks?|months?|years?)\s+ago$",
    re.IGNORECASE,
)

_NAME_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]{2,}|and|de|van|von|al|bin|da|di|del|la|le)"
# A writer's name on a line of its own, as the BBC prints it above the role: "Jean
# Mackenzie", "Rupert Wingfield-Hayes", "Laura Bicker and Jean Mackenzie"
_BARE_NAME = re.compile(rf"^(?=[^\d]{{4,60}}$)[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{1,6}}$")
_BYLINE = re.compile(
    rf"^(?i:by)\s+(?!(?i:{_DAY_OR_MONTH}|the|a|an|this|that|then|now|far|contrast|"
    rf"comparison|law|mid|early|late|noon|night)\b)[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{0,6}}"
    r"\s*(?:[,|/–—-]\s*[^\n.!?]{0,80})?$"
)

# "By The Associated Press", "By The Times Staff"
_BYLINE_THE = re.compile(r"^(?i:by)\s+The\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")

# a day and another language's short month: "19. Jun.", "19 juil.", "19 de ene"
_DAY_SHORT_MONTH = (
    rf"\d{{1,2}}(?:\.|er|º|°)?\s*(?:de\s+)?(?:{alternation(OTHER_SHORT_MONTHS)})\b\.?"
)
# Date-only lines: every token a weekday, month, number, time, zone or filler.
_DATE_TOKEN = re.compile(
    rf"{_DAY_SHORT_MONTH},?"
    r"|\d{1,2}(?::\d{2}){1,2}(?:am|pm|a|p)?[.,:]?|\d{1,2}(?:am|pm)[.,]?"
    # "14h30", "14h", as French and Portuguese write it, "14 h 30" as French papers set it
    r"|\d{1,2}\s?h(?:\s?\d{2})?\b[.,]?"
    r"|\d{1,2}\.\d{2}(?:am|pm)[.,]?"  # "06.42pm IST", as Indian and British papers write
    rf"|(?:{_DAY_OR_MONTH}|{OTHER_DAY_OR_MONTH})\b\.?,?"
    r"|\d{1,4}(?:[-/.:]\d{1,4}){0,2}(?:st|nd|rd|th|er|º|°)?[.,]?"
    r"|(?:am|pm|a\.m\.|p\.m\.|a\.|p\.|m\.)[.,]?"
    r"|(?:[ecmp][sd]t|gmt|utc|bst|kst|jst|ist|aest|aedt|cet|cest|mez|mesz|et|pt|ct|hkt|sgt|msk)\b"
    r"|\(?(?:gmt|utc)\s?[+-]\s?\d{1,2}(?::?\d{2})?\)?"
    r"|hrs|h|[|,:\-–—•/@]"
    rf"|(?:{STAMP_FILLERS})\b"
    # "Published:", "Publié le", "Veröffentlicht am", "Stand:", "Mis à jour le"
    rf"|(?:(?:article|story)\s+)?(?:{PUBLISHED}|{UPDATED}|date|dated)\b[:.]?",
    re.IGNORECASE,
)
_DATE_ANCHOR = re.compile(
    rf"\b(?:{_DAY_OR_MONTH}|{OTHER_DAY_OR_MONTH})\b|\b{_DAY_SHORT_MONTH}"
    r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
    r"|\b\d{1,2}:\d{2}"
    # "11h40", "11 h 40": a French or Portuguese live blog's update time
    r"|\b\d{1,2}\s?h\s?\d{2}\b"
    # a time with a dot, as British and German papers write it: "11.32 GMT", "6.40pm",
    # "14.32 Uhr" (a live blog's update times); a zone, am/pm or "Uhr" is needed, "3.45"
    # alone being a number, or the word for "at" before it ("a las 14.32", "um 14.32")
    r"|\b\d{1,2}\.\d{2}\s?(?:[ap]m\b|[ap]\.m\.|(?:gmt|utc|bst|cet|cest|ist|aest|aedt|uhr|h)\b)"
    r"|\b(?:a\s+las|alle(?:\s+ore)?|ore|às|um|à)\s+\d{1,2}\.\d{2}\b",
    re.IGNORECASE,
)
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S", re.IGNORECASE)
_TWO_WORDS = re.compile(r"\b[^\W\d_]{2,}\s+[^\W\d_]{2,}\b")
_PAREN_LINE = re.compile(r"^\([^()\n]{1,120}\)$")
_TRAILING_PAREN = re.compile(r"(?<=[.!?”\"’'])\s+(\([^()\n]{1,80}\))$")
_BARE_TRAILING_PAREN = re.compile(r"\w\s+(\([^()\n]{1,40}\))$")
# a caption's credit after its last sentence: "... in Athens. Photo: Reuters"
_TRAILING_LABEL = re.compile(
    r"(?<=[.!?”\"’'])\s+((?:Photo|Photograph|Picture|Image|Credit|Photo credit)s?\s*:\s*"
    r"([^\n:]{1,60}))$",
    re.IGNORECASE,
)
# an agency's credit after a caption's last sentence, the agency and the photographer
# set off by a slash, as Reuters writes it: "... in Tokyo. REUTERS/Kim Kyung-Hoon", with
# the link it puts after it ("Purchase Licensing Rights")
_TRAILING_SLASHED = re.compile(r"(?<=[.!?”\"’'])\s+([A-Z][^\n.!?/]{0,40}/[^\n.!?]{1,60})$")
_LICENSING = re.compile(r"(?<=\s)purchase licensing rights\W*$", re.IGNORECASE)
_CREDIT_BODY = re.compile(
    r"^(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
    r"(?:\s*/\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})*$"
)
_CREDIT_WORD = re.compile(
    r"\b(?:photo|photos|credit|courtesy|via|getty|afp|ap|reuters|yonhap|epa|xinhua|"
    r"kcna|tass|sputnik|pool|file)\b",
    re.IGNORECASE,
)


def _key(line: str) -> str:
    return _SPACES.sub(" ", _NON_WORD.sub(" ", fold(line).lower())).strip()


def is_date_line(line: str) -> bool:
    """True when ``line`` is only a date/time ("Sunday, February 24, 2013", "2013-02-24"),
    or a dateline: a full date with up to three place or agency words in capitals or before
    a comma ("WASHINGTON, DC, April 28, 2009", "TNN Nov 12, 2011, 05. 51AM IST MUMBAI:"),
    also with a relative update after it ("September 30, 2023 11:41 PM UTC · Updated 2
    hours ago")."""
    line = line.strip()
    tail = _UPDATED_TAIL.search(line)
    if tail is not None and tail.start() > 0:
        line = line[: tail.start()]
    if len(line) > 80 or not _DIGIT.search(line) or not _DATE_ANCHOR.search(line):
        return False
    pos = 0
    n = len(line)
    places = 0
    while pos < n:
        if line[pos].isspace():
            pos += 1
            continue
        # the longer reading: "ATHENS," is a place, not the time zone "AT" and more
        found = [x for x in (_DATE_TOKEN.match(line, pos), _DATELINE_PLACE.match(line, pos)) if x]
        m = max(found, key=lambda x: x.end()) if found else None
        if m is None or m.end() == pos:
            return False
        end = m.end()
        if end < n and line[end].isalnum() and line[end - 1].isalnum():
            return False  # a word's first letters ("Mon" of "Monaco"); "Moskau/Seoul" goes on
        places += m.re is _DATELINE_PLACE
        pos = end
    return places == 0 or (places <= 3 and _FULL_DATE.search(line) is not None)


# "... · Updated 2 hours ago", "... | Last updated 5 mins ago": how long ago a page changed
_UPDATED_TAIL = re.compile(
    r"\s*[·|•]?\s*\b(?:updated|last updated|modified)\b\s*:?\s*(?:\d{1,3}|an?|one)\s+"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\s*$",
    re.IGNORECASE,
)


# A place or agency in a dateline: capitals ("MUMBAI:", "TNN", "UK"), capitalised words
# before a comma ("Washington,", "New York,", "Port Ellis,") or an agency in brackets
# ("(AP)", "(Reuters)").
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"  # Latin letters, accented ones included
# agencies written in small letters: "Hamburg, 19. Juni 2024 (dpa)", "(sda)"
_SMALL_AGENCIES = SHORT_AGENCIES
# a capitalised word, hyphenated as places are ("Garmisch-Partenkirchen", "Saint-Denis",
# "Aix-en-Provence")
_PLACE_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-(?:[{_LOWER}]{{1,3}}-)?[{_UPPER}][{_LOWER}]+)*"
_DATELINE_PLACE = re.compile(
    rf"[{_UPPER}]{{2,}}(?![{_LOWER}])[:,]?"
    rf"|{_PLACE_WORD}(?:\.)?(?:\s(?:[a-z]{{1,3}}\s)?{_PLACE_WORD}\.?){{0,2}}"
    r"(?:,|(?=/)|(?=\s*\())"
    # a state's or a district's initials after the place: "WASHINGTON, D.C.,", "N.C."
    rf"|(?:[{_UPPER}]\.){{1,3}}(?![{_UPPER}{_LOWER}])[:,]?"
    rf"|\((?:[A-Z]{{2,}}|[A-Z][a-z]+|{_SMALL_AGENCIES})\)[:,]?|(?:{_SMALL_AGENCIES})\b"
)
_FULL_DATE = re.compile(
    rf"\b(?:{_DAY_OR_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_DAY_OR_MONTH})\.?,?\s+(?:19|20)\d\d\b"
    r"|\b\d{1,4}[-/]\d{1,2}[-/]\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b"
    # day first in other languages: "19. Juni 2024", "1er juin 2024", "19 de junio de 2024"
    rf"|\b\d{{1,2}}(?:\.|er|º|°)?\s*(?:de\s+)?"
    rf"(?:{OTHER_DAY_OR_MONTH}|{alternation(OTHER_SHORT_MONTHS)})\.?\s+(?:de\s+|del\s+)?"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def starts_like_url(line: str) -> bool:
    """The line begins with a web address ("http://...", "www....")."""
    return _URL_LINE.match(line) is not None


def _is_url_line(line: str) -> bool:
    return starts_like_url(line) and len(line) <= 400 and not _TWO_WORDS.search(line)


def is_byline(line: str) -> bool:
    """``line`` is a byline: "By Lee Je-hun, senior staff writer", "By The Associated
    Press", or one in another language ("Von Anna Müller", "Par Jean Dupont et Marie
    Martin", reader.ingest.bylines)."""
    line = line.strip()
    return len(line) <= 100 and bool(
        _BYLINE.match(line) or _BYLINE_THE.match(line) or is_foreign_byline(line)
    )


def trailing_credit(line: str) -> int | None:
    """Offset in ``line`` of a trailing photo credit like ``(AFP/Yonhap)``, ``Photo:
    Reuters`` or ``REUTERS/Kim Kyung-Hoon Purchase Licensing Rights``, or None."""
    m = _TRAILING_LABEL.search(line)
    if m is not None and _is_credit(m.group(2)):
        return m.start(1)
    licensing = _LICENSING.search(line)
    if licensing is not None:
        body = line[: licensing.start()].rstrip()
        m = _TRAILING_SLASHED.search(body)
        return m.start(1) if m is not None and _is_credit(m.group(1)) else licensing.start()
    m = _TRAILING_SLASHED.search(line)
    if m is not None and _CREDIT_BODY.match(m.group(1)):
        return m.start(1)
    m = _TRAILING_PAREN.search(line)
    if m is not None:
        return m.start(1) if _is_credit(m.group(1)[1:-1]) else None
    # A caption without a final period: only an unmistakable credit ("(AFP/Yonhap)").
    m = _BARE_TRAILING_PAREN.search(line)
    if m is not None and _CREDIT_WORD.search(m.group(1)) and len(m.group(1)) <= 42:
        return m.start(1)
    return None


# A picture's credit as a line of its own, under its caption: names joined by slashes or
# "via", one of them an agency's ("Gavriil Grigorov/Sputnik/AFP", "KCNA via Reuters").
_CREDIT_NAMES = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
_CREDIT_LINE = re.compile(rf"^{_CREDIT_NAMES}(?:\s*(?:/|\bvia\b)\s*{_CREDIT_NAMES})+$")


def _is_credit_line(line: str) -> bool:
    return len(line) <= 80 and bool(_CREDIT_LINE.match(line) and _CREDIT_WORD.search(line))


def _is_credit(body: str) -> bool:
    """``AFP/Yonhap``, ``AP Photo/Ahn Young-joon``, ``KCNA via AP``, ``Reuters``."""
    body = body.strip()
    return bool(_CREDIT_BODY.match(body)) or (bool(_CREDIT_WORD.search(body)) and len(body) <= 60)


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
    if (_PAREN_LINE.match(line) and _is_credit(line[1:-1])) or _is_credit_line(line):
        return True
    if any(p.search(line) for p in _PATTERNS) or _is_share_line(key) or _is_role_line(line):
        return True
    if _is_url_line(line) or is_date_line(line) or is_byline(line) or _is_date_stamp(line):
        return True
    return is_greeting(line)  # "Good morning", "Thanks for following": no fact


def _is_role_line(line: str) -> bool:
    """``line`` is a writer's role or desk, or how long ago the story was posted, as a
    byline prints them beside the writer's name (_ROLE_LINES, _AGO_LINE)."""
    return bool(_AGO_LINE.match(line)) or any(p.match(line) for p in _ROLE_LINES)


def _is_bare_byline(lines: list[str], i: int) -> bool:
    """``lines[i]`` is a writer's name alone, in a byline: beside a line of the writer's
    role or desk or of how long ago the story was posted ("Jean Mackenzie" above "Seoul
    correspondent"). A name-like line elsewhere in the article stays."""
    if not _BARE_NAME.match(lines[i].strip()):
        return False
    beside = lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]
    return any(_is_role_line(line.strip()) for line in beside)


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


# A byline's parts set off by bars or dots: "Anna Berg · Political correspondent · 12 Mar
# 2024", "March 12, 2024 · 5 min read".
_SET_OFF = re.compile(r"\s+[|·•]\s+")
_STAMP_LINE = 120
_STAMP_PART_WORDS = 5


def _is_date_stamp(line: str) -> bool:
    """``line`` is a date set off by bars or dots among short parts (a name, a role, a
    reading time), as a site prints it under the headline."""
    if len(line) > _STAMP_LINE:
        return False
    parts = _SET_OFF.split(line)
    return (
        len(parts) > 1
        and any(is_date_line(p) for p in parts)
        and all(
            is_date_line(p)
            or (len(p.split()) <= _STAMP_PART_WORDS and not p.endswith((".", "!", "?")))
            for p in parts
        )
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


def boilerplate_spans(text: str, paragraphs: list[Span]) -> list[Span]:
    """Boilerplate spans among ``paragraphs`` (whole lines, or a trailing credit).

    A writer's name alone on a line is boilerplate beside the writer's role ("Seoul
    correspondent") or the story's age ("2 hours ago"). Headlines listed under "Related
    stories" and the like are boilerplate too, once the article body has begun (at the
    top, such a heading is navigation, and the line after it may be the article's own
    headline); so is a greeting or sign-off sentence inside a paragraph
    (reader.ingest.greetings).
    """
    out: list[Span] = []
    seen: set[str] = set()
    in_list = False
    in_body = False
    lines = [text[p.start : p.end] for p in paragraphs]
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
        if is_boilerplate_line(line) or _is_bare_byline(lines, i):
            out.append(p)
            continue
        if in_list and _looks_like_link_title(line):
            out.append(p)
            continue
        in_list = False
        in_body = in_body or not _looks_like_link_title(line)
        credit = trailing_credit(line)
        if credit is not None:
            out.append(Span(p.start + credit, p.end))
        # "Good morning. The chancellor delivers her first budget today, ..."
        out += [Span(p.start + start, p.start + end) for start, end in greeting_parts(line)]
    return out
