"""LetterSpec -> Composition: the printed content, independent of the output format.

The head (letterhead column, recipients, date, marking) is kept apart from the flowing
body so that the PDF renderer can place it by geometry and the text renderer can print
the blocks one after the other, as a PDF-to-text tool does.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from tests.letters.spec import LetterSpec, Point, Resolution
from tests.letters.wording import print_date


@dataclass(frozen=True)
class Block:
    """One paragraph of the flowing body."""
    text: str
    style: str = "body"          # body, bold, italic, small
    label: str | None = None     # hanging label ("1.", "- 1.", "2a)")
    gap: float = 1.0             # blank lines before
    justify: bool = False
    keep_next: bool = False
    space_after_lines: int = 0   # room for a handwritten signature


@dataclass(frozen=True)
class Head:
    layout: str
    city: str
    department: tuple[str, ...]
    file_label: str
    file_number: str
    date_label: str              # "Datum:" / "Datum" / "" (C prints "Dresden, <date>")
    date_text: str
    stamp: bool                  # date printed by a rubber stamp
    marking: str
    recipients: tuple[str, ...]
    info_rows: tuple[tuple[str, str], ...] = ()   # layout B info block
    return_address: str = ""                       # layout B line above the recipients


@dataclass(frozen=True)
class Composition:
    head: Head
    body: tuple[Block, ...]
    running_header: str
    footer: tuple[str, ...]
    family: str = "sans"         # sans, serif, mono
    txt_style: str = "flow"
    txt_artifacts: bool = False
    blocks_extra: dict = field(default_factory=dict)


FOOTER = {
    "A": ("Postanschrift: {city} · Postfach 12 00 20 · 01001 Dresden",
          "Besucheranschrift: Rathaus, Dr.-Külz-Ring 19 · Internet: www.dresden.de"),
    "B": ("{city} · Postfach 12 00 20 · 01001 Dresden · Telefon 0351 488-0 · www.dresden.de",
          "Ostsächsische Sparkasse Dresden · IBAN DE27 8505 0300 3120 0471 11"),
    "C": ("{city} · Dr.-Külz-Ring 19 · 01067 Dresden · www.dresden.de",),
}


def compose(spec: LetterSpec) -> Composition:
    dept = " ".join(spec.department)
    date_text = print_date(spec.letter_date, spec.date_style)
    head = Head(
        layout=spec.layout, city=spec.city, department=spec.department,
        file_label=spec.file_label, file_number=spec.file_number,
        date_label={"A": "Datum:", "B": "Datum", "C": ""}[spec.layout],
        date_text=date_text if spec.layout != "C" else f"Dresden, {date_text}",
        stamp=spec.date_style.startswith("stamp"),
        marking=spec.marking, recipients=spec.recipients,
        info_rows=((spec.file_label, spec.file_number), ("Bearbeitung", spec.extra.get("clerk", "Frau Beyer")),
                   ("Telefon", "0351 488-" + spec.extra.get("phone", "3172")), ("Datum", date_text))
        if spec.layout == "B" else (),
        return_address=f"{spec.city} · {dept} · Postfach 12 00 20 · 01001 Dresden" if spec.layout == "B" else "",
    )
    body = [*_reference(spec), Block(spec.greeting, gap=1.5), Block(spec.lead_in, gap=1, justify=True)]
    several = len(spec.resolutions) > 1
    for res in spec.resolutions:
        if several:
            body.append(Block(f"Zu {res.ident}:", style="bold", gap=1, keep_next=True))
        body.extend(_points(spec, res))
    body.extend(_closing(spec))
    running = {"A": spec.city, "B": f"{spec.city}, {dept}", "C": ""}[spec.layout]
    footer = tuple(line.format(city=spec.city) for line in FOOTER[spec.layout])
    family = spec.extra.get("family", {"A": "sans", "B": "sans", "C": "serif"}[spec.layout])
    return Composition(head, tuple(body), running, footer, family, spec.txt_style, spec.txt_artifacts)


def _reference(spec: LetterSpec) -> list[Block]:
    """The reference line(s) naming the resolution(s), and the subject lines."""
    out: list[Block] = []
    if spec.layout == "C":
        out.append(Block(f"{spec.file_label} {spec.file_number}", gap=0))
    for i, res in enumerate(spec.resolutions):
        if spec.layout == "A":
            word = "Beschlusskontrolle zu" if i == 0 else "und zu"
            ref = f"{word} {res.ident} (Sitzungsnummer: {res.session})"
        elif spec.layout == "B":
            if i == 0:
                out.append(Block("Beschlusskontrolle", style="bold", gap=0, keep_next=True))
            decided = f" – Beschluss vom {res.decided:%d.%m.%Y}" if res.decided else ""
            ref = f"{'sowie ' if i else ''}{res.word} {res.ident}{decided} ({res.session})"
        else:
            ref = (f"Beschlusskontrolle – {res.word} {res.ident}, Sitzung {res.session}" if i == 0
                   else f"sowie {res.word} {res.ident}, Sitzung {res.session}")
        first_gap = 1.5 if i == 0 and spec.layout == "C" else 0
        out.append(Block(ref, style="bold", gap=first_gap, keep_next=True))
        out.extend(Block(line, style="bold", gap=0, keep_next=True) for line in res.subject)
    return out


def label_for(spec: LetterSpec, number: str) -> str:
    if not number:
        return ""
    if not number.isdigit():                 # sub-point 2a
        return f"{number})"
    return {"dot": f"{number}.", "dash": f"- {number}.", "paren": f"{number})",
            "beschlusspunkt": f"{number}.", "punkt": f"{number}."}[spec.numbering]


def _answer(spec: LetterSpec, point: Point) -> list[Block]:
    paras = list(point.response)
    if spec.sachstand and paras:
        paras[0] = "Sachstand: " + paras[0]
    # an unquoted point is told from its answer by a paragraph break (and italics in the PDF)
    first_gap = 1.0 if spec.quoting == "unquoted" else 0.5
    return [Block(p, gap=first_gap if i == 0 else 0.5, justify=True) for i, p in enumerate(paras)]


def _quoted(text: str) -> str:
    return f"„{text}“"


def _points(spec: LetterSpec, res: Resolution) -> list[Block]:
    out: list[Block] = []
    if spec.quoting in ("block", "block_zu"):
        return _block_points(spec, res)
    if spec.enactment:
        out.append(Block("Der Stadtrat beschließt:", gap=1, keep_next=True))
    for p in res.points:
        if spec.quoting == "unquoted" or spec.numbering in ("beschlusspunkt", "punkt"):
            word = "Beschlusspunkt" if spec.numbering == "beschlusspunkt" else "Punkt"
            out.append(Block(f"{word} {p.number or '1'}:", style="bold", gap=1, keep_next=True))
            text = p.quote if spec.quoting == "unquoted" else _quoted(p.quote)
            out.append(Block(text, style="italic", gap=0.5, keep_next=True, justify=True))
        else:
            label = label_for(spec, p.number) or None
            out.append(Block(_quoted(p.quote), label=label, gap=1, keep_next=True, justify=True))
        out.extend(_answer(spec, p))
    return out


def _block_points(spec: LetterSpec, res: Resolution) -> list[Block]:
    """All points quoted in one block, then one joint answer or 'zu Beschlusspunkt N' answers."""
    out: list[Block] = []
    n = len(res.points)
    opener = "„Der Stadtrat beschließt:" if spec.enactment else None
    if opener:
        out.append(Block(opener, gap=1, keep_next=True))
    for i, p in enumerate(res.points):
        text = p.quote
        if i == 0 and not opener:
            text = "„" + text
        if i == n - 1:
            text = text + "“"
        out.append(Block(text, label=label_for(spec, p.number) or None, gap=1 if i == 0 else 0.5, justify=True))
    if spec.quoting == "block":
        out.extend(_answer(spec, res.points[-1]))
        return out
    for p in res.points:
        out.append(Block(f"zu Beschlusspunkt {p.number}", gap=1, keep_next=True))
        out.extend(_answer(spec, p))
    return out


def _closing(spec: LetterSpec) -> list[Block]:
    out: list[Block] = []
    if spec.final_note:
        out.append(Block(spec.final_note, gap=1, justify=True))
    if spec.review_line:
        out.append(Block(spec.review_line, gap=1))
    out.append(Block(spec.closing, gap=1.5, keep_next=True, space_after_lines=3))
    if spec.in_vertretung:
        out.append(Block("in Vertretung", gap=0, keep_next=True))
    out.append(Block(spec.sender.name, gap=0, keep_next=True))
    out.extend(Block(line, gap=0, keep_next=True) for line in spec.sender.role)
    if spec.acknowledged:
        out.append(Block("Kenntnisnahme:", gap=1.5, keep_next=True, space_after_lines=3))
        out.append(Block(spec.acknowledged.name, gap=0, keep_next=True))
        out.extend(Block(line, gap=0, keep_next=True) for line in spec.acknowledged.role)
    return out
