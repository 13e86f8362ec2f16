"""Record + Document -> where each value was read (the record's `provenance` part).

The reader turns text into values through many stages (sections, joined lines, cleaned
quotes); threading positions through all of them would tie every rule to bookkeeping.
Instead each value is found again in the document's words after reading, and the words it
matched give the boxes (PDFs and scans) or the character span (text files):

- text values (names, identifiers, quotes, answers) by aligning their words in order with
  the document's words, tolerant of what lies between (a column beside a recipient block,
  a running header inside an answer), of hyphenation and, for OCR, of one wrong letter;
- dates by reading the dates printed in the document and taking one whose value is the
  field's; a deadline only inside its point's answer.

A value that is not found again gets no entry: no box is better than a wrong one.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from models import Box, Provenance, Record, Span
from pipeline.dates import FoundDate, find_dates, find_periods
from pipeline.marking import BOX_LINE, is_marking
from pipeline.memo import per_letter
from pipeline.lexicon import REPORT_TITLE
from pipeline.read import Document

WINDOW = 24       # words a value may skip between two of its words (a column beside it)
MAX_CANDIDATES = 200  # places tried per anchor word (a common word's every occurrence is not needed)
PAGE_BREAK = 200  # ... and across a page's foot and the next page's head, to a word that is rare


@dataclass(frozen=True)
class _Token:
    text: str
    norm: str
    start: int      # offset in the flat text (text files: in the document's text)
    end: int
    word: int       # index into Document.words, -1 for text files


_NOT_WORD = re.compile(r"[\W_]+")


def _norm(word: str) -> str:
    word = unicodedata.normalize("NFC", word).casefold().replace("ß", "ss")
    return _NOT_WORD.sub("", word)


class _Index:
    """The document's words as one token sequence and one flat string with offsets."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.ocr = doc.ocr
        tokens: list[_Token] = []
        if doc.words:
            parts, offset = [], 0
            for k, placed in enumerate(doc.words):
                text = placed.word.text
                tokens.append(_Token(text, _norm(text), offset, offset + len(text), k))
                parts.append(text)
                offset += len(text) + 1
            self.flat = " ".join(parts)
        else:
            self.flat = doc.text
            tokens = [_Token(m.group(), _norm(m.group()), m.start(), m.end(), -1)
                      for m in re.finditer(r"\S+", doc.text)]
        self.tokens = [t for t in tokens if t.norm]
        self.frequency = Counter(t.norm for t in self.tokens)
        self.positions: dict[str, list[int]] = {}
        for i, t in enumerate(self.tokens):
            self.positions.setdefault(t.norm, []).append(i)
        self.starts = [t.start for t in self.tokens]
        # the normalised words as one string: a value printed word for word is found by one search
        self.joined = " " + " ".join(t.norm for t in self.tokens) + " "
        self.joined_at: list[int] = []
        offset = 1
        for t in self.tokens:
            self.joined_at.append(offset)
            offset += len(t.norm) + 1

    # ------------------------------------------------------------------ matching words

    def _same(self, value: str, i: int) -> int:
        """How many document tokens from i spell `value`: 1, 2 (a word broken over lines), or 0."""
        tokens = self.tokens
        here = tokens[i].norm
        if here == value:
            return 1
        # a word broken over two lines, with or without its hyphen ("So-" / "ziales", "So" / "ziales")
        if i + 1 < len(tokens) and value.startswith(here) and here + tokens[i + 1].norm == value:
            return 2
        if self.ocr and _close(here, value):
            return 1
        return 0

    def _align(self, values: list[str], first: int, start: int) -> list[tuple[int, int]]:
        """Greedy in-order alignment of values[first:] from token `start`: (from, to) per word found."""
        hits: list[tuple[int, int]] = []
        j = start
        for value in values[first:]:
            reach = WINDOW if self.frequency.get(value, 0) > 3 or len(value) < 4 else PAGE_BREAK
            found = self._next_ocr(value, j, reach) if self.ocr else self._next(value, j, reach)
            if found:
                k, n = found
                hits.append((k, k + n - 1))
                j = k + n
        return hits

    def _next(self, value: str, j: int, reach: int) -> tuple[int, int] | None:
        """The first place at or after token j, within `reach`, where `value` is printed (k, tokens):
        a word as it is, or broken over two lines within WINDOW. Looked up, not scanned."""
        exact = self.positions.get(value, ())
        at = bisect_left(exact, j)
        best = (exact[at], 1) if at < len(exact) and exact[at] < min(len(self.tokens), j + reach) else None
        broken = self._broken.get(value, ())
        at = bisect_left(broken, j)
        if at < len(broken) and broken[at] < min(len(self.tokens), j + min(reach, WINDOW)) and (best is None or broken[at] < best[0]):
            best = (broken[at], 2)
        return best

    def _next_ocr(self, value: str, j: int, reach: int) -> tuple[int, int] | None:
        """As `_next`, for OCR'd text, where a word may also be one glyph off: scanned."""
        for k in range(j, min(len(self.tokens), j + reach)):
            n = self._same(value, k) if k < j + WINDOW else int(self.tokens[k].norm == value)
            if n:
                return k, n
        return None

    @cached_property
    def _broken(self) -> dict[str, list[int]]:
        """Words broken over two tokens ("So-" / "ziales"): the joined word -> where its first part stands."""
        out: dict[str, list[int]] = {}
        for k in range(len(self.tokens) - 1):
            out.setdefault(self.tokens[k].norm + self.tokens[k + 1].norm, []).append(k)
        return out

    def find(self, value: str, after: int = 0) -> list[int] | None:
        """Token indices of the best place `value` is printed, or None. Of equally good places the
        first at or after token `after` wins (points and answers follow each other)."""
        values = [v for v in map(_norm, value.split()) if v]
        if not values:
            return None
        exact = self._verbatim(values, after)
        if exact is not None:
            return exact
        # each of the first three words anchors candidate places (the first may be glued to a
        # number, "8b)„Beim", or damaged)
        candidates: list[tuple[int, int]] = []
        for anchor, word in enumerate(values[:3]):
            starts = self.positions.get(word)
            if not starts and self.ocr:
                starts = [i for i, t in enumerate(self.tokens) if _close(t.norm, word)]
            candidates += [(anchor, s) for s in (starts or [])[:MAX_CANDIDATES]]
        best: tuple[tuple, int, list[tuple[int, int]]] | None = None
        for anchor, s in candidates:
            hits = self._align(values, anchor, s)
            # the words before the anchor, looked for just before it
            before = self._align(values[:anchor], 0, max(0, s - anchor - 3)) if anchor else []
            before = [h for h in before if h[1] < s]
            score = (len(hits) + len(before)) / len(values)
            found = before + hits
            start, spread = found[0][0], found[-1][1] - found[0][0]
            # the most words; then at or after `after`; then the tightest; then the nearest
            rank = (score, start >= after, -spread, -start if start >= after else start)
            if best is None or rank > best[0]:
                best = (rank, start, found)
        if best is None:
            return None
        score = best[0][0]
        if score < _needed(len(values)):
            return None
        return [i for a, b in best[2] for i in range(a, b + 1)]

    def _verbatim(self, values: list[str], after: int) -> list[int] | None:
        """The value's words in a row: the first place at or after token `after`, else the first."""
        needle = " " + " ".join(values) + " "
        first = self.joined.find(needle)
        if first < 0:
            return None
        at = first
        if after:
            later = self.joined.find(needle, self.joined_at[min(after, len(self.joined_at) - 1)] - 1)
            at = later if later >= 0 else first
        i = bisect_left(self.joined_at, at + 1)
        return list(range(i, i + len(values)))

    # ------------------------------------------------------------------ spans

    def span(self, indices: list[int]) -> Span:
        tokens = [self.tokens[i] for i in indices]
        if tokens[0].word < 0:      # a text file: characters and lines of the decoded text
            start, end = tokens[0].start, tokens[-1].end
            line = self.doc.text.count("\n", 0, start) + 1
            return Span(text=" ".join(t.text for t in tokens), line=line,
                        end_line=line + self.doc.text.count("\n", start, end), start=start, end=end)
        return Span(text=" ".join(t.text for t in tokens), boxes=_line_boxes([self.doc.words[t.word] for t in tokens]))

    def tokens_in(self, start: int, end: int) -> list[int]:
        """Indices of the tokens overlapping flat-text offsets [start, end)."""
        lo = max(0, bisect_right(self.starts, start) - 1)
        hi = bisect_left(self.starts, end)
        return [i for i in range(lo, hi) if self.tokens[i].end > start]


def _needed(words: int) -> float:
    """The share of a value's words that must be found: all of a short value, most of a long one."""
    if words <= 3:
        return 1.0
    if words <= 6:
        return 0.75
    return 0.5


def _close(a: str, b: str) -> bool:
    """OCR's one wrong, missing or extra letter in a longer word (and its "m" for "rn")."""
    if "rn" in a or "rn" in b:
        a, b = a.replace("rn", "m"), b.replace("rn", "m")
        if a == b:
            return True
    if len(a) < 5 or len(b) < 5 or abs(len(a) - len(b)) > 1 or a[0] != b[0] and a[-1] != b[-1]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    k = next((i for i, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[k:] == long[k + 1:]


def _line_boxes(placed) -> list[Box]:
    """One box per printed line (words of one page whose vertical extents overlap)."""
    boxes: list[list[float]] = []
    pages: list[int] = []
    for p in placed:
        w = p.word
        if boxes and pages[-1] == p.page and w.top < boxes[-1][3] and w.bottom > boxes[-1][1]:
            b = boxes[-1]
            b[0], b[1], b[2], b[3] = min(b[0], w.x0), min(b[1], w.top), max(b[2], w.x1), max(b[3], w.bottom)
        else:
            boxes.append([w.x0, w.top, w.x1, w.bottom])
            pages.append(p.page)
    return [Box(page=pg, x0=round(b[0], 1), y0=round(b[1], 1), x1=round(b[2], 1), y1=round(b[3], 1))
            for pg, b in zip(pages, boxes)]


# ------------------------------------------------------------------ the record's values

def _date_span(index: _Index, value: str, within: tuple[int, int] | None = None,
               last: bool = False) -> list[int] | None:
    """The tokens of a printed date whose value is `value` (inside flat offsets `within`)."""
    lo, hi = within or (0, len(index.flat))
    text = index.flat[lo:hi]
    printed = _printed_dates(text)
    # exact first; else a date read with less (or more) precision here than where the value came from
    found = [d for d in printed if d.value == value] or \
        [d for d in printed if len(d.value) >= 7 and (value.startswith(d.value) or d.value.startswith(value))]
    if not found and within is not None:   # a deadline read from words ("Ende 2024"): its year
        year = value[:4]
        found = [d for d in [_year_mention(text, year)] if d is not None]
    if not found:
        return None
    chosen = found[-1] if last else found[0]
    return index.tokens_in(lo + chosen.start, lo + chosen.end) or None


@per_letter   # the letter's date and its next review are both looked for in the whole text
def _printed_dates(text: str) -> tuple:
    return tuple(find_dates(text) + find_periods(text))


def _year_mention(text: str, year: str):
    m = re.search(r"(?:\b[\wäöü.]+\s+){0,2}\b" + year + r"\b", text)
    return FoundDate(year, m.start(), m.end()) if m else None


def locate(record: Record, doc: Document) -> Provenance:
    """Where each of the record's values was read (see the module docstring)."""
    index = _Index(doc)
    fields: dict[str, Span] = {}

    def put(path: str, indices: list[int] | None) -> list[int] | None:
        if indices:
            fields[path] = index.span(indices)
        return indices

    def text(path: str, value: str | None, after: int = 0) -> list[int] | None:
        return put(path, index.find(value, after)) if value else None

    if record.kind == "beschlusskontrolle":
        m = REPORT_TITLE.search(index.flat)
        if m:
            put("kind", index.tokens_in(m.start(), m.end()))
    for name in ("city", "department", "file_number", "resolution", "session_number", "subject", "recipients"):
        text(name, getattr(record, name))
    if record.letter_date:
        put("letter_date", _date_span(index, record.letter_date))
    if record.next_review:
        put("next_review", _date_span(index, record.next_review, last=True))
    if record.confidential:
        lines = doc.text.splitlines() + list(doc.margins)
        # a marking; else the ticked form box it was read from
        marking = next((line for line in lines if is_marking(line.strip())), None) \
            or next((line for line in lines if BOX_LINE.match(line.strip())), None)
        text("confidential", marking)
    for key in ("sender", "acknowledged_by"):
        person = getattr(record, key)
        if person:
            name = text(f"{key}.name", person.name, len(index.tokens) // 2)   # signatures close a letter
            # the role printed with the name, above or below it; not the same word in a sentence
            text(f"{key}.role", person.role, max(0, name[0] - 12) if name else len(index.tokens) // 2)
    for k, alias in enumerate(record.also_concerns):
        for name in ("resolution", "session_number", "subject"):
            text(f"also_concerns[{k}].{name}", getattr(alias, name))
    cursor = 0
    for k, point in enumerate(record.mandates):
        path = f"mandates[{k}]"
        quote = text(f"{path}.quote", point.quote, cursor)
        if quote:
            cursor = quote[-1]
            number = _number_before(index, quote[0], point.number)
            put(f"{path}.number", number)
        answer = text(f"{path}.response", point.response, cursor)
        if answer:
            cursor = answer[-1]
            fields[f"{path}.status"] = fields[f"{path}.response"]
            within = (index.tokens[answer[0]].start, index.tokens[answer[-1]].end)
            for d, deadline in enumerate(point.deadlines):
                put(f"{path}.deadlines[{d}]", _date_span(index, deadline, within))
    return Provenance(page_sizes=[tuple(size) for size in doc.page_sizes], fields=fields)


def _number_before(index: _Index, first: int, number: str) -> list[int] | None:
    """The point's printed number among the few words before its quote ("2.", "Punkt 2a)")."""
    wanted = _norm(number)
    glued = re.compile(r"\W*" + re.escape(number) + r"[.):]")     # "8b)„Beim"
    for i in range(first - 1, max(-1, first - 5), -1):
        if index.tokens[i].norm == wanted or glued.match(index.tokens[i + 1].text):
            return [i] if index.tokens[i].norm == wanted else [i + 1]
    return None
