"""What one test letter says, and the record it must give (its truth), by construction.

A `LetterSpec` describes the content and the printed style of one Beschlusskontrolle
letter. `truth(spec)` derives the contract record (without `source` and `warnings`) from
the spec alone, so every rendering of the spec (text, digital PDF, scan) shares one truth.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from models.record import overall_status

QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "»": '"', "«": '"'})


def plain(text: str) -> str:
    """A field value as the contract writes it: typographic quotes as '"', one line."""
    return " ".join(text.translate(QUOTES).split())


@dataclass(frozen=True)
class Point:
    """One quoted resolution point and the administration's answer to it."""
    number: str                    # as printed: "1", "2a"; "" for a single unnumbered point
    quote: str                     # may contain „inner“ quotes
    response: tuple[str, ...]      # paragraphs; () when the next answer covers this point too
    status: str
    deadlines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resolution:
    ident: str                     # V0870/21, A0123/20, V-Pl0013/19
    session: str                   # SR/026/2021, SBR Pl/048/2019
    subject: tuple[str, ...]       # printed lines
    points: tuple[Point, ...]
    decided: date | None = None    # printed by layout B ("Beschluss vom ...")

    @property
    def word(self) -> str:
        return "Antrag" if self.ident.startswith("A") else "Vorlage"


@dataclass(frozen=True)
class Signatory:
    name: str
    role: tuple[str, ...]          # printed lines under the name; () when none


@dataclass(frozen=True)
class LetterSpec:
    id: str
    layout: str                            # "A" Geschäftsbereich form, "B" Amt DIN 5008, "C" centered letterhead
    city: str
    department: tuple[str, ...]            # letterhead lines
    file_number: str
    file_label: str                        # "GZ:", "Az.:", "Unser Zeichen", "Aktenzeichen:"
    letter_date: date
    date_style: str                        # see wording.print_date
    resolutions: tuple[Resolution, ...]
    recipients: tuple[str, ...]
    marking: str                           # "unticked", "ticked", "label_only", "nicht_oeffentlich", "vertraulich", "none"
    numbering: str                         # "dot" 1.  "dash" - 1.  "paren" 1)  "beschlusspunkt"  "punkt"
    quoting: str                           # "each", "block", "block_zu", "unquoted"
    greeting: str
    lead_in: str
    final: bool
    review_line: str | None                # printed next-review line
    next_review: str | None                # its ISO value
    sender: Signatory
    in_vertretung: bool = False
    acknowledged: Signatory | None = None
    enactment: bool = False                # "Der Stadtrat beschließt:" before the points
    sachstand: bool = False                # answers open with "Sachstand:"
    closing: str = "Mit freundlichen Grüßen"
    final_note: str | None = None          # closing sentence of a final report (not part of an answer)
    txt_style: str = "flow"                # "flow": a paragraph per line; "wrapped": lines, hyphens, page furniture
    txt_artifacts: bool = False            # stray '**' after quotes, as some PDF-to-text tools print
    notes: str = ""                        # what this letter exercises (for the golden README)
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def is_letter(self) -> bool:
        return True


def confidential_value(marking: str) -> bool | None:
    """The contract's rule for the printed marking."""
    return {"unticked": False, "none": False, "ticked": True, "nicht_oeffentlich": True,
            "vertraulich": True, "label_only": None}[marking]


def mandate_truths(res: Resolution) -> list[dict]:
    """Points in order; a point answered together with the following ones carries that whole answer."""
    out = []
    for i, p in enumerate(res.points):
        answer = next(q.response for q in res.points[i:] if q.response)
        out.append({
            "number": p.number or "1",
            "resolution": res.ident,
            "quote": plain(p.quote),
            "response": plain(" ".join(answer)),
            "status": p.status,
            "deadlines": list(p.deadlines),
        })
    return out


def truth(spec: LetterSpec) -> dict:
    """The record (without source and warnings) in the contract's field order."""
    first, *more = spec.resolutions
    mandates = [m for r in spec.resolutions for m in mandate_truths(r)]
    return {
        "kind": "beschlusskontrolle",
        "city": spec.city,
        "department": plain(" ".join(spec.department)),
        "file_number": spec.file_number,
        "letter_date": _letter_date_iso(spec),
        "resolution": first.ident,
        "session_number": first.session,
        "subject": plain(" ".join(first.subject)),
        "also_concerns": [{"resolution": r.ident, "session_number": r.session, "subject": plain(" ".join(r.subject))}
                          for r in more],
        "confidential": confidential_value(spec.marking),
        "recipients": plain(" ".join(spec.recipients)),
        "report_type": "final" if spec.final else "interim",
        "next_review": spec.next_review,
        "sender": {"name": spec.sender.name, "role": plain(" ".join(spec.sender.role)) or None},
        "acknowledged_by": ({"name": spec.acknowledged.name, "role": plain(" ".join(spec.acknowledged.role)) or None}
                            if spec.acknowledged else None),
        "mandates": mandates,
        "status": overall_status([m["status"] for m in mandates]),
    }


def _letter_date_iso(spec: LetterSpec) -> str:
    from tests.letters.wording import iso_of_printed
    return iso_of_printed(spec.letter_date, spec.date_style)


@dataclass(frozen=True)
class OtherSpec:
    """A council document that is not a Beschlusskontrolle letter (agenda, minutes, ...)."""
    id: str
    kind: str                              # "tagesordnung", "niederschrift", "ausfertigung", "presse"
    city: str
    letter_date: date
    resolution: Resolution                 # the resolution the document mentions
    notes: str = ""
    txt_style: str = "flow"

    @property
    def is_letter(self) -> bool:
        return False


def other_truth(spec: OtherSpec) -> dict:
    return {"kind": "unknown", "city": None, "department": None, "file_number": None, "letter_date": None,
            "resolution": None, "session_number": None, "subject": None, "also_concerns": [],
            "confidential": None, "recipients": None, "report_type": None, "next_review": None,
            "sender": None, "acknowledged_by": None, "mandates": [], "status": "unknown"}
