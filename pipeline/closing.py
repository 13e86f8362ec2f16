"""Closing fields: signatories, Kenntnisnahme, next review, report type."""
from __future__ import annotations

import re

from models import Person
from pipeline.dates import find_dates
from pipeline.sections import ACK, GREETING
from pipeline.text import clean_value

_TITLE = r"(?:(?:Prof\.|Dr\.(?:\s?-?\s?Ing\.|\s?rer\.\s?\w+\.|\s?jur\.|\s?med\.|\s?phil\.)?|Dipl\.\s?-\s?\w+\.(?:\s?\(FH\))?|Mag\.|M\.\s?A\.|B\.\s?A\.)\s*)"
_NAME_WORD = r"[A-ZÄÖÜ][a-zäöüßé]+(?:-[A-ZÄÖÜ][a-zäöüßé]+)?"
NAME = re.compile(rf"^{_TITLE}*{_NAME_WORD}(?:\s+(?:von\s+|van\s+|de\s+|zu\s+)?{_NAME_WORD}){{1,3}}$")
ROLE_WORD = re.compile(
    r"(?:meister|Beigeordnet|leiter|Leiter|Direktor|Referent|Dezernent|Präsident|Kämmerer|Vorsitzend|Sprecher|Stadtrat|"
    r"Stadträtin|Geschäftsführ|Landrat|Dezernat|Amtsleit|Bürgermeister|Beauftragt|Stellvertret|Vertreter|Abteilung|"
    r"Sachbearbeit|Fachbereich|Verwaltung|Erste[rn]?\b)", re.I)
_DEPUTY = re.compile(r"^(?:in\s+Vertretung|i\.\s?V\.|In\s+Vertretung|im\s+Auftrag|i\.\s?A\.)\s*:?\s*(?P<rest>.*)$")
_NEXT_REVIEW = re.compile(
    r"(?:[Nn]ächste[n]?\s+(?:Beschlusskontrolle|Berichterstattung|Sachstandsmitteilung|Sachstandsbericht|Information|Bericht)"
    r"|Wiedervorlage|erneut(?:e)?\s+(?:Beschlusskontrolle|berichtet|Bericht)|weitere\s+Beschlusskontrolle)")
_NO_FURTHER = re.compile(r"\b(?:keine\s+weitere(?:n)?\s+Beschlusskontrolle|Beschlusskontrolle\s+(?:ist|wird)\s+(?:damit\s+)?"
                         r"(?:abgeschlossen|beendet|eingestellt))", re.I)
_FINAL = re.compile(
    r"\b(?:abschließende?[n]?\s+(?:Information|Bericht|Beschlusskontrolle|Mitteilung)|Abschluss\s+der\s+Bearbeitung|Abschlussbericht"
    r"|abschließend\s+(?:mitteilen|berichten|informieren)|(?:ist|sind|wurde|wurden)\s+(?:wie\s+folgt\s+)?(?:vollständig\s+)?umgesetzt\s+worden"
    r"|(?:ist|wurde)\s+(?:damit\s+)?(?:vollständig\s+)?(?:erledigt|abgeschlossen)\s*[.:]|Schlussbericht)", re.I)
_INTERIM = re.compile(r"\b(?:Zwischenstand|Zwischenbericht|Sachstand|aktuellen\s+Stand|derzeitigen\s+Stand|Zwischeninformation)\b", re.I)
_DEBRIS = re.compile(r"^[^A-Za-zÄÖÜäöü]*$|^\W?\w{0,2}\W*$")


def find_next_review(lines: list[str]) -> str | None:
    for k, line in enumerate(lines):
        m = _NEXT_REVIEW.search(line)
        if not m:
            continue
        window = line[m.end():] + " " + " ".join(lines[k + 1:k + 2])
        dates = find_dates(window)
        if dates and dates[0].start < 40:
            return dates[0].value
        y = re.search(r"(?:Ende|Mitte|Anfang)?\s*((?:19|20)\d{2})\b", window)
        if y and y.start() < 40:
            return y.group(1)
    return None


def find_report_type(lead: str, body_text: str, next_review: str | None, statuses: list[str]) -> str:
    if _NO_FURTHER.search(body_text) or _FINAL.search(lead):
        return "final"
    if next_review or _INTERIM.search(lead):
        return "interim"
    if _FINAL.search(body_text):
        return "final"
    known = [s for s in statuses if s != "unknown"]
    if known and all(s in ("done", "rejected") for s in known):
        return "final"
    return "interim"


def _is_name(line: str) -> bool:
    return bool(NAME.match(line)) and not ROLE_WORD.search(line)


def _person_block(lines: list[str]) -> tuple[Person | None, int]:
    """A name and the role printed under it; returns the person and the lines used."""
    name = None
    role: list[str] = []
    used = 0
    for i, raw in enumerate(lines):
        text = raw.strip()
        used = i + 1
        if not text:
            if name and role:
                break
            continue
        if ACK.match(text) or GREETING.match(text) or re.match(r"^Anlage", text):
            used = i
            break
        deputy = _DEPUTY.match(text)
        if deputy:
            if deputy.group("rest") and _is_name(deputy.group("rest")):
                name, role = deputy.group("rest"), []
            continue
        if name is None:
            if _is_name(text):
                name = text
            elif ROLE_WORD.search(text) and len(text) < 80 and not re.search(r"\d", text):
                role.append(text)   # only the role is left: the name did not survive
                name = ""
            continue
        if _is_name(text) and role:
            used = i
            break
        if _is_name(text) and not role:   # a signature scrawl read as a name, then the name
            name = text
            continue
        if re.search(r"\d", text) or len(text) > 90:
            used = i
            break
        role.append(text)
    if name is None:
        return None, used
    return Person(name=name or None, role=clean_value("\n".join(role)) if role else None), used


def find_signatories(closing: list[str]) -> tuple[Person | None, Person | None]:
    """(sender, acknowledged_by) from the lines after the greeting."""
    lines = [line for line in closing if not GREETING.match(line.strip())]
    ack_at = next((i for i, line in enumerate(lines) if ACK.match(line.strip())), None)
    before = lines if ack_at is None else lines[:ack_at]
    sender, _ = _person_block([line for line in before if not _DEBRIS.match(line.strip()) or not line.strip()])
    acknowledged = None
    if ack_at is not None:
        after = [re.sub(r"^Kenntnis(?:nahme|\s+genommen)\s*:?\s*", "", lines[ack_at].strip())] + lines[ack_at + 1:]
        after = [line for line in after if not _DEBRIS.match(line.strip()) or not line.strip()]
        acknowledged, _ = _person_block(after)
        if sender is None and acknowledged is not None:
            # OCR put the sender's block after the Kenntnisnahme label: two people follow it.
            rest = after[_person_block(after)[1]:]
            second, _ = _person_block(rest)
            if second is not None:
                sender, acknowledged = acknowledged, second
    return sender, acknowledged
