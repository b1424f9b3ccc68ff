"""The test pages that embed a social post (tests/data/pages: the strike pair's evening
paper embeds the union's tweet, each breach page a tweet), and the evening paper's page
with its embed written in another shape (a Bluesky or Instagram embed, a paragraph that
only names a handle), read through the real extractor."""

from __future__ import annotations

import re
from pathlib import Path

STRIKE_B = "strike_carrowick_evening_post.html"
STRIKE_A = "strike_lodestar_business_wire.html"
POST = (
    "Day five on the picket line at Gate 3 and the mood is solid. Thank you Carrowick for "
    "the tea, the soup and the horns. #PortStrike"
)
TWEET = (
    f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{POST}</p>&mdash; DHWU '
    'Carrowick (@DHWUCarrowick) <a href="https://x.com/DHWUCarrowick/status/1">December 5, '
    "2026</a></blockquote>"
)
BLUESKY = (
    f'<blockquote class="bluesky-embed"><p lang="en">{POST}</p>&mdash; DHWU Carrowick '
    '(<a href="https://bsky.app/profile/dhwu.bsky.social">@dhwu.bsky.social</a>) '
    '<a href="https://bsky.app/profile/dhwu.bsky.social/post/3k">December 5, 2026 at 10:04 '
    "AM</a></blockquote>"
)
INSTAGRAM = (
    '<blockquote class="instagram-media"><div><p>'
    f"{POST}</p><p>A post shared by DHWU Carrowick (@dhwucarrowick)</p></div></blockquote>"
)
_EMBED = re.compile(r'<blockquote class="embed-social">.*?</blockquote>', re.DOTALL)


def page_with(data_dir: Path, tmp_path: Path, embed: str, name: str = STRIKE_B) -> Path:
    """Page ``name`` of ``data_dir``/pages written to ``tmp_path`` with its embedded post
    (its blockquote) replaced by ``embed``."""
    html = (data_dir / "pages" / name).read_text(encoding="utf-8")
    out = tmp_path / name
    out.write_text(_EMBED.sub(lambda _: embed, html, count=1), encoding="utf-8")
    return out


def page_adding(data_dir: Path, tmp_path: Path, name: str, after: str, html: str) -> Path:
    """Page ``name`` of ``data_dir``/pages written to ``tmp_path`` with ``html`` added
    after the first paragraph that holds ``after``."""
    page = (data_dir / "pages" / name).read_text(encoding="utf-8")
    at = page.index("</p>", page.index(after)) + len("</p>")
    out = tmp_path / name
    out.write_text(page[:at] + "\n" + html + page[at:], encoding="utf-8")
    return out


# a post of two paragraphs, its blockquote holding each as a <p>
POST_OPENING = "Day five on the picket line at Gate 3 and the mood is solid."
POST_CLOSING = "Thank you Carrowick for the tea, the soup and the horns. #PortStrike"
TWEET_OF_TWO = (
    f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{POST_OPENING}</p><p>'
    f"{POST_CLOSING}</p>&mdash; DHWU Carrowick (@DHWUCarrowick) "
    '<a href="https://x.com/DHWUCarrowick/status/1">December 5, 2026</a></blockquote>'
)
BLUESKY_OF_TWO = (
    f'<blockquote class="bluesky-embed"><p lang="en">{POST_OPENING}</p><p>{POST_CLOSING}</p>'
    '&mdash; DHWU Carrowick (<a href="https://bsky.app/profile/dhwu.bsky.social">'
    '@dhwu.bsky.social</a>) <a href="https://bsky.app/profile/dhwu.bsky.social/post/3k">'
    "December 5, 2026 at 10:04 AM</a></blockquote>"
)
# a post and its attribution on one line, as a blockquote without paragraphs reads
ATTRIBUTION = "— DHWU Carrowick (@DHWUCarrowick) December 5, 2026"
TWEET_ON_ONE_LINE = (
    f'<blockquote class="twitter-tweet">{POST} &mdash; DHWU Carrowick (@DHWUCarrowick) '
    "December 5, 2026</blockquote>"
)
