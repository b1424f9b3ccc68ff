"""Tests of reader/ingest/linked_data.py: a page's JSON-LD graph read as linked, its
publisher the site, its Article's date the article's; and a Yoast SEO page through the
real extractor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.ingest import load_document
from reader.ingest.linked_data import LinkedData, linked_data
from tests.ingest.foreign_pages import YOAST_GRAPH_DE

ARTICLE = {
    "@type": "NewsArticle",
    "@id": "https://example.org/story/#article",
    "headline": "Council approves new bridge",
    "datePublished": "2024-04-09T20:25:43+02:00",
    "publisher": {"@id": "https://example.org/#organization"},
    "inLanguage": "en-US",
}
WEB_PAGE = {
    "@type": "WebPage",
    "@id": "https://example.org/story/",
    "name": "Council approves new bridge - Valley Courier",
    "datePublished": "2024-04-08T18:25:43+00:00",
}
WEB_SITE = {"@type": "WebSite", "@id": "https://example.org/#website", "name": "Valley Courier"}
ORGANIZATION = {
    "@type": "Organization",
    "@id": "https://example.org/#organization",
    "name": "Valley Courier Media",
}


def _page(*scripts: Any) -> str:
    tags = "".join(
        f'<script type="application/ld+json">{s if isinstance(s, str) else json.dumps(s)}</script>'
        for s in scripts
    )
    return f"<html><head>{tags}</head><body><p>Text.</p></body></html>"


def _graph(*nodes: dict[str, Any]) -> dict[str, Any]:
    return {"@context": "https://schema.org", "@graph": list(nodes)}


def test_the_article_s_publisher_is_the_site_and_its_date_the_article_s() -> None:
    found = linked_data(_page(_graph(WEB_PAGE, ARTICLE, WEB_SITE, ORGANIZATION)))
    assert found == LinkedData(
        publisher="Valley Courier Media",
        published="2024-04-09",
        language="en-US",
        headline="Council approves new bridge",
    )


def test_the_order_of_the_graph_changes_nothing() -> None:
    first = linked_data(_page(_graph(ORGANIZATION, WEB_SITE, WEB_PAGE, ARTICLE)))
    second = linked_data(_page(_graph(ARTICLE, WEB_PAGE, WEB_SITE, ORGANIZATION)))
    assert first == second


def test_a_publisher_named_in_the_article_needs_no_link() -> None:
    article = {**ARTICLE, "publisher": {"@type": "Organization", "name": "AP News"}}
    assert linked_data(_page(_graph(WEB_PAGE, article))).publisher == "AP News"


def test_without_a_publisher_the_web_site_names_the_site() -> None:
    article = {k: v for k, v in ARTICLE.items() if k != "publisher"}
    assert linked_data(_page(_graph(WEB_PAGE, article, WEB_SITE))).publisher == "Valley Courier"


def test_a_web_page_alone_names_no_site_and_dates_no_article() -> None:
    assert linked_data(_page(_graph(WEB_PAGE))) == LinkedData()


def test_several_articles_date_none() -> None:
    other = {**ARTICLE, "@id": "https://example.org/other/#article", "datePublished": "2023-01-01"}
    assert linked_data(_page(_graph(ARTICLE, other))).published is None


def test_scripts_that_are_not_json_are_skipped() -> None:
    found = linked_data(_page("{not json", {"@context": "https://schema.org", **ARTICLE}))
    assert found.published == "2024-04-09"


def test_a_page_without_json_ld_says_nothing() -> None:
    assert linked_data("<html><body><p>Text.</p></body></html>") == LinkedData()


@pytest.fixture
def yoast_page(tmp_path: Path) -> Path:
    path = tmp_path / "g7.html"
    path.write_text(YOAST_GRAPH_DE, encoding="utf-8")
    return path


def test_a_yoast_page_is_published_by_its_organization_not_titled_as_its_web_page(
    yoast_page: Path,
) -> None:
    """trafilatura took the WebPage's name ("headline - site") for the site's."""
    assert load_document(yoast_page).source == "Werdenfelser Bote"


def test_a_yoast_page_is_dated_by_its_article_not_its_web_page(yoast_page: Path) -> None:
    """The WebPage, first in the graph, is dated in UTC (the evening before); the Article
    in local time, as its dateline ("Garmisch-Partenkirchen, 5. Juni 2024")."""
    assert load_document(yoast_page).date == "2024-06-05"


def test_a_yoast_page_is_titled_by_its_article_s_headline(yoast_page: Path) -> None:
    doc = load_document(yoast_page)
    assert doc.title == "G7-Gipfel: Einigung auf Klimafonds in Elmau"
    assert doc.slice(doc.paragraphs[0]) == doc.title


def test_a_yoast_page_s_writer_is_put_back_in_german_and_dimmed(yoast_page: Path) -> None:
    doc = load_document(yoast_page)
    assert doc.slice(doc.paragraphs[1]) == "Von Anna Müller"
    assert [doc.slice(b) for b in doc.boilerplate] == ["Von Anna Müller"]


def test_the_article_s_writers_are_read_as_persons_names_or_linked_persons() -> None:
    person = {"@type": "Person", "@id": "https://example.org/#/person/1", "name": "Ana Lee"}
    article = {
        **ARTICLE,
        "author": [
            {"@id": "https://example.org/#/person/1"},
            {"@type": "Person", "name": "Tom Park"},
            "Eva Ruiz",
            {"@type": "Person", "name": "https://example.org/profile/x"},
        ],
    }
    found = linked_data(_page(_graph(article, person)))
    assert found.authors == ("Ana Lee", "Tom Park", "Eva Ruiz")


def _live_blog(*updates: dict[str, Any]) -> dict[str, Any]:
    return {"@type": "LiveBlogPosting", "headline": "Live", "liveBlogUpdate": list(updates)}


def test_a_live_blog_s_updates_are_read_with_their_clock_times() -> None:
    found = linked_data(
        _page(
            _live_blog(
                {
                    "headline": "Rates held",
                    "datePublished": "2024-12-19T03:05:00Z",
                    "articleBody": "The bank held rates.\nOne member dissented.",
                },
                {"headline": "Yen falls", "datePublished": "2024-12-19T13:15:00+09:00"},
                {"articleBody": "<p>No time.</p>"},
                {"headline": "A date alone", "datePublished": "2024-12-19"},
            )
        )
    )
    assert [(u.time, u.headline, u.body) for u in found.updates] == [
        ("03:05 UTC", "Rates held", ("The bank held rates.", "One member dissented.")),
        ("13:15 UTC+9", "Yen falls", ()),
    ]


@pytest.mark.parametrize(
    ("published", "time", "day"),
    [
        ("2024-06-19T16:32:00+02:00", "16:32 UTC+2", "2024-06-19"),
        ("2024-06-20T00:40:00+02:00", "00:40 UTC+2", "2024-06-20"),
        ("2024-06-19T21:02:00+05:30", "21:02 UTC+5:30", "2024-06-19"),
        ("2024-06-18T22:15:00-04:00", "22:15 UTC-4", "2024-06-18"),
        ("2024-06-19T09:41:00.000Z", "09:41 UTC", "2024-06-19"),
        ("2024-06-19T16:32:00+00:00", "16:32 UTC", "2024-06-19"),
        ("2024-06-19T16:32:00", "16:32", "2024-06-19"),
    ],
)
def test_an_update_s_time_keeps_its_zone_and_its_day(published: str, time: str, day: str) -> None:
    """The site's own clock time with its offset from UTC, and the day in that zone (the
    reader's "16:32" of "+02:00" is no "16:32 UTC")."""
    update = {"headline": "Dam holds", "datePublished": published}
    found = linked_data(_page(_live_blog(update))).updates[0]
    assert (found.time, found.day) == (time, day)


def test_markup_in_an_update_s_body_breaks_its_paragraphs() -> None:
    update = {
        "datePublished": "2024-12-19T03:05",
        "articleBody": "<p>One.</p><p>Two &amp; three.</p>",
    }
    found = linked_data(_page(_live_blog(update)))
    assert found.updates[0].time == "03:05"
    assert found.updates[0].body == ("One.", "Two & three.")
