"""Tests of reader/ingest/story_boxes.py: a box of the story's prose set beside it in an
<aside> (a poll's methodology) is read; the sidebars of a page are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import load_document

_METHOD = (
    '<aside class="methodology"><h3>Methodology</h3>'
    "<p>The poll was conducted Nov. 1-4, 2026, among a sample of 1,012 likely voters.</p>"
    "<p>The margin of error for the full sample is plus or minus 3.1 percentage points.</p>"
    "</aside>"
)
_RELATED = (
    '<aside class="related"><h2>Related</h2><ul>'
    '<li><a href="/a">Okafor and Lindqvist clash over housing in a televised debate</a></li>'
    '<li><a href="/b">Where the candidates stand on health care and the economy</a></li>'
    "</ul></aside>"
)
_NEWSLETTER = (
    '<aside class="newsletter"><h2>Get the Election Brief</h2>'
    "<p>Sign up for our daily newsletter on the race for governor of Ardenne.</p></aside>"
)


def _page(box: str) -> str:
    return f"""<html><head><title>Okafor leads in new poll</title></head><body><article>
<h1>Okafor leads in new poll</h1>
<p>Margaret Okafor leads Daniel Lindqvist 42% to 38% among likely voters in the race for
governor, according to a new Brightline Research poll.</p>
<p>Okafor's lead is built on younger voters, the pollster said on Friday.</p>
{box}
</article></body></html>"""


def _text(tmp_path: Path, box: str) -> str:
    path = tmp_path / "poll.html"
    path.write_text(_page(box), encoding="utf-8")
    return load_document(path).text


# was dropped, as trafilatura drops every <aside>: the poll's sample and margin lost
def test_a_box_of_the_story_s_prose_is_read(tmp_path: Path) -> None:
    text = _text(tmp_path, _METHOD)
    assert "among a sample of 1,012 likely voters" in text
    assert "plus or minus 3.1 percentage points" in text


@pytest.mark.parametrize("box", [_RELATED, _NEWSLETTER])
def test_a_sidebar_is_not_read(tmp_path: Path, box: str) -> None:
    text = _text(tmp_path, box)
    assert "televised debate" not in text
    assert "Sign up" not in text
