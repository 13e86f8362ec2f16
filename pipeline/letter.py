"""Document -> Record: the table of contents of understanding a letter."""
from __future__ import annotations

from models import Record, Source
from pipeline.read import Document


def parse_letter(doc: Document) -> Record:
    source = Source(path=doc.path, sha256=doc.sha256, media_type=doc.media_type, pages=doc.pages, ocr=doc.ocr)
    return Record(source=source, kind="unknown", status="unknown", warnings=list(doc.warnings))
