"""Forms that print one block of labelled rows per point, labels without colons:

    Beschlusspunkt 01 Die Stadtverwaltung wird beauftragt, …
    Erledigungsvermerk ☐ erledigt ☒ in Bearbeitung ☐ nicht umsetzbar
    Sachstand / Begründung bei Verzug Von 86 Schulen sind 61 …
    Termin 31.12.2024

A label is the longest run of words that starts two or more lines and then goes on
differently, and whose first word names a row the reader knows (point, answer, state, date).
Such rows are rewritten into the labelled form the point reader understands ("Sachstand: …",
"Status: in Bearbeitung", "Termin: 31.12.2024", "Beschlusspunkt 01: …"). A form with one
point repeats nothing and is left as it is.
"""
from __future__ import annotations

import re
from collections import Counter

# What a row's label may start with, and the row it makes.
_ROLE_OF_HEAD = (
    (re.compile(r"^(?:Beschlusspunkt|Punkt|Ziffer|Teilbeschluss)$"), "point"),
    (re.compile(r"^(?:Sachstand|Stand|Umsetzung|Umsetzungsstand|Begründung|Bemerkung(?:en)?|Antwort|Stellungnahme"
                r"|Ergebnis|Erläuterung(?:en)?)$"), "answer"),
    (re.compile(r"^(?:Erledigungsvermerk|Erledigung|Erledigungsstand|Status|Umsetzungsstatus|Bearbeitungsstand)$"), "status"),
    (re.compile(r"^(?:Termin|Frist|Zieltermin|Endtermin)$"), "date"),
)
_CANONICAL = {"answer": "Sachstand", "status": "Status", "date": "Termin"}
# A box before each option: ticked ☒ (OCR: X), empty ☐ (OCR: D, O, [])
_TICKED = r"(?:☒|☑|\[[xX]\]|[xX])"
_EMPTY = r"(?:☐|□|\[\s?\]|[DO0])"
_OPTION = re.compile(rf"(?:(?<=\s)|^)(?P<box>{_TICKED}|{_EMPTY})\s+(?P<option>[a-zäöüß][^☐□☒☑\[]*?)(?=\s+(?:{_TICKED}|{_EMPTY})\s|$)")


def _role(head: str) -> str | None:
    return next((role for pattern, role in _ROLE_OF_HEAD if pattern.match(head)), None)


def _value_start(word: str) -> bool:
    """A number or a box ends a label ("Beschlusspunkt 01", "Erledigungsvermerk ☐ erledigt")."""
    return bool(re.match(r"^(?:\d|[\[☐□☒☑]|[A-Za-z]$)", word))


def find_labels(lines: list[str]) -> dict[str, str]:
    """Repeated row labels and their roles: {"Sachstand / Begründung bei Verzug": "answer", …}."""
    words = [line.split() for line in lines if line.strip()]
    labels: dict[str, str] = {}
    for head, count in Counter(w[0] for w in words).items():
        role = _role(head)
        if role is None or count < 2:
            continue
        rows = [w for w in words if w[0] == head]
        if any(":" in " ".join(w[:5]) for w in rows):
            continue        # labelled with a colon ("Stand der Umsetzung: …"): the reader knows those
        n = 1
        # extend the label while every row goes on with the same word (never over a number: "Beschlusspunkt 01")
        while all(len(w) > n + 1 for w in rows) and len({w[n] for w in rows}) == 1 and not _value_start(rows[0][n]):
            n += 1
        if role == "point" and not all(re.fullmatch(r"\d{1,2}[a-z]?", w[n]) for w in rows if len(w) > n):
            continue
        labels[" ".join(rows[0][:n])] = role
    return labels


def choice(value: str) -> str | None:
    """The one ticked option of a row of boxes, '' when none or several are ticked, None if no boxes."""
    options = list(_OPTION.finditer(value))
    if len(options) < 2:
        return None
    ticked = [m.group("option").strip() for m in options if re.fullmatch(_TICKED, m.group("box"))]
    return ticked[0] if len(ticked) == 1 else ""


def _label_of(text: str, labels: dict[str, str]) -> str | None:
    return next((label for label in labels if text == label or text.startswith(label + " ")), None)


def _second_lines(lines: list[str], labels: dict[str, str]) -> dict[int, int]:
    """A label's wrapped second line printed beside its value's second line ("Sachstand / Begründung" /
    "bei Verzug Arbeiten; …"): the same lower-case words opening the line after each of its rows.
    {line index: characters to strip}."""
    after: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        label = _label_of(line.strip(), labels)
        if label:
            following = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
            if following is not None and not _label_of(lines[following].strip(), labels):
                after.setdefault(label, []).append(following)
    strip: dict[int, int] = {}
    for label, at in after.items():
        words = [lines[j].split() for j in at]
        if len(words) < 2 or not words[0] or not words[0][0][:1].islower():
            continue
        n = 0
        while n < 3 and all(len(w) > n + 1 and w[n] == words[0][n] for w in words):
            n += 1
        if n:
            prefix = " ".join(words[0][:n])
            strip.update({j: len(lines[j]) - len(lines[j].lstrip()) + len(prefix) for j in at})
    return strip


def _label_tail(lines: list[str], labels: dict[str, str]) -> str | None:
    """The same words after every point's number, which go on its label: "Ziffer 1 des Beschlusses",
    "Ziffer 2 des Beschlusses"."""
    rests = set()
    for line in lines:
        label = _label_of(line.strip(), labels)
        if label and labels[label] == "point":
            rests.add(line.strip()[len(label):].strip().partition(" ")[2])
    tail = rests.pop() if len(rests) == 1 else ""
    return tail if re.fullmatch(r"(?:des|der)\s+[A-ZÄÖÜ]\w+", tail) else None


def _value_beside(text: str, labels: dict[str, str]) -> bool:
    """Whether a row carries its value on its line (a point's words after its number)."""
    label = _label_of(text, labels)
    value = text[len(label):].strip()
    return bool(value.partition(" ")[2] if labels[label] == "point" else value)


def rewrite(lines: list[str]) -> list[str]:
    """The lines, with each repeated form row in the labelled form the point reader knows; inside
    the form, blank lines are the layout's spacing of cells, not paragraphs."""
    labels = find_labels(lines)
    if not labels:
        return lines
    rows = [k for k, line in enumerate(lines) if _label_of(line.strip(), labels)]
    strip = _second_lines(lines, labels)
    lines = [line[strip[k]:].lstrip() if k in strip else line for k, line in enumerate(lines)]
    # (headings alone, "Beschlusspunkt 3" over its words, are no rows of cells: blank lines part their paragraphs, but
    # for those right under a heading or a clause that goes on, "Der Oberbürgermeister wird beauftragt," over "a) …")
    if any(_value_beside(lines[k].strip(), labels) for k in rows):
        lines = [line for k, line in enumerate(lines) if line.strip() or not rows[0] < k < rows[-1]]
    else:
        heads, above, kept = set(rows), None, []
        for k, line in enumerate(lines):
            if line.strip() or above is None or not (above in heads or lines[above].rstrip().endswith((",", ":"))):
                kept.append(line)
            above = k if line.strip() else above
        lines = kept
    label_tail = _label_tail(lines, labels)
    out = []
    for line in lines:
        text = line.strip()
        label = _label_of(text, labels)
        if label is None:
            out.append(line)
            continue
        role, value = labels[label], text[len(label):].strip()
        if role == "point":
            number, _, rest = value.partition(" ")
            out.append(f"{label} {number}: {'' if rest == label_tail else rest}".rstrip())
        elif role == "status":
            ticked = choice(value)
            if ticked != "":         # no box or several ticked: the row says nothing
                out.append(f"Status: {ticked if ticked is not None else value}")
        else:
            out.append(f"{_CANONICAL[role]}: {value}")
    return out
