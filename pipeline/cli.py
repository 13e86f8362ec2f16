"""`beschlussarchiv extract`: thin over pipeline.extract; all output decisions live here."""
from __future__ import annotations

import sys

import click

from models import Record
from pipeline.errors import UnreadableDocument


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="One JSON record per file (JSON Lines) on stdout.")
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="auto: OCR pages without a usable text layer and images.")
def extract(files: tuple[str, ...], as_json: bool, ocr: str) -> None:
    """Read letters into records, in the order given.

    Example: beschlussarchiv extract letters/*.pdf --json > records.jsonl

    A file that cannot be read gets one line on stderr; the others are still read,
    and the exit status is 1.
    """
    from pipeline import extract as extract_record

    failed = False
    for path in files:
        try:
            record = extract_record(path, ocr=ocr)
        except UnreadableDocument as exc:
            click.echo(f"error: {exc}", err=True)
            failed = True
            continue
        except (MemoryError, KeyboardInterrupt):
            raise
        except Exception as exc:   # a defect of the reader: the other files are still read
            click.echo(f"error: {path}: the reader failed on this file ({type(exc).__name__}: {exc}) — "
                       "please report it with the file", err=True)
            failed = True
            continue
        if as_json:
            sys.stdout.write(record.model_dump_json() + "\n")
            sys.stdout.flush()
        else:
            click.echo(summary(record))
    if failed:
        sys.exit(1)


def summary(record: Record) -> str:
    """A readable account of one record for a person at a terminal."""
    src = record.source
    lines = [f"{src.path}  ({src.media_type}, {src.pages} page(s){', OCR' if src.ocr else ''})"]
    if record.kind != "beschlusskontrolle":
        lines.append("  not a Beschlusskontrolle letter")
    else:
        def put(label: str, value: object) -> None:
            lines.append(f"  {label:<15} {value if value not in (None, '') else '—'}")
        put("resolution", record.resolution)
        put("session", record.session_number)
        put("subject", record.subject)
        for alias in record.also_concerns:
            put("also concerns", f"{alias.resolution} ({alias.session_number or '—'}) {alias.subject or ''}")
        put("letter date", record.letter_date)
        put("department", record.department)
        put("file number", record.file_number)
        put("recipients", record.recipients)
        put("confidential", {True: "yes", False: "no", None: "unclear"}[record.confidential])
        put("report", record.report_type)
        put("next review", record.next_review)
        if record.sender:
            put("signed by", ", ".join(x for x in (record.sender.name, record.sender.role) if x))
        if record.acknowledged_by:
            put("acknowledged", ", ".join(x for x in (record.acknowledged_by.name, record.acknowledged_by.role) if x))
        put("status", record.status)
        for m in record.mandates:
            due = f"  due {', '.join(m.deadlines)}" if m.deadlines else ""
            quote = m.quote if len(m.quote) <= 70 else m.quote[:67] + "..."
            lines.append(f"    {m.number:>4}. [{m.status}] {quote}{due}")
    for warning in record.warnings:
        lines.append(f"  warning: {warning}")
    return "\n".join(lines)
