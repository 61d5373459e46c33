"""Title and publication date from an HTML page's metadata (meta tags, JSON-LD, <time>)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from lxml import html as lxml_html

from timeline_app.io.metadates import parse_meta_date
from timeline_app.model import Day

# Probed in this order; the first that parses wins. Open Graph's article namespace is
# the most widely used and the most reliable, generic "date" the least.
_PRIMARY_META = ("article:published_time", "og:published_time", "og:article:published_time")
_SECONDARY_META = (
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "date",
)
_TITLE_SEPARATORS = re.compile(r"\s+[|–—·-]\s+|\s*»\s*|\s*::\s*")


def find_title(tree: lxml_html.HtmlElement) -> str:
    """og:title, then twitter:title, then <title> without the site name, then the first <h1>."""
    for key in ("og:title", "twitter:title"):
        value = _meta_content(tree, key)
        if value:
            return value
    title = " ".join(" ".join(tree.xpath("//title//text()")).split())
    if title:
        return _strip_site_name(title)
    for h1 in tree.iter("h1"):
        text = " ".join(h1.text_content().split())
        if text:
            return text
    return ""


def find_language(tree: lxml_html.HtmlElement) -> str:
    """The language the page says it is in, as written: ``<html lang>``, then the
    Content-Language header copy, then og:locale ("de-DE", "fr_FR"); "" when none.

    Only read here; which language the engine uses is decided by the pipeline."""
    root = tree.getroottree().getroot()
    value = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    if not value.strip():
        for meta in tree.iter("meta"):
            if (meta.get("http-equiv") or "").lower() == "content-language":
                value = meta.get("content") or ""
                break
    if not value.strip():
        value = _meta_content(tree, "og:locale")
    return value.strip()[:20]


def find_published(tree: lxml_html.HtmlElement) -> tuple[Day | None, str]:
    """The publication day and the raw string it came from (``(None, raw)`` if unparsable)."""
    first_raw = ""
    for raw in _published_candidates(tree):
        first_raw = first_raw or raw
        day = parse_meta_date(raw)
        if day is not None:
            return day, raw
    return None, first_raw


def _published_candidates(tree: lxml_html.HtmlElement) -> Iterator[str]:
    for key in _PRIMARY_META:
        yield from _meta_values(tree, key)
    yield from _json_ld_dates(tree)
    yield from (str(v) for v in tree.xpath("//*[@itemprop='datePublished']/@content"))
    yield from (str(v) for v in tree.xpath("//*[@itemprop='datePublished']/@datetime"))
    yield from (str(v) for v in tree.xpath("//time[@pubdate]/@datetime"))
    yield from (
        str(v) for v in tree.xpath("(//header//time | //article//time)[@datetime][1]/@datetime")
    )
    for key in _SECONDARY_META:
        yield from _meta_values(tree, key)


def _meta_values(tree: lxml_html.HtmlElement, key: str) -> Iterator[str]:
    for meta in tree.iter("meta"):
        names = (meta.get(attr, "").strip().lower() for attr in ("property", "name", "itemprop"))
        if key in names:
            content = (meta.get("content") or "").strip()
            if content:
                yield content


def _meta_content(tree: lxml_html.HtmlElement, key: str) -> str:
    for value in _meta_values(tree, key):
        clean = " ".join(value.split())
        if clean:
            return clean
    return ""


def _json_ld_dates(tree: lxml_html.HtmlElement) -> Iterator[str]:
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; other probes remain
        yield from _find_key(data, "datePublished", depth=0)


def _find_key(data: object, key: str, depth: int) -> Iterator[str]:
    if depth > 8:
        return
    if isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, str):
            yield value
        for child in data.values():
            if isinstance(child, (dict, list)):
                yield from _find_key(child, key, depth + 1)
    elif isinstance(data, list):
        for child in data:
            yield from _find_key(child, key, depth + 1)


def _strip_site_name(title: str) -> str:
    """ "Bridge reopens | The Ledger" -> "Bridge reopens" (the longest part is the headline)."""
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    longest = max(parts, key=len)
    return longest.strip() if len(longest.split()) >= 3 else title
