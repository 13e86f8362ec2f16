"""Record <-> rows, pure: no database here, so save-then-load round trips are easy to test.

`record_rows(record, ...)` gives the rows of one document as plain dicts (keys = column
names of archive.schema); `rows_record(...)` builds the Record back from rows as read.
Columns that are derived for querying (letter_year, next_review_due, deadline precision and
due date, stems, counts) are computed here and ignored on the way back.
"""
from __future__ import annotations

import calendar
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from archive.stemming import department_key, stem_text
from models import Record
from models.record import Alias, Box, Mandate, Person, Provenance, Source, Span

Row = dict[str, Any]

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def period(value: str | None) -> tuple[str | None, str | None]:
    """(precision, last day covered) of an ISO partial date: '2022-07' -> ('month', '2022-07-31').

    (None, None) when the value is not a valid date of any precision.
    """
    match = _PARTIAL.match(value or "")
    if not match:
        return None, None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return "year", date(year, 12, 31).isoformat()
        if day is None:
            return "month", date(year, month, calendar.monthrange(year, month)[1]).isoformat()
        return "day", date(year, month, day).isoformat()
    except ValueError:
        return None, None


@dataclass(frozen=True)
class MandateRows:
    mandate: Row
    stems: str
    deadlines: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class RecordRows:
    """The rows of one stored document. Foreign keys to rows not yet written are left out."""
    document: Row
    letter: Row
    letter_stems: str
    resolutions: list[Row]
    mandates: list[MandateRows]
    provenance: Row | None = None      # where each value was read (models.Provenance as JSON)
    record: Record | None = None       # the extracted record, for corrections applied when it is stored


def record_rows(record: Record, *, full_text: str, size: int, pipeline_version: str,
                ingested_at: str, run_id: int | None = None) -> RecordRows:
    src = record.source
    document = {
        "sha256": src.sha256, "source_path": src.path, "media_type": src.media_type,
        "pages": src.pages, "ocr": int(src.ocr), "size": size, "pipeline_version": pipeline_version,
        "ingested_at": ingested_at, "run_id": run_id, "full_text": full_text,
    }
    sender, ack = record.sender, record.acknowledged_by
    letter_year = int(record.letter_date[:4]) if period(record.letter_date)[0] else None
    letter = {
        "sha256": src.sha256, "kind": record.kind, "city": record.city,
        "department": record.department, "file_number": record.file_number,
        "department_key": department_key(record.department),
        "letter_date": record.letter_date, "letter_year": letter_year,
        "resolution": record.resolution, "session_number": record.session_number,
        "subject": record.subject,
        "confidential": None if record.confidential is None else int(record.confidential),
        "recipients": record.recipients, "report_type": record.report_type,
        "next_review": record.next_review, "next_review_due": period(record.next_review)[1],
        "has_sender": int(sender is not None),
        "sender_name": sender.name if sender else None, "sender_role": sender.role if sender else None,
        "acknowledged": int(ack is not None),
        "acknowledged_by_name": ack.name if ack else None,
        "acknowledged_by_role": ack.role if ack else None,
        "status": record.status, "mandate_count": len(record.mandates),
        "warnings": json.dumps(record.warnings, ensure_ascii=False),
        "corrected": json.dumps(record.corrected),
    }
    resolutions: list[Row] = []
    if record.resolution is not None:
        resolutions.append({"position": 0, "resolution": record.resolution,
                            "session_number": record.session_number, "subject": record.subject})
    for position, alias in enumerate(record.also_concerns, start=1):
        resolutions.append({"position": position, "resolution": alias.resolution,
                            "session_number": alias.session_number, "subject": alias.subject})
    mandates = []
    for position, m in enumerate(record.mandates):
        deadlines = []
        for d_position, value in enumerate(m.deadlines):
            precision, due = period(value)
            deadlines.append({"position": d_position, "value": value, "precision": precision,
                              "due_date": due})
        mandates.append(MandateRows(
            {"position": position, "number": m.number, "resolution": m.resolution, "quote": m.quote,
             "response": m.response, "status": m.status},
            stem_text(f"{m.quote}\n{m.response}"), deadlines))
    letter_stems = stem_text("\n".join(x for x in (record.subject, record.recipients, full_text) if x))
    provenance = None
    if record.provenance is not None:
        provenance = {"page_sizes": json.dumps(record.provenance.page_sizes),
                      "fields": json.dumps(pack_spans(record.provenance.fields), ensure_ascii=False,
                                           separators=(",", ":"))}
    return RecordRows(document, letter, letter_stems, resolutions, mandates, provenance, record)


def rows_record(document: Mapping[str, Any], letter: Mapping[str, Any],
                resolutions: Sequence[Mapping[str, Any]],
                mandates: Sequence[Mapping[str, Any]],
                deadlines: Mapping[int, Sequence[Mapping[str, Any]]],
                provenance: Mapping[str, Any] | None = None) -> Record:
    """The Record from its rows. `deadlines` maps a mandate id to its deadline rows."""
    source = Source(path=document["source_path"], sha256=document["sha256"],
                    media_type=document["media_type"], pages=document["pages"],
                    ocr=bool(document["ocr"]))
    also = [Alias(resolution=r["resolution"], session_number=r["session_number"], subject=r["subject"])
            for r in sorted(resolutions, key=lambda r: r["position"]) if r["position"] > 0]
    points = [
        Mandate(number=m["number"], resolution=m["resolution"], quote=m["quote"], response=m["response"],
                status=m["status"],
                deadlines=[d["value"] for d in sorted(deadlines.get(m["id"], ()), key=lambda d: d["position"])])
        for m in sorted(mandates, key=lambda m: m["position"])
    ]
    confidential = letter["confidential"]
    return Record(
        source=source, kind=letter["kind"], city=letter["city"], department=letter["department"],
        file_number=letter["file_number"], letter_date=letter["letter_date"],
        resolution=letter["resolution"], session_number=letter["session_number"],
        subject=letter["subject"], also_concerns=also,
        confidential=None if confidential is None else bool(confidential),
        recipients=letter["recipients"], report_type=letter["report_type"],
        next_review=letter["next_review"],
        sender=Person(name=letter["sender_name"], role=letter["sender_role"]) if letter["has_sender"] else None,
        acknowledged_by=(Person(name=letter["acknowledged_by_name"], role=letter["acknowledged_by_role"])
                         if letter["acknowledged"] else None),
        mandates=points, status=letter["status"], warnings=json.loads(letter["warnings"]),
        provenance=_provenance(provenance), corrected=json.loads(letter["corrected"] or "[]"),
    )


def _provenance(row: Mapping[str, Any] | None) -> Provenance | None:
    if row is None:
        return None
    return Provenance(page_sizes=[tuple(size) for size in json.loads(row["page_sizes"])],
                      fields=unpack_spans(json.loads(row["fields"])))


# Stored compactly (a letter has dozens of spans, an answer one box per line): path ->
# [text, [[page, x0, y0, x1, y1], ...]] for pages, [text, line, end_line, start, end] for text files.
def pack_spans(fields: Mapping[str, Span]) -> dict[str, list]:
    packed = {}
    for path, span in fields.items():
        if span.boxes:
            packed[path] = [span.text, [[b.page, b.x0, b.y0, b.x1, b.y1] for b in span.boxes]]
        else:
            packed[path] = [span.text, span.line, span.end_line, span.start, span.end]
    return packed


def unpack_spans(packed: Mapping[str, list]) -> dict[str, Span]:
    out = {}
    for path, item in packed.items():
        if len(item) == 2:
            out[path] = Span(text=item[0], boxes=[Box(page=p, x0=x0, y0=y0, x1=x1, y1=y1) for p, x0, y0, x1, y1 in item[1]])
        else:
            out[path] = Span(text=item[0], line=item[1], end_line=item[2], start=item[3], end=item[4])
    return out
