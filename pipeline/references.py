"""Resolution identifiers (V0870/21, A0123/20, V-Pl0013/19) and session numbers
(SR/026/2021, SBR Pl/048/2019), with the OCR repairs their patterns make certain."""
from __future__ import annotations

import re

from pipeline.lexicon import (CONTEXT_IDENTIFIER, LOWERED_PREFIX_IDENTIFIER, OCR_IDENTIFIER, PARAGRAPH_IDENTIFIER, ROMAN_OCR_IDENTIFIER, SESSION_LABEL,
                              STRONG_IDENTIFIER)
from pipeline.memo import per_letter

# Characters OCR puts where a digit must stand, and the digit they stand for.
_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1",
                                   "i": "1", "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "G": "6"})
_D = r"[\dOoDQIl|iSsBZzG]"
# V0870/21, A 0116/1S, V-Pl0013/19, V-PI00004/19. At least two real digits.
RESOLUTION = re.compile(
    r"(?<![A-Za-z0-9/])(?P<prefix>[VA])(?:-(?P<district>[A-Z](?:[A-Za-z]{1,2}|[a-z]?0|0[a-z]|1)))?\s?(?P<number>" + _D + r"{4,5})"
    r"\s?/\s?(?P<year>" + _D + r"{2})(?![\d/])"
)
# SR/026/2021, F/026/2021, UKW/011/2021, SBR Pl/048/2019, BR-M/05/2023, OR SW/005/2021, SR/047(VII)/22
SESSION = re.compile(
    r"(?<![A-Za-zÄÖÜäöüß0-9/-])(?P<body>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,6}(?:-[A-ZÄÖÜ][A-Za-zäöü]{0,3})?(?:\s(?P<district>[A-Z](?:[a-zI]{1,2}|[a-z]?0|1))"
    r"|(?<=OR|BR)\s[A-Z]{2,3})?)/(?P<number>" + _D + r"{2,3}|" + _D + r"{2}\s" + _D + r"(?=/))"     # (OCR's space inside: "WA/03 1/2013") a district council's code in capitals: "OR SW", "SBR NS"
    # Magdeburg: the council's term in parentheses, the year in two digits ("SR/047(VII)/22")
    r"(?:(?P<term>\([IVX]{1,4}\))/(?P<short_year>" + _D + r"{2})|/(?P<year>(?:19|20)" + _D + r"{2}))(?![\d/])"
)


def _digits(text: str) -> str:
    return text.translate(_DIGIT_LOOKALIKES)


def _district(code: str | None, hint: str | None) -> str | None:
    """District codes are one capital and lower-case letters: OCR's capital I or digit 1 is an l."""
    if not code:
        return None
    if hint and hint[0] == code[0] and len(hint) == len(code):
        return hint
    # a glyph OCR added, a zero for the o beside it ("C0o" for "Co"): the session's district tells
    if hint and hint[0] == code[0] and len(code) == len(hint) + 1 and any(code[:k] + code[k + 1:] in (hint, hint.replace("o", "0"))
                                                                         for k in range(1, len(code)) if code[k] in "0oO"):
        return hint
    # "B1": Blasewitz's "Bl"; "C0o": Cotta's "Co", its o read twice (no district's code doubles a letter)
    return code[0] + code[1:].replace("I", "l").replace("1", "l").replace("0", "o").replace("oo", "o")


# (OCR may read the e of "Beschl." as c or o: "Bcschl. d. Stv.-V. vom 14.09.2023, § 3912")
_PARAGRAPH_CONTEXT = re.compile(r"\b(?:Beschluss\w*|B[eco]schl\.|Vorlage|Antrag|Bericht|zu|zum)(?!\w)", re.I)
_LAW_AFTER = re.compile(r"\s*(?:Abs\.|Satz\b|S\.\s?\d|[A-Z][A-Za-z]{0,6}(?:G|O|V|GB)\b)")


def _paragraph_is_resolution(text: str, start: int, end: int) -> bool:
    """"§ 2871" is a resolution when its clause names one ("Beschluss … vom 23.02.2023, § 2871",
    "zu § 1761") and no law follows it ("§ 123 BauGB", "§ 34 Abs. 2")."""
    if _LAW_AFTER.match(text[end:]):
        return False
    window = text[max(0, start - 100):start]
    context = list(_PARAGRAPH_CONTEXT.finditer(window))
    if not context:
        return False
    between = window[context[-1].end():]
    return len(between) <= 70 and not re.search(r"[!?;:]|[a-zäöüß]{3}\.\s+[A-ZÄÖÜ]", between)   # "d. Stv.-V.": an abbreviation


_CAPITALS = re.compile(r"(?<![\w/.-])[A-ZÄÖÜ]{4,}(?![\w/.-])")
# A year after an identifier's number with OCR's l, I or | for a 1 ("DS0342/2l", "0870/20l9"): two or four
# places, digits but for those glyphs, and at least one real digit among them
_YEAR_LOOKALIKE = re.compile(r"(?<=\d/)(?=[\dlI|]*\d)(?=[\dlI|]*[lI|])(?:[\dlI|]{4}|[\dlI|]{2})(?![\w/-])")
_ONE_LOOKALIKES = str.maketrans("lI|", "111")


# A paper named by its prefix and number at the start of a line, with its title after a dash: "GD 412/23 – Ganztags…"
_TITLED_PAPER = re.compile(r"^\s*(?P<id>[A-ZÄÖÜ]{2,5}\s\d{1,5}/(?:(?:19|20)\d{2}|\d{2}))(?=\s+[–—-]\s+[A-ZÄÖÜ„\"])")


def find_resolutions(text: str, district_hint: str | None = None) -> list[tuple[str, int, int, bool]]:
    """(identifier, start, end, repaired) for each resolution identifier in `text`, in order:
    Dresden's shapes (with OCR repair) and the other bodies' shapes of `lexicon`. A heading in capitals
    ("INFORMATION ZUR UMSETZUNG DES BESCHLUSSES V087/2023") names its context words as any other line."""
    return list(_resolutions(text, district_hint))


@per_letter   # the header, the sections and the point readers ask it of the same lines
def _resolutions(text: str, district_hint: str | None) -> tuple[tuple[str, int, int, bool], ...]:
    text = _CAPITALS.sub(lambda m: m.group(0).capitalize(), text)      # (same length: positions hold)
    mended = [m.span() for m in _YEAR_LOOKALIKE.finditer(text)]
    text = _YEAR_LOOKALIKE.sub(lambda m: m.group(0).translate(_ONE_LOOKALIKES), text)     # (same length too)
    found = _dresden_resolutions(text, district_hint) + _roman_repaired(text)
    sessions = [(s, e) for _, s, e, _ in find_sessions(text)]
    for pattern in (STRONG_IDENTIFIER, CONTEXT_IDENTIFIER, PARAGRAPH_IDENTIFIER, OCR_IDENTIFIER):
        for m in pattern.finditer(text):
            start, end = m.span("id")
            if any(s < end and start < e for _, s, e, _ in found):
                continue
            if re.match(r"\([IVX1l|]{1,4}\)\d", text[end:]):
                continue      # a longer number goes on: Magdeburg's decision "1812-058(VII)22", no Vorlage's identifier
            # a session's shape right after "Beschluss"/"Vorlage" is the resolution; elsewhere a session
            if pattern is not CONTEXT_IDENTIFIER and any(s < end and start < e for s, e in sessions):
                continue
            if pattern is CONTEXT_IDENTIFIER:
                if sum(ch.isdigit() for ch in m.group("id")) < 3:
                    continue
                if any(s < end and start < e for s, e in sessions) and _AFTER_DECISION_DATE.search(text[:start]):
                    continue      # "Beschluss des Stadtrates vom 23.06.2016, SR/027/2016": the session it was taken in
                printed = re.sub(r"\s+", " ", m.group("id"))
                value = re.sub(r"(?<=\d)O|O(?=\d)", "0", printed)   # OCR's O inside a run of digits
                found.append((value, start, end, value != printed))
                continue
            if pattern is OCR_IDENTIFIER:
                printed = m.group("id")
                value = re.sub(r"[OoQ](?=[0-9OoQ]*[0-9])|(?<=[0-9])[OoQ]", "0", printed)
                if sum(ch.isdigit() for ch in printed) >= 3 and value != printed:
                    found.append((value, start, end, True))
                continue
            if pattern is PARAGRAPH_IDENTIFIER and not _paragraph_is_resolution(text, start, end):
                continue
            found.append((re.sub(r"\s+", " ", m.group("id")), start, end, False))
    for m in _LOST_PARAGRAPH.finditer(text):
        # "Beschluss … vom 23.03.2023, 3062" / "…, 8 2914": the paragraph sign OCR lost or read as a digit or letter
        start, end = m.span("id")
        if not any(s < end and start < e for _, s, e, _ in found) and not _LAW_AFTER.match(text[end:]):
            found.append(("§ " + m.group("num"), start, end, True))
    for m in _TITLED_PAPER.finditer(text):
        # "GD 412/23 – Ganztagsbetreuung an Grundschulen": a paper's number opening the line, its title after a dash
        start, end = m.span("id")
        if not any(s < end and start < e for _, s, e, _ in found) and not any(s < end and start < e for s, e in sessions):
            found.append((m.group("id"), start, end, False))
    for m in LOWERED_PREFIX_IDENTIFIER.finditer(text):
        start, end = m.span("id")
        if not any(s < end and start < e for _, s, e, _ in found):
            found.append((m.group("prefix").upper() + m.group("id")[len(m.group("prefix")):], start, end, True))
    # OCR's zero in a kind's letters before the year ("V0/2023/1187" for "VO/2023/1187"): a kind is letters only
    found = [(_LETTER_ZERO.sub(r"\1O", value), start, end, True) if _LETTER_ZERO.match(value) else (value, start, end, repaired)
             for value, start, end, repaired in found]
    # a Wahlperiode's numeral after the number, its I read as 1, l or | ("0733/1X" for "0733/IX"): a numeral with V or X
    found = [(value[:m.start(1)] + _roman_read(m.group(1)), start, end, True)
             if (m := _ROMAN_TAIL.search(value)) and _roman_read(m.group(1)) != m.group(1) else (value, start, end, repaired)
             for value, start, end, repaired in found]
    # a bare number after "Nr." ("Beschluss Nr. 0089") only where nothing else names the resolution:
    # "Beschluss Nr. 0089 … (Antrag 23-O-02-0017)" is reported on by the Antrag's identifier
    bare = [f for f in found if re.fullmatch(r"\d{3,4}", f[0]) and text[:f[1]].endswith("Nr. ")]
    if bare and len(bare) < len(found):
        found = [f for f in found if f not in bare]
    # a month and year after a date's label is a date: "Wiedervorlage: 01/2025", "Termin | 03/2024"
    found = [f for f in found if not (re.fullmatch(r"(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}", f[0]) and _DATE_LABEL_BEFORE.search(text[:f[1]]))]
    found = [(value, start, end, repaired or any(a < end and start < b for a, b in mended)) for value, start, end, repaired in found]
    return tuple(sorted(found, key=lambda f: f[1]))


# a decision's date right before a session's shape: "… vom 23.06.2016, SR/027/2016" / "… vom 23.06.2016 (SR/027/2016)"
_AFTER_DECISION_DATE = re.compile(r"\bvom\s+\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}\s*[,(]\s*$")
_DATE_LABEL_BEFORE = re.compile(r"\b(?:Wiedervorlage|Termin|Frist|Datum|Stand|Berichtstermin|Erledigung\w*)\s*[:|]?\s*(?:bis\s+|zum\s+)?$", re.I)


# Frankfurt's "Beschluss der Stadtverordnetenversammlung vom 23.03.2023, § 3062", its § unread
_LOST_PARAGRAPH = re.compile(r"\bBeschlu(?:ss|ß)\w*\b[^.;:§]{0,60}?\bvom\s+\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2},\s*"
                             r"(?P<id>(?:[8S$]\s)?(?P<num>\d{4}))(?=\s*(?:\(|,|\.?\s*$))")
_ROMAN_TAIL = re.compile(r"(?<=\d/)((?=[IVX1l|]*[VX])[IVX1l|]{2,4})$")
_ROMAN_LEAD = re.compile(r"^((?=[IVX1l|]*[VX])[IVX1l|]{2,4})(?=/)")


_ROMAN = re.compile(r"X{0,2}(?:IX|IV|VI{0,3}|I{1,3})|X{1,2}")


def _roman_read(glyphs: str) -> str:
    """A numeral whose I OCR read as 1, l or |, read back ("1X" → "IX"); a glyph OCR added besides ("I1X" → "IX", no
    numeral "IIX") dropped when that leaves the one numeral there is."""
    read = re.sub(r"[1l|]", "I", glyphs)
    if _ROMAN.fullmatch(read):
        return read
    shorter = {re.sub(r"[1l|]", "I", glyphs[:k] + glyphs[k + 1:]) for k, ch in enumerate(glyphs) if ch in "1l|I"}
    valid = [v for v in shorter if _ROMAN.fullmatch(v)]
    return valid[0] if len(valid) == 1 else read


def mend_roman_edges(value: str) -> str:
    """A roman numeral (one with V or X) opening or closing a reference, its I read as 1, l or | by OCR: a Dezernat's
    ("1X/32.1-0117/2025") or a Wahlperiode's ("DS/0733/1X")."""
    for pattern in (_ROMAN_LEAD, _ROMAN_TAIL):
        value = pattern.sub(lambda m: _roman_read(m.group(1)), value)
    return value
_LETTER_ZERO = re.compile(r"^([A-Z])0(?=/(?:19|20)\d{2}/\d{3,5}\b)")


def _roman_repaired(text: str) -> list[tuple[str, int, int, bool]]:
    """Identifiers whose roman numeral OCR read with 1, l or | for I ("V11/2021/02345" -> "VII/2021/02345")."""
    found = []
    for m in ROMAN_OCR_IDENTIFIER.finditer(text):
        part = "lead" if m.group("lead") else "tail"
        numeral = m.group(part)
        numeral = "V" + numeral[1:] if numeral.startswith("v") else numeral     # its V read small ("v11/2020/01876")
        if re.search(r"[1l|]", numeral) and re.search(r"[VX]", numeral):     # a real numeral letter makes it certain
            start, end = m.start(part) - m.start(), m.end(part) - m.start()
            value = m.group("id")[:start] + re.sub(r"[1l|]", "I", numeral) + m.group("id")[end:]
            found.append((value, m.start(), m.end(), True))
    return found


@per_letter      # asked of the same lines by several stages
def has_resolution(text: str) -> bool:
    return bool(find_resolutions(text))


def _dresden_resolutions(text: str, district_hint: str | None) -> list[tuple[str, int, int, bool]]:
    found = []
    for m in RESOLUTION.finditer(text):
        number, year = m.group("number"), m.group("year")
        if sum(ch.isdigit() for ch in number + year) < 4:
            continue
        district = _district(m.group("district"), district_hint)
        if not district and len(number) == 5 and sum(not ch.isdigit() for ch in number) == 1:
            # a resolution without district has four digits: OCR read one zero twice ('A0O218/21')
            number = "".join(ch for ch in number if ch.isdigit())
        elif not district and len(number) == 5 and all(ch in "0OoDQ" for ch in number[:2]) and not number[:2].isdigit():
            number = number[1:]     # its zero read as two glyphs ('AOD312/10')
        value = m.group("prefix") + (f"-{district}" if district else "") + _digits(number) + "/" + _digits(year)
        printed = re.sub(r"\s", "", m.group(0))
        found.append((value, m.start(), m.end(), value != printed))
    return found


def find_sessions(text: str) -> list[tuple[str, int, int, bool]]:
    """(session number, start, end, repaired) for each session number in `text`."""
    found = []
    for m in SESSION_LABEL.finditer(text):
        if not SESSION.search(m.group("value")):
            value = re.sub(r"\s+", " ", m.group("value")).strip()
            found.append((value, m.start("value"), m.end("value"), False))
    for m in SESSION.finditer(text):
        body = m.group("body")
        district = m.group("district")
        if district:
            body = body[: -len(district)] + _district(district, None)
        term, year = m.group("term") or "", m.group("year") or m.group("short_year")
        value = f"{body}/{_digits(m.group('number')).replace(' ', '')}{term}/{_digits(year)}"
        found.append((value, m.start(), m.end(), value != m.group(0)))
    return sorted(found, key=lambda f: f[1])


def session_district(session: str | None) -> str | None:
    """'Pi' from 'SBR Pi/004/2020': the district a district council's resolution carries."""
    if not session:
        return None
    m = re.match(r"^[A-ZÄÖÜ]{1,5}\s([A-Z][a-z]{1,2})/", session)
    return m.group(1) if m else None
