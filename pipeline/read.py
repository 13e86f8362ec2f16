"""File -> Document: identity, media type by content, and the text in reading order.

This is the only stage that touches the file. PDFs are read with pdfplumber (the words
of each page once, with their boxes); pages without a usable text layer and image files
go through OCR (pipeline.ocr) and come back as the same positioned words, so both paths
share one reading model (pipeline.layout).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import UnreadableDocument
from pipeline.layout import Page, Word, layout

OcrMode = str  # "auto" | "always" | "never"

_MAGIC = [
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\xff\xd8\xff", "image/jpeg"),
]


@dataclass(frozen=True)
class Document:
    path: str
    sha256: str
    media_type: str
    pages: int
    ocr: bool
    text: str
    warnings: tuple[str, ...] = field(default=())
    # Form checkboxes decided from geometry or pixels: label -> ticked.
    checkboxes: tuple[tuple[str, bool], ...] = field(default=())
    # OCR'd pages whose top part (where markings and stamps sit) held text OCR could not read.
    unread_tops: tuple[int, ...] = field(default=())
    # What stamps on OCR'd pages (pipeline.stamps) and slanted text in digital PDFs say, read apart from the text.
    stamps: tuple[str, ...] = field(default=())
    # Running headers and footers, left out of the text (a marking there still counts).
    margins: tuple[str, ...] = field(default=())
    # Every word read, page by page in row order, with its box: where values are found again
    # (pipeline.provenance). Empty for text files, whose `text` is the source itself.
    words: tuple[PlacedWord, ...] = field(default=())
    page_sizes: tuple[tuple[float, float], ...] = field(default=())


@dataclass(frozen=True)
class PlacedWord:
    page: int
    word: Word


def sniff_media_type(head: bytes) -> str | None:
    """The media type from the first bytes of a file, or None when it is not supported."""
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    # A PDF may carry a little junk before its header.
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    return "text/plain" if _looks_like_text(head) else None


_JSON_START = re.compile(r'^(?:\{\s*(?:"|\})|\[\s*(?:[\[{"\]\d-]|true\b|false\b|null\b))')


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return False
    encoding = text_encoding(head)
    sample = head[:4096]
    if encoding.startswith("utf-16"):
        decoded = sample[: len(sample) // 2 * 2].decode(encoding, errors="replace")
    elif sample.count(b"\x00") > len(sample) // 100:
        return False   # binary data; a few NULs in text (padding of old exports) are tolerated
    else:
        sample = sample.replace(b"\x00", b"")
        try:
            decoded = sample.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(sample) - 4:  # not just a character cut at the end of the sample
                decoded = sample.decode("cp1252", errors="replace")
            else:
                decoded = sample[: exc.start].decode("utf-8")
    lowered = decoded.lstrip("\ufeff \n\r\t").lower()
    if lowered.startswith(("<!doctype html", "<html", "<?xml")) or _JSON_START.match(lowered):
        return False   # web pages, XML and JSON are data, not letters ("[Scan 0412-2024 / Seite 1]" heads a letter)
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in decoded)
    return printable >= 0.95 * len(decoded)


def text_encoding(head: bytes) -> str:
    """'utf-16' for text with a UTF-16 byte-order mark, 'utf-16-le'/'-be' for UTF-16 without one
    (every other byte NUL: Windows tools export it), else '8bit' (UTF-8 or Windows-1252)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = head[:4096]
    if len(sample) >= 8:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) // 2
        if odd > 0.4 * half and even < 0.05 * half:
            return "utf-16-le"
        if even > 0.4 * half and odd < 0.05 * half:
            return "utf-16-be"
    return "8bit"


def decode_text(data: bytes) -> str:
    """Text files from archives are UTF-8 or, when older, Windows-1252; some tools write UTF-16.
    Stray NUL bytes are dropped."""
    encoding = text_encoding(data[:4096])
    if encoding != "8bit":
        return data.decode(encoding, errors="replace").lstrip("\ufeff")
    data = data.replace(b"\x00", b"")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_document(path: str | Path, *, ocr: OcrMode = "auto") -> Document:
    """Read one file into a Document, or raise UnreadableDocument saying why."""
    shown = str(path)
    file = Path(path)
    if not file.exists():
        raise UnreadableDocument(shown, "no such file", "check the path")
    if not file.is_file():
        raise UnreadableDocument(shown, "not a regular file", "give the files in a folder, or use ingest for folders")
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(shown, f"cannot be opened ({exc.strerror})", "check its permissions") from None
    if not data:
        raise UnreadableDocument(shown, "the file is empty (0 bytes)", "find the original scan or PDF and add it again")
    sha256 = hashlib.sha256(data).hexdigest()
    media_type = sniff_media_type(data[:8192])
    if media_type is None:
        raise UnreadableDocument(
            shown, "not a supported document type (neither PDF, PNG, TIFF, JPEG nor plain text)",
            "convert it to PDF or a page image")
    if media_type == "text/plain":
        text = decode_text(data)
        if not text.strip():
            raise UnreadableDocument(shown, "the text file holds no text", "find the original document")
        text, warnings = _text_read(text)
        return Document(shown, sha256, media_type, 1, False, text, warnings)
    if media_type == "application/pdf":
        pages, warnings, count = _pdf_pages(shown, file, ocr)
    else:
        pages, warnings = _image_pages(shown, file, media_type)
        count = len(pages)
    text, running, words = layout(pages)
    placed = tuple(PlacedWord(number, word) for number, word in words) \
        + tuple(PlacedWord(p.number, word) for p in pages for word in p.slanted)
    checkboxes = tuple(box for page in pages for box in page.checkboxes)
    # the first page: later pages' tops hold signatures and continued text, markings there are printed text
    unread = tuple(p.number for p in pages[:1] if p.ocr and p.unread_top >= UNREAD_WORDS)
    stamps = tuple(t for p in pages for t in p.stamps) + tuple(w.text for p in pages for w in p.slanted)
    return Document(shown, sha256, media_type, max(count, 1), any(p.ocr for p in pages),
                    text, tuple(warnings), checkboxes, unread, stamps,
                    tuple(running), placed, tuple((p.width, p.height) for p in pages))


UNREAD_WORDS = 2   # unreadable words in a page's top part that make its confidentiality unknown


# Pages read per PDF. Letters run to a few pages; a 1,000-page file is an annex or a bound
# volume, and reading all of it would cost minutes and gigabytes for nothing we can use.
MAX_PAGES = 100
# The same bound for a text file, in characters: about a hundred full pages.
MAX_TEXT_CHARS = 300_000


def _text_read(text: str) -> tuple[str, tuple[str, ...]]:
    """The part of a text file that is read, ending at a line's end, and a warning when it is not all of it."""
    if len(text) <= MAX_TEXT_CHARS:
        return text, ()
    cut = text.rfind("\n", 0, MAX_TEXT_CHARS)
    cut = cut if cut > MAX_TEXT_CHARS // 2 else MAX_TEXT_CHARS
    return text[:cut], (f"characters {cut + 1:,}-{len(text):,} were not read: reading stops after about "
                        f"{MAX_TEXT_CHARS:,} characters (a hundred pages); split the file to read the rest",)


def _pdf_pages(shown: str, file: Path, ocr: OcrMode) -> tuple[list[Page], list[str], int]:
    """The pages read (at most MAX_PAGES), warnings, and the number of pages in the file."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    from pipeline.pdfobjects import read_objects

    try:
        pdf = pdfplumber.open(file)
    except PDFPasswordIncorrect:
        raise UnreadableDocument(shown, "the PDF is encrypted with a password",
                                 "ask for an unencrypted copy or decrypt it (qpdf --decrypt)") from None
    except (PDFSyntaxError, Exception) as exc:  # pdfminer raises many kinds on broken files
        if _password_error(exc):
            raise UnreadableDocument(shown, "the PDF is encrypted with a password",
                                     "ask for an unencrypted copy or decrypt it (qpdf --decrypt)") from None
        raise UnreadableDocument(shown, f"the PDF is damaged and cannot be parsed ({type(exc).__name__})",
                                 "find an undamaged copy or re-export it") from None
    pages: list[Page] = []
    warnings: list[str] = []
    rendered = None        # the pypdfium2 document, opened once when a page needs OCR
    ocr_count = 0
    count = 0
    try:
        with pdf:
            count = len(pdf.pages)
            for number, plumber_page in enumerate(pdf.pages, start=1):
                if number > MAX_PAGES:
                    warnings.append(f"pages {number}-{len(pdf.pages)} were not read: reading stops after {MAX_PAGES} "
                                    "pages per document; split the PDF to read the rest")
                    break
                read_objects(plumber_page)
                slanted = [char for char in plumber_page.chars if _slanted(char)]
                # only a page with slanted text pays for filtering it out of the words
                level = plumber_page.filter(lambda obj: not _slanted(obj)) if slanted else plumber_page
                words = tuple(
                    Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"])
                    for w in level.extract_words(keep_blank_chars=False, x_tolerance=1.5)
                )
                page = Page(number, float(plumber_page.width), float(plumber_page.height), words,
                            checkboxes=_vector_checkboxes(plumber_page, words),
                            slanted=_slanted_words(slanted))
                if ocr == "always" or (ocr == "auto" and not _usable_text_layer(words, plumber_page)):
                    from pipeline import ocr as ocr_stage
                    if ocr_count == ocr_stage.SETTINGS.max_pages:
                        ocr_count += 1   # warn once
                        warnings.append(
                            f"pages {number}-{len(pdf.pages)} were not OCR'd: OCR stops after "
                            f"{ocr_stage.SETTINGS.max_pages} pages per document; split the PDF to read the rest")
                    if ocr_count >= ocr_stage.SETTINGS.max_pages:
                        pages.append(page)
                        continue
                    if rendered is None:
                        rendered = ocr_stage.open_pdf(shown, file)
                    page = ocr_stage.ocr_pdf_page(shown, file, number, page, warnings, pdf=rendered)
                    ocr_count += 1
                pages.append(page)
                plumber_page.close()   # drop the page's parsed objects: memory stays flat over long files
    except (UnreadableDocument, MemoryError):
        raise           # out of memory is the caller's limit, not damage to the file
    except Exception as exc:
        if _password_error(exc):
            raise UnreadableDocument(shown, "the PDF is encrypted with a password",
                                     "ask for an unencrypted copy or decrypt it (qpdf --decrypt)") from None
        raise UnreadableDocument(shown, f"the PDF is damaged and cannot be parsed ({type(exc).__name__})",
                                 "find an undamaged copy or re-export it") from None
    finally:
        if rendered is not None:
            rendered.close()
    if not pages:
        raise UnreadableDocument(shown, "the PDF has no pages", "find a complete copy")
    return pages, warnings, count


# A character is slanted when its baseline is neither horizontal nor vertical, by more than
# about three degrees: diagonal watermarks ("VERTRAULICH", "ENTWURF") and tilted stamps.
SLANT = 0.05


def _slanted(obj) -> bool:
    if obj.get("object_type") != "char":
        return False
    a, b = obj["matrix"][:2]
    if not a or not b:
        return False      # upright or turned a quarter: most glyphs, answered without the arithmetic
    return min(abs(a), abs(b)) > SLANT * max(abs(a), abs(b))


def _slanted_words(chars) -> tuple[Word, ...]:
    """Slanted characters read apart from the letter's lines (woven into them they garble every
    line they cross): one word per baseline, its text with spaces, its box around its glyphs."""
    lines: list[tuple[float, list[tuple[float, dict]]]] = []
    for char in chars:
        a, b, _, _, x, y = char["matrix"]
        norm = (a * a + b * b) ** 0.5
        along = (x * a + y * b) / norm        # the glyph's origin along its baseline ...
        across = (y * a - x * b) / norm       # ... and the baseline's distance from the page's corner
        line = next((line for offset, line in lines if abs(offset - across) < char["size"] * 0.5), None)
        if line is None:
            lines.append((across, line := []))
        line.append((along, char))
    words = []
    for _, line in lines:
        line.sort(key=lambda item: item[0])
        steps = sorted(b[0] - a[0] for a, b in zip(line, line[1:]))
        usual = steps[len(steps) // 2] if steps else 0
        text = line[0][1]["text"]
        for (before, _), (along, char) in zip(line, line[1:]):
            text += (" " if along - before > 1.6 * usual else "") + char["text"]
        text = " ".join(text.split())
        if text:
            glyphs = [char for _, char in line]
            words.append(Word(text, min(c["x0"] for c in glyphs), min(c["top"] for c in glyphs),
                              max(c["x1"] for c in glyphs), max(c["bottom"] for c in glyphs)))
    return tuple(words)


def _password_error(exc: BaseException) -> bool:
    """pdfplumber wraps pdfminer's PDFPasswordIncorrect in its own exception."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    causes = [exc, *getattr(exc, "args", ()), exc.__cause__, exc.__context__]
    if any(isinstance(c, (PDFPasswordIncorrect, PDFEncryptionError)) for c in causes):
        return True
    message = str(exc).lower()
    return "password" in message or "encrypt" in message


def _usable_text_layer(words: tuple[Word, ...], plumber_page=None) -> bool:
    """A text layer is usable when it has enough words that look like language, and is not
    just a few stamped-on words over a full-page scan."""
    if len(words) < 5:
        return False
    letters = sum(sum(ch.isalpha() for ch in w.text) for w in words)
    chars = sum(len(w.text) for w in words)
    if chars == 0 or letters / chars <= 0.5:
        return False
    if len(words) >= 40 and _function_word_share(words) < 0.02:
        return False          # letters, but not German: a bad earlier OCR or a broken font encoding
    if plumber_page is not None and len(words) < 60 and _scanned_area(plumber_page) > 0.5:
        return False
    return True


# Short words that make up 6-25 % of the words of any page of German prose (measured on the
# dev corpus and the golden letters: no page with 40 words or more had less than 5.9 %).
_FUNCTION_WORDS = frozenset(
    "der die das und ist zu den im mit von für wird des auf nicht ein eine sich dem zum zur "
    "wurde werden sind an in bei als auch".split())


def _function_word_share(words: tuple[Word, ...]) -> float:
    tokens = ["".join(ch for ch in w.text if ch.isalpha()).lower() for w in words]
    return sum(t in _FUNCTION_WORDS for t in tokens) / max(len(tokens), 1)


def _scanned_area(plumber_page) -> float:
    """The share of the page covered by its largest image."""
    area = float(plumber_page.width * plumber_page.height) or 1.0
    best = 0.0
    for image in plumber_page.images:
        w = min(image["x1"], plumber_page.width) - max(image["x0"], 0)
        h = min(image["bottom"], plumber_page.height) - max(image["top"], 0)
        if w > 0 and h > 0:
            best = max(best, w * h / area)
    return best


def _vector_checkboxes(plumber_page, words: tuple[Word, ...]) -> tuple[tuple[str, bool], ...]:
    """A drawn box (rectangle, optionally crossed) before `vertraulich` in a digital PDF."""
    from pipeline import checkbox
    labels = [w for w in words if checkbox.is_label(w.text)]
    if not labels or not plumber_page.rects:
        return ()
    found = []
    for label in labels:
        box = checkbox.from_vectors((label.x0, label.top, label.x1, label.bottom), plumber_page.rects,
                                    plumber_page.lines + plumber_page.curves, plumber_page.chars)
        if box is not None:
            found.append((checkbox.LABEL, box.ticked))
    return tuple(found)


def _image_pages(shown: str, file: Path, media_type: str) -> tuple[list[Page], list[str]]:
    from pipeline import ocr
    warnings: list[str] = []
    return ocr.ocr_image_file(shown, file, media_type, warnings), warnings
