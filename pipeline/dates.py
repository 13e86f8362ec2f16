"""German dates and partial dates, as printed in letters and stamps.

`parse_date` reads one date expression; `find_dates` finds them in running text. Values
are ISO strings with the precision that can be read: YYYY-MM-DD, YYYY-MM or YYYY.
"""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "febr": 2, "märz": 3, "mär": 3,
    "mrz": 3, "maerz": 3, "marz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6,
    "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}
# Glyphs OCR puts for a letter in upper-case stamps ("N0V.", "0KT", "AU6").
_GLYPH_AS_LETTER = str.maketrans({"0": "o", "1": "i", "5": "s", "6": "g", "8": "b", "|": "i"})
_YEAR_GLYPHS = str.maketrans("OolL", "0011")
_ABBREVIATIONS = {name: number for name, number in MONTHS.items() if len(name) == 3}

_MONTH_RE = "(?:" + "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True)) + r"|[A-Z0-9|ÄÖÜ]{3}[l1|]?|[A-Za-zäöü]{6,9})\.?"

# 13.10.2021 / 13.10.21 / 3. 4. 2001
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d])")
# 13. Oktober 2021 / 13. OKT. 2021 / 13 OKT 2021 / Oktober 2021 / 1FEB. 2020 (day unsure)
_WORDED = re.compile(
    r"(?:(?<!\d)(?P<day>\d{1,2})\s*\.?\s*)?(?<![A-Za-zÄÖÜäöü])(?P<month>" + _MONTH_RE + r")\s*(?P<year>(?:19|2[0O])(?:[\dO]{2}|[\dOl][\dO]|[\dO]l))(?![\dA-Za-z])",
    re.IGNORECASE,
)
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# 09/2024, a month in forms and tables; not a number of a resolution ("Nr. 12/2022", "Vorlage 10/2023")
_MONTH_YEAR = re.compile(r"(?<![\w/.-])(0[1-9]|1[0-2])/((?:19|20)\d{2})(?![\w/-])")
_NUMBER_CONTEXT = re.compile(r"(?:Nr\.?|Nummer|Drucksache|Drs\.|Vorlage|Beschluss|Antrag|Anfrage|DS|§|[A-Z]{2,4})\s*:?\s*$")


@dataclass(frozen=True)
class FoundDate:
    value: str       # ISO with precision
    start: int
    end: int


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1900 <= year <= 2099:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def month_number(word: str) -> int | None:
    """The month a name or abbreviation stands for; an upper-case stamp abbreviation with
    one glyph damaged by OCR ('MRI', 'DFZ', 'N0V') when only one month is that close."""
    key = word.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    if "rn" in key and key.replace("rn", "m") in MONTHS:   # OCR reads m as rn ("Novernber")
        return MONTHS[key.replace("rn", "m")]
    if len(key) >= 6:     # a full name with one letter misread ("Novcmber"): only when one month is that close
        close = {n for name, n in MONTHS.items() if len(name) == len(key) and sum(a != b for a, b in zip(key, name)) == 1}
        return close.pop() if len(close) == 1 else None
    if len(key) == 4 and word[:3].isupper() and key[3] in "l1|" and key[:3] + "i" in MONTHS:
        return MONTHS[key[:3] + "i"]     # a stamp's "JUNl", "JUL1": OCR's l or 1 for the final I
    if len(key) != 3 or not word[:3].isupper() and not any(ch.isdigit() for ch in word):
        return None
    key = key.translate(_GLYPH_AS_LETTER)
    if key in _ABBREVIATIONS:
        return _ABBREVIATIONS[key]
    close = {n for name, n in _ABBREVIATIONS.items() if sum(a != b for a, b in zip(key, name)) == 1}
    return close.pop() if len(close) == 1 else None


def find_dates(text: str) -> list[FoundDate]:
    """Every full or partial date in `text`, in order of appearance."""
    found: list[FoundDate] = []
    starts: list[int] = []      # the spans taken, kept sorted and disjoint: an overlap test is two lookups,
    ends: list[int] = []        # so a long text with thousands of dates is read in linear-log time

    def add(value: str | None, start: int, end: int) -> None:
        if not value:
            return
        k = bisect.bisect_left(starts, start)
        if k > 0 and ends[k - 1] > start or k < len(starts) and starts[k] < end:
            return
        found.append(FoundDate(value, start, end))
        starts.insert(k, start)
        ends.insert(k, end)

    for m in _ISO.finditer(text):
        add(_iso(int(m.group(1)), int(m.group(2)), int(m.group(3))), m.start(), m.end())
    for m in _NUMERIC.finditer(text):
        add(_iso(_year(m.group(3)), int(m.group(2)), int(m.group(1))), m.start(), m.end())
    for m in _MONTH_YEAR.finditer(text):
        if not _NUMBER_CONTEXT.search(text[max(0, m.start() - 15):m.start()]):
            add(_iso(int(m.group(2)), int(m.group(1))), m.start(), m.end())
    text = _SPLIT_DAY.sub(lambda m: m.group(1) + m.group(2) + " " * len(m.group(0)[2:3]), text)
    for m in _WORDED.finditer(text):
        month = month_number(m.group("month"))
        if month is None:
            continue
        day = m.group("day")
        start = m.start("day") if day else m.start("month")
        # A day glued to the month ("1FEB.") or following debris ("ß 4.") is unsure in a
        # stamp: keep the month precision rather than guess.
        glued = day is not None and not re.search(r"[\s.]", text[m.end("day"):m.start("month")] or "")
        year = int(m.group("year").translate(_YEAR_GLYPHS))   # OCR's O for 0, l for 1 ("2O24", "20l2")
        if day and (glued or _debris_before(text, start)):
            add(_iso(year, month), start, m.end())
        else:
            add(_iso(year, month, int(day) if day else None), start, m.end())
    found.sort(key=lambda d: d.start)
    return found


# A two-digit day that OCR split with a space ("1 3. SEP. 2017"): nothing else stands so before a month.
_SPLIT_DAY = re.compile(r"(?<![\d.])([0-3]) (\d)(?=\.?\s?(?:" + "|".join(MONTHS) + r"|[A-Z]{3})\b)", re.I)


def _debris_before(text: str, start: int) -> bool:
    """A stamp date whose day follows a stray glyph on the same line (`ß 4. DEZ.`, `} 4. DEZ.`):
    what was left of the stamp's first digit, so the day is unsure."""
    before = text[max(0, start - 3):start]
    return bool(re.search(r"[^\s\d.,:;(\[A-Za-z]\s?$", before)) or bool(re.search(r"(?<!\w)[^\W\d]\s$", before))


def parse_date(text: str) -> str | None:
    """The first date in `text` as ISO with its precision, or None."""
    dates = find_dates(text)
    if dates:
        return dates[0].value
    m = re.search(r"(?<!\d)(19\d{2}|20\d{2})(?!\d)", text)
    return m.group(1) if m else None


def precision(value: str) -> str:
    """'day', 'month' or 'year' for an ISO partial date."""
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "unknown")


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# OCR reads a roman I as l or 1 ("Ill. Quartal"): a run of them before "Quartal" is still a numeral
_QUARTER = re.compile(r"\b(?P<q>[1-4]|[Il1]{1,3}|IV|lV|erste[nms]?|zweite[nms]?|dritte[nms]?|vierte[nms]?)[.,]?\s*Quarta[lI1|](?:s|es)?\s*"   # OCR may join the year: "Quartal2025", or read its l as I: "QuartaI"
                      r"(?:des\s+Jahres\s+)?(?P<year>(?:19|20)\d{2})\b", re.I)
# a table's or form's short form: "Q2/2025", "Q3 2024", "Q1.2026"
_SHORT_QUARTER = re.compile(r"(?<![\w/])Q(?P<q>[1-4])\s?[/.]?\s?(?P<year>(?:19|20)\d{2})\b")
# a quarter's roman numeral after the word that names it: "Quartalsbericht II/2025", "Quartal IV/2024"
_NAMED_QUARTER = re.compile(r"\bQuartal\w*\s+(?P<q>I{1,3}|IV)\s?/\s?(?P<year>(?:19|20)\d{2})\b")
_ORDINAL = {"erst": 1, "zwei": 2, "drit": 3, "vier": 4}
# (a table's short form too: "2. Hj. 2025")
_HALF = re.compile(r"\b(?P<h>[12]|I{1,2}|erste[nm]?|zweite[nm]?)[.,]?\s*(?:Halbjahr(?:es)?|Hj\.)\s*(?:des\s+Jahres\s+)?(?P<year>(?:19|20)\d{2})\b", re.I)


def find_periods(text: str) -> list[FoundDate]:
    """Quarters and half-years, each as its last month: 'II. Quartal 2015' -> 2015-06,
    '2. Halbjahr 2013' -> 2013-12."""
    found = []
    for m in _QUARTER.finditer(text):
        q = m.group("q").lower()
        if q[:4] in _ORDINAL:
            quarter = _ORDINAL[q[:4]]
        elif len(q) > 1 or q in "il":
            quarter = _ROMAN.get(q.replace("1", "i").replace("l", "i"))
        else:
            quarter = int(q)
        month = quarter * 3
        found.append(FoundDate(f"{m.group('year')}-{month:02d}", m.start(), m.end()))
    for m in _SHORT_QUARTER.finditer(text):
        found.append(FoundDate(f"{m.group('year')}-{int(m.group('q')) * 3:02d}", m.start(), m.end()))
    for m in _NAMED_QUARTER.finditer(text):
        found.append(FoundDate(f"{m.group('year')}-{_ROMAN[m.group('q').lower()] * 3:02d}", m.start(), m.end()))
    for m in _HALF.finditer(text):
        first = m.group("h").lower() in ("1", "i") or m.group("h").lower().startswith("erst")
        found.append(FoundDate(f"{m.group('year')}-{'06' if first else '12'}", m.start(), m.end()))
    for m in _MONTH_MEETING.finditer(text):
        found.append(FoundDate(f"{m.group('year')}-{MONTHS[m.group('month').lower()]:02d}", m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


# a meeting named by its month: "in seiner Oktobersitzung 2025", "zur Juni-Sitzung 2024"
_MONTH_MEETING = re.compile(r"\b(?P<month>januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)"
                            r"-?(?:sitzung|tagung)\s+(?P<year>(?:19|20)\d{2})\b", re.I)
