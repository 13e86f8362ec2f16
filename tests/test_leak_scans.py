"""Leak test through the reader: scans of confidential letters whose marking is a stamp — boxed after
the signature, turned and faint over the letterhead, on page 2's running header — are ingested with
real OCR next to public letters; the public copy is published and served, and every page, JSON,
CSV, search, query, row and file route is crawled: no word of a withheld letter may be reachable,
and the public database file holds none of them either."""
from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest

from archive.ingest import Options, ingest
from archive.publish import publish
from tests.letters.generate import random_spec, render
from tests.publishing import Server, _secret
from tests.test_serve_leak import crawl, table_urls

pytestmark = pytest.mark.slow

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
# word -> (stamp text, where, turned by degrees, blur, opacity of the ink)
STAMPED = {
    "Zinnober": ("VERTRAULICH", "after the signature", 0, 0.6, 255),
    "Quarzsand": ("NICHTÖFFENTLICH", "over the letterhead", 18, 2.5, 150),
    "Basaltkopf": ("VS - NUR FÜR DEN DIENSTGEBRAUCH", "over the letterhead", -6, 1.5, 200),
    "Feldspat": ("VERTRAULICH", "after the signature", 5, 0.6, 255),     # a few degrees: read once set level
}
PUBLIC_SUBJECT = "Öffentliches Vorhaben Nummer"


def _stamp(text: str, angle: float, blur: float, alpha: int):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    font = ImageFont.truetype(FONT, 64)
    width = int(font.getlength(text)) + 80
    stamp = Image.new("RGBA", (width, 150), (0, 0, 0, 0))
    draw = ImageDraw.Draw(stamp)
    draw.rectangle((4, 4, width - 5, 145), outline=(190, 20, 20, alpha), width=8)
    draw.text((40, 35), text, font=font, fill=(190, 20, 20, alpha))
    return stamp.rotate(angle, expand=True).filter(ImageFilter.GaussianBlur(blur))


def _stamped_scan(pdf_bytes: bytes, text: str, where: str, angle: float, blur: float, alpha: int) -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pdf_bytes)
    pages = [pdf[i].render(scale=200 / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    stamp = _stamp(text, angle, blur, alpha)
    page = pages[0]
    x = max(page.width - stamp.width - 150, 0)
    y = int(page.height * (0.72 if where == "after the signature" else 0.06))
    page.paste(stamp, (x, y), stamp)
    out = io.BytesIO()
    grey = [p.convert("L") for p in pages]
    grey[0].save(out, "PDF", save_all=True, append_images=grey[1:], resolution=200)
    return out.getvalue()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scans")
    letters = folder / "letters"
    letters.mkdir()
    for i in range(3):
        spec = random_spec(300 + i, f"p{i}", layout="A", marking="unticked", n_points=2)
        res = spec.resolutions[0]
        spec = replace(spec, resolutions=(replace(res, subject=(f"{PUBLIC_SUBJECT} {i}",)),))
        (letters / f"p{i}.digital.pdf").write_bytes(render(spec, "digital.pdf"))
    for i, (word, (text, where, angle, blur, alpha)) in enumerate(STAMPED.items()):
        spec = _secret(random_spec(310 + i, f"c{i}", layout="A", marking="unticked", n_points=2),
                       f"V98{i:02d}/23", word)
        scan = _stamped_scan(render(spec, "digital.pdf"), text, where, angle, blur, alpha)
        (letters / f"c{i}.scan.pdf").write_bytes(scan)
    db = folder / "archive.db"
    summary = ingest([letters], db, Options(workers=2))
    assert summary.failed == 0 and summary.new == 3 + len(STAMPED)
    return db


def test_stamped_confidential_scans_never_reach_the_public_copy(archive, tmp_path):
    public = tmp_path / "public.db"
    summary = publish(archive, public)
    assert summary.letters == 3, summary.line()          # the three public letters, nothing else
    raw = public.read_bytes()
    secrets = {}
    for word in STAMPED:
        secrets[word] = word.encode("utf-8")
        assert word.encode("utf-8") not in raw, f"{word} is in the public database file"
    with Server(public, "--public") as server:
        pages = crawl(server, table_urls(public), secrets)
        assert pages > 50
        subjects = {row["subject"] for row in server.json("/archiv/letters.json?_shape=array")}
        assert subjects == {f"{PUBLIC_SUBJECT} {i}" for i in range(3)}    # the public letters are there
