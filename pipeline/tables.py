"""Letters that answer in a table (Nr. | Beschlusspunkt | Sachstand | Status | Termin).

A row of column headings opens the table; each heading's left edge starts a column, and a
number in the first column starts a record. The records come out as text the points reader
already knows: the point quoted after its number, the answer below it, and the status and
date cells as labelled lines (`Status: …`, `Termin: …`) that the reader keeps apart from the
answer. Works on positioned words, so digital pages and OCR pages alike.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from statistics import median_high

from pipeline.dates import find_periods
from pipeline.lexicon import PAGE_MARK
from pipeline.markers import next_numbers
from pipeline.references import find_resolutions, has_resolution
from pipeline.text import join_lines, sentence_spans

# Heading words by the role of their column.
ROLES = {
    "number": re.compile(r"^(?:Nr\.?|Ziff(?:er|\.)?|Pkt\.?|lfd\.?|Punkt)$", re.I),
    "point": re.compile(r"^(?:Beschlusspunkt|Beschlusstext|Beschlussinhalt|Beschlussteil|Beschlussantrag|Beschlussziffer|Auftrag"
                        r"|Inhalt|Beschluss|Maßnahme)$", re.I),
    "answer": re.compile(r"^(?:Sachstand|Erledigungsvermerk|Umsetzungsstand|Stellungnahme|Bemerkung(?:en)?|Umsetzung|Ergebnis|Vollzug(?:sstand|svermerk)?"
                         r"|Stand)$", re.I),
    "status": re.compile(r"^(?:Status|Bewertung|Ampel|Erledigt\??)$", re.I),
    "date": re.compile(r"^(?:Termin|Frist|Zieltermin|Erledigung|Endtermin)$", re.I),
    "other": re.compile(r"^(?:zuständig(?:es)?|Zuständigkeit|verantwortlich|Federführung|Amt|Fachbereich)$", re.I),
}
_RECORD_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})?[a-z]?[.)]?|[a-h]\))$")
# a letter alone in the number column numbers a record as well ("a", "b." under "Pkt.")
_LETTER_IN_NUMBER_CELL = re.compile(r"^[a-h]\.?$")
# OCR reads a ruling as "|", "-" or a run of dashes; a single dash between a cell's words is the text's ("Zentrum – Nord")
_RULE = re.compile(r"^(?:[|¦!\[\]_]+|[—–-]{2,}|-)$")
# (the annex's label, "Anlage: …", "Anlagen", "Anlage 1", not a cell's "Anlagen in Betrieb")
_AFTER_TABLE = re.compile(r"^(?:Mit\s+freundlichen|(?:Der|Die)\s+nächste|Nächste[rs]?\s|Wiedervorlage|Anlagen?\s*(?::|\d|$)|gez\.|Hochachtungsvoll"
                          r"|Freundliche\s+Grüße|In\s+Vertretung)", re.I)


@dataclass
class _Record:
    number: str
    cells: dict[str, list[str]] = field(default_factory=dict)


def _role(text: str) -> str | None:
    word = text.strip(":;,|¦[]'‚`´")     # OCR reads a ruling beside a word as "|": "|Beschlusspunkt", a speck as "'"
    for role, pattern in ROLES.items():
        if pattern.match(word):
            return role
    return None


def header_columns(rows, i: int, height: float) -> tuple[list[tuple[float, str]], int] | None:
    """(column left edges with roles, rows the heading takes) when rows[i] (with the row below,
    for headings set a little apart) is a table heading: a point column and an answer or
    status column at least."""
    for span in (1, 2):
        if i + span > len(rows):
            break
        if span == 2 and rows[i + 1][0].top - rows[i][0].bottom > height * 1.5:
            break
        if span == 2 and rows[i][-1].words and rows[i][-1].words[-1].text.endswith(":"):
            break     # a line ending in a colon leads in to the table ("Umsetzung je Beschlusspunkt:"), it heads no column
        words = [w for row in rows[i:i + span] for seg in row for w in seg.words]
        if span == 1 and _sentence_or_title(words):
            return None   # a sentence that mentions the words, or a title naming a resolution ("Sachstand zum Beschluss 2023/AN/4410")
        columns: list[tuple[float, str]] = []
        for n, word in enumerate(words):
            role = _role(word.text)
            same = next((k for k, (x, _) in enumerate(columns) if abs(word.x0 - x) <= height), None)
            if role and same is None and columns and columns[-1][1] == role and _same_heading(words, n, columns[-1][0], height):
                continue      # "Auftrag laut Beschluss": one heading of several words, one column
            if role and same is None:
                columns.append((word.x0, role))
            elif role == "number" and same is not None:
                columns[same] = (columns[same][0], role)    # "Beschluss /" over "Nr.": the number column's heading
        roles = {r for _, r in columns}
        if "point" in roles and roles & {"answer", "status"} and len(columns) >= 3 - (span == 1 and len(words) > 6):
            if _sentence_or_title(words):
                continue
            if span == 1 and _heading_goes_on(rows, i, height):
                continue      # the heading's second line below ("Nr." under "Beschluss /")
            return sorted(columns), span
    return None


def _same_heading(words, n: int, left: float, height: float) -> bool:
    """words[n] goes on the heading that starts at `left`: every word from there to it set a word's space apart."""
    k = n
    while k > 0 and words[k - 1].x0 >= left - 1 and words[k - 1].x1 < words[k].x0:
        if words[k].x0 - words[k - 1].x1 > 0.6 * height or _RULE.match(words[k - 1].text) or words[k].text[:1] in "|¦[":
            return False      # (a ruling between them, as OCR reads it: "Beschluss / | Beschlusstext", two columns)
        k -= 1
        if abs(words[k].x0 - left) <= 1:
            return True
    return False


def _heading_goes_on(rows, i: int, height: float) -> bool:
    """The row under a heading row holds only heading words, set close under it."""
    if i + 1 >= len(rows) or rows[i + 1][0].top - rows[i][0].bottom > height * 1.5:
        return False
    words = [w for seg in rows[i + 1] for w in seg.words if not _RULE.match(w.text)]    # (OCR reads a ruling as "|")
    return bool(words) and all(_role(w.text) for w in words)


def _sentence_or_title(words) -> bool:
    """Words of running text rather than column headings: more than twice as many plain words as
    heading words, or a resolution's identifier."""
    plain = sum(1 for w in words if not _role(w.text) and re.search(r"\w", w.text))
    # (or a sentence ends inside it, "… Beschluss gefasst. Der Verbandsvorstand berichtet …": headings end no sentence,
    # and abbreviate only short words, "Nr.", "Ziff.")
    ended = any(re.fullmatch(r"[a-zäöüß]{5,}\.", w.text) for w in words[:-1])
    return plain > 2 * sum(1 for w in words if _role(w.text)) or ended or has_resolution(" ".join(w.text for w in words))


def _column_of(x0: float, columns: list[tuple[float, str]], tolerance: float) -> int:
    k = 0
    for j, (left, _) in enumerate(columns):
        if x0 + tolerance >= left:
            k = j
    return k


def read_table(rows, i: int, height: float) -> tuple[int, list[str]] | None:
    """(index after the table, its lines as text) for a table whose heading is rows[i]."""
    found = header_columns(rows, i, height)
    if found is None:
        return None
    columns, span = found
    columns = _unheaded_numbers(rows, i + span, columns, height)
    roles = [role for _, role in columns]
    number_col = roles.index("number") if "number" in roles else None
    records: list[_Record] = []
    groups: list[tuple[int, str]] = []     # (index of the record it heads, identifier): "A0045/24" alone on a row
    end = i + span
    previous_bottom = max(seg.bottom for seg in rows[end - 1])
    numbered_above = -1     # the row whose number was read with the identifier above it
    line_gaps: list[float] = []     # the gaps between a record's lines so far
    while end < len(rows):
        row = rows[end]
        words = [w for seg in row for w in seg.words if not _RULE.match(w.text)]   # OCR reads ruling as '|'
        if not words:
            end += 1
            continue
        first = words[0]
        text = " ".join(w.text for w in words)
        cell_of_first = _column_of(first.x0, columns, height * 0.6)
        # (a ruling or a speck OCR ran into the number: "|2", "‚4")
        number = first.text.lstrip("|¦!‚,'`[")
        starts = _RECORD_NUMBER.match(number) and (number_col is None or cell_of_first == number_col) \
            or number_col is not None and cell_of_first == number_col and _LETTER_IN_NUMBER_CELL.match(number)
        if end == numbered_above and starts:
            starts, words = False, words[1:]    # the number under its resolution's identifier, read with it
        # (a row in one piece across the columns is a group's heading: "A0245/21 – Schulwegsicherheit …")
        named = _named_number(rows, end, words, columns, number_col, height) if not starts and len(row) > 1 else None
        if named:
            # the number cell names the resolution, then the point: "A0812/23" over "1" (a table of several resolutions)
            identifier, number, below = named
            printed = bool(number)
            if not groups or groups[-1][1] != identifier:
                groups.append((len(records), identifier))
                number = number or "1"      # a resolution's points start at 1
            elif not number:
                before = records[-1].number if records else ""
                number = str(int(before) + 1) if before.isdigit() else ""
            if not number:
                named = None
        if named:
            numbered_above = end + 1 if below else numbered_above
            rest = [w for k, w in enumerate(words) if k > 0 and not (k == 1 and w.text in _NUMBER_CELL_SEPARATORS)]
            starts, words = True, [first] + (rest[1:] if printed and not below else rest)
        gap = row[0].top - previous_bottom
        if _AFTER_TABLE.match(text) or (not starts and gap > height * 2.2) or first.x0 < columns[0][0] - height * 3 \
                or not starts and _runs_across(row, columns, roles, height) and not _group_heading(text):
            break
        if not starts and (_identifier_alone(text) or _group_heading(text)):
            # a row naming a resolution (alone or with its title) heads the records of that resolution below it
            groups.append((len(records), text.strip(" |")))
            previous_bottom = max(seg.bottom for seg in row)
            end += 1
            continue
        if not starts and records and number_col is not None and gap > max(0.5 * height, 3 * (median_high(line_gaps) if line_gaps else 0.2 * height)) \
                and roles[cell_of_first] == "point" and len({roles[_column_of(w.x0, columns, height * 0.6)] for w in words}) >= 2:
            # a row set apart like the records above, opening its point and its answer at once: a record whose
            # number OCR lost (the sequence numbers it below)
            records.append(_Record(""))
        elif starts:
            if _LETTER_IN_NUMBER_CELL.match(number):
                label = number[0] + ")"            # "a" under "Pkt.": point a)
            elif number.endswith(")") and not number[:-1].isdigit():
                label = number                      # "a)", "2a)"
            else:
                label = number.rstrip(".)")
            records.append(_Record(label))
            words = words[1:]
        elif not records and number_col is not None and (roles[cell_of_first] == "point"
                                                         or cell_of_first == number_col and len(first.text) <= 3):
            # the first row, its number lost or misread by OCR ("ai" for "1"): the next number tells it
            records.append(_Record(""))
            words = words[1:] if cell_of_first == number_col else words
        if records:
            row_cells: dict[str, list[str]] = {}
            for word in words:
                role = roles[_column_of(word.x0, columns, height * 0.6)]
                if role == "number" and number_col is not None:
                    role = "point"     # a wrapped point text starting under the number
                row_cells.setdefault(role, []).append(word.text)
            for role, texts in row_cells.items():   # line by line: a word hyphenated at a cell's edge is joined
                records[-1].cells.setdefault(role, []).append(" ".join(texts))
        if not starts and records and records[-1].cells:
            line_gaps.append(gap)       # a record's own lines: how close a cell's lines stand
        previous_bottom = max(seg.bottom for seg in row)
        end += 1
    printed = [int(r.number) for r in records if r.number.isdigit()]
    if not groups and len(printed) >= 2 and all(r.number.isdigit() or not r.number for r in records) \
            and any(b <= a for a, b in zip(printed, printed[1:])):
        # one resolution's rows numbered "3", "", "3": OCR misread the numbers (a sequence never repeats or falls), the rows count
        for k, record in enumerate(records):
            record.number = str(k + 1)
    for k in range(1, len(records)):      # a lost number after a known one: the next in the sequence
        if not records[k].number and records[k - 1].number.isdigit():
            records[k].number = str(int(records[k - 1].number) + 1)
    for k in range(len(records) - 2, -1, -1):     # ... or before one: the one before it ("…" then "2": 1)
        if not records[k].number and records[k + 1].number.isdigit() and int(records[k + 1].number) > 1:
            records[k].number = str(int(records[k + 1].number) - 1)
    if records and not records[0].number:
        records = records[1:]                        # nothing tells its number: no record
        groups = [(max(0, k - 1), value) for k, value in groups]
    if not records:
        return None
    lines: list[str] = [""]
    for k, record in enumerate(records):
        lines += [line for at, value in groups if at == k
                  for line in (f"Zu {value}:" if _identifier_alone(value) else f"Zu {value}", "")]
        # ("–": an empty cell; "|Die …": a ruling OCR ran into the cell's first word)
        cell = {role: join_lines(texts, straighten=False).strip(" –—|") for role, texts in record.cells.items()}
        lines.append(f"{_number_label(record.number)} „{cell.get('point', '')}“")
        lines.append(cell.get("answer", ""))
        for role, label in (("status", "Status"), ("date", "Termin")):
            if cell.get(role):
                lines.append(f"{label}: {cell[role]}")
        lines.append("")
    # a resolution's heading under the last record heads what follows the table (the next table, its title)
    # (as printed, its numeral as OCR should have read it: "Il. AO765/23" is "II. AO765/23")
    lines += [line for at, value in groups if at == len(records)
              for line in (re.sub(r"^[IVXl|]{1,4}(?=\.)", lambda m: m.group(0).replace("l", "I").replace("|", "I"), value), "")]
    return end, lines


def _unheaded_numbers(rows, start: int, columns: list[tuple[float, str]], height: float) -> list[tuple[float, str]]:
    """The columns, with a number column in front where the heading names none (or OCR lost its "Nr.") but
    the rows below start with numbers left of the first heading: at least two record numbers there."""
    if any(role == "number" for _, role in columns):
        return columns
    left = columns[0][0] - height
    firsts = [w for row in rows[start:start + 40] for w in [next((w for seg in row for w in seg.words if not _RULE.match(w.text)), None)]
              if w is not None and w.x1 <= left]
    numbers = [w for w in firsts if _RECORD_NUMBER.match(w.text.lstrip("|¦!‚,'`["))]
    if len(numbers) < 2:
        return columns
    return [(min(w.x0 for w in firsts), "number")] + columns


_NUMBER_CELL_SEPARATORS = ("/", "-", "–")     # between the identifier and the point's number: "A0345/23 /" over "1"


def _named_number(rows, end: int, words, columns, number_col: int | None, height: float) -> tuple[str, str, bool] | None:
    """(identifier, number, whether the number is on the row below) when the row's number cell holds a
    resolution's identifier and a point's number, on one line or two ("A0812/23" / "1")."""
    if number_col is None or not _identifier_alone(words[0].text):
        return None
    column = _column_of(words[0].x0, columns, height * 0.6)
    if column == number_col - 1:
        # the identifier in a column of its own before the number's ("Beschluss | Punkt | Beschlusstext | Sachstand")
        number = words[1] if len(words) > 1 else None
        if number and _column_of(number.x0, columns, height * 0.6) == number_col and _RECORD_NUMBER.match(number.text):
            return words[0].text, number.text, False
        return None
    if column != number_col:
        return None
    separated = len(words) > 1 and words[1].text in _NUMBER_CELL_SEPARATORS
    if separated:
        words = words[:1] + words[2:]      # "A0345/23 /" over "1"
    if len(words) > 1 and _column_of(words[1].x0, columns, height * 0.6) == number_col and _RECORD_NUMBER.match(words[1].text):
        return words[0].text, words[1].text, False
    below = [w for seg in rows[end + 1] for w in seg.words if not _RULE.match(w.text)] if end + 1 < len(rows) else []
    if below and _column_of(below[0].x0, columns, height * 0.6) == number_col and _RECORD_NUMBER.match(below[0].text):
        return words[0].text, below[0].text, True
    if separated and len(words) > 1 and _column_of(words[1].x0, columns, height * 0.6) != number_col:
        return words[0].text, "", False     # "A0351/23 /" with the number OCR lost under it: the sequence tells it
    return None


def _identifier_alone(text: str) -> bool:
    found = find_resolutions(text)
    return len(found) == 1 and found[0][0] == text.strip(" :|")


# A group's heading row across the table: "II. A0290/17 – Interimsstandort …", "Beschluss V1689/17: …"
# (OCR reads a numeral's "I" as "l" or "|": "Il. AO765/23 (SR/061/2023)")
_GROUP_ROW = re.compile(r"^(?:(?=[l|]*[IVX])[IVXl|]{1,4}\.|[A-H]\.|Beschluss(?:nummer|-Nr\.)?:?)?\s*$")


def _group_heading(text: str) -> bool:
    """A row that opens with a resolution's identifier (after a group's numeral) and goes on with its title."""
    found = find_resolutions(text)
    return len(found) == 1 and bool(_GROUP_ROW.match(text[:found[0][1]].strip(" |")))


def _runs_across(row, columns: list[tuple[float, str]], roles: list[str], height: float) -> bool:
    """A line of running text under the table: it starts in the point column and a word of it
    lies across the edge of the next column (a table's words stay inside their cells)."""
    if "point" not in roles or roles.index("point") + 1 >= len(columns):
        return False
    point = roles.index("point")
    edge = columns[point + 1][0]
    words = [w for seg in row for w in seg.words]
    # by half a word height on both sides: OCR's boxes of a skewed scan poke a little into the next column
    across = any(w.x0 < edge - height / 2 and w.x1 > edge + height / 2 for w in words)
    # or, starting left of the point column (under the numbers), it runs on past the edge with a word space
    # everywhere and no ruling between (cells leave a wider gap, or a rule OCR reads as "|")
    runs_on = words[0].x0 < columns[point][0] - height / 2 and words[-1].x1 > edge + 2 * height \
        and all(b.x0 - a.x1 < 0.6 * height for a, b in zip(words, words[1:])) and not any(_RULE.match(w.text) for w in words)
    return words[0].x0 <= columns[point][0] + height and (across or runs_on)


def _number_label(number: str) -> str:
    return number if number.endswith(")") else number + "."


# A table in plain text with its cells between bars: "Nr. | Beschlusspunkt | Sachstand | Status",
# each row starting with its number and wrapping over lines ("1 | Der Oberbürgermeister … | Der
# Entwurf … | in Bearbeitung").
_PIPE_ROW_START = re.compile(r"^\s*(?P<number>\d{1,2}(?:\.\d{1,2})?[a-z]?|[a-h](?=\)))[.)]?\s*\|")   # (or lettered: "a)  |  Die …")
# A table of several resolutions numbers its rows with the identifier before the point: "A0812/23 1 | …"
_PIPE_ROW_NAMED = re.compile(r"^\s*(?P<named>\S+(?:\s\S+)?)\s+(?P<number>\d{1,2}(?:\.\d{1,2})?[a-z]?)[.)]?\s*\|")


def _row_start(text: str) -> tuple[str | None, str] | None:
    """(the resolution the row names, the point's number) when the line opens a row of a bar table."""
    m = _PIPE_ROW_START.match(text)
    if m:
        return None, m.group("number")
    m = _PIPE_ROW_NAMED.match(text)
    return (m.group("named"), m.group("number")) if m and _identifier_alone(m.group("named")) else None


_PAGE_MARK = re.compile(rf"^{PAGE_MARK}$")


def _heading_row(lines: list[str], cells_of, numbered: bool = False) -> tuple[int, list[str], list] | None:
    """(index, cells, roles) of the first line whose cells name a table's columns: three cells at
    least, a point column and an answer or status column (first a number column, if `numbered`)."""
    for k, line in enumerate(lines):
        cells = cells_of(line)
        roles = [_role(cell.split()[0]) if cell.split() else None for cell in cells]
        if len(cells) >= 3 and (not numbered or roles[0] == "number") and "point" in roles \
                and {"answer", "status"} & set(roles):
            return k, cells, roles
    return None


def pipe_table(lines: list[str]) -> list[str]:
    """The lines with a bar-separated table rewritten as the text the points reader knows (the
    same form `read_table` gives positioned words); lines without such a table unchanged."""
    heading = _heading_row(lines, lambda line: [cell.strip() for cell in line.split("|")])
    if heading is None:
        return lines
    k, cells, roles = heading
    rows: list[str] = []
    row, gap, i = None, False, k + 1
    while i < len(lines):
        text = lines[i].strip()
        if not text or _PAGE_MARK.match(text):
            gap = gap or not text
            i += 1
            continue
        if _row_start(text) and (row is None or _follows(_row_start(row), _row_start(text))):
            if row:
                rows.append(row)
            row = text
        elif row is None and i == k + 1 and "|" not in text and len(text) <= 30:
            pass                           # the last heading wraps ("… | Gründe für" / "Verzug")
        elif row is not None and (row.count("|") < len(cells) - 1 or "|" in text or not gap):
            row += " " + text          # the row wraps: its cells are not all there yet
        else:
            break                      # running text after the table
        gap = False
        i += 1
    if row:
        rows.append(row)
    if not rows:
        return lines
    out, named = lines[:k], None
    for row in rows:
        record = [cell.strip() for cell in row.split("|")]
        resolution, number = _row_start(row)
        if resolution and resolution != named:
            out += ["", resolution]     # the next resolution's points: its identifier alone heads them
            named = resolution
        out += _record_lines(number, dict(zip(roles, record)))
    return out + [""] + pipe_table(lines[i:])     # one table for each resolution: the next may follow


def _follows(before: tuple[str | None, str], after: tuple[str | None, str]) -> bool:
    """A row's number that may follow the row before ("02" after "01", "b" after "a", "1" under the next
    resolution): a number in a cell wrapped onto its own line ("32 |", the office in charge) starts no row."""
    (named_before, a), (named_after, b) = before, after
    if named_after and named_after != named_before:
        return True
    if a.isalpha() or b.isalpha():
        return a.isalpha() and b.isalpha() and ord(b) == ord(a) + 1
    m, n = re.match(r"(\d+)(?:\.(\d+))?([a-z]?)$", a), re.match(r"(\d+)(?:\.(\d+))?([a-z]?)$", b)
    if not m or not n:
        return True
    last = (int(m.group(1)), f".{m.group(2)}" if m.group(2) else m.group(3))
    return (int(n.group(1)), f".{n.group(2)}" if n.group(2) else n.group(3)) in next_numbers(last) or b in ("1", "01")


def _record_lines(number: str, by_role: dict) -> list[str]:
    """A table's record as the points reader knows it: the point quoted after its number, the
    answer below, the status and date cells as labelled lines."""
    label = f"{number})" if number.isalpha() else f"{number}."
    lines = ["", f"{label} „{by_role.get('point', '')}“", by_role.get("answer", "")]
    if by_role.get("status"):
        lines.append(f"Status: {by_role['status']}")
    if by_role.get("date"):
        lines.append(f"Termin: {by_role['date']}")
    return lines


# cells parted by three spaces or more; by two where no heading is parted so ("Nr.  Beschlusspunkt  Sachstand")
_CELL_GAPS = (3, 2)
_SPACED_RECORD = re.compile(r"^\d{1,2}(?:\.\d{1,2})?[a-z]?[.)]?$")
_SENTENCE_END = re.compile(r"[.!?:“\"]$")
_AFTER_SPACED_TABLE = re.compile(r"^(?:(?:Die|Der|Das|Eine?)\s+)?(?:[Nn]ächste|[Ww]eitere|Wiedervorlage)\b")


def spaced_table(lines: list[str]) -> list[str]:
    """The lines with a table that a text conversion read across, its cells parted by three or more
    spaces ("Nr.   Beschluss   Sachstand" / "1   Die Verwaltung richtet in den   Die Einrichtung hat
    noch nicht"), rewritten like `pipe_table`. A line with fewer cells than columns goes on the
    columns whose text is not yet a finished sentence (else the last ones): "barrierefrei umgebaut." goes
    on the point, "2023 nicht darstellbar." on the answer whose sentence is still open."""
    for gap in _CELL_GAPS:
        wide = re.compile(rf"\s{{{gap},}}")
        heading = _heading_row(lines, lambda line: wide.split(line.strip()), numbered=True)
        if heading is not None:
            return _spaced_records(lines, heading, gap)
    return lines


def _spaced_records(lines: list[str], heading: tuple[int, list[str], list], gap: int) -> list[str]:
    k, _, roles = heading
    wide = re.compile(rf"\s{{{gap},}}")
    aligned = _aligned_table(lines, k, roles, gap)
    if aligned is not None:
        return aligned
    columns = roles[1:]
    records: list[tuple[str, list[str]]] = []
    i = k + 1
    while i < len(lines):
        text = lines[i].strip()
        if _PAGE_MARK.match(text):
            i += 1
            continue
        if not text or _AFTER_TABLE.match(text) or _AFTER_SPACED_TABLE.match(text):
            break
        cells = wide.split(text)
        if len(cells) >= 2 and _SPACED_RECORD.match(cells[0]):
            records.append((cells[0].rstrip(".)"), [""] * len(columns)))
            cells, start = cells[1:], 0
        elif not records:
            break
        else:
            texts = records[-1][1]
            start = next((c for c, value in enumerate(texts) if value and not _SENTENCE_END.search(value)), None)
            if start is None and len(cells) == 1 and len(cells[0].split()) >= 4:
                # a sentence alone after finished cells opens the next empty column (an answer
                # under its point), not the last one, which holds a state or a date
                start = next((c for c in range(len(texts)) if not texts[c] and all(texts[:c])), None)
            if start is None or start + len(cells) > len(columns):
                start = max(0, len(columns) - len(cells))
        texts = records[-1][1]
        for c, cell in enumerate(cells[:len(columns) - start]):
            texts[start + c] = join_lines([texts[start + c], cell]) if texts[start + c] else cell
        i += 1
    if not records:
        return lines
    out = lines[:k]
    for number, texts in records:
        out += _record_lines(number, dict(zip(columns, texts)))
    return out + [""] + lines[i:]


def _column_starts(line: str, gap: int = 3) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?:^|(?<=\s{{{gap}}}))\S", line)]


def _cut(line: str, start: int) -> int:
    """Where a cell that should begin at `start` begins in `line`: there, when a space stands before
    it; else at the nearest space within three characters (a cell that ran one letter wider)."""
    if start >= len(line) or start == 0 or line[start - 1] == " ":
        return min(start, len(line))
    for d in (1, -1, 2, -2, 3, -3):
        if 0 < start + d <= len(line) and line[start + d - 1] == " ":
            return start + d
    return start


def _aligned_table(lines: list[str], k: int, roles: list, gap: int) -> list[str] | None:
    """The table under heading line `k` (its cells' `roles`) read by the heading's column positions, when a text
    conversion kept them (cells wrap over several lines, blank lines part the records, and a cell
    may come as close as one space to the next one: "zusätzliche Trinkwasserbrunnen Die übrigen …").
    None when the lines do not keep to the heading's columns."""
    starts, width = _column_starts(lines[k], gap), len(roles)
    if len(starts) != width:
        return None
    records: list[tuple[str, list[str]]] = []
    i, page_end = k + 1, None
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip() or _PAGE_MARK.match(line.strip()) or re.fullmatch(r"[-–—_=\s]{8,}", line):
            page_end = i if _PAGE_MARK.match(line.strip()) else page_end     # (and the heading's ruling)
            i += 1
            continue
        cuts = [_cut(line, c) for c in starts[1:]]
        cells = [line[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(line)])]
        fits = all(any(abs(c - s) <= 3 for s in starts) for c in _column_starts(line, gap))
        if (not fits or cells[0] and not _SPACED_RECORD.match(cells[0])) and records and page_end is not None and i - page_end <= 4:
            i += 1                 # the next page's running header: the table goes on below it
            continue
        if not fits:
            break                  # text across the columns: the table has ended
        if _SPACED_RECORD.match(cells[0]):
            records.append((cells[0].rstrip(".)"), [""] * (width - 1)))
        elif cells[0] or not records:
            break
        for c, cell in enumerate(cells[1:]):
            if cell:
                texts = records[-1][1]
                texts[c] = join_lines([texts[c], cell]) if texts[c] else cell
        i += 1
    if len(records) < 2:
        return None
    out = lines[:k]
    for number, texts in records:
        out += _record_lines(number, dict(zip(roles[1:], texts)))
    return out + [""] + lines[i:]


# A cell of a table's last columns, alone on its line once a text conversion stacked the cells:
# a date, a quarter, a state word, the unit in charge ("31.03.2024 Amt 61", "erledigt Amt 61", "II. Quartal").
_TRAILING_CELL = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}|[IV]{1,3}\.\s*Quartal|\b[1-4]\.\s*(?:Quartal|Hj\.|Halbjahr)|\b[IV]{1,3}/(?:19|20)?\d{2}\b|\bQuartal\b|\b(?:19|20)\d{2}\b"
                           r"|\berledigt\b|\boffen\b|\bin\s+Bearbeitung\b|\blaufend\b|\bentfällt\b|\bteilweise\b|\berfüllt\b"
                           r"|\bumgesetzt\b|\bnicht\s+begonnen\b|\b(?:halb)?jährlich\b|\bfortlaufend\b|\bdauerhaft\b|\bin\s+(?:Umsetzung|Planung|Prüfung)\b"
                           r"|\b(?:Amt|FB|Fachbereich|Dezernat|Referat)\s+\d{1,3}\b|[–—-]", re.I)
# the unit's bare number in a column "zust. Amt" ("erledigt 66")
_UNIT_NUMBER = re.compile(r"(?<![\d.,/])\b\d{2,3}\b(?![\d.,/])")
_STATE_WORD = re.compile(r"\b(?:erledigt|offen|in\s+Bearbeitung|laufend|entfällt)\b", re.I)
_CELL_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
_STACKED_ROW = re.compile(r"^(?P<number>\d{1,2})(?P<sub>[a-h])?\s+(?P<rest>[A-ZÄÖÜ„\"»].*)$")


def heading_row(text: str) -> bool:
    """A table's row of column headings ("Nr.  Beschlusspunkt  Sachstand  Termin"): every word names a column."""
    words = text.split()
    roles = [_role(word) for word in words]
    return len(words) >= 2 and all(roles) and "point" in roles


def indented_heading(lines: list[str]) -> list[str]:
    """A text file's table whose heading stacks its cells, the later ones indented on lines of their own
    ("Nr.  Beschlusstext" / "      Umsetzungsstand" / "      Termin"), and whose records set the answer
    indented so too under the point's line: the heading joined into one line (as `stacked_table` reads
    it), and each record's first indented line of words labelled with the answer column's name."""
    out = list(lines)
    for k, line in enumerate(lines):
        below = list(itertools.takewhile(lambda x: x[:1].isspace() and 0 < len(x.split()) <= 2 and all(map(_role, x.split())),
                                         lines[k + 1:k + 6]))
        roles = {_role(word) for word in line.split() + [w for x in below for w in x.split()]}
        answer = next((w for x in below for w in x.split() if _role(w) == "answer"), None)
        if not below or line[:1].isspace() or "point" not in roles or not answer or not all(map(_role, line.split())):
            continue
        indent = min(len(x) - len(x.lstrip()) for x in below)
        out[k] = "  ".join([line.rstrip()] + [x.strip() for x in below])
        out[k + 1:k + 1 + len(below)] = [""] * len(below)
        labelled = True
        for i in range(k + 1 + len(below), len(lines)):
            text = lines[i]
            if _STACKED_ROW.match(text):
                labelled = False       # a record's line: its answer follows, indented
            elif not labelled and text.strip() and len(text) - len(text.lstrip()) >= indent - 1 \
                    and _TRAILING_CELL.sub("", text).strip():
                out[i] = f"{' ' * indent}{answer}: {text.strip()}"
                labelled = True
            elif _AFTER_TABLE.match(text.strip()):
                break
        break
    return out


def stacked_table(lines: list[str]) -> list[str]:
    """The lines with a table whose cells a text conversion stacked one under the other (a heading
    "Nr. Beschlusstext Erledigungsvermerk Termin zust. Amt", then per record its number and point
    text, its answer, its date and unit) rewritten as numbered points with their answers and
    "Status:"/"Termin:" lines; lines without such a table unchanged. The point's text and its
    answer stay one paragraph: the points reader splits them where the resolution's words end.
    Rows may be lettered ("3a", "3b"), have their number alone on a line, or run into long lines
    with their last cells after the answer's last sentence ("… geeignet. erledigt 66"); such long
    rows are laid out a sentence a line."""
    for k, line in enumerate(lines):
        words = line.split()
        roles = [_role(word) for word in words]
        if "|" not in line and "point" in roles and {"answer", "status"} & set(roles) \
                and sum(1 for r in roles if r) >= 3 and sum(1 for r in roles if not r) <= sum(1 for r in roles if r):
            break
    else:
        return lines
    unit_column = "other" in roles
    def is_cells(text: str) -> bool:
        rest = _TRAILING_CELL.sub("", text)
        return not (_UNIT_NUMBER.sub("", rest) if unit_column else rest).strip()
    records: list[tuple[str, list[str]]] = []
    i, in_cells, last = k + 1, False, None
    while i < len(lines):
        text = lines[i].strip()
        below = next((j for j in range(i + 1, min(len(lines), i + 3)) if lines[j].strip()), None)
        if re.fullmatch(r"\d{1,2}[a-h]?", text) and below is not None \
                and (joined := _STACKED_ROW.match(f"{text} {lines[below].strip()}")) and _row_key(joined) in _next_rows(last):
            text, i = joined.group(0), below   # the row's number alone on its line, its point's words on the next
        row = _STACKED_ROW.match(text)
        if row and _row_key(row) in _next_rows(last):      # the rows in sequence, lettered parts too: 2, 3a, 3b, 4
            records.append((row.group("number") + (row.group("sub") or ""), [row.group("rest")]))
            last, in_cells = _row_key(row), False
        elif _AFTER_TABLE.match(text) or not records and text:
            break
        elif records and text and not _PAGE_MARK.match(text):
            cell = is_cells(text)
            if in_cells and not cell:
                break          # text after the last record's closing cells: the letter goes on
            in_cells = cell
            records[-1][1].append(text)
        i += 1
    if len(records) < 2:
        return lines
    texts = [text for _, record in records for text in record]
    # cells stacked in narrow columns (or labelled by their column, as `indented_heading` found them: "Sachstand:
    # Die Analyse liegt …"), or else rows run into long lines, a row's last cells after its answer's last sentence
    # ("… geeignet. erledigt 66")
    labelled = sum(1 for _, record in records if any(_role(text.split(":")[0]) == "answer" and ":" in text for text in record[1:]))
    run_into_lines = sorted(map(len, texts))[len(texts) // 2] > 45 and labelled < len(records)
    out = lines[:k]
    for number, record in records:
        cells: list[str] = []
        while len(record) > 1 and is_cells(record[-1]):
            cells.insert(0, record.pop())
        # the row's last cells after its answer's last sentence, on that sentence's line: "Siehe Punkt 3a. offen"
        tail = next((m.end() for m in re.finditer(r"[.!?;][\"“”»«]*\s+", record[-1]) if is_cells(record[-1][m.end():])), None)
        if tail is not None:
            cells.insert(0, record[-1][tail:])
            record[-1] = record[-1][:tail].rstrip()
        if run_into_lines:
            # the point's words and the answer ran into each other: a sentence a line, for the points
            # reader to part them where the resolution's words end
            record[:] = [sentence.strip() for _, sentence in sentence_spans(join_lines(record)) if sentence.strip()]
            # each row closed by its cells, each sentence whole: no columns a conversion interleaved ("… neu zu in
            # Planung – Vorentwurf 31.12.2025 – errichten. liegt vor")
            if not cells or any(sentence[:1].islower() for sentence in record):
                return lines
        out += ["", f"{number}. {record[0]}"] + record[1:] + _cell_lines(" ".join(cells))
    return out + [""] + lines[i:]


def _next_rows(last: tuple[int, str] | None) -> set[tuple[int, str]]:
    """The row numbers that may follow the last one read: the first is 1 or 1a."""
    return next_numbers(last) if last else {(1, ""), (1, "a")}


def _cell_lines(cells: str) -> list[str]:
    """A row's last cells as the labelled lines the points reader knows: "Status: offen", "Termin: 2. Hj. 2025"."""
    state, when = _STATE_WORD.search(cells), _CELL_DATE.search(cells)
    period = find_periods(cells)[:1] if not when else []
    return ([f"Status: {state.group(0)}"] if state else []) + ([f"Termin: {when.group(0)}"] if when else []) \
        + [f"Termin: {cells[d.start:d.end]}" for d in period]


# A row of a two-column table: its number, then the point's words or the answer ("2a Als Füllmaterial …",
# "1 Acht Bänke wurden … aufgestellt.")
_TWO_COLUMN_ROW = re.compile(r"^(?P<number>\d{1,2})(?P<sub>[a-h]|\.\d{1,2})?[.)]?\s+(?P<text>\S.*)$")


def _row_key(m: re.Match) -> tuple[int, str]:
    sub = m.group("sub") or ""
    return int(m.group("number")), (f".{int(sub[1:])}" if sub.startswith(".") else sub)


def answers_table(lines: list[str]) -> list[str]:
    """The lines with a two-column table rewritten as the text the points reader knows: a table of
    answers ("Beschlusspunkt  Umsetzungsstand" over rows "1  Acht Bänke …", "2  Siehe Punkt 1.") as answers
    headed with their point's number ("Zu 1: Acht …"), which go to the points quoted above; a table of
    points ("Nr.  Beschluss" over "2a  Als Füllmaterial …") as numbered quotes (a first row whose number
    OCR lost is the one before the second's). Lines without such a table unchanged."""
    for k, line in enumerate(lines):
        words = line.split()
        roles = [_role(word) for word in words]
        if 2 <= len(words) <= 4 and roles[0] in ("number", "point") and roles[-1] in ("answer", "point") \
                and (roles[0] == "number" or roles[-1] == "answer") \
                and all(r in ("number", "point", "answer") for r in roles[1:-1]):
            break
    else:
        return lines
    answers = roles[-1] == "answer"
    if answers and sum(1 for line in lines[:k] if _POINT_ABOVE.match(line)) < 2:
        return lines      # answers need their points quoted above: else a table whose columns ran together ("01 Alle … Ausstattung an 14 von")
    rows: list[list] = []       # [(number, sub) or None, text, …]
    i, gap = k + 1, False
    while i < len(lines):
        text = lines[i].strip()
        row = _TWO_COLUMN_ROW.match(text)
        if not text or _PAGE_MARK.match(text):
            gap = gap or (bool(rows) and not text)
        elif row and (_row_key(row) == (1, "") if not rows else _row_key(row) in next_numbers(rows[-1][0] or (1, ""))):
            rows.append([_row_key(row), row.group("text")])
            gap = False
        elif not rows and not answers and text[:1].isupper() and len(text.split()) >= 4:
            rows.append([None, text])     # the first row, its number lost
        elif rows and not gap and not _AFTER_TABLE.match(text) and not (not answers and _ANSWERS_HEADING.match(text)):
            rows[-1].append(text)          # the cell wraps
        elif rows or text:
            break                          # the letter goes on after the table
        i += 1
    if len(rows) < 2 or rows[0][0] is None and rows[1][0] not in ((2, ""), (2, "a"), (2, ".1")):
        return lines
    if rows[0][0] is None:
        rows[0][0] = (1, "")       # the second row says what the first one's number was
    out = lines[:k]
    for (n, sub), *text in rows:
        number = f"{n}{sub}"
        out += ["", f"Zu {number}: {join_lines(text)}"] if answers else ["", f"{number}. „{join_lines(text)}“"]
    return out + [""] + lines[i:]


# A point quoted above a table of answers: "1. „Am Markt sind Bänke aufzustellen.“"
_POINT_ABOVE = re.compile(r"^\s*\d{1,2}[a-h]?[.)]\s+[„\"»“A-ZÄÖÜ]")
# A heading over the answers after a table of points: "Sachstand", "Stellungnahme der Verwaltung"
_ANSWERS_HEADING = re.compile(r"^(?:Sachstand|Stellungnahme|Umsetzungsstand|Stand\s+der\s+Umsetzung|Antwort)\b")
