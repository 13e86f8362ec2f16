"""The contract record as frozen pydantic models.

One input document becomes one `Record`. Field names, vocabularies and meanings follow
the project's record contract; each field carries a description that also feeds
`metadata.json` and the README, so the documentation cannot drift from the code.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["done", "in_progress", "not_started", "rejected", "unknown"]
Kind = Literal["beschlusskontrolle", "unknown"]
ReportType = Literal["interim", "final"]
MediaType = Literal["application/pdf", "image/png", "image/tiff", "image/jpeg", "text/plain"]

# An ISO date with the precision that could be read: YYYY, YYYY-MM or YYYY-MM-DD.
PartialDate = str
Deadline = PartialDate
PARTIAL_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Frozen):
    path: str = Field(description="The path of the document as it was given.")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$",
                        description="Hex SHA-256 of the file's bytes: the document's identity.")
    media_type: MediaType = Field(description="Media type, decided from the file's bytes, not its name.")
    pages: int = Field(ge=0, description="Page count (1 for an image or a text file).")
    ocr: bool = Field(description="True when any text of the document came from OCR.")


class Person(_Frozen):
    name: str | None = Field(default=None, description="Name with academic title as printed.")
    role: str | None = Field(default=None, description="Role as printed under the name.")


class Alias(_Frozen):
    """A further resolution that the same letter reports on."""
    resolution: str = Field(description="Identifier of the resolution as printed (OCR confusions repaired).")
    session_number: str | None = Field(default=None, description="Session in which it was decided.")
    subject: str | None = Field(default=None, description="Title of the resolution.")


class Mandate(_Frozen):
    number: str = Field(description='Number of the resolution point as printed ("1", "2a"); "1" for a single unnumbered point.')
    resolution: str | None = Field(default=None, description="The resolution this point belongs to.")
    quote: str = Field(description="The resolution text quoted in the letter, without quote marks, one line.")
    response: str = Field(default="", description="The administration's answer to this point.")
    status: Status = Field(description="Implementation status of this point as the answer gives it.")
    deadlines: list[Deadline] = Field(default_factory=list,
                                      description="Target dates the answer promises for future work, ISO with printed precision.")


class Box(_Frozen):
    """A rectangle on a page, in the page's own units (PDF points; pixels for an image file)."""
    page: int = Field(ge=1, description="1-based page number.")
    x0: float
    y0: float = Field(description="Top edge, measured from the top of the page.")
    x1: float
    y1: float = Field(description="Bottom edge, measured from the top of the page.")


class Span(_Frozen):
    """Where one value was read: boxes on pages (PDFs and images), or lines and characters
    of the decoded text (text files)."""
    text: str = Field(description="The words the value was read from, as printed (or as OCR read them).")
    boxes: list[Box] = Field(default_factory=list, description="One box per printed line the value covers.")
    line: int | None = Field(default=None, description="Text files: 1-based first line.")
    end_line: int | None = Field(default=None, description="Text files: 1-based last line.")
    start: int | None = Field(default=None, description="Text files: offset of the first character in the decoded text.")
    end: int | None = Field(default=None, description="Text files: offset after the last character.")


class Provenance(_Frozen):
    """Where each value of a record was read. Keys are field paths: `city`, `sender.name`,
    `also_concerns[0].resolution`, `mandates[2].quote`, `mandates[2].deadlines[0]`; a point's
    `status` points at the answer it was read from. A value that could not be found again on
    the page has no key (derived values such as the overall `status` have none)."""
    page_sizes: list[tuple[float, float]] = Field(default_factory=list,
                                                  description="(width, height) of each page read, in box units.")
    fields: dict[str, Span] = Field(default_factory=dict)


class Record(_Frozen):
    source: Source = Field(description="The document this record was read from.")
    kind: Kind = Field(description="beschlusskontrolle for a report on how resolutions are implemented; unknown for anything else.")
    city: str | None = Field(default=None, description="Issuing authority as printed, e.g. Landeshauptstadt Dresden.")
    department: str | None = Field(default=None, description="Issuing unit as printed in the letterhead.")
    file_number: str | None = Field(default=None, description="The letter's own reference (GZ, Az., Unser Zeichen) without its label.")
    letter_date: PartialDate | None = Field(default=None, pattern=PARTIAL_DATE_PATTERN,
                                            description="The letter's date, ISO with the precision that can be read.")
    resolution: str | None = Field(default=None, description="The resolution the letter reports on (the first one when several).")
    session_number: str | None = Field(default=None, description="The session in which the resolution was decided.")
    subject: str | None = Field(default=None, description="Title of the resolution.")
    also_concerns: list[Alias] = Field(default_factory=list, description="Further resolutions the same letter reports on, in order.")
    confidential: bool | None = Field(default=None,
                                      description="True when marked confidential; false when not; null when the form box cannot be seen.")
    recipients: str | None = Field(default=None, description="The addressee block, lines joined by single spaces.")
    report_type: ReportType | None = Field(default=None, description="interim (a further review follows) or final.")
    next_review: PartialDate | None = Field(default=None, pattern=PARTIAL_DATE_PATTERN,
                                            description="Date of the next announced review, ISO with printed precision.")
    sender: Person | None = Field(default=None, description="The signatory (the deputy when one signs in Vertretung).")
    acknowledged_by: Person | None = Field(default=None, description="Who signed Kenntnisnahme (the first when several).")
    mandates: list[Mandate] = Field(default_factory=list, description="The quoted resolution points in order.")
    status: Status = Field(description="Overall status, derived from the points' statuses.")
    warnings: list[str] = Field(default_factory=list, description="Notes on anything uncertain or not found.")
    provenance: Provenance | None = Field(default=None, description="Where each value was read (optional; not a contract field).")
    corrected: list[str] = Field(default_factory=list,
                                 description="Field paths an archivist corrected: their values are the corrections (archive only).")


def overall_status(statuses: list[str] | tuple[str, ...]) -> str:
    """The letter's status from its points' statuses (the contract's rule)."""
    known = [s for s in statuses if s != "unknown"]
    if not known:
        return "unknown"
    if all(s == "rejected" for s in known):
        return "rejected"
    if all(s in ("done", "rejected") for s in known):
        return "done"
    if all(s == "not_started" for s in known):
        return "not_started"
    return "in_progress"
