"""A letterhead's two columns that a text export ran into single lines: the addressee on the left,
the sending unit and the form's labels on the right ("An die Mitglieder der   Zimmer 312" /
"Bezirksvertretung Brackwede   Telefon 0521 51-4417" / "über Frau Bezirksbürgermeisterin   Geschäftszeichen" /
"Annegret Pohlmann   660.21-Kr"), with single spaces where the columns met. The right column's
pieces are taken off the lines: its labels (with their values) go below the header's lines, where
`header.labelled_values` reads them; a unit goes above the addressee, where `header.find_department`
walks down from the city to it. The addressee's lines stay together."""
from __future__ import annotations

import re

from pipeline.dates import find_dates
from pipeline.text import RUNS_ON
from pipeline.header import FILE_LABELS, LABEL, PLACE_DATE, RECIPIENT_START, UNIT, place_date

# A label of the right column after some words of the left one ("… Reichertsried Zeichen: BA 6102-3/Mp",
# "… Brackwede Telefon 0521 51-4417", "über Frau Bezirksbürgermeisterin Geschäftszeichen"): with a colon, a value
# with a digit, or nothing after it (its value then ends the next line)
_RIGHT_LABEL = re.compile(
    r"(?<=\S)\s+(?P<label>Zimmer|Telefon|Telefax|Fax|Geschäftszeichen|Aktenzeichen|(?:Ihr|Unser|Mein)\s+Zeichen|Zeichen(?=\s*:)"
    r"|Datum|Bearbeiter(?:in)?|Sachbearbeiter(?:in)?|Auskunft|E-Mail|Az\.)"
    r"(?=\s*:|\s+[^\s:]*\d|\s*$)")
# the left column's addressee, unfinished where the right column's unit was run in ("An die Mitglieder   Bauamt")
_UNFINISHED_ADDRESSEE = re.compile(r"(?:\b(?:den|die|der|das|dem)|Mitglieder|Vorsitzenden)$")
_GOES_ON = re.compile(r"^(?:(?:des|der|dem|den)\s|[A-ZÄÖÜ][\wäöüß-]+\s+(?:der|des)\s)")


def separate(lines: list[str]) -> list[str]:
    """The header's lines with the right column's labels and unit taken off the addressee's lines."""
    start = next((i for i, line in enumerate(lines) if RECIPIENT_START.match(line.strip()) and not LABEL.match(line.strip())), None)
    if start is None:
        return lines
    left, labels, units = list(lines), [], []
    waiting = None            # a label whose value ends the next line
    waiting_at = None         # the line of that label, when it stands alone
    for i in range(start, min(len(lines), start + 8)):
        if left[i] is None:
            continue                  # a value taken off with its label
        text = left[i].rstrip()
        if not text.strip():
            continue
        if waiting:
            value = re.search(r"(?:^|\s)(?P<v>[^\s]*\d[^\s]*)$", text)
            found = True
            if _value_line(waiting, text.strip()):
                labels.append(f"{waiting}: {text.strip()}")     # the value's line holds nothing of the left column
                text = None
            elif value and _fits(waiting, value.group("v")):
                labels.append(f"{waiting}: {value.group('v')}")
                text = text[:value.start()]
            else:
                found = False
            if found and waiting_at is not None:
                left[waiting_at] = None        # the label's own line goes with its value
            elif not found and waiting_at is None:
                labels.append(waiting)         # (a label split off a line of the left column keeps its place below)
            waiting, waiting_at = None, None
        if text is None:
            left[i] = None
            continue
        m = _RIGHT_LABEL.search(text)
        alone = LABEL.match(text.strip())
        if alone and not alone.group("value") and labels:     # (inside a block whose columns ran together)
            label = text.strip().rstrip(": ")
            below = [j for j in range(i + 1, min(len(left), i + 4)) if left[j] and left[j].strip()][:2]
            whole = next((j for j in below if _value_line(label, left[j].strip())), None)
            if whole is not None and whole > below[0]:
                # its value a line further down, a line of the left column between ("Datum:" / "Neuer Markt 1" / "13. Oktober 2023")
                labels.append(f"{label}: {left[whole].strip()}")
                left[whole], text = None, None
            else:
                # the right column's label on a line of its own: off with its value, if that ends the next line
                waiting, waiting_at = label, i
        elif m and not alone:
            piece = text[m.start():].strip()
            text = text[:m.start()]
            if LABEL.match(piece) and LABEL.match(piece).group("value"):
                labels.append(piece)
            else:
                waiting = piece.rstrip(": ")
        elif not alone and (dated := PLACE_DATE.search(text)) and dated.start() > 0 and place_date(text, anywhere=True) \
                and re.search(r"[A-Za-zÄÖÜäöüß]{3}", text[:dated.start()]):
            cut = dated.start()
            # a place of one word where the left column's line cannot end before it ("der Verbandsversammlung  Hüttlingen, …")
            while RUNS_ON.search(text[:cut].rstrip()) and (space := text.find(" ", cut + 1)) > 0 and text[space + 1:space + 2].isupper():
                cut = space
            labels.append(text[cut:].strip())      # the place and date in the right column
            text = text[:cut].rstrip(" –—-|")
        elif i == start or RECIPIENT_START.match(text.strip()):
            unit = _unit_beside(text, _next_text(left, i))
            if unit:
                text = text[:len(text) - len(unit)].rstrip()
                units.append(unit)
        left[i] = text
    if waiting and waiting_at is None:
        labels.append(waiting)
    if not labels and not units:
        return lines
    end = _header_end(left, start)
    return left[:start] + units + _kept(left[start:end]) + [""] + labels + _kept(left[end:])


def _kept(lines: list[str | None]) -> list[str]:
    """The lines left (a label's line of its own was taken off whole)."""
    return [line for line in lines if line is not None]


def _value_line(label: str, line: str) -> bool:
    """A line that is all the label's value ("13. Oktober 2023", "37.2-Si/2023-118"), nothing of the left column."""
    if re.sub(r"\s+", " ", label.lower()) == "datum":
        dates = find_dates(line)
        return bool(dates) and not re.search(r"[A-Za-zÄÖÜäöüß]{3}", line[:dates[0].start] + line[dates[0].end:])
    return _fits(label, line) and not re.search(r"[A-Za-zÄÖÜäöüß]{3}", re.sub(r"\S*\d\S*", "", line))


def _fits(label: str, value: str) -> bool:
    name = re.sub(r"\s+", " ", label.lower())
    if name == "datum":
        return bool(find_dates(value))
    if name in ("telefon", "telefax", "fax", "zimmer"):
        return not re.search(r"[A-Za-zÄÖÜäöüß]", value)
    return name in FILE_LABELS


def _unit_beside(text: str, below: str) -> str | None:
    """The unit run into an addressee's first line ("An die Mitglieder Bauamt" / "des Marktgemeinderats …"),
    when what is left is unfinished and the next line goes on with it."""
    words = text.split()
    if not _GOES_ON.match(below) or UNIT.match(below):
        return None
    for k in range(2, len(words)):
        head, unit = " ".join(words[:k]), " ".join(words[k:])
        if _UNFINISHED_ADDRESSEE.search(head) and UNIT.match(unit) and not RECIPIENT_START.match(unit):
            return unit
    return None


def _next_text(lines: list[str], i: int) -> str:
    """The next line with words (not OCR's debris, "»ﬁ")."""
    return next((x.strip() for x in lines[i + 1:] if re.search(r"[A-Za-zÄÖÜäöüß]{3}", x)), "")


def _header_end(lines: list[str], start: int) -> int:
    """Where the addressee's block ends: at its first blank line, or eight lines down."""
    for i in range(start, min(len(lines), start + 8)):
        if lines[i] is not None and not lines[i].strip():
            return i
    return min(len(lines), start + 8)
