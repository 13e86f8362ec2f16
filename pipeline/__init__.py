"""Reading Beschlusskontrolle letters: `extract(path) -> Record`.

    read_document   file -> Document (identity, media type, text in reading order; OCR)
    parse_letter    Document -> Record (sections, header fields, mandates, closing)
    locate          Record + Document -> Provenance (where each value was read)
"""
from __future__ import annotations

from pathlib import Path

from models import Record
from pipeline.errors import UnreadableDocument
from pipeline.read import Document, read_document

PIPELINE_VERSION = "0.2.0"


def warm_up() -> None:
    """Load what every extraction needs (spaCy's lemma tables, the matchers) once, up front:
    worker processes call this before their first file."""
    import pdfplumber  # noqa: F401  (imported on the first PDF otherwise)

    from pipeline.letter import parse_letter  # noqa: F401  (imports the text stages)
    from pipeline.status_model import classify

    classify("Der Beschlusspunkt wurde umgesetzt.")


def extract(path: str | Path, *, ocr: str = "auto") -> Record:
    """Read one document into its record; raises UnreadableDocument when it cannot be read."""
    from pipeline.letter import parse_letter
    from pipeline.provenance import locate
    document = read_document(path, ocr=ocr)
    record = parse_letter(document)
    return record.model_copy(update={"provenance": locate(record, document)})


__all__ = ["Document", "PIPELINE_VERSION", "UnreadableDocument", "extract", "read_document", "warm_up"]
