"""Real, well-formed files of every supported format, built in code for the fuzzers.

The fuzzers start from these and cut or mutate them, so the parsers get past their
first bytes and fail (or not) deep inside, where a random blob never reaches. The
content is written for these tests.
"""

from __future__ import annotations

import io
import zipfile

import docx

ARTICLE = (
    "Flood defences on the Arlen\n\n"
    "ARLEN BRIDGE, 14 March 2023 — The new flood wall on the Arlen was finished on "
    "2 March 2023, three weeks late, the county engineer said on Tuesday.\n\n"
    "Work began in the summer of 2021. The old wall dated from 1953 and the first "
    "settlement on the terrace from 10000 BC. A similar wall at Hobb's Ford opened "
    "around 12,000 years ago, joked the mayor.\n\n"
    "Residents — including the Café Ümit and the bakery שלום (run by the Ben-Ami family) "
    "— will meet again next Friday at 6 p.m. 🌊"
)
ARTICLE_MD = (
    "---\ntitle: Flood defences on the Arlen\ndate: 2023-03-14\n---\n\n"
    "# Flood defences on the Arlen\n\n"
    "The new *flood wall* was finished on **2 March 2023**.\n\n"
    "- Work began in the summer of 2021.\n- The old wall dated from 1953.\n\n"
    "> Residents will meet again next Friday.\n"
)
ARTICLE_HTML = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Flood defences on the Arlen | County News</title>"
    "<meta property='article:published_time' content='2023-03-14T08:00:00Z'>"
    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
    "\"datePublished\":\"2023-03-14\"}</script></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>Flood defences on the Arlen</h1>"
    "<p>The new flood wall on the Arlen was finished on 2 March 2023, three weeks late, "
    "the county engineer said on Tuesday.</p>"
    "<p>Work began in the summer of 2021. The old wall dated from 1953 &amp; earlier.</p>"
    "<table><tr><td>Phase 1</td><td>May 2021</td></tr></table></article>"
    "<footer>Cookie settings · Subscribe</footer></body></html>"
)


def txt_bytes() -> bytes:
    return ARTICLE.encode("utf-8")


def md_bytes() -> bytes:
    return ARTICLE_MD.encode("utf-8")


def html_bytes() -> bytes:
    return ARTICLE_HTML.encode("utf-8")


def docx_bytes() -> bytes:
    """A Word file with a title property, a heading, paragraphs and a table."""
    word = docx.Document()
    word.core_properties.title = "Flood defences on the Arlen"
    word.add_heading("Flood defences on the Arlen", level=1)
    for paragraph in ARTICLE.split("\n\n")[1:]:
        word.add_paragraph(paragraph)
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Phase 1", "May 2021"
    table.cell(1, 0).text, table.cell(1, 1).text = "Phase 2", "2 March 2023"
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def pdf_bytes() -> bytes:
    """A one-page PDF with a text layer and document info, written object by object.

    Uncompressed on purpose: every byte of the page's text operators is then exposed to
    the mutations, not hidden behind a deflate stream that fails its first check.
    """
    latin = ARTICLE.encode("latin-1", "replace").decode("latin-1")
    lines = [line for line in latin.splitlines() if line]
    shown = " ".join(f"({_pdf_string(line[:90])}) '" for line in lines)
    content = f"BT /F1 10 Tf 14 TL 50 780 Td {shown} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (Flood defences on the Arlen) /CreationDate (D:20230314080000Z) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def docx_parts(data: bytes) -> dict[str, bytes]:
    """The parts of a DOCX by name."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def zipped(parts: dict[str, bytes]) -> bytes:
    """Parts back into a ZIP (deflated, as Word writes them)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


SAMPLES = {
    ".txt": txt_bytes, ".md": md_bytes, ".html": html_bytes, ".pdf": pdf_bytes,
    ".docx": docx_bytes,
}  # fmt: skip
