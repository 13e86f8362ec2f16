"""A generated digital PDF as an office scan: page images with skew, blur, specks and JPEG loss.

    scan_pages(pdf_bytes, seed)            -> [PIL.Image]  grayscale page images
    scan_pdf(pdf_bytes, seed)              -> bytes        image-only PDF (no text layer)
    scan_image(pdf_bytes, seed, "PNG")     -> bytes        first page as PNG or JPEG
"""
from __future__ import annotations

import io
import random

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter

DPI = 150


def scan_pages(pdf: bytes, seed: int, dpi: int = DPI) -> list[Image.Image]:
    rng = random.Random(seed)
    doc = pdfium.PdfDocument(pdf)
    pages = []
    for page in doc:
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255)
        draw = ImageDraw.Draw(img)
        for _ in range(rng.randint(40, 120)):          # dust and toner specks
            x, y = rng.randrange(img.width), rng.randrange(img.height)
            r = rng.choice([1, 1, 1, 2])
            draw.ellipse((x, y, x + r, y + r), fill=rng.randint(60, 160))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        img = img.point(lambda v: min(255, int(v * 0.92 + 18)))   # greyish paper, softer black
        pages.append(img)
    doc.close()
    return pages


def _jpeg_roundtrip(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue()))


def scan_pdf(pdf: bytes, seed: int) -> bytes:
    pages = [_jpeg_roundtrip(p, 55) for p in scan_pages(pdf, seed)]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    return buf.getvalue()


def scan_image(pdf: bytes, seed: int, fmt: str = "PNG") -> bytes:
    page = scan_pages(pdf, seed)[0]
    buf = io.BytesIO()
    if fmt.upper() == "PNG":
        page.quantize(16).save(buf, "PNG", optimize=True)
    else:
        page.save(buf, "JPEG", quality=60)
    return buf.getvalue()
