"""HTML articles: the article body only, a title, and the publication date from metadata.

trafilatura finds the main text (it is built for news pages and strips navigation,
cookie banners, footers and comments); when it finds nothing, a small lxml extractor
that drops the usual boilerplate takes over. Everything runs on the bytes we were given:
no URL is ever fetched.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from timeline_app.io.encoding import decode_text
from timeline_app.io.errors import LoadError
from timeline_app.io.htmlmeta import find_language, find_published, find_title
from timeline_app.io.htmltext import TRAFILATURA_BLOCKS, render_text
from timeline_app.io.text import first_line_title, make_document, trim_title
from timeline_app.model import Document

_log = logging.getLogger(__name__)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_DECL = re.compile(r"\A\s*<\?xml[^>]*\?>")
# lxml refuses strings with C0 control characters; they carry no text anyway.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Browsers read these labels as windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "ascii", "us-ascii"})
_BOILERPLATE = re.compile(
    r"cookie|consent|gdpr|newsletter|subscri|social|share|related|promo|advert|sponsor|"
    r"sidebar|breadcrumb|navbar|menu|popup|modal|comments?\b|footer|masthead|paywall|"
    r"topbar|toolbar|log-?in|sign-?in|skip-link",
    re.I,
)
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "form",
    "button",
    "select",
    "input",
    "nav",
    "footer",
    "aside",
    "object",
    "embed",
    "dialog",
)
_DROP_ROLES = ("navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog")


def load_html(path: Path, data: bytes) -> Document:
    """Read an HTML file into a Document of its article text.

    Raises:
        LoadError: not decodable, or no readable text at all.
    """
    markup = _CONTROLS.sub("", _XML_DECL.sub("", decode_html(data, str(path)), count=1))
    tree = _parse(markup)
    if tree is None:
        raise LoadError(path, "No readable text in this web page")
    title = find_title(tree)
    day, raw_date = find_published(tree)
    text = _trafilatura_text(markup) or fallback_text(tree)
    if not text.strip():
        raise LoadError(path, "No readable text in this web page (it may need JavaScript)")
    metadata = {"published": raw_date} if raw_date else {}
    if lang := find_language(tree):
        metadata["lang"] = lang  # <html lang="de">: the pipeline decides whether to use it
    return make_document(
        text,
        path=str(path),
        title=trim_title(title) if title else first_line_title(text) or path.stem,
        fmt="html",
        reference_date=day,
        reference_source="html-meta",
        metadata=metadata,
    )


def decode_html(data: bytes, path: str = "") -> str:
    """Bytes to text: BOM, then the page's own ``<meta charset>``, then detection."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _META_CHARSET.search(data[:4096])
        if m:
            label = m.group(1).decode("ascii").lower()
            encoding = "cp1252" if label in _AS_CP1252 else label
            if label.startswith(("utf-16", "utf16", "utf-32")):
                encoding = "utf-8"  # an ASCII-readable <meta> cannot be UTF-16 (WHATWG)
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                pass  # lying or unknown declaration: detect instead
    return decode_text(data, path)


def fallback_text(tree: lxml_html.HtmlElement) -> str:
    """Main text by elimination: drop boilerplate elements, render the article container.

    Mutates ``tree``; call it last.
    """
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    for element in list(tree.iter(*_DROP_TAGS)):
        _drop(element)
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or _holds_story(element):
            continue
        marker = " ".join((element.get("class", ""), element.get("id", "")))
        role = element.get("role", "").lower()
        hidden = element.get("hidden") is not None or element.get("aria-hidden") == "true"
        if role in _DROP_ROLES or hidden or (marker.strip() and _BOILERPLATE.search(marker)):
            _drop(element)
    for header in list(tree.iter("header")):
        if not header.xpath("ancestor::article | ancestor::main"):
            _drop(header)
    return render_text(_container(tree))


def _holds_story(element: etree._Element) -> bool:
    """Never drop the page or a wrapper of the story for its class name alone.

    ``<body class="cookie-banner-open">`` or ``<div id="content" class="with-sidebar">``
    would otherwise take the whole article with them.
    """
    if element.getparent() is None or element.tag in ("body", "main", "article"):
        return True
    return element.find(".//h1") is not None or element.find(".//article") is not None


def _parse(markup: str) -> lxml_html.HtmlElement | None:
    try:
        return lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None  # lxml raises "Document is empty" for whitespace/comment-only pages


def _trafilatura_text(markup: str) -> str:
    """trafilatura's main text rendered with blank lines between blocks, or ""."""
    try:
        import trafilatura  # slow import; only HTML needs it

        xml = trafilatura.extract(
            markup,
            output_format="xml",
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
            with_metadata=False,
        )
        if not xml:
            return ""
        root = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(recover=True))
    except Exception as exc:  # broad on purpose: any trafilatura failure means "use the fallback"
        _log.info("trafilatura failed (%s); using the fallback extractor", exc)
        return ""
    return render_text(root, TRAFILATURA_BLOCKS) if root is not None else ""


def _container(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The biggest <article>, else <main>, else <body>: where the story text lives."""
    found = tree.xpath("//article") or tree.xpath("//main | //*[@role='main']")
    articles = [el for el in found if isinstance(el, lxml_html.HtmlElement)]
    if articles:
        return max(articles, key=lambda el: len(el.text_content()))
    body = tree.find("body")
    return body if isinstance(body, lxml_html.HtmlElement) else tree


def _drop(element: etree._Element) -> None:
    if isinstance(element, lxml_html.HtmlElement) and element.getparent() is not None:
        element.drop_tree()  # keeps the tail text, which belongs to the parent
