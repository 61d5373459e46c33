"""HTML: article body only, title and publication date from metadata, broken markup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_app.io.articles import read_document
from timeline_app.io.errors import LoadError
from timeline_app.io.html import fallback_text
from timeline_app.model import Day

DATA = Path(__file__).parent.parent / "data" / "io"
BOILERPLATE = (
    "cookie", "Accept all", "Sport", "Weather", "Related stories", "All rights reserved",
    "trackEvent", "font-family", "editorial note", "dataLayer", "Ferry fares",
)


def test_article_body_without_boilerplate() -> None:
    doc = read_document(DATA / "article.html")
    assert doc.format == "html"
    assert "cracks were found in its main girder in April 2021." in doc.text
    assert "“We kept our promise,” Brandt told the crowd." in doc.text
    for junk in BOILERPLATE:
        assert junk not in doc.text, junk


def test_paragraphs_are_separated_by_blank_lines() -> None:
    doc = read_document(DATA / "article.html")
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) >= 3
    assert any(p.startswith("PORT ELWIN") for p in paragraphs)
    assert all("\n" not in p for p in paragraphs)  # source line wraps are just spaces


def test_title_and_published_date_from_meta() -> None:
    doc = read_document(DATA / "article.html")
    assert doc.title == "Harbour bridge reopens after two years of repairs"  # og:title
    assert doc.reference_date == Day(2023, 3, 14)
    assert doc.reference_source == "html-meta"
    assert doc.metadata["published"] == "2023-03-14T08:30:00+01:00"


def test_fallback_extractor_drops_boilerplate_too() -> None:
    from lxml import html

    tree = html.document_fromstring((DATA / "article.html").read_text(encoding="utf-8"))
    text = fallback_text(tree)
    assert "reopened to traffic on Monday" in text
    for junk in BOILERPLATE:
        assert junk not in text, junk


def test_broken_html_still_gives_text() -> None:
    doc = read_document(DATA / "broken.html")
    assert "closed on 1 November 2020 after the storm" in doc.text
    assert "if the wind drops" in doc.text
    assert doc.title == "Storm closes the ferry port"
    assert doc.reference_date == Day(2020, 11, 2)  # <meta name="date">


def _page(head: str, body: str = "<p>The dam opened on 2 May 2018 after long delays.</p>") -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (
            '<script type="application/ld+json">'
            + json.dumps({"@graph": [{"@type": "NewsArticle", "datePublished": "2018-05-03"}]})
            + "</script>",
            "<p>The dam opened on 2 May 2018 after long delays and many debates.</p>",
            Day(2018, 5, 3),
        ),
        ('<meta property="og:published_time" content="2018-05-04T10:00Z">', None, Day(2018, 5, 4)),
        ('<meta name="DC.date" content="Sat, 05 May 2018 09:00:00 GMT">', None, Day(2018, 5, 5)),
        ("", '<header><time datetime="2018-05-06">6 May</time></header><p>Dam opened.</p>',
         Day(2018, 5, 6)),
        ('<meta name="pubdate" content="20180507">', None, Day(2018, 5, 7)),
        ('<script type="application/ld+json">{broken</script>', None, None),
    ],
)
def test_published_date_sources(
    tmp_path: Path, head: str, body: str | None, expected: Day | None
) -> None:
    path = tmp_path / "p.html"
    path.write_text(_page(head, body) if body else _page(head), encoding="utf-8")
    doc = read_document(path)
    assert doc.reference_date == expected
    assert doc.reference_source == ("html-meta" if expected else "")


def test_article_meta_beats_generic_date(tmp_path: Path) -> None:
    head = ('<meta name="date" content="2001-01-01">'
            '<meta property="article:published_time" content="2018-05-08">')
    path = tmp_path / "p.htm"
    path.write_text(_page(head), encoding="utf-8")
    assert read_document(path).reference_date == Day(2018, 5, 8)


def test_title_falls_back_to_title_tag_without_site_name(tmp_path: Path) -> None:
    path = tmp_path / "t.html"
    path.write_text(_page("<title>Dam opens after long delays | Valley Post</title>"), "utf-8")
    assert read_document(path).title == "Dam opens after long delays"


def test_declared_charset_is_used(tmp_path: Path) -> None:
    markup = _page('<meta charset="windows-1252">', "<p>The café opened on 2 May 2018.</p>")
    path = tmp_path / "c.html"
    path.write_bytes(markup.encode("cp1252"))
    assert "The café opened on 2 May 2018." in read_document(path).text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html><head><script>var x = 1;</script></head><body></body></html>", "No readable"),
        (b"<!-- nothing here -->", "No readable text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (PNG image)"),
    ],
)
def test_html_without_text_is_a_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "e.html"
    path.write_bytes(content)
    with pytest.raises(LoadError) as info:
        read_document(path)
    assert message in info.value.message


def test_truncated_html_gives_the_text_it_has(tmp_path: Path) -> None:
    full = (DATA / "article.html").read_bytes()
    path = tmp_path / "cut.html"
    path.write_bytes(full[: full.index(b"work began")])
    doc = read_document(path)
    assert "cracks were found in its main girder in April 2021." in doc.text


def test_deeply_nested_html_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 5000 + "Dam opened on 2 May 2018." + "</div>" * 5000, "utf-8")
    try:
        doc = read_document(path)
    except LoadError:
        return
    assert "2 May 2018" in doc.text


def test_trafilatura_failure_falls_back_to_lxml(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(trafilatura, "extract", broken)
    doc = read_document(DATA / "article.html")
    assert "By Mira Okonkwo" in doc.text  # the fallback keeps the byline trafilatura drops
    assert "reopened to traffic on Monday" in doc.text
    for junk in BOILERPLATE:
        assert junk not in doc.text, junk
    assert doc.reference_date == Day(2023, 3, 14)


def test_html_never_fetches_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the HTML loader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    page = DATA / "article.html"
    assert read_document(page).text


@pytest.mark.parametrize("use_trafilatura", [True, False])
def test_consent_overlay_share_newsletter_and_comments_are_dropped(
    monkeypatch: pytest.MonkeyPatch, use_trafilatura: bool
) -> None:
    if not use_trafilatura:
        import timeline_app.io.html as html_loader

        monkeypatch.setattr(html_loader, "_trafilatura_text", lambda markup: "")
    doc = read_document(DATA / "consent.html")
    assert doc.title == "Council votes on tram line"
    assert doc.reference_date == Day(2024, 2, 20)  # JSON-LD datePublished
    assert "voted on 19 February 2024 to extend the tram line" in doc.text
    assert "1.2 billion budget was unrealistic." in doc.text
    for junk in ("25 May 2018", "partners", "Share on", "morning briefing", "Reader123",
                 "Careers", "Log in"):
        assert junk not in doc.text, junk


def test_fallback_keeps_story_wrappers_with_boilerplate_like_classes() -> None:
    from lxml import html

    page = (
        '<html><body class="cookie-consent-open"><div id="content" class="with-sidebar">'
        "<h1>Dam opens</h1><p>The dam opened on 2 May 2018.</p>"
        '<div class="sidebar"><p>Most read today</p></div></div></body></html>'
    )
    text = fallback_text(html.document_fromstring(page))
    assert text == "Dam opens\n\nThe dam opened on 2 May 2018."


def test_meta_charset_utf16_label_is_read_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "u.html"
    path.write_bytes(_page('<meta charset="utf-16">', "<p>Zürich voted on 2 May 2018.</p>")
                     .encode("utf-8"))
    assert "Zürich voted on 2 May 2018." in read_document(path).text
