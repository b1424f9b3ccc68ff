"""Tests of reader/ingest/comment_sections.py: readers' comments under a story (a section
headed "37 Comments", "Your views", "Top comments", or comments told by their "Reply"
button and their age, "2 hours ago") are no part of the story, and the story is kept
whole beside them."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from reader.ingest import document_from_text
from reader.ingest.comment_sections import comment_sections

_STORY = (
    "<h1>Bridge in Harlow Vale closed after cracks found</h1>"
    "<p>The Kessler Street bridge in Harlow Vale was closed on Monday after inspectors"
    " found cracks in two of its steel beams, the county said.</p>"
    "<p>About 8,000 vehicles cross the bridge each day. Repairs are expected to take"
    " six weeks and cost $1.2 million.</p>"
    '<p>"We will not take chances with people\'s safety," said county engineer Ruth'
    " Alvarez.</p>"
)
_COMMENT = (
    '<div class="{cls}"><div><span>{user}</span> <span>{age}</span></div><p>{text}</p>'
    '<div><a href="#">Reply</a> <a href="#">Like (3)</a> <a href="#">Report</a></div></div>'
)


def _comments(cls: str) -> str:
    """Two comments, each a <div class=``cls``> (a user, an age, the words, buttons)."""
    first = "It was 12,000 cars a day, not 8,000!"
    second = 'Ruth Alvarez said "it is perfectly safe" last year.'
    return _COMMENT.format(cls=cls, user="JohnSmith1972", age="2 hours ago", text=first) + (
        _COMMENT.format(cls=cls, user="Maria K.", age="3h", text=second)
    )


def _text(page: str) -> str:
    return document_from_text(page, fmt="html").text


def _page(after: str) -> str:
    return (
        "<html><head><title>Bridge in Harlow Vale closed after cracks found</title></head>"
        f"<body><main><article>{_STORY}</article>{after}</main></body></html>"
    )


# was the first comment read as the story's first line (trafilatura picked it up)
@pytest.mark.parametrize(
    "after",
    [
        # a section the site names otherwise than "comments", headed
        '<section class="discussion"><h2>37 Comments</h2><div class="thread">'
        + _comments("post")
        + "</div></section>",
        # a heading over the comments, as siblings of the story
        "<h2>Your views</h2>" + _comments("entry"),
        # no heading: told by "Reply" and "2 hours ago"
        '<div class="thread">' + _comments("post") + "</div>",
    ],
)
def test_comments_under_a_story_are_left_out(after: str) -> None:
    text = _text(_page(after))
    assert "12,000" not in text and "perfectly safe" not in text
    assert "JohnSmith1972" not in text and "Maria K." not in text
    assert "8,000 vehicles" in text and "Ruth Alvarez" in text


@pytest.mark.parametrize(
    "heading",
    [
        "37 Comments",
        "Comments (112)",
        "Top comments",
        "Your views",
        "Readers' letters",
        "Have your say",
        "Kommentare",
        "Commentaires",
    ],
)
def test_a_heading_names_a_comment_section(heading: str) -> None:
    tree = lxml_html.fromstring(
        f"<html><body><h1>A</h1><p>story</p><div><h3>{heading}</h3><p>Ann W., Brackenford</p>"
        "<p>Where are the defences?</p></div></body></html>"
    )
    assert [e.tag for e in comment_sections(tree)] == ["div"]


# a crosshead that merely mentions comments heads part of the story
@pytest.mark.parametrize("heading", ["Public comments closed in May", "What the letters say"])
def test_a_crosshead_of_the_story_is_no_comment_section(heading: str) -> None:
    tree = lxml_html.fromstring(
        f"<html><body><article><h1>A</h1><p>story</p><div><h2>{heading}</h2>"
        "<p>More of the story.</p></div></article></body></html>"
    )
    assert comment_sections(tree) == []


def test_the_story_s_own_age_and_a_button_are_no_comment() -> None:
    # the story's header: "Updated 2 hours ago", a "Report" link in its body
    page = (
        "<html><head><title>T</title></head><body><article><h1>Bridge closed</h1>"
        "<p><span>Updated 2 hours ago</span></p>"
        '<p>The bridge was closed. <a href="/r">Report</a></p>'
        "<p>The bridge was closed on Monday after inspectors found cracks.</p>"
        "</article></body></html>"
    )
    assert comment_sections(lxml_html.fromstring(page)) == []


def test_one_comment_alone_is_kept() -> None:
    # two at least make a comment section: one "Reply" beside one age may be anything
    tree = lxml_html.fromstring(
        "<html><body><h1>A</h1><div>"
        + _COMMENT.format(cls="c", user="Ann", age="1 day ago", text="Some text.")
        + "</div></body></html>"
    )
    assert comment_sections(tree) == []


def test_a_story_section_headed_reactions_is_kept() -> None:
    """A story's section of world leaders' reactions is the story's, not its readers'."""
    tree = lxml_html.fromstring(
        "<html><body><article><h1>Treaty signed</h1><p>The treaty was signed.</p>"
        "<h2>Reactions</h2><p>Seoul condemned the pact.</p>"
        "<h2>Réactions</h2><p>Paris a condamné le pacte.</p></article></body></html>"
    )
    assert comment_sections(tree) == []
