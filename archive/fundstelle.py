"""Where a value was read: the original page as an image with the value's boxes marked.

    /-/seite/<sha256>/<page>.png          a page of the original, rendered (PDF) or as scanned
    /-/fundstelle/<letter id>?feld=PATH   that page with the boxes of one value marked; for a
                                          text file, its lines with the characters marked

The boxes come from the letter's `provenance` row (pipeline.provenance). The marks are plain
HTML boxes laid over the image in percent of the page, so no script is needed and the page
image itself stays the same for every value (rendered once, kept in a small cache). Both
routes reach only what the letter page reaches: in the public copy only published letters,
whose originals publish copied.
"""
from __future__ import annotations

import asyncio
import io
import json
import re
import threading
from collections import OrderedDict

from datasette import NotFound, Response

from archive.metadata import DATABASE

SCALE = 1.5                   # PDF points -> pixels (108 dpi): legible, about 900 px wide
CACHE_PAGES = 48              # rendered pages kept in memory (about 150 KB each)
_cache: OrderedDict[tuple[str, int], bytes] = OrderedDict()
_lock = threading.Lock()      # pdfium is not thread-safe, and the cache is shared

LABELS = {
    "kind": "Art des Schreibens", "city": "Körperschaft", "department": "Absender (Stelle)",
    "file_number": "Aktenzeichen", "letter_date": "Datum", "resolution": "Beschluss",
    "session_number": "Sitzung", "subject": "Betreff", "recipients": "Empfänger",
    "confidential": "Vertraulichkeitsvermerk", "next_review": "Nächste Wiedervorlage",
    "sender.name": "Unterzeichner", "sender.role": "Funktion des Unterzeichners",
    "acknowledged_by.name": "Kenntnisnahme", "acknowledged_by.role": "Funktion (Kenntnisnahme)",
    "report_type": "Art des Berichts", "status": "Gesamtstand",
}
_POINT = re.compile(r"^mandates\[(\d+)\]\.(\w+)(?:\[(\d+)\])?$")
_POINT_PARTS = {"number": "Nummer", "quote": "Beschlusstext", "response": "Antwort",
                "status": "Stand (aus der Antwort)", "deadlines": "Frist"}


def label(path: str) -> str:
    m = _POINT.match(path)
    if m:
        return f"Punkt {int(m.group(1)) + 1}: {_POINT_PARTS.get(m.group(2), m.group(2))}"
    return LABELS.get(path, path)


def render(path: str, media_type: str, page: int, sha256: str) -> bytes | None:
    """PNG bytes of one page of the original (None when it has no such page)."""
    key = (sha256, page)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
        png = _render(path, media_type, page)
        if png is not None:
            _cache[key] = png
            while len(_cache) > CACHE_PAGES:
                _cache.popitem(last=False)
        return png


def _render(path: str, media_type: str, page: int) -> bytes | None:
    from PIL import Image

    if media_type == "application/pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(path)
        try:
            if not 1 <= page <= len(pdf):
                return None
            image = pdf[page - 1].render(scale=SCALE).to_pil()
        finally:
            pdf.close()
    else:
        with Image.open(path) as source:
            try:
                source.seek(page - 1)          # a multi-page TIFF
            except EOFError:
                return None
            image = source.convert("RGB")
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG", optimize=False)
    return out.getvalue()


async def page_image(request, datasette):
    from archive.datasette_plugin import _ensure_view, locate_original

    await _ensure_view(datasette, request, "documents")
    sha256, page = request.url_vars["sha256"], int(request.url_vars["page"])
    found = await locate_original(datasette, sha256)
    if found is None or found[1]["media_type"] == "text/plain":
        raise NotFound("Seite nicht vorhanden (page not available)")
    path, document = found
    png = await asyncio.to_thread(render, path, document["media_type"], page, sha256)
    if png is None:
        raise NotFound("Seite nicht vorhanden (page not available)")
    return Response(png, content_type="image/png", headers={"cache-control": "private, max-age=3600"})


async def source_view(request, datasette):
    """The page(s) a value was read from, its boxes marked (or the text file's lines)."""
    from archive.datasette_plugin import STATUS_LABELS, _ensure_view

    await _ensure_view(datasette, request, "letters")
    db = datasette.get_database(DATABASE)
    letter_id = request.url_vars["letter_id"]
    path = request.args.get("feld") or ""
    row = (await db.execute(
        "select l.id, l.sha256, l.resolution, l.subject, l.corrected, d.media_type, d.full_text, p.page_sizes, p.fields "
        "from letters l join documents d using (sha256) left join provenance p on p.letter_id = l.id "
        "where l.id = ?", [letter_id])).first()
    if row is None:
        raise NotFound("Brief nicht vorhanden (no such letter)")
    from archive.rows import unpack_spans

    found = unpack_spans(json.loads(row["fields"])) if row["fields"] else {}
    span = found[path].model_dump() if path in found else None
    sizes = json.loads(row["page_sizes"]) if row["page_sizes"] else []
    pages = []
    if span and span.get("boxes"):
        for number in dict.fromkeys(box["page"] for box in span["boxes"]):
            width, height = sizes[number - 1]
            marks = [{"left": 100 * b["x0"] / width, "top": 100 * b["y0"] / height,
                      "width": 100 * (b["x1"] - b["x0"]) / width, "height": 100 * (b["y1"] - b["y0"]) / height}
                     for b in span["boxes"] if b["page"] == number]
            pages.append({"number": number, "src": f"/-/seite/{row['sha256']}/{number}.png", "marks": marks,
                          "ratio": 100 * height / width})
    text_lines = _text_lines(span, row["full_text"] or "") if span and span.get("start") is not None else None
    html = await datasette.render_template("fundstelle.html", {
        "letter": dict(row), "field": path, "field_label": label(path), "span": span, "pages": pages,
        "text_lines": text_lines, "corrected": path in json.loads(row["corrected"] or "[]"),
        "status_labels": STATUS_LABELS, "database": DATABASE,
    }, request=request)
    return Response.html(html, status=200 if span else 404)


def _text_lines(span: dict, text: str, context: int = 3) -> list[dict] | None:
    """A text file's lines around the span, the span's characters marked. The stored full text
    is the decoded file, so the offsets hold for it."""
    start, end = span["start"], span["end"]
    if end > len(text):
        return None
    lines = text.split("\n")
    first = max(1, span["line"] - context)
    offset = sum(len(line) + 1 for line in lines[:first - 1])
    out = []
    for number in range(first, min(len(lines), span["end_line"] + context) + 1):
        line = lines[number - 1]
        a, b = max(start - offset, 0), min(end - offset, len(line))
        if a < b:
            out.append({"number": number, "before": line[:a], "mark": line[a:b], "after": line[b:]})
        else:
            out.append({"number": number, "before": line, "mark": "", "after": ""})
        offset += len(line) + 1
    return out


async def correction_form(request, datasette):
    """POST from the letter page's form: one correction (archive.corrections), then back to the
    letter. Only the full archive takes corrections, from whoever may see it (on another address
    than loopback that is a signed-in actor); the public copy refuses."""
    import getpass

    from datasette import Forbidden

    from archive import store
    from archive.corrections import CorrectionError, correct
    from archive.datasette_plugin import _ensure_view, config

    if config(datasette).get("mode") == "public":
        raise Forbidden("Korrekturen nur im vollständigen Archiv (corrections only in the full archive)")
    await _ensure_view(datasette, request, "letters")
    form = await request.post_vars()
    letter_id = request.url_vars["letter_id"]
    who = (request.actor or {}).get("id") or getpass.getuser()
    path = datasette.get_database(DATABASE).path

    def write():
        conn = store.connect(path)
        try:
            return correct(conn, letter_id, form.get("feld", "").strip(), form.get("wert"), form.get("grund", ""), by=who)
        finally:
            conn.close()

    try:
        await asyncio.to_thread(write)
    except CorrectionError as exc:
        datasette.add_message(request, f"Korrektur nicht gespeichert: {exc}", datasette.ERROR)
    else:
        datasette.add_message(request, f"Korrektur gespeichert: {form.get('feld')} (correction saved)", datasette.INFO)
    return Response.redirect(f"/{DATABASE}/letters/{letter_id}#korrektur")
