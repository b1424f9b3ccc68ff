"""What a browser makes of the HTML export's style sheet, as far as its text is concerned:
the colour, background, weight and underline of every piece of text on the page.

A small cascade for the selectors the export uses (``tag``, ``tag.class``, ``.class`` and
descendants of those): the most specific rule wins, then the later; colour, weight and
underline are inherited (a browser draws an ancestor's underline under its descendants'
text), a background comes from the nearest element with a ``background-color`` rule or a
``bgcolor`` attribute, the page's is white. The WCAG formula is written out here again,
so the checks do not take the export's word for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

PAGE = "#FFFFFF"
INHERITED = frozenset(
    {
        "color",
        "font-weight",
        "text-decoration-line",
        "text-decoration-style",
        "text-decoration-color",
        "text-underline-style",
    }
)
_VOID = frozenset({"br", "meta", "img", "hr", "input", "link"})


def luminance(colour: str) -> float:
    def channel(value: str) -> float:
        c = int(value, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, other: str) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@dataclass(frozen=True)
class Rule:
    selector: tuple[tuple[str, frozenset[str]], ...]  # (tag or "", classes) outermost first
    properties: dict[str, str]
    specificity: tuple[int, int, int]  # classes, tags, order in the sheet


@dataclass
class Text:
    """One piece of text as the page shows it."""

    text: str
    style: dict[str, str]  # inherited properties, resolved
    background: str
    background_image: str | None


def parse_sheet(sheet: str) -> list[Rule]:
    rules = []
    for order, (selectors, body) in enumerate(re.findall(r"([^{}]+)\{([^}]*)\}", sheet)):
        properties = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                properties[name.strip()] = value.strip()
        for selector in selectors.split(","):
            parts = []
            for part in selector.split():
                tag, *classes = part.split(".")
                parts.append((tag, frozenset(classes)))
            n_classes = sum(len(c) for _, c in parts)
            n_tags = sum(1 for t, _ in parts if t)
            rules.append(Rule(tuple(parts), properties, (n_classes, n_tags, order)))
    return rules


@dataclass
class _Element:
    tag: str
    classes: frozenset[str]
    bgcolor: str | None
    style: dict[str, str]
    background: str
    background_image: str | None


def _matches(part: tuple[str, frozenset[str]], element: _Element) -> bool:
    tag, classes = part
    return (not tag or tag == element.tag) and classes <= element.classes


def _applies(rule: Rule, chain: list[_Element]) -> bool:
    """``rule`` applies to the last element of ``chain`` (its ancestors before it)."""
    *outer, last = rule.selector
    if not _matches(last, chain[-1]):
        return False
    ancestors = chain[:-1]
    for part in reversed(outer):
        while ancestors and not _matches(part, ancestors[-1]):
            ancestors = ancestors[:-1]
        if not ancestors:
            return False
        ancestors = ancestors[:-1]
    return True


class _Styler(HTMLParser):
    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(convert_charrefs=True)
        self.rules = sorted(rules, key=lambda r: r.specificity)
        self.chain: list[_Element] = []
        self.texts: list[Text] = []
        self.in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        element = _Element(tag, frozenset((found.get("class") or "").split()), None, {}, PAGE, None)
        parent = self.chain[-1] if self.chain else None
        chain = [*self.chain, element]
        own: dict[str, str] = {}
        for rule in self.rules:  # least specific first: the later ones win
            if _applies(rule, chain):
                own.update(rule.properties)
        inherited = {k: v for k, v in (parent.style if parent else {}).items() if k in INHERITED}
        element.style = inherited | {k: v for k, v in own.items() if k in INHERITED}
        element.background = (
            own.get("background-color")
            or found.get("bgcolor")
            or (parent.background if parent else PAGE)
        )
        element.background_image = own.get("background-image") or (
            parent.background_image if parent else None
        )
        if tag == "body":
            self.in_body = True
        if tag not in _VOID:
            self.chain.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self.chain:  # close up to the element this tag ends
            if self.chain.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_body and data.strip() and self.chain:
            here = self.chain[-1]
            style = dict(here.style)
            self.texts.append(Text(data.strip(), style, here.background, here.background_image))


def page_texts(page: str) -> list[Text]:
    """Every piece of text in the page's body, with how it is shown."""
    sheet = re.search(r"<style>(.*?)</style>", page, re.S)
    assert sheet is not None
    styler = _Styler(parse_sheet(sheet[1]))
    styler.feed(page)
    return styler.texts
