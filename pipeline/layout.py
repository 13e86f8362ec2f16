"""Positioned words, the one reading model shared by digital PDFs and OCR.

A page is a list of words with boxes (PDF points or pixels; only ratios to the page size
matter). `page_rows` groups them into rows of segments, and `layout_text` turns a document's
pages into the plain text that the text stages read: the letterhead column and the recipient
block of the first page come out as separate blocks, side-by-side blocks in the body (the
sender beside the Kenntnisnahme) one after the other, and running headers, footers and page
numbers of multi-page letters are dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.lexicon import STREET_ENDING
from pipeline.sections import ACK, GREETING
from pipeline.tables import header_columns, read_table


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class Page:
    number: int                      # 1-based
    width: float
    height: float
    words: tuple[Word, ...]
    ocr: bool = False
    confidence: float | None = None  # mean OCR word confidence, 0-100
    # Form checkboxes found by geometry or pixels: (label word, ticked?) pairs,
    # e.g. ("vertraulich", False). Glyphs such as ☐/☒ in the text need no entry here.
    checkboxes: tuple[tuple[str, bool], ...] = field(default=())
    unread_top: int = 0              # OCR: words in the page's top part it could not read
    stamps: tuple[str, ...] = field(default=())   # OCR: what stamps on the page say (pipeline.stamps)
    # Digital PDFs: slanted text (tilted stamps, diagonal watermarks), one word per baseline with
    # its box, kept out of the lines it would garble.
    slanted: tuple[Word, ...] = field(default=())


@dataclass(frozen=True)
class Line:
    """Words on one baseline that belong together (a big horizontal gap splits a row)."""
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def height(self) -> float:
        return self.bottom - self.top


def _median(values: list[float], default: float) -> float:
    if not values:
        return default
    values = sorted(values)
    return values[len(values) // 2]


def page_rows(page: Page) -> list[list[Line]]:
    """Group a page's words into rows, top to bottom; each row is split into segments.

    Words whose vertical centres lie within half a word height share a row. A row is split
    where two words are further apart than about three character widths, which separates
    side-by-side columns (recipients left, letterhead right).
    """
    words = sorted(page.words, key=lambda w: (w.top + w.bottom) / 2)
    height = _median([w.bottom - w.top for w in words], 10.0)
    rows: list[list[Word]] = []
    centres: list[float] = []
    for word in words:
        centre = (word.top + word.bottom) / 2
        if rows and abs(centre - centres[-1]) <= height * 0.5:
            rows[-1].append(word)
            centres[-1] = sum((w.top + w.bottom) / 2 for w in rows[-1]) / len(rows[-1])
            continue
        rows.append([word])
        centres.append(centre)
    split_gap = height * 1.6
    result: list[list[Line]] = []
    for row in rows:
        row.sort(key=lambda w: w.x0)
        segments: list[Line] = []
        current = [row[0]]
        for word in row[1:]:
            if word.x0 - current[-1].x1 > split_gap:
                segments.append(Line(tuple(current)))
                current = [word]
            else:
                current.append(word)
        segments.append(Line(tuple(current)))
        result.append(segments)
    return _split_at_signature_edges(result, height)


def _ack_label(text: str) -> bool:
    """An acknowledgement's label ("Kenntnisnahme:", "Kenntnis genommen"), not a sentence answering a point
    ("Kenntnisnahme; eine Maßnahme ist nicht erforderlich.")."""
    return bool(ACK.match(text)) and len(text.split()) <= 6 and ";" not in text


def _split_at_signature_edges(rows: list[list[Line]], height: float) -> list[list[Line]]:
    """Two signature blocks set close together: a long role of the left one runs up to the right one's name
    with little more than a word space ("Bürgermeister für Bildung, Jugend und  Dirk Hilbert"). A word that
    starts where segments of two rows around start ("Kenntnisnahme:", "Oberbürgermeister"), after a gap wider
    than a word space, starts a segment of its own. Only near an acknowledgement's label: prose keeps its words."""
    out = [list(row) for row in rows]
    acks = [k for k, row in enumerate(rows) if _ack_label(_row_text(row))]     # (most pages have none)
    for i, row in enumerate(rows):
        if not any(0 < abs(k - i) <= 3 for k in acks):
            continue
        around = rows[max(0, i - 3):i] + rows[i + 1:i + 4]
        edges = [seg.x0 for r in around for seg in r]
        split: list[Line] = []
        for seg in row:
            words, current = seg.words, [seg.words[0]]
            for before, word in zip(words, words[1:]):
                if word.x0 - before.x1 > 0.8 * height and sum(abs(word.x0 - x) <= 1 for x in edges) >= 2:
                    split.append(Line(tuple(current)))
                    current = []
                current.append(word)
            split.append(Line(tuple(current)))
        out[i] = split
    return out


def _row_text(row: list[Line]) -> str:
    return " ".join(seg.text for seg in row)


_PAGE_MARK = re.compile(r"^(?:[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}|Seite\s+\d+(?:\s*(?:von|/)\s*\d+)?)$", re.I)
_PAGE_MARK_INSIDE = re.compile(r"\bSeite\s+\d+\s*(?:von|/)\s*\d+\b", re.I)
_BAND = 0.12  # share of the page height at top and bottom where running lines live


def _signature(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _running_rows(pages: list[Page], pages_rows: list[list[list[Line]]]) -> list[set[int]]:
    """Indices of header/footer rows per page: page marks, lines repeated on other pages,
    and small print in the bands (bank details, return addresses)."""
    # Running headers repeat on the pages after the first (whose top is the letterhead);
    # footers repeat on every page.
    signatures: dict[tuple[str, str], set[int]] = {}
    for page, rows in zip(pages, pages_rows):
        for row in rows:
            top, bottom = min(s.top for s in row), max(s.bottom for s in row)
            if top < page.height * _BAND and page.number > 1:
                signatures.setdefault(("top", _signature(_row_text(row))), set()).add(page.number)
            if bottom > page.height * (1 - _BAND):
                signatures.setdefault(("bottom", _signature(_row_text(row))), set()).add(page.number)
    dropped: list[set[int]] = []
    for page, rows in zip(pages, pages_rows):
        body_height = _median([w.bottom - w.top for w in page.words], 10.0)
        drop: set[int] = set(_header_block(page, rows, body_height)) if page.number > 1 else set()
        for i, row in enumerate(rows):
            top, bottom = min(s.top for s in row), max(s.bottom for s in row)
            in_top = top < page.height * _BAND and page.number > 1
            in_bottom = bottom > page.height * (1 - _BAND)
            if not (in_top or in_bottom):
                continue
            text = _row_text(row)
            small = max(s.height for s in row) < body_height * 0.85
            repeated = len(signatures.get(("top" if in_top else "bottom", _signature(text)), ())) > 1
            if _PAGE_MARK.match(text.strip()) or _PAGE_MARK_INSIDE.search(text) or repeated or small:
                drop.add(i)
        dropped.append(drop)
    return dropped


def _header_block(page: Page, rows: list[list[Line]], height: float) -> list[int]:
    """A continuation page's running header: the rows at its top that a wide gap separates
    from the text (the letter goes on right below the header, not after a blank stretch)."""
    previous_bottom = None
    for i, row in enumerate(rows):
        top = min(s.top for s in row)
        if top > page.height * _BAND:
            return []
        if previous_bottom is not None and top - previous_bottom >= height * 1.8:
            return list(range(i))
        previous_bottom = max(s.bottom for s in row)
    return []


def _paragraphs(rows: list[str], gaps: list[float], height: float) -> list[str]:
    """Join rows into text, with a blank line where the vertical gap marks a new paragraph."""
    out: list[str] = []
    for text, gap in zip(rows, gaps):
        if out and gap > height * 0.9:
            out.append("")
        out.append(text)
    return out


def _column_lines(rows: list[list[Line]], height: float) -> list[str]:
    texts = [_row_text(r) for r in rows]
    gaps = [0.0] + [rows[i][0].top - rows[i - 1][0].bottom for i in range(1, len(rows))]
    return _paragraphs(texts, gaps, height)


# A point's number hung left of its text ("1.", "2)", "3.1", "a)"; OCR's "3:" or "5" for "1."): one line, not two columns
_HUNG_NUMBER = re.compile(r"^\(?(?:\d{1,2}(?:\.\d{1,2})?|[a-h]|[IVX]{1,4})[.,:;)]?$")


def _label_pair(row: list[Line]) -> bool:
    """A label and a short value with a digit: "Nächste Beschlussverfolgung: | 31.03.2023"."""
    return len(row) == 2 and row[0].text.endswith(":") and not _ack_label(row[0].text) \
        and len(row[1].text.split()) <= 3 and bool(re.search(r"\d", row[1].text))


def _column_gap(row: list[Line], width: float) -> float | None:
    """The x where a row splits into two columns (side-by-side signature blocks, a table),
    or None for an ordinary line."""
    for k, (a, b) in enumerate(zip(row, row[1:])):
        if k == 0 and _HUNG_NUMBER.match(a.text) and b.x0 - a.x1 < width * 0.15:
            continue
        if b.x0 - a.x1 > width * 0.08:
            return (a.x1 + b.x0) / 2
    return None


def _aligned_gap(rows: list[list[Line]], i: int, height: float) -> float | None:
    """A narrower gap that still splits two columns: the right part starts at the edge where rows
    just above and below start on their own ("Kenntnisnahme:" / "… Wissenschaft   Dirk Hilbert" /
    "Oberbürgermeister"): two signature blocks set close together, one of them the Kenntnisnahme."""
    row = rows[i]
    if len(row) != 2 or row[1].x0 - row[0].x1 < 1.5 * height:
        return None
    edge = row[1].x0
    around = rows[max(0, i - 3):i] + rows[i + 1:i + 4]
    near = [r for r in around if r and abs(r[0].x0 - edge) <= 3]
    # signatures only: a table's cells keep their reading (and "Kenntnisnahme; eine Maßnahme ist nicht erforderlich."
    # answering a point is a sentence, no acknowledgement's label)
    signed = any(_ack_label(_row_text(r)) for r in around)
    # (the acknowledgement's label itself heading the right column: "Der Beigeordnete für …   Kenntnis genommen:")
    heads = _ack_label(row[1].text)
    return (row[0].x1 + edge) / 2 if len(near) >= (1 if heads else 2) and (signed or heads) else None


_HEADING_HINT = re.compile(r"\b(?:Beschlusspunkt|Beschlusstext|Beschlussinhalt|Beschlussantrag|Beschlussziffer|Auftrag|Inhalt"
                           r"|Maßnahme|Beschluss)\b")


def _body_lines(rows: list[list[Line]], width: float, height: float) -> list[str]:
    """Body rows in reading order; a run of two-column rows (the sender's block beside the
    Kenntnisnahme block) comes out column by column, not row by row."""
    out: list[str] = []
    plain: list[list[Line]] = []
    # a table's heading row ends a run of two-column rows above it (a form's labels and values)
    headings = {k for k, row in enumerate(rows) if _HEADING_HINT.search(_row_text(row)) and header_columns(rows, k, height)}
    i = 0
    while i < len(rows):
        table = read_table(rows, i, height) if i in headings else None
        if table is not None:
            out += _column_lines(plain, height) if plain else []
            plain = []
            i, lines = table
            out += lines
            continue
        # a label and its dated value set apart, alone among rows of other kinds ("Nächste Beschlussverfolgung:   31.03.2023"
        # over two signature blocks): one line, not the first row of two columns (a form's grid of such rows is one)
        alone = _label_pair(rows[i]) and not any(map(_label_pair, rows[max(0, i - 1):i] + rows[i + 1:i + 2]))
        split = None if alone else _column_gap(rows[i], width) or _aligned_gap(rows, i, height)
        if split is None:
            plain.append(rows[i])
            i += 1
            continue
        # a form's cells wrap over rows of one side (the first row is in the run even when its gap is a narrow one)
        grid_end = max(i + 1, _group_end(rows, i, split, width, reach=3, headings=headings))
        left, right = _sides(rows[i:grid_end], split)
        if _label_grid(left, right, split, width):
            out += _column_lines(plain, height) + [""] if plain else []
            plain = []
            out += _grid_lines(left, right) + [""]
            i = grid_end
            continue
        above = _rows_above(plain, rows[i], split)
        out += _column_lines(plain[:len(plain) - above], height) + [""] if len(plain) > above else []
        plain = []
        end = max(i + 1, _group_end(rows, i, split, width, reach=1, headings=headings))
        left, right = _sides(rows[i - above:end], split)
        i = end
        out += _column_lines([r for r in left if r], height) + [""] + _column_lines([r for r in right if r], height) + [""]
    return out + _column_lines(plain, height)


def _rows_above(plain: list[list[Line]], row: list[Line], split: float) -> int:
    """How many of the rows just above a two-column row belong to its columns: the run may begin
    with rows whose gap is narrower ("Beigeordneter für Stadtentwicklung, Bau,  Karsten Wendel")
    or on one side only ("Kenntnisnahme:"). It reaches up to the highest row that has a segment at
    the right column's edge, over rows that keep to the sides; a line across the gap ends it.
    Only signatures are read so: under the greeting, or with the acknowledgement among them (a
    form's label rows above a wide row keep their own reading)."""
    right_x0 = min((seg.x0 for seg in row if seg.x0 >= split), default=split)
    count = take = 0
    for above in reversed(plain[-4:]):
        if any(seg.x0 < right_x0 - 1 and seg.x1 > right_x0 - 4 for seg in above):
            break
        count += 1
        if any(abs(seg.x0 - right_x0) <= 3 for seg in above):
            take = count
    texts = [_row_text(r) for r in plain[-take - 3:]] if take else []
    return take if any(GREETING.match(t) or ACK.match(t) for t in texts) else 0


def _group_end(rows: list[list[Line]], i: int, split: float, width: float, reach: int,
               headings: set[int] | frozenset[int] = frozenset()) -> int:
    """Where a run of two-column rows starting at `i` ends: rows split by the column gap, and rows
    on one side only when a split row follows within `reach` rows; a table's heading row (in
    `headings`) ends it."""
    # the right column's edge: a left line may run past the middle of the gap ("Leiterin des Amtes für Hochbau")
    right_x0 = min((seg.x0 for seg in rows[i] if seg.x0 >= split), default=split)

    def one_side(row: list[Line]) -> bool:
        return row[-1].x1 < right_x0 or row[0].x0 > split

    def both_sides(row: list[Line]) -> bool:    # a narrower gap, at the right column's edge ("… und Sport  Oberbürgermeister")
        return row[0].x1 < right_x0 and row[-1].x0 >= right_x0 - 1 and all(seg.x1 < right_x0 or seg.x0 >= right_x0 - 1 for seg in row)
    start = i
    # (signatures only: a form's grid of labels and values keeps its own reading)
    signed = any(_ack_label(_row_text(r)) or any(_ack_label(seg.text) for seg in r) for r in rows[max(0, i - 3):i + 3])
    while i < len(rows) and (i == start or i not in headings) and (_column_gap(rows[i], width) is not None or signed and i > start and both_sides(rows[i])
                                                                   or one_side(rows[i]) and any(
            _column_gap(row, width) is not None for row in rows[i + 1:i + 1 + reach])):
        i += 1
    i = max(i, start + 1)     # (the first row is in the run: its gap may be one aligned with the rows around it)
    # one-sided lines set close under the last row still belong to its columns: a role's second line ("und Umwelt")
    # (under signatures a role may stand a line's space below its name, in the name's column: "Gunnar Pietsch | Landrat" /
    # "Amtsleiter Brand- und" / "Katastrophenschutz")
    lefts = {round(row[0].x0) for row in rows[start:i] if row}
    while start < i < len(rows) and i not in headings and one_side(rows[i]) \
            and rows[i][0].top - max(seg.bottom for seg in rows[i - 1]) < (1.5 if signed and any(
                abs(rows[i][0].x0 - x) <= 2 for x in lefts) else 0.5) * (rows[i - 1][0].bottom - rows[i - 1][0].top):
        i += 1
    if signed:
        # the names signed under both columns' roles, a signature's space below, each on its side at its own height
        # ("Der Beigeordnete … | Kenntnis genommen:" / "und Bau" / … / "Hartmut Seibold" (right) / "Jens Overbeck" (left))
        j, sides = i, set()
        while j < len(rows) and j not in headings and one_side(rows[j]) and len(_row_text(rows[j]).split()) <= 8 \
                and rows[j][0].top - max(seg.bottom for seg in rows[j - 1]) < 3.5 * (rows[j - 1][0].bottom - rows[j - 1][0].top) \
                and (any(abs(rows[j][0].x0 - x) <= 2 for x in lefts) or abs(rows[j][0].x0 - right_x0) <= 2):
            sides.add(rows[j][0].x0 > split)
            j += 1
        if sides == {True, False}:
            i = j
    return i


def _sides(group: list[list[Line]], split: float) -> tuple[list[list[Line]], list[list[Line]]]:
    return [[seg for seg in row if seg.x0 < split] for row in group], [[seg for seg in row if seg.x0 >= split] for row in group]


def _label_grid(left: list[list[Line]], right: list[list[Line]], split: float, width: float) -> bool:
    """A form's label column beside its values ("Sachstand / Begründung" | "Von 86 Schulen …"):
    narrow labels of a few words, values running to the right margin. Side-by-side signature
    blocks are two columns of similar width and are read column by column instead."""
    labels = [" ".join(seg.text for seg in row) for row in left if row]
    values = [" ".join(seg.text for seg in row) for row in right if row]
    both = sum(1 for a, b in zip(left, right) if a and b)
    return (split < width * 0.42 and both >= 2 and len(labels) >= 3 and all(len(label.split()) <= 6 for label in labels)
            and sum(len(value.split()) >= 8 for value in values) >= 2       # values are sentences that wrap
            and max((seg.x1 for row in right for seg in row), default=0) > width * 0.7)


def _grid_lines(left: list[list[Line]], right: list[list[Line]]) -> list[str]:
    """A label grid row by row: each label before its value, a label's wrapped words ("bei Verzug")
    joined to it, a value's wrapped lines after it."""
    rows: list[list[str]] = []       # [label, value] per printed row
    for a, b in zip(left, right):
        label, value = " ".join(seg.text for seg in a), " ".join(seg.text for seg in b)
        if label and label[:1].islower() and rows and rows[-1][0]:
            rows[-1][0] += " " + label      # the label's second line
            if value:
                rows.append(["", value])
        else:
            rows.append([label, value])
    return [" ".join(part for part in row if part) for row in rows if any(row)]


def _first_page_text(page: Page, rows: list[list[Line]]) -> list[str]:
    """The letterhead column and the recipient block come out as separate blocks before
    the body, whatever order their words had in the file."""
    if not rows:
        return []
    height = _median([w.bottom - w.top for w in page.words], 10.0)
    split_x = page.width * 0.45
    margin = _median([row[0].x0 for row in rows], page.width * 0.1)
    header_end = -1.0
    # a table's heading row ends the letterhead: its right-hand cells are no letterhead column
    table_at = next((row[0].top for k, row in enumerate(rows)
                     if _HEADING_HINT.search(_row_text(row)) and header_columns(rows, k, height)), page.height)
    # so does the body's prose: a short letter's signatures side by side in the page's upper half are no letterhead
    prose_at = next((row[0].top for row, below in zip(rows, rows[1:]) if _prose(row, page.width) and _prose(below, page.width)),
                    page.height)
    for row in rows:
        if row[0].top < min(page.height * 0.45, table_at, prose_at) and any(seg.x0 >= split_x for seg in row):
            header_end = max(header_end, max(seg.bottom for seg in row))
    header_end = _extend_header(rows, header_end, page.width * 0.6, height)
    left: list[list[Line]] = []
    right: list[list[Line]] = []
    body: list[list[Line]] = []
    # a form's rows, each a label on the left and its value across the middle ("Betreff:" | "Schulsozialarbeit …"),
    # stay rows where every label of the letterhead's left column has its value so, two or more: no columns of
    # labels and of values (where a label's value stands under it, the columns are read as columns)
    labelled = [row for row in rows if row[0].top <= header_end and row[0].x1 < split_x and row[0].text.endswith(":")]
    form_rows = [row for row in labelled if _form_row(row, split_x)]
    form_rows = form_rows if len(form_rows) >= 2 and len(form_rows) == len(labelled) else []
    value_x = None      # where the value of the form row just read starts: its wrapped lines stand there
    for row in rows:
        if row[0].top > header_end:
            body.append(row)
        elif any(row is form_row for form_row in form_rows):
            left.append(row)
            value_x = row[1].x0
        elif value_x is not None and len(row) == 1 and abs(row[0].x0 - value_x) <= 2:
            left.append(row)     # "Gegenstand:" | "Erneuerung … Birstein –" / "Wächtersbach, Bauabschnitt 2"
        elif row[0].x0 > margin + page.width * 0.12:   # centred or right-aligned letterhead
            right.append(row)
            value_x = None
        else:
            value_x = None
            lefts = [seg for seg in row if seg.x0 < split_x]
            rights = [seg for seg in row if seg.x0 >= split_x]
            if lefts:
                left.append(lefts)
            if rights:
                right.append(rights)
    lines = _column_lines(left, height) + [""] + _column_lines(right, height) + [""]
    return lines + _body_lines(body, page.width, height)


def _form_row(row: list[Line], split_x: float) -> bool:
    """A label left of the split with its value right of it: "Unser Zeichen:" | "51.3-0921"."""
    # (a label on both sides is a row of labels over their values: "Fachbereich:" | "Datum:")
    # (nor is a labelled value on the right: "Federführendes Amt:" | "Datum: 12.02.2024")
    return len(row) == 2 and row[0].x1 < split_x <= row[1].x0 and row[0].text.endswith(":") and not row[1].text.endswith(":") \
        and not re.match(r"^[\w/.() -]{2,30}:\s", row[1].text) and not _ack_label(row[0].text)


def _prose(row: list[Line], width: float) -> bool:
    """A row of running text: many words in one column (a point's number may hang left of them), across
    most of the line (a letterhead's rows are short, or two columns)."""
    text = row[1:] if len(row) == 2 and _HUNG_NUMBER.match(row[0].text) else row
    return len(text) == 1 and len(text[0].words) >= 7 and text[0].x1 > width * 0.6


_ADDRESS = re.compile(rf"^(?:\d{{5}}\s+\w|Postfach\b|[A-ZÄÖÜ][\w.-]*{STREET_ENDING}\b)", re.I)


def _extend_header(rows: list[list[Line]], header_end: float, narrow_x: float, height: float) -> float:
    """The recipient block can run below the last letterhead row (an address under
    'An die …'): keep narrow left rows that follow closely, or that are address lines."""
    previous_bottom = None
    for row in rows:
        top = row[0].top
        if top <= header_end:
            previous_bottom = max(seg.bottom for seg in row)
            continue
        narrow = all(seg.x1 < narrow_x for seg in row)
        close = previous_bottom is not None and top - previous_bottom <= height * 0.9
        if not narrow or not (close or _ADDRESS.match(_row_text(row))):
            break
        header_end = max(seg.bottom for seg in row)
        previous_bottom = header_end
    return header_end


def layout_text(pages: list[Page]) -> str:
    """The text of a document's pages in reading order (see the module docstring)."""
    return layout(pages)[0]


def layout(pages: list[Page]) -> tuple[str, list[str], list[tuple[int, Word]]]:
    """(the text in reading order, the running headers and footers left out of it, and every word
    with its page number in row order): a marking printed in a running line ("NICHT ÖFFENTLICH –
    Mitteilung …, Seite 2") still counts, and the words are where values are found again."""
    pages = [p for p in pages if p.words]
    pages_rows = [page_rows(p) for p in pages]
    placed = [(page.number, word) for page, rows in zip(pages, pages_rows)
              for row in rows for segment in row for word in segment.words]
    dropped = _running_rows(pages, pages_rows)
    running = [_row_text(rows[i]) for rows, drop in zip(pages_rows, dropped) for i in sorted(drop)]
    chunks: list[str] = []
    for page, rows, drop in zip(pages, pages_rows, dropped):
        kept = [row for i, row in enumerate(rows) if i not in drop]
        if page.number == 1 or not chunks:
            lines = _first_page_text(page, kept)
        else:
            height = _median([w.bottom - w.top for w in page.words], 10.0)
            lines = _body_lines(kept, page.width, height)
        chunks.append("\n".join(lines))
    return "\n\n".join(chunks) + "\n", running, placed
